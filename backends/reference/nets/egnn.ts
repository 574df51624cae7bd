/**
 * The EGNN conditioner (method §4.3), float64, one system at a time. Input: the conditioning half
 * P [n][m][d]; output: features h [n][F] and displacement vectors v [n][M][d] (V³ − V⁰).
 * Each EGCL layer returns its intermediates (EgclTrace) so that its adjoint (egnn-adjoint.ts) can reuse them.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';
import { linear, mapInPlace, sigmoid, stableMlp } from './mlp.js';
import { param, type ParamStore } from './params.js';

/** safe_norm²: a zero squared length becomes 1 (constant there, so its derivative is 0). */
export const safeNormSq = (s: number) => (s === 0 ? 1 : s);

/** Edge e = i·(n−1) + j′ has receiver i and sender (i + 1 + j′) mod n (eacf/utils/graph.py). */
export const sender = (i: number, jp: number, n: number) => (i + 1 + jp) % n;
/** Channel pair p = c·(M−1) + j has c and c′ = (c + 1 + j) mod M: the same ordering over channels. */
export const partner = (c: number, j: number, M: number) => (c + 1 + j) % M;

/** e [n, width]: a row of the type table per node, or the one learned constant (width 1) when untyped. */
export function nodeEmbedding(n: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: EgnnConfig): Float64Array {
  const table = param(store, `${name}.embed`);
  const width = c.numTypes > 1 ? c.embedding : 1;
  const e = new Float64Array(n * width);
  for (let i = 0; i < n; i++) for (let k = 0; k < width; k++) e[i * width + k] = c.numTypes > 1 ? table[(typeIds?.[i] ?? 0) * width + k]! : table[0]!;
  return e;
}

/** V⁰: each channel centred over nodes, repeated M/m times in order [c0, c0, …, c1, …]. */
export function initialVectors(P: Float64Array, n: number, m: number, d: number, M: number): Float64Array {
  const repeat = M / m;
  const V = new Float64Array(n * M * d);
  for (let ch = 0; ch < m; ch++)
    for (let k = 0; k < d; k++) {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += P[(i * m + ch) * d + k]!;
      mean /= n;
      for (let i = 0; i < n; i++) for (let r = 0; r < repeat; r++) V[(i * M + ch * repeat + r) * d + k] = P[(i * m + ch) * d + k]! - mean;
    }
  return V;
}

/** κ per node and ordered channel pair: ‖V^c − V^c′‖² (safe). */
function crossFeatures(V: Float64Array, n: number, M: number, d: number): Float64Array {
  const pairs = M * (M - 1);
  const kappa = new Float64Array(n * pairs);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < M; c++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(c, j, M);
        let s = 0;
        for (let k = 0; k < d; k++) s += (V[(i * M + c) * d + k]! - V[(i * M + c2) * d + k]!) ** 2;
        kappa[i * pairs + c * (M - 1) + j] = safeNormSq(s);
      }
  return kappa;
}

/** Everything one EGCL layer computed, in forward order; h and V are its outputs. */
export interface EgclTrace {
  /** κ [n, M(M−1)] (empty without cross-multiplicity). */
  readonly kappa: Float64Array;
  /** φ_e's input [E, 2F + M (+ 2·M(M−1))]: h_j, h_i, ℓ² per channel, κ_j, κ_i. */
  readonly input: Float64Array;
  /** Δ [E, M, d] = V_i − V_j, and ℓ [E, M] = √(safe ‖Δ‖²). */
  readonly delta: Float64Array;
  readonly lengths: Float64Array;
  readonly message: Float64Array;
  /** φ_x(message) [E, last] and s = x_out(…) [E, M]. */
  readonly xFeatures: Float64Array;
  readonly weights: Float64Array;
  /** σ(gate(message)) [E]. */
  readonly gate: Float64Array;
  /** g [n, last]: messages summed over the edges a node sends; φ_xc(g) and t = xc_out(…) (empty without cross). */
  readonly senderSums: Float64Array;
  readonly xcFeatures: Float64Array;
  readonly t: Float64Array;
  /** φ_h's input [n, last + F]: aggregated messages, then h. */
  readonly hIn: Float64Array;
  readonly h: Float64Array;
  readonly V: Float64Array;
}

/** φ_e's input per edge, with the edge vectors Δ and their safe lengths. */
function edgeInputs(h: Float64Array, V: Float64Array, kappa: Float64Array, n: number, d: number, c: EgnnConfig, cross: boolean) {
  const { features: F, vectors: M } = c;
  const E = n * (n - 1);
  const pairs = M * (M - 1);
  const width = 2 * F + M + (cross ? 2 * pairs : 0);
  const input = new Float64Array(E * width);
  const delta = new Float64Array(E * M * d);
  const lengths = new Float64Array(E * M);
  for (let i = 0; i < n; i++)
    for (let jp = 0; jp < n - 1; jp++) {
      const e = i * (n - 1) + jp;
      const j = sender(i, jp, n);
      const row = e * width;
      input.set(h.subarray(j * F, (j + 1) * F), row);
      input.set(h.subarray(i * F, (i + 1) * F), row + F);
      for (let ch = 0; ch < M; ch++) {
        let s = 0;
        for (let k = 0; k < d; k++) {
          const v = V[(i * M + ch) * d + k]! - V[(j * M + ch) * d + k]!;
          delta[(e * M + ch) * d + k] = v;
          s += v * v;
        }
        const sq = safeNormSq(s);
        lengths[e * M + ch] = Math.sqrt(sq);
        input[row + 2 * F + ch] = sq;
      }
      if (cross) {
        input.set(kappa.subarray(j * pairs, (j + 1) * pairs), row + 2 * F + M);
        input.set(kappa.subarray(i * pairs, (i + 1) * pairs), row + 2 * F + M + pairs);
      }
    }
  return { input, delta, lengths };
}

