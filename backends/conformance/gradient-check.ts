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
import { baseSample, centreJoint, packJoint, unpackJoint } from '../base.js';
import { NormalStream, normals } from '../rng.js';
import { referenceBatchGradient } from '../reference/batch-gradient.js';
import { gradientEngine, type TrainingBackend } from '../train/engines.js';
import type { Weights } from '../init.js';
import type { Flow } from '../flow.js';

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

export interface GradientCheckOptions {
  readonly auxWeight?: number;
  readonly h?: number;
  /** At most this many parameter tensors, drawn by the seed (all by default): bounds the cost on large flows. */
  readonly maxTensors?: number;
  readonly adjointOf?: typeof vjp;
}

/** A direction whose error at the first step exceeds this is measured again at 4h and h/4. */
const REFINE_ABOVE = 1e-7;

/**
 * The derivative at 0 of f along a line: central differences at h and h/2 combined by Richardson extrapolation,
 * (4·D(h/2) − D(h))/3, whose truncation error is O(h⁴). Plain central differences (O(h²)) measured 2.4e-4
 * relative on the spherical DW4 preset's EGNN x_out weights at h = 1e-5 (exactly h²-scaled: curvature, not a
 * wrong adjoint), above the 1e-6 bound.
 */
function richardson(f: (step: number) => number, h: number): number {
  const central = (step: number) => (f(step) - f(-step)) / (2 * step);
  return (4 * central(h / 2) - central(h)) / 3;
}

/** `count` of the names, drawn without replacement by a seeded shuffle, in their original order. */
function someOf(names: readonly string[], count: number, stream: NormalStream): string[] {
  if (count >= names.length) return [...names];
  const keyed = names.map((name, i) => ({ name, i, key: stream.next() }));
  return keyed.sort((p, q) => p.key - q.key).slice(0, count).sort((p, q) => p.i - q.i).map((k) => k.name);
}

export function checkGradient(m: IRModule, weights: Weights, z: Float64Array, seed: number, options: GradientCheckOptions = {}): GradientCheck {
  const auxWeight = options.auxWeight ?? checkAuxWeight(m);
  const h = options.h ?? 1e-5;
  // No masking here: the check differentiates the loss wherever it is finite.
  const g = buildGradient(m, { auxWeight, inputAdjoint: true, logQFloor: -Infinity });
  const at = runGradient(g, m, weights, z, 1, options.adjointOf);
  const loss = (w: Weights, input: Float64Array) => runGradient(g, m, w, input, 0).loss;
  const stream = new NormalStream(seed, 21);
  let worst = { error: 0, at: 'input' };
  // A direction over REFINE_ABOVE is measured again at 4h and h/4, and the side where successive estimates agree
  // better counts: that picks the step where neither truncation (large h, ∝ h⁴) nor round-off (small h, ∝ 1/h)
  // dominates, without looking at the analytic value. A wrong adjoint's error does not shrink at any step.
  const compare = (name: string, analytic: number, line: (step: number) => number) => {
    const errorOf = (numeric: number) => Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));
    const atH = richardson(line, h);
    let error = errorOf(atH);
    if (!(error <= REFINE_ABOVE)) {
      const [coarse, fine] = [richardson(line, 4 * h), richardson(line, h / 4)];
      error = errorOf(Math.abs(coarse - atH) <= Math.abs(fine - atH) ? coarse : fine);
    }
    if (!(error <= worst.error)) worst = { error: Number.isNaN(error) ? Infinity : error, at: name };
  };
  const tensors = someOf(g.params, options.maxTensors ?? g.params.length, stream);
  for (const name of tensors) {
    const values = weights.get(name)!;
    const keep = Float64Array.from(values);
    const u = Float64Array.from(values, () => stream.next());
    const grad = at.grads.get(name) ?? new Float64Array(values.length);
    const shifted = (step: number) => {
      for (let i = 0; i < values.length; i++) values[i] = keep[i]! + step * u[i]!;
      const value = loss(weights, z);
      values.set(keep);
      return value;
    };
    compare(name, grad.reduce((s, v, i) => s + v * u[i]!, 0), shifted);
  }
  const u = Float64Array.from(z, () => stream.next());
  const along = (step: number) => loss(weights, Float64Array.from(z, (v, i) => v + step * u[i]!));
  compare('input', at.inputAdjoint!.reduce((s, v, i) => s + v * u[i]!, 0), along);
  return { worstError: worst.error, worstAt: worst.at, directions: tensors.length + 1 };
}

