/**
 * The vector–Jacobian product of the EGNN conditioner (egnn.ts, method §4.3), float64: given the adjoints of
 * h [n, F] and v [n, M, d], returns P̄ [n, m, d] and adds every parameter's adjoint into `grads`
 * (docs/design/compiled-training.md, step 1). The forward is re-run here and its per-layer traces are read
 * backwards: the reference is the oracle, not the fast path.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';
import { egclLayer, initialVectors, nodeEmbedding, partner, sender, softmaxRows, type EgclTrace } from './egnn.js';
import { linear } from './mlp.js';
import { gradOf, linearVjp, stableMlpVjp, type GradStore } from './mlp-adjoint.js';
import type { ParamStore } from './params.js';

/**
 * A deliberately wrong adjoint that leaves out one term, for the test that proves the finite-difference check
 * can fail: the gate's path back into the message, the 1/(1 + ℓ) weight's dependence on ℓ, or the cross
 * shift's 1/(1 + κ) dependence on κ.
 */
export type EgnnMutation = 'gate' | 'length' | 'cross-denominator';

/** What every layer's adjoint reads: sizes, parameters, the gradient store and the mutation (if any). */
interface Context {
  readonly n: number;
  readonly d: number;
  readonly store: ParamStore;
  readonly c: EgnnConfig;
  readonly grads: GradStore;
  readonly mutation: EgnnMutation | undefined;
}

/** One layer's adjoint in progress: hBar and VBar collect the adjoints of the layer's inputs h and V. */
interface LayerAdjoint extends Context {
  readonly b: string;
  readonly hBar: Float64Array;
  readonly VBar: Float64Array;
}

/** P̄ [n, m, d] from h̄ [n, F] and v̄ [n, M, d] (undefined = zero); adds every parameter's adjoint into `grads`. */
export function egnnVjp(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: EgnnConfig, hBar: Float64Array | undefined, vBar: Float64Array | undefined, grads: GradStore): Float64Array {
  return egnnMutantVjp(undefined, P, n, m, d, typeIds, store, name, c, hBar, vBar, grads);
}

/** egnnVjp with one term left out (`mutation`); undefined gives the true adjoint. Tests only. */
export function egnnMutantVjp(mutation: EgnnMutation | undefined, P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: EgnnConfig, hBar: Float64Array | undefined, vBar: Float64Array | undefined, grads: GradStore): Float64Array {
  const { features: F, vectors: M } = c;
  // Forward again, keeping each layer's input V and its trace.
  const e = nodeEmbedding(n, typeIds, store, name, c);
  const V0 = initialVectors(P, n, m, d, M);
  const layerInputs: Float64Array[] = [];
  const traces: EgclTrace[] = [];
  let h = linear(e, n, store, `${name}.h0`);
  let V = V0;
  for (let l = 0; l < c.blocks; l++) {
    layerInputs.push(V);
    const trace = egclLayer(h, V, n, d, store, `${name}.block${l}`, c);
    traces.push(trace);
    ({ h, V } = trace);
  }
  // Backwards: h_out ∘ softmax, then v = V^L − V⁰, then the layers in reverse.
  const soft = softmaxRows(h, n, F);
  let layerHBar: Float64Array = hBar ? softmaxVjp(soft, n, F, linearVjp(soft, n, store, `${name}.h_out`, hBar, grads)) : new Float64Array(n * F);
  let layerVBar: Float64Array = vBar ? Float64Array.from(vBar) : new Float64Array(n * M * d);
  const context: Context = { n, d, store, c, grads, mutation };
  for (let l = c.blocks - 1; l >= 0; l--) ({ hBar: layerHBar, VBar: layerVBar } = egclLayerVjp(layerInputs[l]!, traces[l]!, layerHBar, layerVBar, `${name}.block${l}`, context));
  embeddingVjp(e, n, typeIds, store, name, c, linearVjp(e, n, store, `${name}.h0`, layerHBar, grads), grads);
  // V⁰ enters v with a minus sign and the first layer with a plus.
  const V0Bar = new Float64Array(layerVBar.length);
  for (let k = 0; k < V0Bar.length; k++) V0Bar[k] = layerVBar[k]! - (vBar?.[k] ?? 0);
  return initialVectorsVjp(V0Bar, n, m, d, M);
}

