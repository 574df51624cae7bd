/** The scaling block (method §7) and the equivariant shift (§5.5) as typed programs. */
import type { TypedProgram } from '../../compiler/check/symmetry/program.js';
import type { Typed } from '../../compiler/check/symmetry/rules.js';

/** Inputs: one augmented copy `a` (points) and x's centre of mass (a pooled point). */
export function typeScaling(p: TypedProgram, a: Typed, xCentre: Typed, conditioned: boolean): { output: Typed; logDet: Typed } {
  const aCentre = p.mean('ā = mean(a)', a);
  const offset = p.sub('ā − x̄', aCentre, xCentre);
  const lambdaInputs = conditioned ? [p.norm('‖ā − x̄‖', offset)] : [];
  const lambda = p.nonlinear('λ', conditioned ? 'the scale MLP' : 'softplus of a free parameter', lambdaInputs);
  const sigma = p.nonlinear('σ', 'softplus of a free parameter', []);
  const cloud = p.scale('λ·(a − ā)', lambda, p.sub('a − ā', a, aCentre));
  const shifted = p.add('x̄ + σ·(ā − x̄)', xCentre, p.scale('σ·(ā − x̄)', sigma, offset));
  return { output: p.add("a′ = x̄ + σ(ā − x̄) + λ(a − ā)", shifted, cloud), logDet: p.nonlinear('log|det|', 'log λ and log σ', [lambda, sigma]) };
}

/** t′ = t + w·(v − mean(v)) with a scalar parameter w and the conditioner's vectors v. */
export function typeShift(p: TypedProgram, t: Typed, vectors: Typed): { output: Typed; logDet: Typed } {
  const centred = p.axis(p.sub('v − mean(v)', vectors, p.mean('mean(v)', vectors)));
  const w = p.nonlinear('w', 'a free parameter', []);
  return { output: p.add("t′ = t + w·(v − mean(v))", t, p.scale('w·(v − mean(v))', w, centred)), logDet: p.nonlinear('log|det|', 'zero', []) };
}
