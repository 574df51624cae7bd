/**
 * The vector–Jacobian product of one IR `inner` op (inner.ts's runInner), float64, one system: given the
 * adjoints of its outputs (the points [n, s, d] and the scalar log-det), the adjoints of its four inputs.
 * Each point's projection, τ and unprojection are recomputed from the inputs (the activation policy of
 * docs/design/compiled-training.md §2 saves only those) and pulled back in reverse order; the math is in
 * frames-adjoint.ts and cartesian-adjoint.ts, τ's derivatives come through MappedGrad.
 */
import { splineForwardGrad, splineInverseGrad } from '../math/spline-adjoint.js';
import { affineForwardGrad, affineInverseGrad } from '../math/affine-adjoint.js';
import type { MappedGrad } from '../math/mapped-grad.js';
import * as F from '../math/frames.js';
import * as FA from '../math/frames-adjoint.js';
import { cartesianPointVjp, radialPointVjp } from '../math/cartesian-adjoint.js';
import { sum, zeros } from '../math/vec-adjoint.js';
import type { Vec } from '../math/vec.js';
import { innerLayout, innerPoint, type InnerInputs, type InnerOp } from './inner.js';

/** Spline parameters per coordinate: every coordinate's block is sized by the first spline's bin count, as in inner.ts. */
const splineStride = (op: InnerOp) => (op.transform.kind === 'spline' ? 3 * (op.transform.splines[0]?.bins ?? 8) + 1 : 0);

/**
 * τ with derivatives for coordinate k of the point whose coefficients start at `base`: affine reads the
 * logit at base + k and the shift at base + coords + k; spline k reads [base + k·(3K+1), base + (k+1)·(3K+1)).
 */
export function coordinateMapGrad(op: InnerOp, coefficients: Float64Array, base: number, coords: number): (k: number, v: number) => MappedGrad {
  const forward = op.direction === 'forward';
  if (op.transform.kind === 'affine') return (k, v) => (forward ? affineForwardGrad : affineInverseGrad)(coefficients[base + k]!, coefficients[base + coords + k]!, v, coords);
  const splines = op.transform.splines;
  const per = splineStride(op);
  return (k, v) => (forward ? splineForwardGrad : splineInverseGrad)(coefficients.subarray(base + k * per, base + (k + 1) * per), splines[k]!, v);
}

/** Where coordinate k's coefficients start (the pullback's offset), matching coordinateMapGrad. */
function coefficientOffset(op: InnerOp, base: number, k: number): number {
  return op.transform.kind === 'affine' ? base + k : base + k * splineStride(op);
}

/** Adjoints of one point: q, the absolute reference points refs = c + v (reaching c and v), and the relative vectors v alone. */
interface PointBar {
  readonly q: Vec;
  readonly refs: Vec[];
  readonly rel: Vec[];
}

function sphericalVjp(q: Vec, refs: readonly Vec[], reflectionInvariant: boolean, tau: FA.CoordinateMapGrad, qOutBar: Vec, logDetBar: number): PointBar {
  const [o, zPoint, oPoint] = refs as [Vec, Vec, Vec];
  const frame = F.sphericalFrame(o, zPoint, oPoint, reflectionInvariant);
  const mapped = FA.mapCoordinates(tau, F.toSpherical(q, o, frame).coords);
  const back = FA.fromSphericalVjp(mapped.map((m) => m.value), frame, qOutBar, logDetBar);
  const into = FA.toSphericalVjp(q, o, frame, FA.mapCoordinatesVjp(tau, mapped, back.coords, logDetBar), logDetBar);
  const viaFrame = FA.sphericalFrameVjp(o, zPoint, oPoint, reflectionInvariant, FA.sumFrameBars(back.frame, into.frame));
  return { q: into.q, refs: [sum(back.origin, into.origin, viaFrame.origin), viaFrame.zPoint, viaFrame.oPoint], rel: [] };
}

