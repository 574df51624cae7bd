/**
 * Rational-quadratic splines (method §6.2) and the affine map (§6.1) on tfjs tensors: one spline per row,
 * params [R, 3K+1]. Bins are selected with one-hot masks (no data-dependent gathers), tails are linear.
 */
import type { InnerTransformSpec, SplineSpec } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import { greaterEqual, lessEqual } from './nn.js';

export interface Mapped {
  readonly value: tf.Tensor;
  readonly logDet: tf.Tensor;
}

function edges(logits: tf.Tensor, s: SplineSpec): tf.Tensor {
  const [R, K] = logits.shape as [number, number];
  const sizes = tf.softmax(logits, -1).mul(s.hi - s.lo - K * s.minBinSize).add(s.minBinSize);
  const inner = tf.cumsum(sizes.slice([0, 0], [R, K - 1]), 1).add(s.lo);
  return tf.concat([tf.fill([R, 1], s.lo), inner, tf.fill([R, 1], s.hi)], 1);
}

interface Knots {
  readonly xPos: tf.Tensor;
  readonly yPos: tf.Tensor;
  readonly slopes: tf.Tensor;
}

function knots(params: tf.Tensor, s: SplineSpec): Knots {
  const R = params.shape[0]!;
  const K = s.bins;
  const raw = tf.softplus(params.slice([0, 2 * K], [R, K + 1]).add(Math.log(Math.expm1(1 - s.minKnotSlope)))).add(s.minKnotSlope);
  let slopes = raw;
  if (s.boundary === 'circular') slopes = tf.concat([raw.slice([0, 0], [R, K]), raw.slice([0, 0], [R, 1])], 1);
  if (s.boundary === 'identity') slopes = tf.concat([tf.ones([R, 1]), raw.slice([0, 1], [R, K - 1]), tf.ones([R, 1])], 1);
  return { xPos: edges(params.slice([0, 0], [R, K]), s), yPos: edges(params.slice([0, K], [R, K]), s), slopes };
}

/** One-hot [R, K] of the bin with pos[k] ≤ v < pos[k+1], bin 0 when none (distrax's fallback). */
function binOf(pos: tf.Tensor, v: tf.Tensor, K: number): tf.Tensor {
  const R = pos.shape[0]!;
  const col = v.reshape([R, 1]);
  // step-based masks: no gradient flows through the bin choice (and tfjs has none for Less/LogicalAnd).
  const inside = tf.sub(1, tf.step(pos.slice([0, 0], [R, K]).sub(col))).mul(tf.step(pos.slice([0, 1], [R, K]).sub(col)));
  const none = tf.sub(1, tf.sum(inside, 1, true));
  return inside.add(tf.concat([none, tf.zeros([R, K - 1])], 1));
}

const pick = (table: tf.Tensor, oneHot: tf.Tensor, shift: number) => tf.sum(oneHot.mul(table.slice([0, shift], [table.shape[0]!, oneHot.shape[1]!])), 1);

/** The selected bin's knots and slopes: x_k, y_k, its width w, height h, h/w, and the end slopes δ_k, δ_k+1. */
function binValues(k: Knots, oh: tf.Tensor) {
  const [xk, xk1, yk, yk1, d0, d1] = [pick(k.xPos, oh, 0), pick(k.xPos, oh, 1), pick(k.yPos, oh, 0), pick(k.yPos, oh, 1), pick(k.slopes, oh, 0), pick(k.slopes, oh, 1)];
  const w = xk1.sub(xk);
  const h = yk1.sub(yk);
  return { xk, yk, w, h, sl: h.div(w), d0, d1 };
}

function interiorLogDet(s: tf.Tensor, d0: tf.Tensor, d1: tf.Tensor, z: tf.Tensor): tf.Tensor {
  const oneMinus = tf.sub(1, z);
  const den = s.add(d1.add(d0).sub(s.mul(2)).mul(z).mul(oneMinus));
  const num = d1.mul(z.square()).add(s.mul(2).mul(z).mul(oneMinus)).add(d0.mul(oneMinus.square()));
  return s.log().mul(2).add(num.log()).sub(den.log().mul(2));
}

