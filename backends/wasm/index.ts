/**
 * The wasm backend (compiled training, docs/design/compiled-training.md): the IR run over a batch in float32
 * by the executor (exec/executor.ts), WebAssembly SIMD kernels for dense layers and typed-array kernels for
 * per-point ops, one OpKernel per op kind (exec/kernel-table.ts). It samples, computes log q and trains
 * (train-engine.ts) with the same gradient function the float64 reference runs.
 */
import type { Backend, Executable } from '../backend.js';
import { runFunctionBatch } from './exec/executor.js';
import { kernelFor } from './exec/kernel-table.js';

/** Systems per executor call: bounds the activations held at once. */
const CHUNK = 256;

export const wasmBackend: Backend = {
  name: 'wasm',
  dtype: 'f32',
  tolerance: 1e-4,
  prepare(module, weights): Executable {
    const params = new Map(module.params.map((p) => [p.name, Float32Array.from(weights.get(p.name)!)]));
    const size = module.system.n * module.system.channels * module.system.dim;
    return {
      run(direction, z, batch) {
        const f = direction === 'forward' ? module.forward : module.inverse;
        const out = { z: new Float64Array(batch * size), logDet: new Float64Array(batch) };
        for (let start = 0; start < batch; start += CHUNK) {
          const count = Math.min(CHUNK, batch - start);
          const r = runFunctionBatch(f, module, params, Float32Array.from(z.subarray(start * size, (start + count) * size)), count, kernelFor);
          out.z.set(r.z, start * size);
          out.logDet.set(r.logDet, start);
        }
        return out;
      },
    };
  },
};
