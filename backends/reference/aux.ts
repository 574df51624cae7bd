/**
 * The auxiliary frame-barrier loss (method §5.1, §5.2, §9.1) in float64, for one system: run the flow's
 * inverse on z (as log q does) and average −log(1 − |cos∠(v₁, v₂)|) over the 3D frames it builds.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { barrier, barrierWeight, hasBarrier } from '../frame-barrier.js';
import { runFunction } from './interpreter.js';
import type { ParamStore } from './nets/params.js';
import { dot, safeNorm, type Vec } from './math/vec.js';

/** z: the centred joint point [n, C, d] the inverse receives. */
export function referenceAuxLoss(m: IRModule, store: ParamStore, z: Float64Array): number {
  const { n, half: s, dim: d } = m.system;
  const f = m.inverse;
  let aux = 0;
  runFunction(f, m, store, z, (op, vectors) => {
    if (!hasBarrier(op, d) || !vectors) return;
    const nvec = d;
    const M = nvec * s * op.count;
    const tweak = op.projection.kind === 'cartesian' && op.projection.smallIdentity;
    let sum = 0;
    for (let i = 0; i < n; i++)
      for (let ch = 0; ch < s; ch++) {
        const vector = (k: number): Vec => {
          const at = (i * M + (ch * op.count + op.index) * nvec + k) * d;
          // Cartesian-proj's basis b_k carries the same 1e-6·e_{k−1} tweak as its frame (method §5.2).
          return Array.from(vectors.subarray(at, at + d), (v, j) => (tweak && j === k - 1 ? v + 1e-6 : v));
        };
        const [v1, v2] = [vector(1), vector(2)];
        sum += barrier(1 - Math.abs(dot(v1, v2) / (safeNorm(v1) * safeNorm(v2))));
      }
    aux += (sum / (n * s)) * barrierWeight(f.ops, op);
  });
  return aux;
}
