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
import { systemsThatFit, WASM_HEAP_BYTES } from './memory.js';
import { totalmem } from 'node:os';

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

/** Systems per tfjs call (fewer when that many would not fit in memory: memory.ts). */
const CHUNK = 16;

/**
 * Bytes the next tfjs call may take: tfjs-backend-wasm's 4 GiB heap, or the machine's memory for the others,
 * less what tfjs already holds (the weights, other flows).
 */
function memoryAvailable(name: TfBackendName): number {
  const limit = name === 'wasm' ? WASM_HEAP_BYTES : totalmem();
  return limit - tf.memory().numBytes;
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
      // Refused here, before any run, when one system cannot fit; otherwise as many systems per call as fit.
      const chunk = systemsThatFit(module, memoryAvailable(name), CHUNK, name === 'wasm' ? "tfjs-backend-wasm's 4.29 GB heap less what is in use" : "this machine's memory less what tfjs holds");
      const { n, channels: C, dim: d } = module.system;
      return {
        run(direction, z, batch) {
          const size = n * C * d;
          const result = { z: new Float64Array(batch * size), logDet: new Float64Array(batch) };
          // Chunks bound the working set; tfjs-backend-wasm was seen to fail ("memory access out of bounds")
          // on the full-width DW4 flow at 1,000 systems per call, and on the LJ13 example at 64.
          for (let start = 0; start < batch; start += chunk) {
            const count = Math.min(chunk, batch - start);
            const out = tf.tidy(() => {
              const input = tf.tensor(Float32Array.from(z.subarray(start * size, (start + count) * size)), [count, n, C, d]);
              const r = executePlan(direction === 'forward' ? plans.forward : plans.inverse, module, params, input);
              return [r.z, r.logDet] as const;
            });
            result.z.set(out[0].dataSync(), start * size);
            result.logDet.set(out[1].dataSync(), start);
            tf.dispose([...out]);
          }
          return result;
        },
        dispose() {
          tf.dispose([...params.values()]);
        },
      };
    },
  };
}
