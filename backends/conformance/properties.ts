/**
 * The properties of the conformance suite, each a function from a data seed to a measured error
 * (after E-ACF's check_bijector_properties and e3nn's equivariance_error, method §12). They are generic
 * over backends: they use only the Flow API, through its asynchronous calls so that backends which only run
 * asynchronously (WGSL) take the same suite. Errors are relative: |Δ| / max(1, |reference value|).
 */
import { Flow } from '../flow.js';
import { identityWeights } from '../init.js';
import { NormalStream, Streams } from '../rng.js';
import type { RunResult } from '../backend.js';
import { centreJoint } from '../base.js';
import { act, randomElement, type GeneratorName } from './group.js';
import { logAbsDet, zeroSumBasis } from './linalg.js';
import { independentBaseLogProb } from './base-density.js';
import type { Units, Yardstick } from './yardstick.js';

export interface PropertyContext {
  readonly flow: Flow;
  /** A second flow with the same module and identity weights, for the identity-init property. */
  readonly identity: Flow;
  /** What differences are measured in (relative, or σ32 on a float32 backend). */
  readonly yardstick: Yardstick;
  /** The same flow on the float64 reference, when `flow` runs on a float32 backend. */
  readonly oracle?: Flow;
}

const maxAbs = (v: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
};
const relMax = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m / Math.max(1, maxAbs(b));
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>, from = 0, to = a.length) => {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

/** The worst row of got against want (z and log-det), each difference in its row's unit. */
function mapError(got: RunResult, want: RunResult, units: Units): number {
  const size = want.z.length / want.logDet.length;
  let worst = 0;
  want.logDet.forEach((v, b) => {
    worst = Math.max(worst, maxDiff(got.z, want.z, b * size, (b + 1) * size) / units.z[b]!, Math.abs(got.logDet[b]! - v) / units.logDet[b]!);
  });
  return worst;
}

/** Units for comparing two runs of one map, each with its own round-off (float32: they add). */
function jointUnits(y: Yardstick, u: Units, v: Units): Units {
  return { z: u.z.map((a, b) => y.joint(a, v.z[b]!)), logDet: u.logDet.map((a, b) => y.joint(a, v.logDet[b]!)) };
}

function baseZ(flow: Flow, seed: number, batch = 1): Float64Array {
  const base = flow.baseSample(batch, seed);
  return flow.pack(base.x, base.a, batch);
}

/** inverse(forward(z)) against z, and the two log-dets cancelling; each direction's round-off counts. */
export async function roundTrip({ flow, yardstick }: PropertyContext, seed: number): Promise<number> {
  const z = baseZ(flow, seed);
  const fwd = await flow.forwardAsync(z, 1);
  const back = await flow.inverseAsync(fwd.z, 1);
  const units = jointUnits(yardstick, await yardstick.map('forward', z, 1, fwd), await yardstick.map('inverse', fwd.z, 1, back));
  return mapError({ z: back.z, logDet: back.logDet }, { z, logDet: fwd.logDet.map((v) => -v) }, units);
}

/** log|det ∂f| on x's zero-CoM subspace × the augmented space, by central differences with Richardson extrapolation. */
/**
 * Central differences with Richardson extrapolation at steps 1e-3 … 1e-7 (× the input scale). The RQS is
 * only C¹ at its knots, ReLU networks (the transformer) are not differentiable at their kinks, and frames can
 * be ill-conditioned, so no single step suits every input direction: each Jacobian column uses the step at
 * which it agrees best with the next smaller step. 1e-7 is for points within ≈ 1e-6 of a ReLU kink, where
 * every larger step straddles it (seen on a trained DW4 Non-E flow: 4.7e-5 error at steps ≥ 1e-6, 2.6e-8 at 1e-7).
 */
const STEPS = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7];

