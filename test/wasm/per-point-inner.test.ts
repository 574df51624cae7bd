/**
 * The wasm backend's batched inner kernel (backends/wasm/exec/inner-kernel.ts) against the float64 reference
 * (ops/inner.ts runInner, ops/inner-adjoint.ts innerVjp) run per example on float64 copies of the same
 * float32 inputs: every projection × direction × transform (spline boundaries unconstrained, circular and
 * identity, with points in the linear tails), s = 1 and 2, the second of two inner transforms, batches of 3
 * with n = 3–5. Error: max |kernel − reference| / max(1, |reference|) over each output array. A reference fed
 * a permuted coefficient layout must miss the same bound, so the comparison can fail.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { innerKernel } from '../../backends/wasm/exec/inner-kernel.js';
import { runInner, type InnerInputs, type InnerOp } from '../../backends/reference/ops/inner.js';
import { innerVjp } from '../../backends/reference/ops/inner-adjoint.js';
import { NormalStream } from '../../backends/rng.js';
import type { ProjectionSpec, SplineSpec } from '../../compiler/ir/ir.js';
import { concat, ErrorLedger, exampleOf, float32Normals, kernelContext, kernelModule, relativeGap } from '../helpers/kernel-check.js';
import type { Batch } from '../../backends/wasm/exec/op-kernel.js';
import { innerProjections as projections, secondInnerOp, type InnerProjection } from '../helpers/inner-cases.js';

/**
 * Bounds from the measured worst errors (printed after the run): forward points and all adjoints are float32
 * roundings of float64 results that agree with the reference's to ~1e-12, so their gap is float32's half
 * ulp, ≤ 2⁻²⁴ ≈ 5.96e-8 relative (measured worst 5.94e-8 over all cases); 2e-7 leaves 3× headroom and
 * catches any float64 discrepancy above ~1.4e-7. The log-det stays float64 (measured worst 3.2e-14, vector
 * 2D spline: the same terms summed in the same order); 1e-12 leaves 30× headroom.
 */
const FLOAT32_BOUND = 2e-7;
const LOG_DET_BOUND = 1e-12;

const ledger = new ErrorLedger();
afterAll(() => ledger.print('inner kernel vs reference, worst |a − b|/max(1, |b|):'));

/**
 * Spline specs as lower.ts builds them (radius, polar angle, circular azimuth, or a range per axis), with
 * ranges narrow enough that some points fall in the linear tails; the axes cycle through the three boundary
 * kinds so 'identity' is exercised too.
 */
function splineSpecs(projection: ProjectionSpec, d: number, bins: number): SplineSpec[] {
  const spec = (lo: number, hi: number, boundary: SplineSpec['boundary']): SplineSpec => ({ bins, lo, hi, minBinSize: (hi - lo) * 1e-3, minKnotSlope: 1e-4, boundary });
  const radius = spec(0, 5, 'unconstrained');
  if (projection.kind === 'spherical') return d === 3 ? [radius, spec(0, Math.PI, 'unconstrained'), spec(-Math.PI, Math.PI, 'circular')] : [radius, spec(-Math.PI, Math.PI, 'circular')];
  if (projection.kind === 'vector') return [radius];
  const boundaries = ['unconstrained', 'identity', 'circular'] as const;
  return Array.from({ length: d }, (_, k) => spec(-3, 3, boundaries[k % 3]!));
}

function innerOp(c: InnerProjection, spline: boolean, direction: 'forward' | 'inverse', bins: number): InnerOp {
  return secondInnerOp(c.projection, spline ? { kind: 'spline', splines: splineSpecs(c.projection, c.d, bins) } : { kind: 'affine' }, direction);
}

interface Case {
  readonly op: InnerOp;
  readonly n: number;
  readonly s: number;
  readonly d: number;
  readonly batch: number;
  readonly inputs: Batch[];
  readonly seeds: [Float32Array, Float64Array];
}

