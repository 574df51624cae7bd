/**
 * The tfjs backend: IR → execution plans, run in float32 on tfjs-backend-wasm (default), -cpu, or the
 * native tfjs-node when installed. Inference runs inside tf.tidy; training (train/) runs the same plans
 * under tf.variableGrads.
 */
import type { Backend, Executable } from '../backend.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { tf, useTfBackend, type TfBackendName } from './tf.js';
import { planFunction, type ExecutionPlan } from './plan.js';
import { executePlan } from './execute.js';

export interface TfPlans {
  readonly forward: ExecutionPlan;
  readonly inverse: ExecutionPlan;
}

export function planModule(module: IRModule): TfPlans {
  return { forward: planFunction(module.forward), inverse: planFunction(module.inverse) };
}

/** Float32 copies of the weights as tfjs tensors (kept until `dispose`). */
export function weightTensors(module: IRModule, weights: Weights): Map<string, tf.Tensor> {
  return new Map(module.params.map((p) => [p.name, tf.tensor(Float32Array.from(weights.get(p.name)!), [...p.shape])]));
}

export async function createTfjsBackend(requested?: TfBackendName): Promise<Backend> {
  const name = await useTfBackend(requested);
  return {
    name: `tfjs-${name}`,
    dtype: 'f32',
    tolerance: 1e-4,
    prepare(module, weights): Executable {
      const plans = planModule(module);
      const params = weightTensors(module, weights);
      const { n, channels: C, dim: d } = module.system;
      return {
        run(direction, z, batch) {
          const out = tf.tidy(() => {
            const input = tf.tensor(Float32Array.from(z), [batch, n, C, d]);
            const r = executePlan(direction === 'forward' ? plans.forward : plans.inverse, module, params, input);
            return [r.z, r.logDet] as const;
          });
          const result = { z: Float64Array.from(out[0].dataSync()), logDet: Float64Array.from(out[1].dataSync()) };
          tf.dispose([...out]);
          return result;
        },
      };
    },
  };
}
