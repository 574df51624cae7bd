/**
 * The float64 gradient of the training loss (compiler/ir/gradient.ts run by the reference) against central
 * finite differences of the loss itself: one random direction per parameter tensor (so a term dropped from
 * any one adjoint shows) and one over the input z. At a typical point: a base draw pushed through the flow's
 * forward, so the inverse sees what training sees. Errors are relative: |analytic − numeric| / max(1, |numeric|).
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { buildGradient } from '../../compiler/ir/gradient.js';
import { hasBarrier } from '../../compiler/ir/barrier.js';
import { runGradient } from '../reference/gradient.js';
import { runFunction } from '../reference/interpreter.js';
import type { vjp } from '../reference/vjp.js';
import { baseSample, centreJoint, packJoint } from '../base.js';
import { NormalStream } from '../rng.js';
import type { Weights } from '../init.js';

export interface GradientCheck {
  /** The worst relative error over the directions. */
  readonly worstError: number;
  /** Where it was: a parameter tensor's name, or "input". */
  readonly worstAt: string;
  readonly directions: number;
}

/** w_aux for the check: the LJ13 recipe's 10 when the flow has 3D frames (so the barrier's adjoint counts), else 0. */
export const checkAuxWeight = (m: IRModule) => (m.inverse.ops.some((op) => op.kind === 'inner' && hasBarrier(op, m.system.dim)) ? 10 : 0);

/** A typical input of the inverse: base draw `seed` through the forward, centred on x's centre of mass. */
export function typicalPoint(m: IRModule, weights: Weights, seed: number): Float64Array {
  const sizes = { n: m.system.n, d: m.system.dim, A: m.system.augmented };
  const base = baseSample(sizes, m.base, 1, seed);
  const z = runFunction(m.forward, m, weights, packJoint(sizes, base.x, base.a, 1)).z;
  return centreJoint(sizes, z, 1);
}

export function checkGradient(m: IRModule, weights: Weights, z: Float64Array, seed: number, options: { auxWeight?: number; h?: number; adjointOf?: typeof vjp } = {}): GradientCheck {
  const auxWeight = options.auxWeight ?? checkAuxWeight(m);
  const h = options.h ?? 1e-5;
  // No masking here: the check differentiates the loss wherever it is finite.
  const g = buildGradient(m, { auxWeight, inputAdjoint: true, logQFloor: -Infinity });
  const at = runGradient(g, m, weights, z, 1, options.adjointOf);
  const loss = (w: Weights, input: Float64Array) => runGradient(g, m, w, input, 0).loss;
  const stream = new NormalStream(seed, 21);
  let worst = { error: 0, at: 'input' };
  const compare = (name: string, analytic: number, numeric: number) => {
    const error = Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));
    if (!(error <= worst.error)) worst = { error: Number.isNaN(error) ? Infinity : error, at: name };
  };
  for (const name of g.params) {
    const values = weights.get(name)!;
    const keep = Float64Array.from(values);
    const u = Float64Array.from(values, () => stream.next());
    const grad = at.grads.get(name) ?? new Float64Array(values.length);
    const shifted = (sign: number) => {
      for (let i = 0; i < values.length; i++) values[i] = keep[i]! + sign * h * u[i]!;
      const value = loss(weights, z);
      values.set(keep);
      return value;
    };
    compare(name, grad.reduce((s, v, i) => s + v * u[i]!, 0), (shifted(1) - shifted(-1)) / (2 * h));
  }
  const u = Float64Array.from(z, () => stream.next());
  const along = (sign: number) => loss(weights, Float64Array.from(z, (v, i) => v + sign * h * u[i]!));
  compare('input', at.inputAdjoint!.reduce((s, v, i) => s + v * u[i]!, 0), (along(1) - along(-1)) / (2 * h));
  return { worstError: worst.error, worstAt: worst.at, directions: g.params.length + 1 };
}
