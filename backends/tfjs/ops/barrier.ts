/** The frame barrier of the aux loss (backends/frame-barrier.ts) on tfjs tensors, for one inner op. */
import { tf } from '../tf.js';
import { BARRIER_CUTOFF, type InnerOp } from '../../frame-barrier.js';
import { safeNorm, select } from './nn.js';

/** vectors [B, n, M, d] → the op's mean barrier per system [B]. */
export function barrierTf(op: InnerOp, vectors: tf.Tensor, s: number): tf.Tensor {
  const d = vectors.shape[3]!;
  const nvec = d;
  const tweak = op.projection.kind === 'cartesian' && op.projection.smallIdentity;
  const vector = (k: number) => {
    const v = select(vectors, Array.from({ length: s }, (_, ch) => (ch * op.count + op.index) * nvec + k), 2); // [B, n, s, d]
    return tweak ? v.add(tf.oneHot([k - 1], d).toFloat().reshape([d]).mul(1e-6)) : v;
  };
  const [v1, v2] = [vector(1), vector(2)];
  const cos = tf.sum(v1.mul(v2), -1).div(safeNorm(v1).mul(safeNorm(v2)).squeeze([-1]));
  const gap = tf.sub(1, cos.abs());
  // 0 below the cut-off; the maximum keeps log's argument ≥ the cut-off so no NaN reaches the gradient.
  const value = tf.maximum(gap, BARRIER_CUTOFF).log().neg().mul(tf.step(gap.sub(BARRIER_CUTOFF)));
  return tf.mean(value, [1, 2]);
}
