/**
 * The permutation-equivariant transformer conditioner (method §5.4), float64, one system at a time:
 * per-node input concat(flatten(c_i), type_i); relu(Linear); pre-LN blocks of multi-head attention and
 * a ReLU MLP; a final Linear. No positional encoding.
 */
import type { TransformerConfig } from '../../../compiler/ir/ir.js';
import { layerNorm, linear, mapInPlace, relu } from './mlp.js';
import type { ParamStore } from './params.js';

/**
 * Row i of one head's attention weights, softmax_j(q_i·k_j/√K), written into `weights` [n]. The head's
 * features are columns [off, off + K) of the [n, width] q and k. Shared with the adjoint, which recomputes them.
 */
export function attentionWeights(q: Float64Array, k: Float64Array, n: number, i: number, off: number, c: TransformerConfig, weights: Float64Array): void {
  const W = c.width;
  const K = c.keySize;
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let u = 0; u < K; u++) s += q[i * W + off + u]! * k[j * W + off + u]!;
    weights[j] = s / Math.sqrt(K);
    max = Math.max(max, weights[j]!);
  }
  let sum = 0;
  for (let j = 0; j < n; j++) sum += (weights[j] = Math.exp(weights[j]! - max));
  for (let j = 0; j < n; j++) weights[j] = weights[j]! / sum;
}

/** The heads' outputs before the `out` projection: o_i = Σ_j a_ij v_j per head, [n, width]. */
export function attentionMix(q: Float64Array, k: Float64Array, v: Float64Array, n: number, c: TransformerConfig): Float64Array {
  const W = c.width;
  const K = c.keySize;
  const out = new Float64Array(n * W);
  const weights = new Float64Array(n);
  for (let head = 0; head < c.heads; head++) {
    const off = head * K;
    for (let i = 0; i < n; i++) {
      attentionWeights(q, k, n, i, off, c, weights);
      for (let j = 0; j < n; j++) {
        const a = weights[j]!;
        for (let u = 0; u < K; u++) out[i * W + off + u] = out[i * W + off + u]! + a * v[j * W + off + u]!;
      }
    }
  }
  return out;
}

function attention(x: Float64Array, n: number, store: ParamStore, b: string, c: TransformerConfig): Float64Array {
  const q = linear(x, n, store, `${b}.query`);
  const k = linear(x, n, store, `${b}.key`);
  const v = linear(x, n, store, `${b}.value`);
  return linear(attentionMix(q, k, v, n, c), n, store, `${b}.out`);
}

/** Per node: its m·d condition coordinates, then its type id (0 when untyped): [n, m·d + 1]. */
export function nodeInputs(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined): Float64Array {
  const inWidth = m * d + 1;
  const input = new Float64Array(n * inWidth);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m * d; k++) input[i * inWidth + k] = P[i * m * d + k]!;
    input[i * inWidth + m * d] = typeIds?.[i] ?? 0;
  }
  return input;
}

export function transformerForward(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: TransformerConfig): Float64Array {
  let x = mapInPlace(linear(nodeInputs(P, n, m, d, typeIds), n, store, `${name}.in`), relu);
  for (let l = 0; l < c.layers; l++) {
    const b = `${name}.layer${l}`;
    const att = attention(layerNorm(x, n, store, `${b}.ln1`), n, store, b, c);
    x = x.map((v, i) => v + att[i]!);
    let y = layerNorm(x, n, store, `${b}.ln2`);
    const widths = [...c.mlp, c.width];
    widths.forEach((_, k) => {
      y = linear(y, n, store, `${b}.mlp${k}`);
      if (k < widths.length - 1) mapInPlace(y, relu);
    });
    x = x.map((v, i) => v + y[i]!);
  }
  return linear(x, n, store, `${name}.final`);
}