function tails(v: tf.Tensor, k: Knots, s: SplineSpec, interior: Mapped, forward: boolean): Mapped {
  const R = v.shape[0]!;
  const first = k.slopes.slice([0, 0], [R, 1]).reshape([R]);
  const last = k.slopes.slice([0, s.bins], [R, 1]).reshape([R]);
  const lin = (edge: number, slope: tf.Tensor) => (forward ? v.sub(edge).mul(slope).add(edge) : v.sub(edge).div(slope).add(edge));
  const below = lessEqual(v, s.lo);
  const above = greaterEqual(v, s.hi);
  const sign = forward ? 1 : -1;
  return {
    value: tf.where(below, lin(s.lo, first), tf.where(above, lin(s.hi, last), interior.value)),
    logDet: tf.where(below, first.log().mul(sign), tf.where(above, last.log().mul(sign), interior.logDet)),
  };
}

export function splineForwardTf(params: tf.Tensor, x: tf.Tensor, s: SplineSpec): Mapped {
  const k = knots(params, s);
  const { xk, yk, w, h, sl, d0, d1 } = binValues(k, binOf(k.xPos, x, s.bins));
  const z = tf.clipByValue(x.sub(xk).div(w), 0, 1);
  const zz = z.mul(tf.sub(1, z));
  const den = sl.add(d1.add(d0).sub(sl.mul(2)).mul(zz));
  const value = yk.add(h.mul(sl.mul(z.square()).add(d0.mul(zz))).div(den));
  return tails(x, k, s, { value, logDet: interiorLogDet(sl, d0, d1, z) }, true);
}

export function splineInverseTf(params: tf.Tensor, y: tf.Tensor, s: SplineSpec): Mapped {
  const k = knots(params, s);
  const { xk, yk, w, h, sl, d0, d1 } = binValues(k, binOf(k.yPos, y, s.bins));
  const wt = tf.clipByValue(y.sub(yk).div(h), 0, 1);
  const c = sl.neg().mul(wt);
  const b = d0.sub(d1.add(d0).sub(sl.mul(2)).mul(wt));
  const a = sl.sub(b);
  const root = tf.sqrt(tf.maximum(b.square().sub(a.mul(c).mul(4)), 1e-30));
  // The stable root: 2c/(−b − √D) when b ≥ 0, else (−b + √D)/(2a). Each branch's denominator is replaced by 1
  // where that branch is not taken, so the unused one cannot put inf/NaN into the gradient.
  const positive = greaterEqual(b, 0);
  const first = b.neg().sub(root);
  const second = a.mul(2);
  const z = tf.clipByValue(tf.where(positive, c.mul(2).div(tf.where(positive, first, tf.onesLike(first))), b.neg().add(root).div(tf.where(positive, tf.onesLike(second), second))), 0, 1);
  return tails(y, k, s, { value: xk.add(w.mul(z)), logDet: interiorLogDet(sl, d0, d1, z).neg() }, false);
}

const AFFINE_OFFSET = Math.log(Math.E - 1);

/** τ for coordinate `index` of R points; `coefficients` [R, perPoint] as laid out by lowering. */
export function coordinateMapTf(spec: InnerTransformSpec, coefficients: tf.Tensor, coords: number, forward: boolean): (index: number, v: tf.Tensor) => Mapped {
  const R = coefficients.shape[0]!;
  if (spec.kind === 'affine') {
    return (k, v) => {
      const scale = tf.softplus(coefficients.slice([0, k], [R, 1]).reshape([R]).add(AFFINE_OFFSET));
      const shift = coefficients.slice([0, coords + k], [R, 1]).reshape([R]);
      return forward ? { value: v.mul(scale).add(shift), logDet: scale.log() } : { value: v.sub(shift).div(scale), logDet: scale.log().neg() };
    };
  }
  const per = 3 * (spec.splines[0]?.bins ?? 8) + 1;
  return (k, v) => {
    const params = coefficients.slice([0, k * per], [R, per]);
    return forward ? splineForwardTf(params, v, spec.splines[k]!) : splineInverseTf(params, v, spec.splines[k]!);
  };
}