/**
 * Random float32 inputs at modest scale (affine coefficients small where θ must stay in (0, π) and r > 0),
 * redrawn until the reference's forward is finite for every example: the kernels must match the reference at
 * well-conditioned points, and an affine τ that pushes θ past π gives NaN in both.
 */
function makeCase(op: InnerOp, n: number, s: number, d: number, seed: number): Case {
  for (let attempt = 0; attempt < 20; attempt++) {
    const c = drawCase(op, n, s, d, seed + 1000 * attempt);
    if (examples(c).every((b) => Number.isFinite(runInner(op, exampleInputs(c, b)).logDet))) return c;
  }
  throw new Error('no well-conditioned draw in 20 attempts');
}

function drawCase(op: InnerOp, n: number, s: number, d: number, seed: number): Case {
  const batch = 3;
  const stream = new NormalStream(seed, 7);
  const nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
  const coords = op.projection.kind === 'vector' ? 1 : d;
  const perPoint = op.transform.kind === 'affine' ? 2 * coords : coords * (3 * op.transform.splines[0]!.bins + 1);
  const coefficientScale = op.transform.kind === 'affine' && (op.projection.kind === 'spherical' || op.projection.kind === 'vector') ? 0.05 : 0.7;
  const points = batch * n * s * d;
  const inputs: Batch[] = [float32Normals(stream, points, 1.5), float32Normals(stream, points, 1.5)];
  if (nvec > 0) inputs.push(float32Normals(stream, batch * n * nvec * s * op.count * d));
  inputs.push(float32Normals(stream, batch * n * s * perPoint, coefficientScale));
  const seeds: [Float32Array, Float64Array] = [float32Normals(stream, points), Float64Array.from({ length: batch }, () => stream.next())];
  return { op, n, s, d, batch, inputs, seeds };
}

/** Example b's inputs as the reference takes them. */
function exampleInputs(c: Case, b: number, coefficients = c.inputs[c.inputs.length - 1]!): InnerInputs {
  const hasVectors = c.op.vectors !== undefined;
  return {
    trans: exampleOf(c.inputs[0]!, c.batch, b),
    cond: exampleOf(c.inputs[1]!, c.batch, b),
    vectors: hasVectors ? exampleOf(c.inputs[2]!, c.batch, b) : undefined,
    coefficients: exampleOf(coefficients, c.batch, b),
    n: c.n,
    s: c.s,
    d: c.d,
  };
}

const contextOf = (c: Case) => kernelContext(kernelModule({ n: c.n, C: 2 * c.s, d: c.d }), c.batch);
const examples = (c: Case) => Array.from({ length: c.batch }, (_, b) => b);

function forwardErrors(c: Case, coefficients?: Batch): { trans: number; logDet: number } {
  const out = innerKernel.forward(c.op, c.inputs, contextOf(c), true).outputs;
  const reference = examples(c).map((b) => runInner(c.op, exampleInputs(c, b, coefficients)));
  return { trans: relativeGap(out[0], concat(reference.map((r) => r.trans))), logDet: relativeGap(out[1], reference.map((r) => r.logDet)) };
}

/**
 * The kernel's adjoints against the reference's. The backward is run twice, from the knots its forward saved
 * and deriving them again (a forward with save = false): the two must agree bit for bit.
 */
function backwardErrors(c: Case, referenceCoefficients?: Batch): Record<'trans' | 'cond' | 'vectors' | 'coefficients', number> {
  const hasVectors = c.op.vectors !== undefined;
  const needed = c.inputs.map(() => true);
  const saved = innerKernel.forward(c.op, c.inputs, contextOf(c), true).saved;
  expect(saved === undefined).toBe(c.op.transform.kind === 'affine');
  const bars = innerKernel.backward(c.op, c.inputs, saved, c.seeds, needed, contextOf(c));
  const derived = innerKernel.backward(c.op, c.inputs, undefined, c.seeds, needed, contextOf(c));
  bars.forEach((bar, k) => expect(Array.from(bar!), `adjoint ${k} from saved knots`).toEqual(Array.from(derived[k]!)));
  const reference = examples(c).map((b) => innerVjp(c.op, exampleInputs(c, b, referenceCoefficients), exampleOf(c.seeds[0], c.batch, b), c.seeds[1][b]!));
  const gap = (k: number, pick: (r: (typeof reference)[number]) => Float64Array | undefined) => relativeGap(bars[k], concat(reference.map((r) => pick(r) ?? new Float64Array(0))));
  return {
    trans: gap(0, (r) => r.trans),
    cond: gap(1, (r) => r.cond),
    vectors: hasVectors ? gap(2, (r) => r.vectors) : 0,
    coefficients: gap(hasVectors ? 3 : 2, (r) => r.coefficients),
  };
}