/** log|det ∂f| on x's zero-CoM subspace × the augmented space, by finite differences; relative error vs the flow's. */
export async function logDetVsFiniteDifferences({ flow }: PropertyContext, seed: number): Promise<number> {
  const section = new Section(flow);
  const z0 = baseZ(flow, seed);
  const xi0 = section.from(z0);
  const scale = Math.max(1, maxAbs(xi0) / 4);
  const size = section.size;
  const estimates = await Promise.all(STEPS.map((h) => section.jacobian(xi0, h * scale)));
  const jac = new Float64Array(size * size);
  for (let col = 0; col < size; col++) {
    let best = 0;
    let bestGap = Infinity;
    for (let k = 0; k + 1 < estimates.length; k++) {
      let gap = 0;
      for (let row = 0; row < size; row++) gap = Math.max(gap, Math.abs(estimates[k]![row * size + col]! - estimates[k + 1]![row * size + col]!));
      if (gap < bestGap) [best, bestGap] = [k + 1, gap];
    }
    for (let row = 0; row < size; row++) jac[row * size + col] = estimates[best]![row * size + col]!;
  }
  const logDet = (await flow.forwardAsync(z0, 1)).logDet[0]!;
  return rel(logAbsDet(jac, size), logDet);
}

/** Coordinates of the flow's domain: x on its zero-CoM subspace (Helmert basis), a free. */
class Section {
  readonly size: number;
  private readonly U: number[][];
  private readonly dx: number;
  constructor(private readonly flow: Flow) {
    const { n, d, A } = flow;
    this.U = zeroSumBasis(n);
    this.dx = (n - 1) * d;
    this.size = this.dx + n * A * d;
  }

  from(z: Float64Array): Float64Array {
    const { n, d, A } = this.flow;
    const C = A + 1;
    const xi = new Float64Array(this.size);
    for (let j = 0; j < n - 1; j++) for (let k = 0; k < d; k++) for (let i = 0; i < n; i++) xi[j * d + k] = xi[j * d + k]! + this.U[i]![j]! * z[(i * C) * d + k]!;
    for (let i = 0; i < n; i++) for (let c = 1; c < C; c++) for (let k = 0; k < d; k++) xi[this.dx + ((i * A + c - 1) * d + k)] = z[(i * C + c) * d + k]!;
    return xi;
  }

  to(xi: Float64Array): Float64Array {
    const { n, d, A } = this.flow;
    const C = A + 1;
    const z = new Float64Array(n * C * d);
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) for (let j = 0; j < n - 1; j++) z[(i * C) * d + k] = z[(i * C) * d + k]! + this.U[i]![j]! * xi[j * d + k]!;
    for (let i = 0; i < n; i++) for (let c = 1; c < C; c++) for (let k = 0; k < d; k++) z[(i * C + c) * d + k] = xi[this.dx + ((i * A + c - 1) * d + k)]!;
    return z;
  }

  /** ∂f/∂ξ by (4·D(h/2) − D(h))/3 with central differences D; all 4·size inputs run as one batch. */
  async jacobian(xi0: Float64Array, h: number): Promise<Float64Array> {
    const { size } = this;
    const width = this.flow.n * (this.flow.A + 1) * this.flow.d;
    const steps = [h, -h, h / 2, -h / 2];
    const batch = new Float64Array(4 * size * width);
    for (let col = 0; col < size; col++)
      steps.forEach((step, s) => {
        const xi = Float64Array.from(xi0);
        xi[col] = xi[col]! + step;
        batch.set(this.to(xi), (col * 4 + s) * width);
      });
    const out = (await this.flow.forwardAsync(batch, 4 * size)).z;
    const image = (k: number) => this.from(out.subarray(k * width, (k + 1) * width));
    const jac = new Float64Array(size * size);
    for (let col = 0; col < size; col++) {
      const [p, m, p2, m2] = [0, 1, 2, 3].map((s) => image(col * 4 + s)) as [Float64Array, Float64Array, Float64Array, Float64Array];
      for (let row = 0; row < size; row++) jac[row * size + col] = (4 * ((p2[row]! - m2[row]!) / h) - (p[row]! - m[row]!) / (2 * h)) / 3;
    }
    return jac;
  }
}

/**
 * The flow's forward map (on base draws) or inverse (on model samples of the oracle) against the same flow on
 * the float64 reference: z and log-det, relative.
 */