/**
 * The suite's bound for the gradient row. The loss is only piecewise smooth (spline knots and the circular wrap
 * are C¹ in value but C⁰ in log-det; the barrier has its cut-off), and the suite draws its points at random, so
 * near a kink the finite-difference estimate itself is off. Measured with test/conformance/reference.test.ts's
 * random architectures (20 per fast-check seed, 2 points each) over FLOWC_ARCH_SEED = 2026 and 1–11 (240
 * architectures): worst 4.6e-6 (seed 1), every other seed ≤ 1.1e-6; at the fixed seeds of
 * test/reference/gradient.test.ts every architecture stays under the 1e-6 (worst 2.8e-7). 2e-5 leaves
 * 4× over the measured worst; a dropped adjoint term measured ≥ 4e-2 (the mutants of test/reference/).
 */
export const GRADIENT_TOLERANCE = 2e-5;

/** How many parameter tensors one `flowc verify` run checks: ≈ 4·(24 + 1) loss evaluations per run. */
export const GRADIENT_DIRECTIONS = 24;

/** The suite's row: one run at a typical point of the flow drawn by `seed`. */
export async function gradientVsFiniteDifferences(flow: Flow, seed: number): Promise<number> {
  const check = checkGradient(flow.module, flow.weights, typicalPoint(flow.module, flow.weights, seed), seed, { maxTensors: GRADIENT_DIRECTIONS });
  return check.worstError;
}

/** The gradient engine that trains on a float32 backend, by the backend's name (WGSL has none yet: issue 18). */
export function trainingEngineOf(backendName: string): TrainingBackend | undefined {
  if (backendName === 'wasm') return 'wasm';
  return backendName.startsWith('tfjs') ? 'tfjs' : undefined;
}

/**
 * A float32 backend's training gradient against the float64 reference's on one batch of 4 typical points
 * (their x, with one augmented draw a = x + η·ε): ‖g − g_ref‖ / ‖g_ref‖ over the whole flat vector.
 */
export async function gradientVsReference(flow: Flow, engineName: TrainingBackend, seed: number): Promise<number> {
  const m = flow.module;
  const { n, dim: d, augmented: A } = m.system;
  const B = 4;
  const x = new Float64Array(B * n * d);
  for (let b = 0; b < B; b++) x.set(unpackJoint({ n, d, A }, typicalPoint(m, flow.weights, seed + b), 1).x, b * n * d);
  const eps = normals(seed, 31, 0, B * n * A * d);
  const a = Float64Array.from(eps, (e, r) => x[Math.floor(r / (A * d)) * d + (r % d)]! + m.base.augmentScale * e);
  const auxWeight = checkAuxWeight(m);
  const want = referenceBatchGradient(m, flow.weights, x, a, B, auxWeight).grads;
  const engine = await gradientEngine(m, engineName);
  try {
    engine.setParams(Float32Array.from(m.params.flatMap((p) => [...flow.weights.get(p.name)!])));
    const got = engine.gradients(Float32Array.from(x), Float32Array.from(a), 0, B, B, auxWeight).grads;
    let difference = 0;
    let size = 0;
    for (let i = 0; i < want.length; i++) {
      difference += (got[i]! - want[i]!) ** 2;
      size += want[i]! ** 2;
    }
    return Math.sqrt(difference / size);
  } finally {
    engine.dispose();
  }
}
