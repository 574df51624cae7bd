/** Whole-sample ops in tfjs on z [B, n, C, d]: centring, halves (method §3.1), scaling block (§7), shift (§5.5). */
import type { Op } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import { lessEqual, p, select, stableMlp, type TfParams } from './nn.js';

const channel = (z: tf.Tensor, c: number) => {
  const [B, n, , d] = z.shape as [number, number, number, number];
  return z.slice([0, 0, c, 0], [B, n, 1, d]);
};

export const centerTf = (z: tf.Tensor, c: number) => z.sub(tf.mean(channel(z, c), 1, true));

export function splitTf(z: tf.Tensor, half: number, swap: boolean): { cond: tf.Tensor; trans: tf.Tensor } {
  const [B, n, C, d] = z.shape as [number, number, number, number];
  const low = z.slice([0, 0, 0, 0], [B, n, half, d]);
  const high = z.slice([0, 0, half, 0], [B, n, C - half, d]);
  return swap ? { cond: high, trans: low } : { cond: low, trans: high };
}

export const mergeTf = (cond: tf.Tensor, trans: tf.Tensor, swap: boolean) => tf.concat(swap ? [trans, cond] : [cond, trans], 2);

const AFFINE_OFFSET = Math.log(Math.E - 1);

/** Mirrors backends/reference/ops/layers.ts `scaling`: λ per channel about its mean, σ per augmented mean. */
export function scalingTf(op: Extract<Op, { kind: 'scaling' }>, z: tf.Tensor, params: TfParams): { z: tf.Tensor; logDet: tf.Tensor } {
  const [B, n, C, d] = z.shape as [number, number, number, number];
  const forward = op.direction === 'forward';
  const means = tf.mean(z, 1, true); // [B, 1, C, d]
  const xBar = means.slice([0, 0, 0, 0], [B, 1, 1, d]);
  const sigma = tf.softplus(p(params, `${op.params}.com_logits`).add(AFFINE_OFFSET)); // [A]
  const sigmaAll = tf.concat([tf.ones([1]), sigma]).reshape([1, 1, C, 1]);
  const before = forward ? means : xBar.add(means.sub(xBar).div(sigmaAll));
  const logits = op.conditioned
    ? stableMlp(safeNormRows(before.sub(xBar).slice([0, 0, 1, 0], [B, 1, C - 1, d])).reshape([B, C - 1]), params, `${op.params}.scale_head`, [...op.units, C], false)
    : p(params, `${op.params}.scale_logits`).reshape([1, C]).tile([B, 1]);
  const lambda = tf.softplus(logits.add(AFFINE_OFFSET)); // [B, C]
  const target = forward ? xBar.add(means.sub(xBar).mul(sigmaAll)) : before;
  const factor = (forward ? lambda : tf.div(1, lambda)).reshape([B, 1, C, 1]);
  const out = target.add(z.sub(means).mul(factor));
  const logDet = tf.sum(lambda.log(), 1).mul((n - 1) * d).add(tf.sum(sigma.log()).mul(d));
  return { z: out, logDet: forward ? logDet : logDet.neg() };
}

function safeNormRows(v: tf.Tensor): tf.Tensor {
  const s = tf.sum(v.square(), -1);
  return tf.sqrt(tf.where(lessEqual(s, 0), tf.onesLike(s), s));
}

export function shiftTf(op: Extract<Op, { kind: 'shift' }>, trans: tf.Tensor, vectors: tf.Tensor, params: TfParams): tf.Tensor {
  const [, , s] = trans.shape as [number, number, number, number];
  const M = vectors.shape[2]!;
  const idx = Array.from({ length: s }, (_, ch) => Math.min(ch, M - 1));
  const v = select(vectors, idx, 2);
  const w = p(params, `${op.params}.shift_w`).mul(op.direction === 'forward' ? 1 : -1);
  return trans.add(v.sub(tf.mean(v, 1, true)).mul(w));
}
