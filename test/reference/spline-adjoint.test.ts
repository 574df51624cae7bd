/**
 * The inner transforms' derivatives (backends/reference/math/spline-adjoint.ts, affine-adjoint.ts) against
 * central finite differences of the float64 maps: dValue and dLogDet in the input, and the pullback for
 * L = valueBar·value + logDetBar·logDet over every coefficient, ≤ 1e-6 relative, forward and inverse, in
 * every bin and both tails. Points stay ≥ 1.5e-4 from the knots, where the log-det is only continuous.
 * Mutant pullbacks (softplus′ or the minimum bin size dropped) must fail the same comparison.
 */
import { describe, expect, it } from 'vitest';
import { splineForward, splineInverse, splineKnots, type Mapped, type SplineConfig } from '../../backends/reference/math/spline.js';
import { splineForwardGrad, splineInverseGrad } from '../../backends/reference/math/spline-adjoint.js';
import { affineForward, affineInverse, SCALE_LOGIT_OFFSET } from '../../backends/reference/math/affine.js';
import { affineForwardGrad, affineInverseGrad } from '../../backends/reference/math/affine-adjoint.js';
import type { MappedGrad } from '../../backends/reference/math/mapped-grad.js';
import { softplusDerivative } from '../../backends/reference/math/vec.js';
import { NormalStream } from '../../backends/rng.js';
import { centralDifference, relativeError, worstFdError } from '../helpers/adjoint-check.js';

const TOLERANCE = 1e-6;
const STEP = 1e-6;

/** One scalar map under test: its coefficients sit in `coefs` (other entries are padding it must not touch). */
interface Subject {
  readonly coefs: Float64Array;
  readonly offset: number;
  plain(coefs: Float64Array, v: number): Mapped;
  grad(coefs: Float64Array, v: number): MappedGrad;
}

interface Errors {
  dValue: number;
  dLogDet: number;
  pullback: number;
}

const central = (f: (t: number) => number, t: number) => centralDifference(f, t, STEP);

/** Worst relative errors at v, and the value/log-det equal to the plain map bit for bit. */
function pointErrors(s: Subject, v: number, stream: NormalStream): Errors {
  const g = s.grad(s.coefs, v);
  const plain = s.plain(s.coefs, v);
  expect([g.value, g.logDet]).toEqual([plain.value, plain.logDet]);
  const [valueBar, logDetBar] = [stream.next(), stream.next()];
  const loss = () => {
    const m = s.plain(s.coefs, v);
    return valueBar * m.value + logDetBar * m.logDet;
  };
  // Start from nonzero adjoints: the pullback must add, and only at its own coefficients.
  const before = Float64Array.from(s.coefs, () => stream.next());
  const coefBar = before.slice();
  g.pullback(valueBar, logDetBar, coefBar, s.offset);
  const pullback = worstFdError(loss, [{ values: s.coefs, analytic: (j) => coefBar[j]! - before[j]! }], STEP);
  return {
    dValue: relativeError(g.dValue, central((t) => s.plain(s.coefs, t).value, v)),
    dLogDet: relativeError(g.dLogDet, central((t) => s.plain(s.coefs, t).logDet, v)),
    pullback,
  };
}

function worstErrors(s: Subject, points: readonly number[], seed: number): Errors {
  const stream = new NormalStream(seed, 7);
  const worst = { dValue: 0, dLogDet: 0, pullback: 0 };
  for (const v of points) {
    const e = pointErrors(s, v, stream);
    worst.dValue = Math.max(worst.dValue, e.dValue);
    worst.dLogDet = Math.max(worst.dLogDet, e.dLogDet);
    worst.pullback = Math.max(worst.pullback, e.pullback);
  }
  return worst;
}

/** Two points in each bin of `pos` (≥ 15% of the bin from its knots) and two in each tail. */
function samplePoints(pos: Float64Array, stream: NormalStream): number[] {
  const K = pos.length - 1;
  const points: number[] = [];
  for (let k = 0; k < K; k++) {
    for (let r = 0; r < 2; r++) points.push(pos[k]! + (0.15 + 0.7 * stream.uniform()) * (pos[k + 1]! - pos[k]!));
  }
  points.push(pos[0]! - 0.2 - stream.uniform(), pos[0]! - 2, pos[K]! + 0.2 + stream.uniform(), pos[K]! + 2);
  return points;
}

/**
 * The subject with a mutant pullback: the correct one, with the adjoints it adds at its own coefficients
 * `indices` rewritten by `distort` (given the coefficients the map was evaluated at).
 */
function distorted(s: Subject, indices: readonly number[], distort: (bar: number, j: number, coefs: Float64Array) => number): Subject {
  return {
    ...s,
    grad: (all, v) => {
      const g = s.grad(all, v);
      const pullback: MappedGrad['pullback'] = (valueBar, logDetBar, coefBar, offset) => {
        const own = new Float64Array(coefBar.length);
        g.pullback(valueBar, logDetBar, own, offset);
        for (const j of indices) own[offset + j] = distort(own[offset + j]!, j, all);
        own.forEach((bar, i) => (coefBar[i] = coefBar[i]! + bar));
      };
      return { ...g, pullback };
    },
  };
}

