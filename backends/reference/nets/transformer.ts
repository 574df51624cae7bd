/**
 * The permutation-equivariant transformer conditioner (method §5.4), float64, one system at a time:
 * per-node input concat(flatten(c_i), type_i); relu(Linear); pre-LN blocks of multi-head attention and
 * a ReLU MLP; a final Linear. No positional encoding.
 */
import type { TransformerConfig } from '../../../compiler/ir/ir.js';
import { layerNorm, linear, mapInPlace, relu } from './mlp.js';
import type { ParamStore } from './params.js';

function attention(x: Float64Array, n: number, store: ParamStore, b: string, c: TransformerConfig): Float64Array {
  const W = c.width;
  const K = c.keySize;
  const q = linear(x, n, store, `${b}.query`);
  const k = linear(x, n, store, `${b}.key`);
  const v = linear(x, n, store, `${b}.value`);
  const out = new Float64Array(n * W);
  const logits = new Float64Array(n);
  for (let head = 0; head < c.heads; head++) {
    const off = head * K;
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let u = 0; u < K; u++) s += q[i * W + off + u]! * k[j * W + off + u]!;
        logits[j] = s / Math.sqrt(K);
        max = Math.max(max, logits[j]!);
      }
      let sum = 0;
      for (let j = 0; j < n; j++) sum += (logits[j] = Math.exp(logits[j]! - max));
      for (let j = 0; j < n; j++) {
        const a = logits[j]! / sum;
        for (let u = 0; u < K; u++) out[i * W + off + u] = out[i * W + off + u]! + a * v[j * W + off + u]!;
      }
    }
  }
  return linear(out, n, store, `${b}.out`);
}

export function transformerForward(P: Float64Array, n: number, m: number, d: number, typeIds: readonly number[] | undefined, store: ParamStore, name: string, c: TransformerConfig): Float64Array {
  const inWidth = m * d + 1;
  const input = new Float64Array(n * inWidth);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m * d; k++) input[i * inWidth + k] = P[i * m * d + k]!;
    input[i * inWidth + m * d] = typeIds?.[i] ?? 0;
  }
  let x = mapInPlace(linear(input, n, store, `${name}.in`), relu);
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
