/**
 * One inner transform of a coupling (the IR's `inner` op), float64, one system: for every node i and
 * channel ch of the transformed half, build the projection from the conditioning point c_i^ch and the
 * reference vectors, map the point with τ (forward or inverse), and sum the log-dets (method §5, §6).
 * Coefficients per node: [s][coords][3K+1] for splines, [s][2·coords] (logits, then shifts) for affine.
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { splineForward, splineInverse, splineKnots } from '../math/spline.js';
import { affineForward, affineInverse } from '../math/affine.js';
import type { Mapped } from '../math/spline.js';
import * as F from '../math/frames.js';
import { add, type Vec } from '../math/vec.js';

export type InnerOp = Extract<Op, { kind: 'inner' }>;

export interface InnerInputs {
  readonly trans: Float64Array;
  readonly cond: Float64Array;
  readonly vectors: Float64Array | undefined;
  readonly coefficients: Float64Array;
  readonly n: number;
  readonly s: number;
  readonly d: number;
}

/** τ for coordinate k of (node, channel): reads that point's coefficients. */
function coordinateMap(op: InnerOp, coefficients: Float64Array, base: number, coords: number): F.CoordinateMap {
  const forward = op.direction === 'forward';
  if (op.transform.kind === 'affine') {
    return (k, v) => (forward ? affineForward : affineInverse)(coefficients[base + k]!, coefficients[base + coords + k]!, v);
  }
  const splines = op.transform.splines;
  const per = 3 * (splines[0]?.bins ?? 8) + 1;
  return (k, v) => {
    const knots = splineKnots(coefficients.subarray(base + k * per, base + (k + 1) * per), splines[k]!);
    return forward ? splineForward(knots, v) : splineInverse(knots, v);
  };
}

function mapPoint(op: InnerOp, q: Vec, refs: readonly Vec[], rel: readonly Vec[], tau: F.CoordinateMap): { q: Vec; logDet: number } {
  const p = op.projection;
  switch (p.kind) {
    case 'spherical': {
      const [o, r1] = [refs[0]!, refs[1]!];
      if (q.length === 2) {
        const u = F.polarAxis(o, r1);
        const to = F.toPolar(q, o, u);
        const mapped = to.coords.map((v, k) => tau(k, v));
        const back = F.fromPolar(mapped.map((m) => m.value), o, u);
        return { q: back.q, logDet: to.logDet + back.logDet + mapped.reduce((sum, m) => sum + m.logDet, 0) };
      }
      const frame = F.sphericalFrame(o, r1, refs[2]!, p.reflectionInvariant);
      const to = F.toSpherical(q, o, frame);
      const mapped = to.coords.map((v, k) => tau(k, v));
      const back = F.fromSpherical(mapped.map((m) => m.value), o, frame);
      return { q: back.q, logDet: to.logDet + back.logDet + mapped.reduce((sum, m) => sum + m.logDet, 0) };
    }
    case 'cartesian': {
      const columns = F.cartesianBasis(rel.slice(1), p.smallIdentity);
      const out = F.cartesianMap(q, refs[0]!, columns, tau);
      return { q: out.q, logDet: out.logDet };
    }
    case 'vector': {
      const out = F.radialMap(q, refs[0]!, (r) => tau(0, r));
      return { q: out.q, logDet: out.logDet };
    }
    case 'none': {
      let logDet = 0;
      const out = q.map((v, k) => {
        const m: Mapped = tau(k, v);
        logDet += m.logDet;
        return m.value;
      });
      return { q: out, logDet };
    }
  }
}

/** Per-point sizes: coordinates τ maps, reference vectors per point, coefficients per point, vectors per node (M). */
export interface InnerLayout {
  readonly coords: number;
  readonly nvec: number;
  readonly perPoint: number;
  readonly M: number;
}

export function innerLayout(op: InnerOp, s: number, d: number): InnerLayout {
  const coords = op.projection.kind === 'vector' ? 1 : d;
  const nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
  const perPoint = op.transform.kind === 'affine' ? 2 * coords : coords * (3 * (op.transform.splines[0]?.bins ?? 8) + 1);
  return { coords, nvec, perPoint, M: nvec * s * op.count };
}

/** Point (node i, channel ch): its offset in trans/cond, q, c, the reference vectors (relative and c + v) and their offsets. */
export interface InnerPoint {
  readonly at: number;
  readonly q: Vec;
  readonly c: Vec;
  readonly rel: Vec[];
  readonly refs: Vec[];
  readonly vectorAt: number[];
  /** Where this point's coefficients start. */
  readonly base: number;
}

export function innerPoint(op: InnerOp, x: InnerInputs, layout: InnerLayout, i: number, ch: number): InnerPoint {
  const { s, d } = x;
  const at = (i * s + ch) * d;
  const q = Array.from(x.trans.subarray(at, at + d));
  const c = Array.from(x.cond.subarray(at, at + d));
  const rel: Vec[] = [];
  const vectorAt: number[] = [];
  for (let k = 0; k < layout.nvec; k++) {
    const vi = (i * layout.M + (ch * op.count + op.index) * layout.nvec + k) * d;
    vectorAt.push(vi);
    rel.push(Array.from(x.vectors!.subarray(vi, vi + d)));
  }
  const refs = rel.map((v) => add(c, v));
  return { at, q, c, rel, refs, vectorAt, base: i * s * layout.perPoint + ch * layout.perPoint };
}

export function runInner(op: InnerOp, x: InnerInputs): { trans: Float64Array; logDet: number } {
  const { n, s, d } = x;
  const layout = innerLayout(op, s, d);
  const out = new Float64Array(x.trans.length);
  let logDet = 0;
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < s; ch++) {
      const point = innerPoint(op, x, layout, i, ch);
      const tau = coordinateMap(op, x.coefficients, point.base, layout.coords);
      const mapped = mapPoint(op, point.q, point.refs, point.rel, tau);
      out.set(mapped.q, point.at);
      logDet += mapped.logDet;
    }
  return { trans: out, logDet };
}