const configs: { name: string; c: SplineConfig }[] = [
  { name: 'K=4 on [−3, 3], unconstrained', c: { bins: 4, lo: -3, hi: 3, minBinSize: 1e-3, minKnotSlope: 1e-3, boundary: 'unconstrained' } },
  { name: 'K=8 on [0, 2π], circular', c: { bins: 8, lo: 0, hi: 2 * Math.PI, minBinSize: 2 * Math.PI * 1e-4, minKnotSlope: 1e-4, boundary: 'circular' } },
  { name: 'K=8 on [−3, 3], identity ends', c: { bins: 8, lo: -3, hi: 3, minBinSize: 1e-3, minKnotSlope: 1e-3, boundary: 'identity' } },
  { name: 'K=8 on [−10, 10], unconstrained (Cartesian-proj)', c: { bins: 8, lo: -10, hi: 10, minBinSize: 20 * 1e-4, minKnotSlope: 1e-4, boundary: 'unconstrained' } },
];

const SPLINE_OFFSET = 2;

/** A spline subject: 3K + 1 normal logits at offset 2 of a buffer padded by 2 on each side. */
function splineSubject(c: SplineConfig, seed: number, inverse: boolean): Subject {
  const n = 3 * c.bins + 1;
  const stream = new NormalStream(seed, 1);
  const coefs = Float64Array.from({ length: n + 2 * SPLINE_OFFSET }, () => stream.next());
  const own = (all: Float64Array) => all.subarray(SPLINE_OFFSET, SPLINE_OFFSET + n);
  return {
    coefs,
    offset: SPLINE_OFFSET,
    plain: (all, v) => (inverse ? splineInverse : splineForward)(splineKnots(own(all), c), v),
    grad: (all, v) => (inverse ? splineInverseGrad : splineForwardGrad)(own(all), c, v),
  };
}

function splineErrors(c: SplineConfig, seed: number, inverse: boolean): Errors {
  const subject = splineSubject(c, seed, inverse);
  const knots = splineKnots(subject.coefs.subarray(SPLINE_OFFSET, SPLINE_OFFSET + 3 * c.bins + 1), c);
  return worstErrors(subject, samplePoints(inverse ? knots.yPos : knots.xPos, new NormalStream(seed, 2)), seed);
}

const expectWithin = (e: Errors) => expect(Math.max(e.dValue, e.dLogDet, e.pullback)).toBeLessThan(TOLERANCE);

describe('spline adjoint', () => {
  describe.each(configs)('$name', ({ c }) => {
    it.each([1, 2, 3])('forward, logits seed %i, matches central differences', (seed) => expectWithin(splineErrors(c, seed, false)));
    it.each([1, 2, 3])('inverse, logits seed %i, matches central differences', (seed) => expectWithin(splineErrors(c, seed, true)));

    it('inverse derivatives are the forward ones, inverted', () => {
      const params = splineSubject(c, 4, false).coefs.subarray(SPLINE_OFFSET, SPLINE_OFFSET + 3 * c.bins + 1);
      for (const x of samplePoints(splineKnots(params, c).xPos, new NormalStream(4, 2))) {
        const forward = splineForwardGrad(params, c, x);
        const inverse = splineInverseGrad(params, c, forward.value);
        expect(Math.abs(inverse.dValue * forward.dValue - 1)).toBeLessThan(1e-9);
        expect(relativeError(inverse.dLogDet, -forward.dLogDet / forward.dValue)).toBeLessThan(1e-6);
      }
    });
  });

  function mutantErrors(c: SplineConfig, indices: readonly number[], distort: (bar: number, j: number, coefs: Float64Array) => number): Errors {
    const subject = splineSubject(c, 5, false);
    const knots = splineKnots(subject.coefs.subarray(SPLINE_OFFSET, SPLINE_OFFSET + 3 * c.bins + 1), c);
    return worstErrors(distorted(subject, indices, distort), samplePoints(knots.xPos, new NormalStream(5, 2)), 5);
  }

  const c = configs[3]!.c;
  const K = c.bins;
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  it('catches a pullback without the softplus derivative of the slopes', () => {
    const offset = Math.log(Math.expm1(1 - c.minKnotSlope));
    const e = mutantErrors(c, range(2 * K, 3 * K + 1), (bar, j, all) => bar / softplusDerivative(all[SPLINE_OFFSET + j]! + offset));
    expect(e.pullback).toBeGreaterThan(TOLERANCE);
  });

  it('catches a pullback that forgets the minimum bin size (L instead of L − K·minBin)', () => {
    const L = c.hi - c.lo;
    const e = mutantErrors(c, range(0, 2 * K), (bar) => (bar * L) / (L - K * c.minBinSize));
    expect(e.pullback).toBeGreaterThan(TOLERANCE);
  });
});

describe('affine adjoint', () => {
  // The inner op's layout: a coordinate's shift sits `coords` entries after its logit.
  const [offset, shiftStride] = [1, 3];

  function affineSubject(seed: number, inverse: boolean): Subject {
    const stream = new NormalStream(seed, 1);
    const coefs = Float64Array.from({ length: 6 }, () => stream.next());
    return {
      coefs,
      offset,
      plain: (all, v) => (inverse ? affineInverse : affineForward)(all[offset]!, all[offset + shiftStride]!, v),
      grad: (all, v) => (inverse ? affineInverseGrad : affineForwardGrad)(all[offset]!, all[offset + shiftStride]!, v, shiftStride),
    };
  }

  const points = [-2.5, -0.3, 0, 0.7, 3.1];

  it.each([1, 2, 3])('forward and inverse, seed %i, match central differences', (seed) => {
    expectWithin(worstErrors(affineSubject(seed, false), points, seed));
    expectWithin(worstErrors(affineSubject(seed, true), points, seed));
  });

  it('catches a pullback without the softplus derivative of the scale', () => {
    const wrong = distorted(affineSubject(6, false), [0], (bar, _, all) => bar / softplusDerivative(all[offset]! + SCALE_LOGIT_OFFSET));
    expect(worstErrors(wrong, points, 6).pullback).toBeGreaterThan(TOLERANCE);
  });
});
