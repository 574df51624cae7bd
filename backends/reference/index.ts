/** The float64 reference backend: the interpreter, one system at a time. */
import type { Backend, Executable } from '../backend.js';
import { runFunction } from './interpreter.js';

export const referenceBackend: Backend = {
  name: 'reference',
  dtype: 'f64',
  tolerance: 1e-10,
  prepare(module, weights): Executable {
    const size = module.system.n * module.system.channels * module.system.dim;
    return {
      run(direction, z, batch) {
        const f = direction === 'forward' ? module.forward : module.inverse;
        const out = new Float64Array(batch * size);
        const logDet = new Float64Array(batch);
        for (let b = 0; b < batch; b++) {
          const r = runFunction(f, module, weights, z.slice(b * size, (b + 1) * size));
          out.set(r.z, b * size);
          logDet[b] = r.logDet;
        }
        return { z: out, logDet };
      },
    };
  },
};
