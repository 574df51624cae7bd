/**
 * The adjoint of the transformer conditioner (transformer.ts, method §5.4), float64: compiled training,
 * step 1 (docs/design/compiled-training.md). Each layer's forward is recomputed into a tape (the reference
 * is the oracle, not the fast path); the attention weights are recomputed once more in the backward pass,
 * as the design's activation policy does for the n² scores.
 */
import type { TransformerConfig } from '../../../compiler/ir/ir.js';
import { layerNorm, linear, mapInPlace, relu } from './mlp.js';
import { layerNormVjp, linearVjp, type GradStore } from './mlp-adjoint.js';
import type { ParamStore } from './params.js';
import { attentionMix, attentionWeights, nodeInputs } from './transformer.js';

/** What one layer's adjoint reads: its input, the normalised inputs, q/k/v, the heads' mix and the MLP's steps. */
interface LayerTape {
  readonly x: Float64Array;
  readonly normed1: Float64Array;
  readonly q: Float64Array;
  readonly k: Float64Array;
  readonly v: Float64Array;
  readonly mixed: Float64Array;
  /** x + attention: the input of ln2 and of the second residual. */
  readonly x1: Float64Array;
  /** Each MLP Linear's input (mlpInputs[0] is ln2's output) and pre-activation. */
  readonly mlpInputs: Float64Array[];
  readonly mlpPre: Float64Array[];
}

const plus = (a: Float64Array, b: Float64Array) => a.map((v, i) => v + b[i]!);

/** relu'(v) = [v > 0]: the kink at 0 gets derivative 0, the convention of the frameworks we compare with. */
function reluVjp(pre: Float64Array, yBar: Float64Array): Float64Array {
  return pre.map((v, i) => (v > 0 ? yBar[i]! : 0));
}

/** One pre-LN layer, as transformerForward computes it, keeping the tape. */
function layerForward(x: Float64Array, n: number, store: ParamStore, b: string, c: TransformerConfig): { tape: LayerTape; out: Float64Array } {
  const normed1 = layerNorm(x, n, store, `${b}.ln1`);
  const q = linear(normed1, n, store, `${b}.query`);
  const k = linear(normed1, n, store, `${b}.key`);
  const v = linear(normed1, n, store, `${b}.value`);
  const mixed = attentionMix(q, k, v, n, c);
  const x1 = plus(x, linear(mixed, n, store, `${b}.out`));
  const mlpInputs = [layerNorm(x1, n, store, `${b}.ln2`)];
  const mlpPre: Float64Array[] = [];
  const widths = [...c.mlp, c.width];
  widths.forEach((_, j) => {
    const pre = linear(mlpInputs[j]!, n, store, `${b}.mlp${j}`);
    mlpPre.push(pre);
    if (j < widths.length - 1) mlpInputs.push(mapInPlace(Float64Array.from(pre), relu));
  });
  return { tape: { x, normed1, q, k, v, mixed, x1, mlpInputs, mlpPre }, out: plus(x1, mlpPre.at(-1)!) };
}

/**
 * Softmax attention per head, backwards. With a_ij = softmax_j(s_ij), s_ij = q_i·k_j/√K and o_i = Σ_j a_ij v_j:
 * ā_ij = ō_i·v_j, v̄_j += a_ij ō_i, s̄_ij = a_ij (ā_ij − Σ_j' a_ij' ā_ij'), q̄_i += Σ_j s̄_ij k_j/√K, k̄_j += s̄_ij q_i/√K.
 * Exported so that the tests can check it alone (the softmax Jacobian is where a dropped term hides best).
 */
