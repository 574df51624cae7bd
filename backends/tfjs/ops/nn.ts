/** Dense layers on tensors [..., width] (float32): Linear, LayerNorm (ε = 1e-5), StableMLP (method §4.2). */
import { tf } from '../tf.js';

export type TfParams = ReadonlyMap<string, tf.Tensor>;

export function p(params: TfParams, name: string): tf.Tensor {
  const t = params.get(name);
  if (!t) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return t;
}

/** x [..., in] · W [in, out] + b, as one fused matmul on the flattened rows. */
export function linear(x: tf.Tensor, params: TfParams, name: string): tf.Tensor {
  const w = p(params, `${name}.w`) as tf.Tensor2D;
  const shape = x.shape;
  const rows = x.reshape([-1, shape[shape.length - 1]!]) as tf.Tensor2D;
  const y = tf.fused.matMul({ a: rows, b: w, bias: p(params, `${name}.b`) });
  return y.reshape([...shape.slice(0, -1), w.shape[1]]);
}

export function layerNorm(x: tf.Tensor, params: TfParams, name: string): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).mul(tf.rsqrt(variance.add(1e-5))).mul(p(params, `${name}.scale`)).add(p(params, `${name}.offset`));
}

export const silu = (x: tf.Tensor) => x.mul(tf.sigmoid(x));

/** `first` overrides the first Linear (the EGNN's factored message layer computes it itself). */
export function stableMlp(x: tf.Tensor, params: TfParams, name: string, units: readonly number[], activateFinal: boolean, first?: tf.Tensor): tf.Tensor {
  const hidden = activateFinal ? units : units.slice(0, -1);
  let y = silu(first ?? linear(x, params, `${name}.lin0`));
  for (let k = 1; k < hidden.length; k++) {
    const z = silu(linear(layerNorm(y, params, `${name}.ln${k}`), params, `${name}.lin${k}`));
    y = hidden[k] === hidden[k - 1] ? y.add(z) : z;
  }
  return activateFinal ? y : linear(y, params, `${name}.out`);
}

/** Σ v² over the last axis, with the E-ACF convention that 0 counts as 1 (safe_norm(0) = 1). */
export function safeSquaredNorm(v: tf.Tensor): tf.Tensor {
  const s = tf.sum(v.square(), -1, true);
  return tf.where(tf.equal(s, 0), tf.onesLike(s), s);
}

export const safeNorm = (v: tf.Tensor) => tf.sqrt(safeSquaredNorm(v));
export const normalize = (v: tf.Tensor) => v.div(safeNorm(v));
