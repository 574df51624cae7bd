/** Dense layers on tensors [..., width] (float32): Linear, LayerNorm (ε = 1e-5), StableMLP (method §4.2). */
import { tf } from '../tf.js';

export type TfParams = ReadonlyMap<string, tf.Tensor>;

export function p(params: TfParams, name: string): tf.Tensor {
  const t = params.get(name);
  if (!t) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return t;
}

/**
 * rows [R, in] · W [in, out] + b with an explicit gradient: tfjs's own matMul gradient multiplies with the
 * transpose flags set, which tfjs-backend-wasm runs several times slower than a transpose followed by a
 * plain product (measured: backward 8× the forward on the DW4 flow before this, see README).
 */
const affineRows = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, w, b, save] = args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias: b }),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy as tf.Tensor2D), tf.sum(dy as tf.Tensor, 0)];
    },
  };
});

/** x [..., in] · w [in, out] + b, on the flattened rows. */
function affine(x: tf.Tensor, w: tf.Tensor2D, b: tf.Tensor): tf.Tensor {
  const shape = x.shape;
  const rows = x.reshape([-1, shape[shape.length - 1]!]);
  const y = affineRows(rows, w, b) as tf.Tensor;
  return y.reshape([...shape.slice(0, -1), w.shape[1]]);
}

/** x [..., in] · W [in, out] + b with the Linear's parameters `${name}.w`, `${name}.b`. */
export function linear(x: tf.Tensor, params: TfParams, name: string): tf.Tensor {
  return affine(x, p(params, `${name}.w`) as tf.Tensor2D, p(params, `${name}.b`));
}

/**
 * (x − mean) / sqrt(var + 1e-5) over the last axis, in four passes over x (mean, centre, square-mean,
 * scale); tf.moments takes six (it casts and centres twice).
 */
function standardize(x: tf.Tensor): tf.Tensor {
  const centred = x.sub(tf.mean(x, -1, true));
  return centred.mul(tf.rsqrt(tf.mean(centred.square(), -1, true).add(1e-5)));
}

export function layerNorm(x: tf.Tensor, params: TfParams, name: string): tf.Tensor {
  return standardize(x).mul(p(params, `${name}.scale`)).add(p(params, `${name}.offset`));
}

/**
 * linear(layerNorm(x)) with the LayerNorm's scale and offset folded into the Linear — W' = diag(scale)·W,
 * b' = offset·W + b, computed on the small weight tensors — so the [..., width] activations take two fewer
 * passes. This is the StableMLP's inner step, run on the EGNN's whole [B, n, n, ·] pair grid.
 */
export function normalizedLinear(x: tf.Tensor, params: TfParams, norm: string, name: string): tf.Tensor {
  const w = p(params, `${name}.w`) as tf.Tensor2D;
  const scale = p(params, `${norm}.scale`);
  const offset = p(params, `${norm}.offset`);
  const folded = w.mul(scale.expandDims(1)) as tf.Tensor2D;
  const bias = tf.matMul(offset.expandDims(0), w).reshape([-1]).add(p(params, `${name}.b`));
  return affine(standardize(x), folded, bias);
}

export const silu = (x: tf.Tensor) => x.mul(tf.sigmoid(x));

/** `first` overrides the first Linear (the EGNN's factored message layer computes it itself). */
export function stableMlp(x: tf.Tensor, params: TfParams, name: string, units: readonly number[], activateFinal: boolean, first?: tf.Tensor): tf.Tensor {
  const hidden = activateFinal ? units : units.slice(0, -1);
  let y = silu(first ?? linear(x, params, `${name}.lin0`));
  for (let k = 1; k < hidden.length; k++) {
    const z = silu(normalizedLinear(y, params, `${name}.ln${k}`, `${name}.lin${k}`));
    y = hidden[k] === hidden[k - 1] ? y.add(z) : z;
  }
  return activateFinal ? y : linear(y, params, `${name}.out`);
}

/**
 * Comparisons that may sit on a differentiable path. tfjs registers no gradient for Less/Equal/LogicalAnd,
 * so masks are built from Step (whose gradient is zero) and cast to bool: `a ≤ b`, `a < b`, …
 */
export const lessEqual = (a: tf.Tensor, b: tf.Tensor | number) => tf.sub(1, tf.step(tf.sub(a, b))).cast('bool');
export const less = (a: tf.Tensor, b: tf.Tensor | number) => tf.step(tf.sub(b, a)).cast('bool');
export const greaterEqual = (a: tf.Tensor, b: tf.Tensor | number) => tf.sub(1, tf.step(tf.sub(b, a))).cast('bool');

/** Σ v² over the last axis, with the E-ACF convention that 0 counts as 1 (safe_norm(0) = 1). */
export function safeSquaredNorm(v: tf.Tensor): tf.Tensor {
  const s = tf.sum(v.square(), -1, true);
  // s ≥ 0, and 1 − step(s) is 1 exactly where s = 0: three kernels instead of a where over a cast mask. The
  // gradient differs from the where's only at s = 0, where ∂s/∂v = 2v = 0 anyway.
  return s.add(tf.sub(1, tf.step(s)));
}

export const safeNorm = (v: tf.Tensor) => tf.sqrt(safeSquaredNorm(v));
export const normalize = (v: tf.Tensor) => v.div(safeNorm(v));

/**
 * t[..., indices, ...] along `axis` by slices and one concat. tf.gather's gradient needs UnsortedSegmentSum,
 * which tfjs-backend-wasm lacks, and the index lists here are short and fixed at plan time.
 */
export function select(t: tf.Tensor, indices: readonly number[], axis: number): tf.Tensor {
  const size = t.shape.map((v, k) => (k === axis ? 1 : v));
  const begin = (i: number) => t.shape.map((_, k) => (k === axis ? i : 0));
  return tf.concat(indices.map((i) => t.slice(begin(i), size)), axis);
}

/** rows [R, k] · W [k, m] with the same explicit gradient as `affineRows` (tfjs's uses transpose flags: slow on wasm). */
const productRows = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, w, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([x, w]);
  return {
    value: tf.matMul(x, w),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(ws)), tf.matMul(tf.transpose(xs), dy as tf.Tensor2D)];
    },
  };
});

/** x [..., k] · W [k, m] as a 2D matmul on the flattened rows (tfjs's broadcasting batch-matmul gradient is wrong). */
export function matMulRows(x: tf.Tensor, w: tf.Tensor): tf.Tensor {
  const shape = x.shape;
  const y = productRows(x.reshape([-1, shape[shape.length - 1]!]), w) as tf.Tensor;
  return y.reshape([...shape.slice(0, -1), w.shape[1]!]);
}
