/**
 * The loss pieces after the flow (backends/reference/ops/loss.ts): log q0's gradient and one inner op's mean
 * frame barrier adjoint, against central finite differences (≤ 1e-6 relative); a barrier adjoint without its
 * radial term must fail the same check.
 */
import { describe, expect, it } from 'vitest';
import type { InnerOp } from '../../compiler/ir/barrier.js';
import { NormalStream } from '../../backends/rng.js';
import { baseLogProb, baseLogProbGrad, meanBarrier, meanBarrierVjp } from '../../backends/reference/ops/loss.js';
import { randoms, worstFdError } from '../helpers/adjoint-check.js';

/** `count` normals of stream (seed, 6). */
const draw = (count: number, seed: number) => randoms(count, new NormalStream(seed, 6));

/** Worst relative error of `gradient` against central differences of f over every entry of x. */
const worstError = (f: (x: Float64Array) => number, gradient: Float64Array, x: Float64Array): number => worstFdError(() => f(x), [{ values: x, analytic: (i) => gradient[i]! }]);

const inner = (projection: InnerOp['projection'], index: number, count: number): InnerOp => ({
  kind: 'inner', result: 0, logDet: 0, trans: 0, cond: 0, vectors: 0, coefficients: 0, index, count, projection, transform: { kind: 'affine' }, direction: 'inverse',
});

describe('loss adjoints', () => {
  it.each([
    { n: 4, C: 2, d: 2, scale: 1, augmentScale: 1 },
    { n: 5, C: 4, d: 3, scale: 0.7, augmentScale: 0.3 },
  ])('∇ log q0 matches central finite differences (n $n, C $C, d $d)', (c) => {
    const sizes = { n: c.n, C: c.C, s: c.C / 2, d: c.d };
    const z = draw(c.n * c.C * c.d, 1);
    expect(worstError((v) => baseLogProb(v, sizes, c), baseLogProbGrad(z, sizes, c), z)).toBeLessThan(1e-6);
  });

  it.each([
    { what: 'spherical, s = 1', projection: { kind: 'spherical', reflectionInvariant: false } as const, s: 1, index: 0, count: 1 },
    { what: 'cartesian with its 1e-6 tweak, s = 2, second of two', projection: { kind: 'cartesian', smallIdentity: true } as const, s: 2, index: 1, count: 2 },
  ])('the mean barrier adjoint matches central finite differences ($what)', ({ projection, s, index, count }) => {
    const sizes = { n: 4, C: 2 * s, s, d: 3 };
    const op = inner(projection, index, count);
    const vectors = draw(sizes.n * 3 * s * count * 3, 2);
    const bar = new Float64Array(vectors.length);
    meanBarrierVjp(op, vectors, sizes, 1.7, bar);
    expect(worstError((v) => 1.7 * meanBarrier(op, v, sizes), bar, vectors)).toBeLessThan(1e-6);
    // Only the two frame vectors of this inner op's slot receive adjoints, and some do.
    expect(bar.some((v) => v !== 0)).toBe(true);
  });

  it('catches a barrier adjoint that forgets the norms depend on the vectors', () => {
    const sizes = { n: 3, C: 2, s: 1, d: 3 };
    const op = inner({ kind: 'spherical', reflectionInvariant: false }, 0, 1);
    const vectors = draw(3 * 3 * 3, 3);
    const bar = new Float64Array(vectors.length);
    meanBarrierVjp(op, vectors, sizes, 1, bar);
    // The mutant drops −c·v/‖v‖² (differentiating the cosine as if ‖v₁‖‖v₂‖ were constant).
    const mutant = Float64Array.from(bar);
    for (let i = 0; i < 3; i++) {
      const at = (i * 3 + 1) * 3;
      const v1 = vectors.subarray(at, at + 3);
      const v2 = vectors.subarray(at + 3, at + 6);
      const l1 = Math.hypot(...v1);
      const l2 = Math.hypot(...v2);
      const c = v1.reduce((t, x, j) => t + x * v2[j]!, 0) / (l1 * l2);
      const g = (Math.sign(c) / (1 - Math.abs(c))) / 3;
      for (let j = 0; j < 3; j++) {
        mutant[at + j] = mutant[at + j]! + g * (c / (l1 * l1)) * v1[j]!;
        mutant[at + 3 + j] = mutant[at + 3 + j]! + g * (c / (l2 * l2)) * v2[j]!;
      }
    }
    expect(worstError((v) => meanBarrier(op, v, sizes), mutant, vectors)).toBeGreaterThan(1e-3);
  });
});