const cases = projections.flatMap((p, index) =>
  (['forward', 'inverse'] as const).flatMap((direction) =>
    [false, true].flatMap((spline) => [1, 2].map((s) => ({ p, direction, spline, s, n: 3 + ((index + s) % 3), label: `${p.name} ${direction} ${spline ? 'spline' : 'affine'} s=${s}` }))),
  ),
);

describe('wasm inner kernel vs the float64 reference', () => {
  it.each(cases)('$label: forward and backward', ({ p, direction, spline, s, n, label }) => {
    const op = innerOp(p, spline, direction, 4 + 2 * s);
    const c = makeCase(op, n, s, p.d, 100 + cases.findIndex((x) => x.label === label));
    const group = `${p.name} ${spline ? 'spline' : 'affine'}`;
    const f = forwardErrors(c);
    expect(ledger.note(`${group}: forward points`, f.trans)).toBeLessThan(FLOAT32_BOUND);
    expect(ledger.note(`${group}: log-det`, f.logDet)).toBeLessThan(LOG_DET_BOUND);
    for (const [input, error] of Object.entries(backwardErrors(c))) expect(ledger.note(`${group}: adjoints`, error), input).toBeLessThan(FLOAT32_BOUND);
  });

  it('misses the bound when the reference reads a permuted coefficient layout (widths ↔ heights, logits ↔ shifts)', () => {
    for (const spline of [false, true]) {
      const op = innerOp(projections[0]!, spline, 'inverse', 8);
      const c = makeCase(op, 4, 1, 3, 7);
      const coefficients = c.inputs[3]!;
      // Spline: each coordinate's 25 parameters start with 8 width logits, then 8 height logits; swap the two
      // blocks. Affine: a point's 3 logits, then its 3 shifts; swap them.
      const [per, block] = spline ? [25, 8] : [6, 3];
      const permuted = Float32Array.from(coefficients, (_, i) => {
        const offset = i % per;
        const swapped = offset < block ? offset + block : offset < 2 * block ? offset - block : offset;
        return coefficients[i - offset + swapped]!;
      });
      expect(forwardErrors(c).trans).toBeLessThan(FLOAT32_BOUND);
      expect(forwardErrors(c, permuted).trans).toBeGreaterThan(1e-3);
      expect(Math.max(...Object.values(backwardErrors(c)))).toBeLessThan(FLOAT32_BOUND);
      expect(backwardErrors(c, permuted).coefficients).toBeGreaterThan(1e-3);
    }
  });

  it('gives a masked example (all seeds zero) exactly zero adjoints even when its forward is NaN, and honours `needed`', () => {
    const op = innerOp(projections[0]!, true, 'inverse', 8);
    const c = makeCase(op, 4, 1, 3, 9);
    const perPoint = 3 * 25;
    c.inputs[3]!.fill(NaN, 1 * 4 * perPoint, 2 * 4 * perPoint);
    c.seeds[0].fill(0, 12, 24);
    c.seeds[1][1] = 0;
    const bars = innerKernel.backward(op, c.inputs, undefined, c.seeds, [false, true, true, true], contextOf(c));
    expect(bars[0]).toBeUndefined();
    for (const bar of bars.slice(1)) {
      const per = bar!.length / 3;
      expect(bar!.subarray(per, 2 * per).every((v) => v === 0)).toBe(true);
      expect(bar!.subarray(0, per).some((v) => v !== 0)).toBe(true);
    }
  });
});