export async function agreesWithOracle({ flow, yardstick }: PropertyContext, oracle: Flow, direction: 'forward' | 'inverse', seed: number): Promise<number> {
  const sample = direction === 'inverse' ? await oracle.sampleAsync(2, seed) : undefined;
  const z = sample ? oracle.pack(sample.x, sample.a, 2) : baseZ(flow, seed, 2);
  const [got, want] = direction === 'forward' ? [await flow.forwardAsync(z, 2), await oracle.forwardAsync(z, 2)] : [await flow.inverseAsync(z, 2), await oracle.inverseAsync(z, 2)];
  return mapError(got, want, await yardstick.map(direction, z, 2, want));
}

export async function comStaysZero({ flow }: PropertyContext, seed: number): Promise<number> {
  const { n, d } = flow;
  const out = await flow.forwardAsync(baseZ(flow, seed), 1);
  const { x } = flow.unpack(out.z, 1);
  let worst = 0;
  for (let k = 0; k < d; k++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + k]! / n;
    worst = Math.max(worst, Math.abs(mean));
  }
  return worst / Math.max(1, maxAbs(x));
}

export async function batchEqualsSingle({ flow }: PropertyContext, seed: number): Promise<number> {
  const size = flow.n * (flow.A + 1) * flow.d;
  const z = baseZ(flow, seed, 3);
  const together = await flow.forwardAsync(z, 3);
  let worst = 0;
  for (let b = 0; b < 3; b++) {
    const alone = await flow.forwardAsync(z.slice(b * size, (b + 1) * size), 1);
    worst = Math.max(worst, relMax(alone.z, together.z.subarray(b * size, (b + 1) * size)), rel(alone.logDet[0]!, together.logDet[b]!));
  }
  return worst;
}

/** log q of a sample, recomputed by logProb (the inverse), against the sample's own log q (the forward). */
export async function sampleThenLogProb({ flow, yardstick }: PropertyContext, seed: number): Promise<number> {
  const s = await flow.sampleAsync(1, seed);
  const logQ = (await flow.logProbAsync(s.x, s.a, 1))[0]!;
  const density = (await yardstick.logProb(s.x, s.a, 1, s.logQ))[0]!;
  const sampled = await yardstick.map('forward', baseZ(flow, seed), 1, { z: flow.pack(s.x, s.a, 1), logDet: s.logQ });
  return Math.abs(logQ - s.logQ[0]!) / yardstick.joint(density, sampled.logDet[0]!);
}

/**
 * The inverse map at the backend's own samples (centred as logProb centres them) against the float64
 * reference, z0 and log-det: pairs "sample → logProb" with an independent answer, so a log-det error shared by
 * forward and inverse (which cancels there) fails here.
 */
export async function samplesAgreeWithOracle({ flow, yardstick }: PropertyContext, oracle: Flow, seed: number): Promise<number> {
  const s = await flow.sampleAsync(2, seed);
  const z = centreJoint(flow, flow.pack(s.x, s.a, 2), 2);
  const [got, want] = [await flow.inverseAsync(z, 2), await oracle.inverseAsync(z, 2)];
  return mapError(got, want, await yardstick.map('inverse', z, 2, want));
}

/**
 * The flow with identity weights has the base density: log q against base-density.ts, a formula written
 * apart from the base functions Flow.logProb uses (and tested against the golden vectors), so a bug in those
 * cannot cancel out. x is drawn off-centre: logProb centres it first.
 */
export async function identityIsBase({ identity }: PropertyContext, seed: number): Promise<number> {
  const { n, d, A } = identity;
  const rng = new NormalStream(seed, Streams.verify);
  const x = Float64Array.from({ length: n * d }, () => rng.next());
  const a = Float64Array.from({ length: n * A * d }, (_, i) => x[Math.floor(i / (A * d)) * d + (i % d)]! + 0.3 * rng.next());
  const expected = independentBaseLogProb(x, a, { n, d, A, ...identity.module.base });
  return rel((await identity.logProbAsync(x, a, 1))[0]!, expected);
}

/**
 * Equivariance of the forward map (on base draws) or the inverse map (on model samples), with an invariant
 * log-det, under one random element of generator g.
 */
