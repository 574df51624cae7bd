/**
 * The batched `inner` op (method §5, §6): for every example, node i and channel ch of the transformed half,
 * the projection around the conditioning point and reference vectors, τ per coordinate, and the summed
 * log-det (Float64Array(B)). Float64 arithmetic over float32 storage, one reusable scratch per op, so the
 * loops over points allocate nothing. Same layout and formulas as the reference's ops/inner.ts and
 * ops/inner-adjoint.ts.
 *
 * Activation policy (docs/design/compiled-training.md §2, amended): with `save`, the forward keeps each
 * point's spline knots and softmaxes (n·s·coords·(4K + 2) floats per example, float64; LJ13: 13·3·34·8 B ≈
 * 10.6 kB), the one part of a point that costs exponentials (2K per coordinate) to derive; backward reads the
 * op's inputs and those, and recomputes the frame, the bin search and the bin before pulling back. Affine τ
 * saves nothing. Without saved knots (save = false) backward derives them again.
 * An example whose seeds are all zero (a masked one) is skipped: its adjoints are exactly 0, never NaN·0.
 */
import type { InnerOp } from '../../reference/ops/inner.js';
import { coefficientsPerPoint, coordinatesFor, type Coordinate } from './coordinate.js';
import { PointBuffers, type PointMap } from './inner-point.js';
import { CartesianPoint } from './cartesian-point.js';
import { PolarPoint } from './polar-point.js';
import { IdentityPoint, RadialPoint } from './radial-point.js';
import { SphericalPoint } from './spherical-point.js';
import { isZero, scalarSeed, systemSizes, tensorBar, tensorOperand, tensorSeed } from './batch-io.js';
import type { Batch, ExecContext, Forward, OpKernel } from './op-kernel.js';

function pointMapFor(op: InnerOp, d: number): PointMap {
  const p = op.projection;
  switch (p.kind) {
    case 'spherical':
      return d === 2 ? new PolarPoint() : new SphericalPoint(p.reflectionInvariant);
    case 'cartesian':
      return new CartesianPoint(d === 2 ? 2 : 3, p.smallIdentity);
    case 'vector':
      return new RadialPoint(d);
    case 'none':
      return new IdentityPoint(d);
  }
}

/** The evaluators and buffers every point of an op reuses. */
interface InnerScratch {
  readonly tau: Coordinate[];
  readonly map: PointMap;
  readonly point: PointBuffers;
}

/**
 * Scratch per op (and dimension), made on the op's first call, so that a call allocates only its results
 * rather than ~40 small typed arrays of scratch besides. Kernels run to completion synchronously, so one
 * scratch per op is never in use twice at once.
 */
const scratchCache = new WeakMap<InnerOp, Map<number, InnerScratch>>();

function scratchFor(op: InnerOp, d: number): InnerScratch {
  let byDimension = scratchCache.get(op);
  if (!byDimension) scratchCache.set(op, (byDimension = new Map()));
  let scratch = byDimension.get(d);
  if (!scratch) byDimension.set(d, (scratch = { tau: coordinatesFor(op, d), map: pointMapFor(op, d), point: new PointBuffers(coefficientsPerPoint(op, d)) }));
  return scratch;
}

/** One call's view of the op: sizes, the batch's operands, and the op's scratch. */
class InnerPlan {
  readonly n: number;
  readonly s: number;
  readonly d: number;
  /** Reference vectors per point, and per node (M = nvec·s·count). */
  readonly nvec: number;
  readonly M: number;
  readonly perPoint: number;
  /** Floats the forward saves per point (each coordinate's knots; 0 for affine). */
  readonly savedPerPoint: number;
  readonly trans: Batch;
  readonly cond: Batch;
  readonly vectors: Batch | undefined;
  readonly coefficients: Batch;
  readonly tau: Coordinate[];
  readonly map: PointMap;
  readonly point: PointBuffers;

