/**
 * A known-bad backend for mutation tests of the conformance suite: wraps a real backend and plants one bug in
 * its output, so a test can show that the check named for that bug fails.
 */
import type { Backend, Executable, RunResult } from '../../backends/backend.js';
import type { Direction } from '../../compiler/ir/ir.js';

export interface Mutation {
  /** Added to every log-det of the forward map. */
  readonly forwardLogDet?: number;
  /** Added to every log-det of the inverse map. */
  readonly inverseLogDet?: number;
  /** The output moves by this fraction of the input's x centre of mass: a coupling whose centring leaks. */
  readonly centringLeak?: number;
}

export function perturbedBackend(inner: Backend, mutation: Mutation): Backend {
  return {
    name: `${inner.name} (mutated)`,
    dtype: inner.dtype,
    tolerance: inner.tolerance,
    prepare(module, weights): Executable {
      const exe = inner.prepare(module, weights);
      const { n, channels: C, dim: d } = module.system;
      const plant = (direction: Direction, z: Float64Array, batch: number, out: RunResult): RunResult => {
        const shift = direction === 'forward' ? (mutation.forwardLogDet ?? 0) : (mutation.inverseLogDet ?? 0);
        const moved = Float64Array.from(out.z);
        const leak = mutation.centringLeak ?? 0;
        for (let b = 0; b < batch && leak !== 0; b++)
          for (let k = 0; k < d; k++) {
            let mean = 0;
            for (let i = 0; i < n; i++) mean += z[((b * n + i) * C) * d + k]! / n;
            for (let p = 0; p < n * C; p++) moved[(b * n * C + p) * d + k] = moved[(b * n * C + p) * d + k]! + leak * mean;
          }
        return { z: moved, logDet: out.logDet.map((v) => v + shift) };
      };
      return {
        run: (direction, z, batch) => plant(direction, z, batch, exe.run(direction, z, batch)),
        ...(exe.runAsync ? { runAsync: async (direction: Direction, z: Float64Array, batch: number) => plant(direction, z, batch, await exe.runAsync!(direction, z, batch)) } : {}),
        dispose: () => exe.dispose?.(),
      };
    },
  };
}