export function egclLayer(h: Float64Array, V: Float64Array, n: number, d: number, store: ParamStore, b: string, c: EgnnConfig): EgclTrace {
  const { features: F, vectors: M, mlp } = c;
  const E = n * (n - 1);
  const cross = c.crossMultiplicity && M > 1;
  const pairs = M * (M - 1);
  const kappa = cross ? crossFeatures(V, n, M, d) : new Float64Array(0);
  const { input, delta, lengths } = edgeInputs(h, V, kappa, n, d, c, cross);
  const message = stableMlp(input, E, store, `${b}.phi_e`, mlp, true);
  const last = mlp[mlp.length - 1]!;
  const xFeatures = stableMlp(message, E, store, `${b}.phi_x`, mlp, true);
  const weights = linear(xFeatures, E, store, `${b}.x_out`);
  const gate = mapInPlace(linear(message, E, store, `${b}.gate`), sigmoid);
  const dV = new Float64Array(n * M * d);
  const aggregated = new Float64Array(n * last);
  const senderSums = new Float64Array(n * last);
  for (let i = 0; i < n; i++)
    for (let jp = 0; jp < n - 1; jp++) {
      const e = i * (n - 1) + jp;
      for (let ch = 0; ch < M; ch++) {
        const w = weights[e * M + ch]! / (1 + lengths[e * M + ch]!) / (n - 1);
        for (let k = 0; k < d; k++) dV[(i * M + ch) * d + k] = dV[(i * M + ch) * d + k]! + w * delta[(e * M + ch) * d + k]!;
      }
      const j = sender(i, jp, n);
      for (let u = 0; u < last; u++) {
        aggregated[i * last + u] = aggregated[i * last + u]! + (gate[e]! * message[e * last + u]!) / Math.sqrt(n - 1);
        senderSums[j * last + u] = senderSums[j * last + u]! + message[e * last + u]!;
      }
    }
  let xcFeatures: Float64Array = new Float64Array(0);
  let t: Float64Array = new Float64Array(0);
  if (cross) {
    xcFeatures = stableMlp(senderSums, n, store, `${b}.phi_xc`, mlp, true);
    t = linear(xcFeatures, n, store, `${b}.xc_out`);
    for (let i = 0; i < n; i++)
      for (let ch = 0; ch < M; ch++)
        for (let j = 0; j < M - 1; j++) {
          const c2 = partner(ch, j, M);
          const p = i * pairs + ch * (M - 1) + j;
          const w = t[p]! / (1 + kappa[p]!) / (M - 1);
          for (let k = 0; k < d; k++) dV[(i * M + ch) * d + k] = dV[(i * M + ch) * d + k]! + w * (V[(i * M + ch) * d + k]! - V[(i * M + c2) * d + k]!);
        }
  }
  const hIn = new Float64Array(n * (last + F));
  for (let i = 0; i < n; i++) {
    hIn.set(aggregated.subarray(i * last, (i + 1) * last), i * (last + F));
    hIn.set(h.subarray(i * F, (i + 1) * F), i * (last + F) + last);
  }
  const hUpdate = stableMlp(hIn, n, store, `${b}.phi_h`, [...mlp, F], false);
  const hNext = new Float64Array(h.length);
  for (let k = 0; k < h.length; k++) hNext[k] = h[k]! + hUpdate[k]!;
  const VNext = new Float64Array(V.length);
  for (let k = 0; k < V.length; k++) VNext[k] = V[k]! + dV[k]!;
  return { kappa, input, delta, lengths, message, xFeatures, weights, gate, senderSums, xcFeatures, t, hIn, h: hNext, V: VNext };
}

/** Softmax over the F features of each node (max subtracted first). */
export function softmaxRows(h: Float64Array, n: number, F: number): Float64Array {
  const soft = new Float64Array(h.length);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let k = 0; k < F; k++) max = Math.max(max, h[i * F + k]!);
    let sum = 0;
    for (let k = 0; k < F; k++) sum += (soft[i * F + k] = Math.exp(h[i * F + k]! - max));
    for (let k = 0; k < F; k++) soft[i * F + k] = soft[i * F + k]! / sum;
  }
  return soft;
}

export function egnnForward(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: EgnnConfig): { h: Float64Array; v: Float64Array } {
  let h = linear(nodeEmbedding(n, typeIds, store, name, c), n, store, `${name}.h0`);
  const V0 = initialVectors(P, n, m, d, c.vectors);
  let V = V0;
  for (let l = 0; l < c.blocks; l++) ({ h, V } = egclLayer(h, V, n, d, store, `${name}.block${l}`, c));
  const soft = softmaxRows(h, n, c.features);
  const v = new Float64Array(V.length);
  for (let k = 0; k < V.length; k++) v[k] = V[k]! - V0[k]!;
  return { h: linear(soft, n, store, `${name}.h_out`), v };
}
