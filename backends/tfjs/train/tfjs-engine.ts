/**
 * The tfjs GradientEngine (backends/train/trainer.ts): the masked NLL of method §9.1 on tfjs tensors,
 * differentiated by tfjs's autodiff (tf.variableGrads), with the parameters held as tfjs variables.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { GradientEngine } from '../../train/trainer.js';
import { tf } from '../tf.js';
import { planFunction, type ExecutionPlan } from '../plan.js';
import { logQWithAuxTf, maskedNll } from './objective.js';

export class TfjsGradientEngine implements GradientEngine {
  private readonly vars: tf.Variable[];
  private readonly inverse: ExecutionPlan;
  private readonly sizes: number[];

  constructor(private readonly module: IRModule) {
    this.sizes = module.params.map((p) => p.shape.reduce((s, k) => s * k, 1));
    this.vars = module.params.map((p) => tf.variable(tf.zeros([...p.shape]), true));
    this.inverse = planFunction(module.inverse);
  }

  setParams(flat: Float32Array): void {
    let offset = 0;
    tf.tidy(() => this.vars.forEach((v, i) => v.assign(tf.tensor(flat.slice(offset, (offset += this.sizes[i]!)), v.shape))));
  }

  gradients(x: Float32Array, a: Float32Array, start: number, count: number, batch: number, auxWeight: number): { grads: Float32Array; loss: number; kept: number; aux: number } {
    const { n, dim: d, augmented: A } = this.module.system;
    const params = new Map(this.module.params.map((p, i) => [p.name, this.vars[i]! as tf.Tensor]));
    let kept = 0;
    let loss = 0;
    let aux = 0;
    let grads: Float32Array = new Float32Array(0);
    // The tidy returns nothing: tidy walks whatever it returns looking for tensors, and walking a typed array
    // of 5M gradient entries took 4 s.
    tf.tidy(() => {
      const xt = tf.tensor(x.subarray(start * n * d, (start + count) * n * d), [count, n, d]);
      const at = tf.tensor(a.subarray(start * n * A * d, (start + count) * n * A * d), [count, n, A, d]);
      const { value, grads: g } = tf.variableGrads(() => {
        const q = logQWithAuxTf(this.module, this.inverse, params, xt, at, auxWeight > 0);
        const out = maskedNll(q.logQ, q.aux && { values: q.aux, weight: auxWeight });
        kept = out.kept;
        aux = out.aux;
        return out.loss.mul(count / batch) as tf.Scalar;
      }, this.vars);
      loss = value.dataSync()[0]!;
      grads = tf.concat(this.vars.map((v) => g[v.name]!.reshape([-1]))).dataSync() as Float32Array;
    });
    return { grads, loss, kept, aux };
  }

  dispose(): void {
    tf.dispose(this.vars);
  }
}
