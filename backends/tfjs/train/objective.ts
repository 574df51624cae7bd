/**
 * The maximum-likelihood objective on tfjs tensors (method §9.1): for data x and one augmented draw a,
 * log q(x, a) = log q0(inverse(z)) + log-det, with per-example masking of non-finite losses and of
 * log q < −1e4; the masked sum is divided by the full batch size.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import type { ExecutionPlan } from '../plan.js';
import { executePlan } from '../execute.js';
import type { TfParams } from '../ops/nn.js';

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log q(x, a) per example; x [B, n, d], a [B, n, A, d]. */
export function logQTf(module: IRModule, inverse: ExecutionPlan, params: TfParams, x: tf.Tensor, a: tf.Tensor): tf.Tensor {
  const { n, dim: d, augmented: A } = module.system;
  const { scale, augmentScale: eta } = module.base;
  const z = tf.concat([x.expandDims(2), a], 2);
  const centred = z.sub(tf.mean(x, 1, true).expandDims(2));
  const out = executePlan(inverse, module, params, centred);
  const B = x.shape[0]!;
  const x0 = out.z.slice([0, 0, 0, 0], [B, n, 1, d]);
  const a0 = out.z.slice([0, 0, 1, 0], [B, n, A, d]);
  const xc = x0.sub(tf.mean(x0, 1, true));
  const logQ0 = tf.sum(xc.square(), [1, 2, 3]).div(-2 * scale * scale).sub((n - 1) * d * (HALF_LOG_2PI + Math.log(scale)));
  const logAug = tf.sum(a0.sub(x0).square(), [1, 2, 3]).div(-2 * eta * eta).sub(n * A * d * (HALF_LOG_2PI + Math.log(eta)));
  return out.logDet.add(logQ0).add(logAug);
}

/**
 * The masked mean negative log-likelihood. The mask is read back and rebuilt as a constant, so it is not on
 * the differentiable path (tfjs has no gradient for IsFinite/LogicalAnd) and dropped examples get exactly
 * zero gradient from the selection itself; non-finite entries that still appear are zeroed by the trainer.
 */
export function maskedNll(logQ: tf.Tensor): { loss: tf.Tensor; kept: number } {
  const values = logQ.dataSync();
  const keep = Array.from(values, (v) => Number.isFinite(v) && v > -1e4);
  const perExample = tf.where(tf.tensor1d(keep, 'bool'), logQ.neg(), tf.zerosLike(logQ));
  return { loss: tf.sum(perExample).div(logQ.shape[0]!), kept: keep.filter(Boolean).length };
}
