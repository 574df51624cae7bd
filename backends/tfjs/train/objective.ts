/**
 * The maximum-likelihood objective on tfjs tensors (method §9.1): for data x and one augmented draw a,
 * log q(x, a) = log q0(inverse(z)) + log-det, plus the weighted aux frame-barrier loss, with per-example
 * masking of non-finite losses and of log q < −1e4; the masked sum is divided by the full batch size.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import type { ExecutionPlan } from '../plan.js';
import { executePlan } from '../execute.js';
import type { TfParams } from '../ops/nn.js';

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log q(x, a) per example; x [B, n, d], a [B, n, A, d]. */
export function logQTf(module: IRModule, inverse: ExecutionPlan, params: TfParams, x: tf.Tensor, a: tf.Tensor): tf.Tensor {
  return logQWithAuxTf(module, inverse, params, x, a, false).logQ;
}

/** log q(x, a) per example and, when asked, the aux frame-barrier loss per example [B] (method §9.1). */
export function logQWithAuxTf(module: IRModule, inverse: ExecutionPlan, params: TfParams, x: tf.Tensor, a: tf.Tensor, withAux: boolean): { logQ: tf.Tensor; aux?: tf.Tensor } {
  const { n, dim: d, augmented: A } = module.system;
  const { scale, augmentScale: eta } = module.base;
  const z = tf.concat([x.expandDims(2), a], 2);
  const centred = z.sub(tf.mean(x, 1, true).expandDims(2));
  const out = executePlan(inverse, module, params, centred, withAux);
  const B = x.shape[0]!;
  const x0 = out.z.slice([0, 0, 0, 0], [B, n, 1, d]);
  const a0 = out.z.slice([0, 0, 1, 0], [B, n, A, d]);
  const xc = x0.sub(tf.mean(x0, 1, true));
  const logQ0 = tf.sum(xc.square(), [1, 2, 3]).div(-2 * scale * scale).sub((n - 1) * d * (HALF_LOG_2PI + Math.log(scale)));
  const logAug = tf.sum(a0.sub(x0).square(), [1, 2, 3]).div(-2 * eta * eta).sub(n * A * d * (HALF_LOG_2PI + Math.log(eta)));
  const logQ = out.logDet.add(logQ0).add(logAug);
  return out.aux ? { logQ, aux: out.aux } : { logQ };
}

/**
 * The masked loss mean: per example −log q + w_aux·aux, dropped when it is non-finite or log q < −1e4, summed
 * and divided by the full batch size. The mask is read back and rebuilt as a constant, so it is not on the
 * differentiable path (tfjs has no gradient for IsFinite/LogicalAnd) and dropped examples get exactly zero
 * gradient from the selection itself; non-finite entries that still appear are zeroed by the trainer.
 */
export function maskedNll(logQ: tf.Tensor, aux?: { values: tf.Tensor; weight: number }): { loss: tf.Tensor; kept: number; nll: number; aux: number } {
  const perExample = aux ? logQ.neg().add(aux.values.mul(aux.weight)) : logQ.neg();
  const q = logQ.dataSync();
  const l = perExample.dataSync();
  const keep = Array.from(q, (v, b) => Number.isFinite(l[b]!) && v > -1e4);
  const kept = tf.where(tf.tensor1d(keep, 'bool'), perExample, tf.zerosLike(perExample));
  const auxValues = aux ? aux.values.dataSync() : undefined;
  const meanOverKept = (values: ArrayLike<number>, sign: number) => keep.reduce((s, k, b) => (k ? s + sign * values[b]! : s), 0) / Math.max(1, keep.filter(Boolean).length);
  return { loss: tf.sum(kept).div(logQ.shape[0]!), kept: keep.filter(Boolean).length, nll: meanOverKept(q, -1), aux: auxValues ? meanOverKept(auxValues, 1) : 0 };
}
