/**
 * The float64 reference's gradient of a batch's maximum-likelihood loss (method §9.1): per example the
 * gradient function with weight 1/B (masked examples weigh 0), summed in example order, flat in the
 * module's parameter layout — the vector the trainers feed to Adam, so a float32 trainer's gradient is
 * compared with it entry by entry.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { buildGradient } from '../../compiler/ir/gradient.js';
import { centreJoint, packJoint } from '../base.js';
import type { Weights } from '../init.js';
import { runGradient } from './gradient.js';

export interface BatchGradient {
  /** Σ_b w_b·ℓ_b over the kept examples (the masked mean's value). */
  readonly loss: number;
  readonly kept: number;
  /** Flat, in module.params order. */
  readonly grads: Float64Array;
  readonly logQ: Float64Array;
}

/** x [B][n][d], a [B][n][A][d]: data and one augmented draw per example. */
export function referenceBatchGradient(m: IRModule, weights: Weights, x: ArrayLike<number>, a: ArrayLike<number>, batch: number, auxWeight: number): BatchGradient {
  const g = buildGradient(m, { auxWeight });
  const sizes = { n: m.system.n, d: m.system.dim, A: m.system.augmented };
  const z = centreJoint(sizes, packJoint(sizes, x, a, batch), batch);
  const size = m.system.n * m.system.channels * m.system.dim;
  const offsets = new Map<string, number>();
  let total = 0;
  for (const p of m.params) {
    offsets.set(p.name, total);
    total += p.shape.reduce((s, k) => s * k, 1);
  }
  const grads = new Float64Array(total);
  const logQ = new Float64Array(batch);
  let loss = 0;
  let kept = 0;
  for (let b = 0; b < batch; b++) {
    const out = runGradient(g, m, weights, z.subarray(b * size, (b + 1) * size), 1 / batch);
    logQ[b] = out.logQ;
    if (out.weight === 0) continue;
    kept++;
    loss += out.weight * out.loss;
    for (const [name, g] of out.grads) {
      const at = offsets.get(name)!;
      for (let i = 0; i < g.length; i++) grads[at + i] = grads[at + i]! + g[i]!;
    }
  }
  return { loss, kept, grads, logQ };
}
