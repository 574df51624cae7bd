/**
 * The auxiliary frame-barrier loss (method §5.1, §5.2, §9.1) in float64, for one system: run the flow's
 * inverse on z (as log q does) and average −log(1 − |cos∠(v₁, v₂)|) over the 3D frames it builds.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { barrierWeight, hasBarrier } from '../frame-barrier.js';
import { runFunction, sizesOf } from './interpreter.js';
import type { ParamStore } from './nets/params.js';
import { meanBarrier } from './ops/loss.js';

/** z: the centred joint point [n, C, d] the inverse receives. */
export function referenceAuxLoss(m: IRModule, store: ParamStore, z: Float64Array): number {
  const f = m.inverse;
  let aux = 0;
  runFunction(f, m, store, z, (op, vectors) => {
    if (!hasBarrier(op, m.system.dim) || !vectors) return;
    aux += meanBarrier(op, vectors, sizesOf(m)) * barrierWeight(f.ops, op);
  });
  return aux;
}
