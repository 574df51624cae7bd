/** The transformer conditioner (method §5.4) in tfjs: per-node input, pre-LN attention and ReLU MLP blocks. */
import type { TransformerConfig } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import { layerNorm, linear, type TfParams } from './nn.js';

function attention(x: tf.Tensor, params: TfParams, b: string, c: TransformerConfig): tf.Tensor {
  const [B, n] = x.shape as [number, number, number];
  const heads = (t: tf.Tensor) => t.reshape([B, n, c.heads, c.keySize]).transpose([0, 2, 1, 3]); // [B, H, n, K]
  const q = heads(linear(x, params, `${b}.query`));
  const k = heads(linear(x, params, `${b}.key`));
  const v = heads(linear(x, params, `${b}.value`));
  const weights = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(c.keySize)), -1);
  const out = tf.matMul(weights, v).transpose([0, 2, 1, 3]).reshape([B, n, c.width]);
  return linear(out, params, `${b}.out`);
}

export function transformerTf(P: tf.Tensor, typeIds: readonly number[] | undefined, params: TfParams, name: string, c: TransformerConfig): tf.Tensor {
  const [B, n, m, d] = P.shape as [number, number, number, number];
  const feature = (typeIds ? tf.tensor1d([...typeIds], 'float32') : tf.zeros([n])).reshape([1, n, 1]).tile([B, 1, 1]);
  let x = tf.relu(linear(tf.concat([P.reshape([B, n, m * d]), feature], -1), params, `${name}.in`));
  for (let l = 0; l < c.layers; l++) {
    const b = `${name}.layer${l}`;
    x = x.add(attention(layerNorm(x, params, `${b}.ln1`), params, b, c));
    let y = layerNorm(x, params, `${b}.ln2`);
    const widths = [...c.mlp, c.width];
    widths.forEach((_, k) => {
      y = linear(y, params, `${b}.mlp${k}`);
      if (k < widths.length - 1) y = tf.relu(y);
    });
    x = x.add(y);
  }
  return linear(x, params, `${name}.final`);
}