export function attentionMixVjp(q: Float64Array, k: Float64Array, v: Float64Array, n: number, c: TransformerConfig, mixedBar: Float64Array): { qBar: Float64Array; kBar: Float64Array; vBar: Float64Array } {
  const W = c.width;
  const K = c.keySize;
  const [qBar, kBar, vBar] = [0, 1, 2].map(() => new Float64Array(n * W)) as [Float64Array, Float64Array, Float64Array];
  const weights = new Float64Array(n);
  const weightsBar = new Float64Array(n);
  for (let head = 0; head < c.heads; head++) {
    const off = head * K;
    for (let i = 0; i < n; i++) {
      attentionWeights(q, k, n, i, off, c, weights);
      let expected = 0;
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let u = 0; u < K; u++) {
          const o = mixedBar[i * W + off + u]!;
          s += o * v[j * W + off + u]!;
          vBar[j * W + off + u] = vBar[j * W + off + u]! + weights[j]! * o;
        }
        weightsBar[j] = s;
        expected += weights[j]! * s;
      }
      for (let j = 0; j < n; j++) {
        const logitBar = (weights[j]! * (weightsBar[j]! - expected)) / Math.sqrt(K);
        for (let u = 0; u < K; u++) {
          qBar[i * W + off + u] = qBar[i * W + off + u]! + logitBar * k[j * W + off + u]!;
          kBar[j * W + off + u] = kBar[j * W + off + u]! + logitBar * q[i * W + off + u]!;
        }
      }
    }
  }
  return { qBar, kBar, vBar };
}

/** The attention sub-block backwards, from the adjoint of its output to that of ln1's output. */
function attentionVjp(t: LayerTape, n: number, store: ParamStore, b: string, c: TransformerConfig, attBar: Float64Array, grads: GradStore): Float64Array {
  const { qBar, kBar, vBar } = attentionMixVjp(t.q, t.k, t.v, n, c, linearVjp(t.mixed, n, store, `${b}.out`, attBar, grads));
  const fromQ = linearVjp(t.normed1, n, store, `${b}.query`, qBar, grads);
  const fromK = linearVjp(t.normed1, n, store, `${b}.key`, kBar, grads);
  const fromV = linearVjp(t.normed1, n, store, `${b}.value`, vBar, grads);
  return plus(plus(fromQ, fromK), fromV);
}

/** The ReLU MLP backwards, from the adjoint of its output to that of ln2's output. */
function mlpVjp(t: LayerTape, n: number, store: ParamStore, b: string, outBar: Float64Array, grads: GradStore): Float64Array {
  let g = outBar;
  for (let j = t.mlpPre.length - 1; j >= 0; j--) {
    const preBar = j === t.mlpPre.length - 1 ? g : reluVjp(t.mlpPre[j]!, g);
    g = linearVjp(t.mlpInputs[j]!, n, store, `${b}.mlp${j}`, preBar, grads);
  }
  return g;
}

/** out = x1 + mlp(ln2(x1)), x1 = x + attention(ln1(x)): each residual passes its adjoint straight through. */
function layerVjp(t: LayerTape, n: number, store: ParamStore, b: string, c: TransformerConfig, outBar: Float64Array, grads: GradStore): Float64Array {
  const x1Bar = plus(outBar, layerNormVjp(t.x1, n, store, `${b}.ln2`, mlpVjp(t, n, store, b, outBar, grads), grads));
  return plus(x1Bar, layerNormVjp(t.x, n, store, `${b}.ln1`, attentionVjp(t, n, store, b, c, x1Bar, grads), grads));
}

/**
 * The adjoint of transformerForward (same arguments, plus the output's adjoint h̄ [n, output] and the gradient
 * store): adds every parameter's adjoint into `grads` and returns P̄ [n, m·d]. The type ids are constants.
 */
export function transformerVjp(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: TransformerConfig, hBar: Float64Array, grads: GradStore): Float64Array {
  const input = nodeInputs(P, n, m, d, typeIds);
  const pre = linear(input, n, store, `${name}.in`);
  let x = mapInPlace(Float64Array.from(pre), relu);
  const tapes: LayerTape[] = [];
  for (let l = 0; l < c.layers; l++) {
    const { tape, out } = layerForward(x, n, store, `${name}.layer${l}`, c);
    tapes.push(tape);
    x = out;
  }
  let g = linearVjp(x, n, store, `${name}.final`, hBar, grads);
  for (let l = c.layers - 1; l >= 0; l--) g = layerVjp(tapes[l]!, n, store, `${name}.layer${l}`, c, g, grads);
  const inputBar = linearVjp(input, n, store, `${name}.in`, reluVjp(pre, g), grads);
  const inWidth = m * d + 1;
  const PBar = new Float64Array(n * m * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < m * d; k++) PBar[i * m * d + k] = inputBar[i * inWidth + k]!;
  return PBar;
}