function mapEquivariance(g: GeneratorName, direction: 'forward' | 'inverse') {
  return async ({ flow, yardstick }: PropertyContext, seed: number): Promise<number> => {
    const { n, d, A } = flow;
    const element = randomElement(g, d, n, flow.module.system.typeIds, new NormalStream(seed, Streams.verify));
    const sample = direction === 'inverse' ? await flow.sampleAsync(1, seed) : undefined;
    const z = sample ? flow.pack(sample.x, sample.a, 1) : baseZ(flow, seed);
    const run = (input: Float64Array) => (direction === 'forward' ? flow.forwardAsync(input, 1) : flow.inverseAsync(input, 1));
    const moved = await run(act(element, z, 1, n, A + 1, d));
    const out = await run(z);
    // Both runs' round-off counts; the moved input's is taken as the unmoved one's (rounding is as large in any
    // frame), which saves a reference run per generator.
    const units = await yardstick.map(direction, z, 1, out);
    return mapError(moved, { z: act(element, out.z, 1, n, A + 1, d), logDet: out.logDet }, jointUnits(yardstick, units, units));
  };
}

export const forwardEquivariance = (g: GeneratorName) => mapEquivariance(g, 'forward');
export const inverseEquivariance = (g: GeneratorName) => mapEquivariance(g, 'inverse');

/**
 * Invariance of log q(x, a) under one random element of a spatial or permutation generator. Translations are
 * not tested here: logProb moves x's centre of mass to 0 before the flow runs, so no flow could fail that.
 */
export function densityInvariance(g: GeneratorName) {
  return async ({ flow, yardstick }: PropertyContext, seed: number): Promise<number> => {
    const { n, d, A } = flow;
    const element = randomElement(g, d, n, flow.module.system.typeIds, new NormalStream(seed, Streams.verify));
    const s = await flow.sampleAsync(1, seed);
    const before = (await flow.logProbAsync(s.x, s.a, 1))[0]!;
    const after = (await flow.logProbAsync(act(element, s.x, 1, n, 1, d), act(element, s.a, 1, n, A, d), 1))[0]!;
    const unit = (await yardstick.logProb(s.x, s.a, 1, Float64Array.of(before)))[0]!;
    return Math.abs(after - before) / yardstick.joint(unit, unit);
  };
}

/**
 * Where translation invariance could break: the forward map itself, run on an input that is NOT centred. Its
 * first op centres the joint on a's centre of mass (the first coupling transforms x), so the map must forget a
 * translation t of all n·C points: f(z + t) = f(z), log-det included. A backend whose centring is wrong fails.
 */
export async function forgetsTranslation({ flow, yardstick }: PropertyContext, seed: number): Promise<number> {
  const { n, d, A } = flow;
  const shift = randomElement('translation', d, n, undefined, new NormalStream(seed, Streams.verify));
  const z = baseZ(flow, seed);
  const moved = act(shift, z, 1, n, A + 1, d);
  const [there, here] = [await flow.forwardAsync(moved, 1), await flow.forwardAsync(z, 1)];
  return mapError(there, here, jointUnits(yardstick, await yardstick.map('forward', z, 1, here), await yardstick.map('forward', moved, 1, there)));
}

/** The target's log p against an independent formula: ordered pairs with the ½ factor (method §8). */
export async function energyMatches({ flow }: PropertyContext, seed: number): Promise<number> {
  const t = flow.module.target;
  if (!t) return 0;
  const { n, d } = flow;
  const s = await flow.sampleAsync(1, seed);
  const x = s.x;
  let energy = 0;
  let centre = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) centre = centre.map((c, k) => c + x[i * d + k]! / n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const r = Math.hypot(...Array.from({ length: d }, (_, k) => x[i * d + k]! - x[j * d + k]!)) || 1;
      energy += 0.5 * (t.kind === 'dw4' ? t.a * (r - t.d0) + t.b * (r - t.d0) ** 2 + t.c * (r - t.d0) ** 4 : t.epsilon * ((t.rm / r) ** 12 - 2 * (t.rm / r) ** 6));
    }
    if (t.kind === 'lj') energy += t.oscillator * Array.from({ length: d }, (_, k) => (x[i * d + k]! - centre[k]!) ** 2).reduce((a, b) => a + b, 0);
  }
  return rel(flow.targetLogProb(x, 1)![0]!, -energy / t.temperature);
}

export function makeIdentityFlow(flow: Flow): Flow {
  return new Flow(flow.module, identityWeights(flow.module, 0), flow.backend);
}