/** y = softmax(x) per row: x̄ = y ⊙ (ȳ − ⟨ȳ, y⟩). */
function softmaxVjp(y: Float64Array, n: number, F: number, yBar: Float64Array): Float64Array {
  const xBar = new Float64Array(y.length);
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let k = 0; k < F; k++) dot += yBar[i * F + k]! * y[i * F + k]!;
    for (let k = 0; k < F; k++) xBar[i * F + k] = y[i * F + k]! * (yBar[i * F + k]! - dot);
  }
  return xBar;
}

/** Typed: each node's ē goes to its type's row of the table; untyped: every node shares the one constant. */
function embeddingVjp(e: Float64Array, n: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: EgnnConfig, eBar: Float64Array, grads: GradStore): void {
  const tableBar = gradOf(grads, store, `${name}.embed`);
  const width = e.length / n;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < width; k++) {
      const row = c.numTypes > 1 ? (typeIds?.[i] ?? 0) * width + k : 0;
      tableBar[row] = tableBar[row]! + eBar[i * width + k]!;
    }
}

/** V⁰ = P − mean over nodes, each channel repeated M/m times: P̄ = Σ_repeats V̄⁰ − its mean over nodes. */
function initialVectorsVjp(V0Bar: Float64Array, n: number, m: number, d: number, M: number): Float64Array {
  const repeat = M / m;
  const PBar = new Float64Array(n * m * d);
  for (let ch = 0; ch < m; ch++)
    for (let k = 0; k < d; k++) {
      let mean = 0;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let r = 0; r < repeat; r++) sum += V0Bar[(i * M + ch * repeat + r) * d + k]!;
        PBar[(i * m + ch) * d + k] = sum;
        mean += sum;
      }
      mean /= n;
      for (let i = 0; i < n; i++) PBar[(i * m + ch) * d + k] = PBar[(i * m + ch) * d + k]! - mean;
    }
  return PBar;
}

/**
 * One EGCL layer backwards, from the adjoints of its outputs h + φ_h(…) and V + ΔV to those of its inputs h
 * and V. The residuals pass hNextBar and VNextBar straight through; VNextBar is also ΔV's adjoint and hNextBar
 * φ_h's output adjoint.
 */
function egclLayerVjp(V: Float64Array, trace: EgclTrace, hNextBar: Float64Array, VNextBar: Float64Array, b: string, context: Context): { hBar: Float64Array; VBar: Float64Array } {
  const a: LayerAdjoint = { ...context, b, hBar: Float64Array.from(hNextBar), VBar: Float64Array.from(VNextBar) };
  const { n, store, c, grads } = a;
  const { features: F, mlp } = c;
  const last = mlp[mlp.length - 1]!;
  const E = n * (n - 1);
  const cross = trace.t.length > 0;
  // φ_h's input is [aggregated messages, h].
  const hInBar = stableMlpVjp(trace.hIn, n, store, `${b}.phi_h`, [...mlp, F], false, hNextBar, grads);
  const aggregatedBar = new Float64Array(n * last);
  for (let i = 0; i < n; i++) {
    for (let u = 0; u < last; u++) aggregatedBar[i * last + u] = hInBar[i * (last + F) + u]!;
    for (let f = 0; f < F; f++) a.hBar[i * F + f] = a.hBar[i * F + f]! + hInBar[i * (last + F) + last + f]!;
  }
  const kappaBar = new Float64Array(trace.kappa.length);
  const senderSumsBar = cross ? crossShiftVjp(V, trace, VNextBar, kappaBar, a) : new Float64Array(n * last);
  const { messageBar, gateBar } = aggregationVjp(trace, aggregatedBar, senderSumsBar, n, last);
  const weightsBar = new Float64Array(trace.weights.length);
  const lengthsBar = new Float64Array(trace.lengths.length);
  const deltaBar = edgeShiftVjp(trace, VNextBar, weightsBar, lengthsBar, a);
  // σ' = σ(1 − σ), from the gate's output.
  const gatePreBar = Float64Array.from(gateBar, (g, e) => (a.mutation === 'gate' ? 0 : g * trace.gate[e]! * (1 - trace.gate[e]!)));
  addInto(messageBar, linearVjp(trace.message, E, store, `${b}.gate`, gatePreBar, grads));
  const xFeaturesBar = linearVjp(trace.xFeatures, E, store, `${b}.x_out`, weightsBar, grads);
  addInto(messageBar, stableMlpVjp(trace.message, E, store, `${b}.phi_x`, mlp, true, xFeaturesBar, grads));
  const inputBar = stableMlpVjp(trace.input, E, store, `${b}.phi_e`, mlp, true, messageBar, grads);
  edgeInputsVjp(trace, inputBar, deltaBar, lengthsBar, kappaBar, a);
  if (cross) crossFeaturesVjp(V, kappaBar, a);
  return { hBar: a.hBar, VBar: a.VBar };
}

