/**
 * The inner op's adjoint (backends/reference/ops/inner-adjoint.ts) against central finite differences of
 * runInner: L = Σ t̄·t_out + ℓ̄·logDet for random t̄ and ℓ̄, every entry of trans, cond, vectors and
 * coefficients, ≤ 1e-6 relative, for every projection × direction × transform, s = 1 and 2, and a selected
 * transform (index 1 of 2) so the vector indexing is exercised. A spherical adjoint with one log-det term
 * dropped must fail the same check.

 */
import { describe, expect, it, vi } from 'vitest';
import { runInner, type InnerInputs, type InnerOp } from '../../backends/reference/ops/inner.js';
import { innerVjp } from '../../backends/reference/ops/inner-adjoint.js';
import { normals } from '../../backends/rng.js';
import type { ProjectionSpec, SplineSpec } from '../../compiler/ir/ir.js';
import { worstFdError } from '../helpers/adjoint-check.js';
import { innerProjections as projections, secondInnerOp, type InnerProjection } from '../helpers/inner-cases.js';

const n = 3;
const bins = 4;
type Vjp = typeof innerVjp;

/** Spline specs as compiler/ir/lower.ts builds them for each projection (radius, angles, or a range per axis). */
function splineSpecs(projection: ProjectionSpec, d: number): SplineSpec[] {
  const spec = (lo: number, hi: number, boundary: SplineSpec['boundary']): SplineSpec => ({ bins, lo, hi, minBinSize: (hi - lo) * 1e-4, minKnotSlope: 1e-4, boundary });
  const radius = spec(0, 10, 'unconstrained');
  if (projection.kind === 'spherical') return d === 3 ? [radius, spec(0, Math.PI, 'unconstrained'), spec(-Math.PI, Math.PI, 'circular')] : [radius, spec(-Math.PI, Math.PI, 'circular')];
  if (projection.kind === 'vector') return [radius];
  return Array.from({ length: d }, () => spec(-10, 10, 'unconstrained'));
}

function innerOp(c: InnerProjection, spline: boolean, direction: 'forward' | 'inverse'): InnerOp {
  return secondInnerOp(c.projection, spline ? { kind: 'spline', splines: splineSpecs(c.projection, c.d) } : { kind: 'affine' }, direction);
}

/** Random inputs at modest scale; affine coefficients small so θ stays in (0, π) and r > 0 after τ. */
function randomInputs(op: InnerOp, s: number, d: number, seed: number): InnerInputs {
  const coords = op.projection.kind === 'vector' ? 1 : d;
  const nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
  const perPoint = op.transform.kind === 'affine' ? 2 * coords : coords * (3 * bins + 1);
  const draw = (stream: number, count: number, scale: number) => Float64Array.from(normals(seed, stream, 0, count), (v) => v * scale);
  const coefficientScale = op.transform.kind === 'affine' && op.projection.kind !== 'cartesian' && op.projection.kind !== 'none' ? 0.05 : 0.5;
  return {
    trans: draw(1, n * s * d, 1.5),
    cond: draw(2, n * s * d, 1.5),
    vectors: nvec === 0 ? undefined : draw(3, n * nvec * s * op.count * d, 1),
    coefficients: draw(4, n * s * perPoint, coefficientScale),
    n,
    s,
    d,
  };
}

/** Largest |analytic − central difference| / max(1, |difference|) over the four inputs, per input. */
function worstErrors(op: InnerOp, x: InnerInputs, vjp: Vjp, seed: number): Record<'trans' | 'cond' | 'vectors' | 'coefficients', number> {
  const tBar = Float64Array.from(normals(seed, 5, 0, x.trans.length));
  const ldBar = normals(seed, 6, 0, 1)[0]!;
  const loss = () => {
    const out = runInner(op, x);
    return out.trans.reduce((sum, v, i) => sum + v * tBar[i]!, ldBar * out.logDet);
  };
  expect(Number.isFinite(loss()), 'the forward stays away from degenerate points').toBe(true);
  const bar = vjp(op, x, tBar, ldBar);
  const worst = (values: Float64Array | undefined, analytic: Float64Array | undefined) => (values ? worstFdError(loss, [{ values, analytic: (i) => analytic![i]! }], 1e-6) : 0);
  return { trans: worst(x.trans, bar.trans), cond: worst(x.cond, bar.cond), vectors: worst(x.vectors, bar.vectors), coefficients: worst(x.coefficients, bar.coefficients) };
}

const cases = projections.flatMap((c) =>
  (['forward', 'inverse'] as const).flatMap((direction) =>
    [false, true].flatMap((spline) => [1, 2].map((s) => ({ ...c, direction, spline, s, label: `${c.name} ${direction} ${spline ? 'spline' : 'affine'} s=${s}` }))),
  ),
);

describe('inner op adjoint', () => {
  it.each(cases)('$label matches central finite differences', ({ spline, direction, s, d, ...c }) => {
    const op = innerOp({ ...c, d }, spline, direction);
    const x = randomInputs(op, s, d, 31 + s);
    if (c.projection.kind === 'spherical' && c.projection.reflectionInvariant) {
      // At least one point must have its ŷ flipped (σ = −1), or the reflection-invariant path is untested.
      const plain = runInner({ ...op, projection: { kind: 'spherical', reflectionInvariant: false } }, x).trans;
      expect(runInner(op, x).trans.some((v, k) => v !== plain[k]), 'some ŷ is flipped').toBe(true);
    }
    const errors = worstErrors(op, x, innerVjp, 41 + s);
    for (const [input, error] of Object.entries(errors)) expect(error, input).toBeLessThan(1e-6);
  });

  it('catches a spherical adjoint that drops the log sin θ term of the projection log-det', async () => {
    vi.resetModules();
    vi.doMock('../../backends/reference/math/frames-adjoint.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../backends/reference/math/frames-adjoint.js')>();
      const { toSpherical } = await import('../../backends/reference/math/frames.js');
      return {
        ...real,
        // The correct adjoint adds −ℓ̄·cot θ to θ̄; adding it back here cancels exactly that term.
        toSphericalVjp: (...args: Parameters<typeof real.toSphericalVjp>) => {
          const [q, origin, frame, [rBar, thetaBar, phiBar], logDetBar] = args;
          const theta = toSpherical(q, origin, frame).coords[1];
          return real.toSphericalVjp(q, origin, frame, [rBar!, thetaBar! + logDetBar / Math.tan(theta), phiBar!], logDetBar);
        },
      };
    });
    const mutant = (await import('../../backends/reference/ops/inner-adjoint.js')).innerVjp;
    vi.doUnmock('../../backends/reference/math/frames-adjoint.js');
    vi.resetModules();
    const c = projections[0]!;
    const op = innerOp(c, false, 'forward');
    const x = randomInputs(op, 2, 3, 33);
    expect(Math.max(...Object.values(worstErrors(op, x, innerVjp, 43)))).toBeLessThan(1e-6);
    expect(worstErrors(op, x, mutant, 43).trans).toBeGreaterThan(1e-3);
  });
});