function polarVjp(q: Vec, refs: readonly Vec[], tau: FA.CoordinateMapGrad, qOutBar: Vec, logDetBar: number): PointBar {
  const [o, yPoint] = refs as [Vec, Vec];
  const u = F.polarAxis(o, yPoint);
  const mapped = FA.mapCoordinates(tau, F.toPolar(q, o, u).coords);
  const back = FA.fromPolarVjp(mapped.map((m) => m.value), u, qOutBar, logDetBar);
  const into = FA.toPolarVjp(q, o, u, FA.mapCoordinatesVjp(tau, mapped, back.coords, logDetBar), logDetBar);
  const viaAxis = FA.polarAxisVjp(o, yPoint, sum(back.u, into.u));
  return { q: into.q, refs: [sum(back.origin, into.origin, viaAxis.origin), viaAxis.yPoint], rel: [] };
}

function identityVjp(q: Vec, tau: FA.CoordinateMapGrad, qOutBar: Vec, logDetBar: number): PointBar {
  return { q: FA.mapCoordinatesVjp(tau, FA.mapCoordinates(tau, q), qOutBar, logDetBar), refs: [], rel: [] };
}

/** The adjoint of inner.ts's mapPoint, projection by projection. */
function mapPointVjp(op: InnerOp, q: Vec, refs: readonly Vec[], rel: readonly Vec[], tau: FA.CoordinateMapGrad, qOutBar: Vec, logDetBar: number): PointBar {
  const p = op.projection;
  switch (p.kind) {
    case 'spherical':
      return q.length === 2 ? polarVjp(q, refs, tau, qOutBar, logDetBar) : sphericalVjp(q, refs, p.reflectionInvariant, tau, qOutBar, logDetBar);
    case 'cartesian': {
      // The basis reads the relative vectors v₁.., the origin the absolute point c + v₀.
      const bar = cartesianPointVjp(q, refs[0]!, rel.slice(1), p.smallIdentity, tau, qOutBar, logDetBar);
      return { q: bar.q, refs: [bar.origin], rel: [zeros(q.length), ...bar.basisVectors] };
    }
    case 'vector': {
      const bar = radialPointVjp(q, refs[0]!, tau, qOutBar, logDetBar);
      return { q: bar.q, refs: [bar.p], rel: [] };
    }
    case 'none':
      return identityVjp(q, tau, qOutBar, logDetBar);
  }
}

/** Adds v into target[at..at + v.length). */
function addAt(target: Float64Array, at: number, v: readonly number[]): void {
  v.forEach((c, j) => (target[at + j] = target[at + j]! + c));
}

/**
 * Adjoints of (trans, cond, vectors, coefficients) for runInner(op, x), given t̄ (transBar, shaped like
 * trans) and ℓ̄ (logDetBar, the adjoint of the summed log-det). `vectors` is undefined exactly when x.vectors is.
 */
export function innerVjp(op: InnerOp, x: InnerInputs, transBar: Float64Array, logDetBar: number): { trans: Float64Array; cond: Float64Array; vectors: Float64Array | undefined; coefficients: Float64Array } {
  const { n, s, d } = x;
  const layout = innerLayout(op, s, d);
  const trans = new Float64Array(x.trans.length);
  const cond = new Float64Array(x.cond.length);
  const vectors = x.vectors === undefined ? undefined : new Float64Array(x.vectors.length);
  const coefficients = new Float64Array(x.coefficients.length);
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < s; ch++) {
      const point = innerPoint(op, x, layout, i, ch);
      const tau: FA.CoordinateMapGrad = {
        map: coordinateMapGrad(op, x.coefficients, point.base, layout.coords),
        pull: (k, m, valueBar, ldBar) => m.pullback(valueBar, ldBar, coefficients, coefficientOffset(op, point.base, k)),
      };
      const qOutBar = Array.from(transBar.subarray(point.at, point.at + d));
      const bar = mapPointVjp(op, point.q, point.refs, point.rel, tau, qOutBar, logDetBar);
      trans.set(bar.q, point.at);
      // refs_k = c + v_k: its adjoint reaches both the conditioning point and the vector.
      bar.refs.forEach((refBar, k) => {
        addAt(cond, point.at, refBar);
        addAt(vectors!, point.vectorAt[k]!, refBar);
      });
      bar.rel.forEach((relBar, k) => addAt(vectors!, point.vectorAt[k]!, relBar));
    }
  return { trans, cond, vectors, coefficients };
}