function addInto(target: Float64Array, add: Float64Array): void {
  for (let k = 0; k < target.length; k++) target[k] = target[k]! + add[k]!;
}

/**
 * ΔV_i^c += t_p/(1 + κ_p)/(M − 1) · (V_i^c − V_i^c′), t = xc_out(φ_xc(g)): adds the V̄ of the difference,
 * writes κ̄, and returns ḡ (the sender sums' adjoint) after the φ_xc and xc_out adjoints.
 */
function crossShiftVjp(V: Float64Array, trace: EgclTrace, dVBar: Float64Array, kappaBar: Float64Array, a: LayerAdjoint): Float64Array {
  const { n, d, store, b, c, grads } = a;
  const M = c.vectors;
  const pairs = M * (M - 1);
  const tBar = new Float64Array(trace.t.length);
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < M; ch++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(ch, j, M);
        const p = i * pairs + ch * (M - 1) + j;
        const scale = 1 / (1 + trace.kappa[p]!) / (M - 1);
        let along = 0;
        for (let k = 0; k < d; k++) {
          const g = dVBar[(i * M + ch) * d + k]!;
          along += g * (V[(i * M + ch) * d + k]! - V[(i * M + c2) * d + k]!);
          const diffBar = trace.t[p]! * scale * g;
          a.VBar[(i * M + ch) * d + k] = a.VBar[(i * M + ch) * d + k]! + diffBar;
          a.VBar[(i * M + c2) * d + k] = a.VBar[(i * M + c2) * d + k]! - diffBar;
        }
        tBar[p] = scale * along;
        if (a.mutation !== 'cross-denominator') kappaBar[p] = (-trace.t[p]! * scale * along) / (1 + trace.kappa[p]!);
      }
  const xcFeaturesBar = linearVjp(trace.xcFeatures, n, store, `${b}.xc_out`, tBar, grads);
  return stableMlpVjp(trace.senderSums, n, store, `${b}.phi_xc`, c.mlp, true, xcFeaturesBar, grads);
}

/** m_i = Σ_j σ_ij·m_ij/√(n − 1) and g_j = Σ_i m_ij (edges j sends): the messages' and gates' adjoints. */
function aggregationVjp(trace: EgclTrace, aggregatedBar: Float64Array, senderSumsBar: Float64Array, n: number, last: number) {
  const messageBar = new Float64Array(trace.message.length);
  const gateBar = new Float64Array(trace.gate.length);
  for (let i = 0; i < n; i++)
    for (let jp = 0; jp < n - 1; jp++) {
      const e = i * (n - 1) + jp;
      const j = sender(i, jp, n);
      let dot = 0;
      for (let u = 0; u < last; u++) {
        const aBar = aggregatedBar[i * last + u]! / Math.sqrt(n - 1);
        dot += aBar * trace.message[e * last + u]!;
        messageBar[e * last + u] = trace.gate[e]! * aBar + senderSumsBar[j * last + u]!;
      }
      gateBar[e] = dot;
    }
  return { messageBar, gateBar };
}

/**
 * ΔV_i^c += s_e^c/(1 + ℓ_e^c)/(n − 1) · Δ_e^c: writes s̄ and ℓ̄, returns Δ̄ (the part through this product;
 * the part through ℓ² is added in edgeInputsVjp).
 */