  constructor(
    readonly op: InnerOp,
    inputs: readonly Batch[],
    ctx: ExecContext,
  ) {
    const { n, s, d } = systemSizes(ctx.m);
    const B = ctx.batch;
    this.n = n;
    this.s = s;
    this.d = d;
    this.nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
    this.M = this.nvec * s * op.count;
    this.perPoint = coefficientsPerPoint(op, d);
    const hasVectors = op.vectors !== undefined;
    this.trans = tensorOperand(inputs, 0, B, n * s * d, 'inner trans');
    this.cond = tensorOperand(inputs, 1, B, n * s * d, 'inner cond');
    this.vectors = hasVectors ? tensorOperand(inputs, 2, B, n * this.M * d, 'inner vectors') : undefined;
    this.coefficients = tensorOperand(inputs, hasVectors ? 3 : 2, B, n * s * this.perPoint, 'inner coefficients');
    if (this.nvec > 0 && !hasVectors) throw new Error(`inner: a ${op.projection.kind} projection needs reference vectors`);
    ({ tau: this.tau, map: this.map, point: this.point } = scratchFor(op, d));
    this.savedPerPoint = this.tau.reduce((total, t) => total + t.savedLength, 0);
  }

  /** Where point (b, i, ch) starts in trans/cond (its d entries), and its k-th reference vector. */
  pointAt(b: number, i: number, ch: number): number {
    return ((b * this.n + i) * this.s + ch) * this.d;
  }

  vectorAt(b: number, i: number, ch: number, k: number): number {
    return ((b * this.n + i) * this.M + (ch * this.op.count + this.op.index) * this.nvec + k) * this.d;
  }

  /** c reaches every absolute reference point c + v_k: sum in float64, round once. */
  scatterCond(point: PointBuffers, condBar: Float32Array, at: number): void {
    for (let j = 0; j < this.d; j++) {
      let sum = 0;
      for (let k = 0; k < this.nvec; k++) sum += point.refBars[k]![j]!;
      condBar[at + j] = sum;
    }
  }

  /** v_k is read as itself (Cartesian's basis) and through c + v_k. */
  scatterVectors(point: PointBuffers, vectorsBar: Float32Array, b: number, i: number, ch: number): void {
    for (let k = 0; k < this.nvec; k++) {
      const vi = this.vectorAt(b, i, ch, k);
      const ref = point.refBars[k]!;
      const rel = point.relBars[k]!;
      for (let j = 0; j < this.d; j++) vectorsBar[vi + j] = ref[j]! + rel[j]!;
    }
  }

  scatterCoefficients(point: PointBuffers, coefficientsBar: Float32Array, b: number, i: number, ch: number): void {
    const first = ((b * this.n + i) * this.s + ch) * this.perPoint;
    const bar = point.coefficientBar;
    for (let e = 0; e < this.perPoint; e++) coefficientsBar[first + e] = bar[e]!;
  }

  /**
   * Reads point (b, i, ch) into the scratch and loads every coordinate: from the coefficients, and then into
   * `saved` when asked (`save`), or from what the forward saved (`restore`).
   */
  load(b: number, i: number, ch: number, saved?: Float64Array, mode: 'derive' | 'save' | 'restore' = 'derive'): void {
    const { d, point } = this;
    const at = this.pointAt(b, i, ch);
    for (let j = 0; j < d; j++) {
      point.q[j] = this.trans[at + j]!;
      point.c[j] = this.cond[at + j]!;
    }
    for (let k = 0; k < this.nvec; k++) {
      const vi = this.vectorAt(b, i, ch, k);
      const rel = point.rel[k]!;
      const ref = point.refs[k]!;
      for (let j = 0; j < d; j++) {
        rel[j] = this.vectors![vi + j]!;
        ref[j] = point.c[j]! + rel[j]!;
      }
    }
    const pointIndex = (b * this.n + i) * this.s + ch;
    const coefficientsAt = pointIndex * this.perPoint;
    let savedAt = pointIndex * this.savedPerPoint;
    for (const t of this.tau) {
      if (saved && mode === 'restore') t.restore(this.coefficients, coefficientsAt, saved, savedAt);
      else t.load(this.coefficients, coefficientsAt);
      if (saved && mode === 'save') t.save(saved, savedAt);
      savedAt += t.savedLength;
    }
  }
}