function edgeShiftVjp(trace: EgclTrace, dVBar: Float64Array, weightsBar: Float64Array, lengthsBar: Float64Array, a: LayerAdjoint): Float64Array {
  const { n, d } = a;
  const M = a.c.vectors;
  const deltaBar = new Float64Array(trace.delta.length);
  for (let i = 0; i < n; i++)
    for (let jp = 0; jp < n - 1; jp++) {
      const e = i * (n - 1) + jp;
      for (let ch = 0; ch < M; ch++) {
        const q = e * M + ch;
        const scale = 1 / (1 + trace.lengths[q]!) / (n - 1);
        let along = 0;
        for (let k = 0; k < d; k++) {
          const g = dVBar[(i * M + ch) * d + k]!;
          along += g * trace.delta[q * d + k]!;
          deltaBar[q * d + k] = trace.weights[q]! * scale * g;
        }
        weightsBar[q] = scale * along;
        if (a.mutation !== 'length') lengthsBar[q] = (-trace.weights[q]! * scale * along) / (1 + trace.lengths[q]!);
      }
    }
  return deltaBar;
}

/**
 * φ_e's input [h_j, h_i, ℓ², κ_j, κ_i] backwards, with ℓ = √(ℓ²) and ℓ² = safe ‖Δ‖². Where ‖Δ‖² = 0 the safe
 * norm is the constant 1 (derivative 0); the chain rule's 2Δ factor is 0 there too, so no branch is needed and
 * ℓ = 1 keeps 1/(2ℓ) finite.
 */
function edgeInputsVjp(trace: EgclTrace, inputBar: Float64Array, deltaBar: Float64Array, lengthsBar: Float64Array, kappaBar: Float64Array, a: LayerAdjoint): void {
  const { n, d, c } = a;
  const { features: F, vectors: M } = c;
  const pairs = M * (M - 1);
  const width = inputBar.length / (n * (n - 1));
  const cross = trace.kappa.length > 0;
  for (let i = 0; i < n; i++)
    for (let jp = 0; jp < n - 1; jp++) {
      const e = i * (n - 1) + jp;
      const j = sender(i, jp, n);
      const row = e * width;
      for (let f = 0; f < F; f++) {
        a.hBar[j * F + f] = a.hBar[j * F + f]! + inputBar[row + f]!;
        a.hBar[i * F + f] = a.hBar[i * F + f]! + inputBar[row + F + f]!;
      }
      for (let ch = 0; ch < M; ch++) {
        const q = e * M + ch;
        const sqBar = inputBar[row + 2 * F + ch]! + lengthsBar[q]! / (2 * trace.lengths[q]!);
        for (let k = 0; k < d; k++) {
          const g = deltaBar[q * d + k]! + 2 * trace.delta[q * d + k]! * sqBar;
          a.VBar[(i * M + ch) * d + k] = a.VBar[(i * M + ch) * d + k]! + g;
          a.VBar[(j * M + ch) * d + k] = a.VBar[(j * M + ch) * d + k]! - g;
        }
      }
      if (cross)
        for (let p = 0; p < pairs; p++) {
          kappaBar[j * pairs + p] = kappaBar[j * pairs + p]! + inputBar[row + 2 * F + M + p]!;
          kappaBar[i * pairs + p] = kappaBar[i * pairs + p]! + inputBar[row + 2 * F + M + pairs + p]!;
        }
    }
}

/** κ_i^{cc′} = safe ‖V_i^c − V_i^c′‖²: V̄ += ±2·(V_i^c − V_i^c′)·κ̄ (0 where the difference is 0, as the safe norm's derivative). */
function crossFeaturesVjp(V: Float64Array, kappaBar: Float64Array, a: LayerAdjoint): void {
  const { n, d } = a;
  const M = a.c.vectors;
  const pairs = M * (M - 1);
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < M; ch++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(ch, j, M);
        const kBar = kappaBar[i * pairs + ch * (M - 1) + j]!;
        for (let k = 0; k < d; k++) {
          const g = 2 * (V[(i * M + ch) * d + k]! - V[(i * M + c2) * d + k]!) * kBar;
          a.VBar[(i * M + ch) * d + k] = a.VBar[(i * M + ch) * d + k]! + g;
          a.VBar[(i * M + c2) * d + k] = a.VBar[(i * M + c2) * d + k]! - g;
        }
      }
}