function forward(op: InnerOp, inputs: readonly Batch[], ctx: ExecContext, save: boolean): Forward {
  const plan = new InnerPlan(op, inputs, ctx);
  const { n, s, d, point, map, tau } = plan;
  const saved = save && plan.savedPerPoint > 0 ? new Float64Array(ctx.batch * n * s * plan.savedPerPoint) : undefined;
  const out = new Float32Array(plan.trans.length);
  const logDet = new Float64Array(ctx.batch);
  for (let b = 0; b < ctx.batch; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++)
      for (let ch = 0; ch < s; ch++) {
        plan.load(b, i, ch, saved, 'save');
        sum += map.forward(point, tau);
        const at = plan.pointAt(b, i, ch);
        for (let j = 0; j < d; j++) out[at + j] = point.out[j]!;
      }
    logDet[b] = sum;
  }
  return { outputs: [out, logDet], saved };
}

/** The adjoints of (trans, cond, [vectors,] coefficients), each only where needed. */
function backward(op: InnerOp, inputs: readonly Batch[], saved: unknown, seeds: readonly (Batch | undefined)[], needed: readonly boolean[], ctx: ExecContext): (Batch | undefined)[] {
  // The op reads no parameters: with no operand adjoint asked for, there is nothing to do.
  if (!needed.some(Boolean)) return needed.map(() => undefined);
  const plan = new InnerPlan(op, inputs, ctx);
  const { n, s, d, point, map, tau } = plan;
  // The forward's knots when it saved them (a forward run with save = false leaves them to be derived again).
  const knots = saved instanceof Float64Array && saved.length === ctx.batch * n * s * plan.savedPerPoint ? saved : undefined;
  const B = ctx.batch;
  const perExample = n * s * d;
  const transSeed = tensorSeed(seeds, 0, B, perExample, 'inner result seed');
  const logDetSeed = scalarSeed(seeds, 1, B, 'inner logDet seed');
  const hasVectors = op.vectors !== undefined;
  const transBar = tensorBar(needed[0], plan.trans.length);
  const condBar = tensorBar(needed[1], plan.cond.length);
  const vectorsBar = hasVectors ? tensorBar(needed[2], plan.vectors!.length) : undefined;
  const coefficientsBar = tensorBar(needed[hasVectors ? 3 : 2], plan.coefficients.length);
  for (let b = 0; b < B; b++) {
    const logDetBar = logDetSeed?.[b] ?? 0;
    if (logDetBar === 0 && isZero(transSeed, b * perExample, perExample)) continue;
    for (let i = 0; i < n; i++)
      for (let ch = 0; ch < s; ch++) {
        plan.load(b, i, ch, knots, 'restore');
        const at = plan.pointAt(b, i, ch);
        for (let j = 0; j < d; j++) point.outBar[j] = transSeed?.[at + j] ?? 0;
        point.logDetBar = logDetBar;
        point.clearBars();
        map.backward(point, tau);
        // Each entry below belongs to this point alone (this op's vectors slot, this point's coefficients).
        if (transBar) for (let j = 0; j < d; j++) transBar[at + j] = point.qBar[j]!;
        if (condBar) plan.scatterCond(point, condBar, at);
        if (vectorsBar) plan.scatterVectors(point, vectorsBar, b, i, ch);
        if (coefficientsBar) plan.scatterCoefficients(point, coefficientsBar, b, i, ch);
      }
  }
  return hasVectors ? [transBar, condBar, vectorsBar, coefficientsBar] : [transBar, condBar, coefficientsBar];
}

export const innerKernel: OpKernel<InnerOp> = {
  forward: (op, inputs, ctx, save) => forward(op, inputs, ctx, save),
  backward: (op, inputs, saved, seeds, needed, ctx) => backward(op, inputs, saved, seeds, needed, ctx),
};
