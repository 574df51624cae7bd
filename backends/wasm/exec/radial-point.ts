/**
 * Vector-proj (method §5.3) and the identity projection ('none') for one point, forward and reverse, any d:
 * vector-proj moves only the distance to p = c + v₀, r ↦ S(r) = τ₀(r), q′ = p + (S/r)(q − p), log-det
 * log S′ + (d − 1)(log S − log r); 'none' applies τ_k to coordinate k of q. The reference's math/frames.ts
 * radialMap, ops/inner.ts's 'none' case, and math/cartesian-adjoint.ts radialPointVjp.
 */
import type { Coordinate } from './coordinate.js';
import { coordinate, coordinateVjp, type PointBuffers, type PointMap } from './inner-point.js';
import { addSafeNormGradN, safeNormN, vec3 } from './vec3.js';

export class RadialPoint implements PointMap {
  private readonly w = vec3();
  private r = 1;
  private rOut = 1;

  constructor(private readonly d: number) {}

  forward(pt: PointBuffers, tau: readonly Coordinate[]): number {
    const { d, w } = this;
    const p = pt.refs[0];
    for (let j = 0; j < d; j++) w[j] = pt.q[j]! - p[j]!;
    this.r = safeNormN(w, d);
    const t = coordinate(tau, 0);
    t.apply(this.r);
    this.rOut = t.value;
    const ratio = this.rOut / this.r;
    for (let j = 0; j < d; j++) pt.out[j] = p[j]! + ratio * w[j]!;
    return t.logDet + (d - 1) * (Math.log(this.rOut) - Math.log(this.r));
  }

  backward(pt: PointBuffers, tau: readonly Coordinate[]): void {
    this.forward(pt, tau);
    const { d, w, r, rOut } = this;
    const lb = pt.logDetBar;
    const qb = pt.outBar;
    let ratioBar = 0;
    for (let j = 0; j < d; j++) ratioBar += qb[j]! * w[j]!;
    const dims = d - 1;
    const valueBar = ratioBar / r + (lb * dims) / rOut;
    const viaTau = coordinateVjp(coordinate(tau, 0), valueBar, lb, pt);
    const rBar = viaTau - (ratioBar * rOut) / (r * r) - (lb * dims) / r;
    const qBar = pt.qBar;
    for (let j = 0; j < d; j++) qBar[j] = (rOut / r) * qb[j]!;
    addSafeNormGradN(qBar, rBar, w, d);
    const pBar = pt.refBars[0];
    for (let j = 0; j < d; j++) pBar[j] = qb[j]! - qBar[j]!;
  }
}

export class IdentityPoint implements PointMap {
  constructor(private readonly d: number) {}

  forward(pt: PointBuffers, tau: readonly Coordinate[]): number {
    let logDet = 0;
    for (let k = 0; k < this.d; k++) {
      const t = coordinate(tau, k);
      t.apply(pt.q[k]!);
      pt.out[k] = t.value;
      logDet += t.logDet;
    }
    return logDet;
  }

  backward(pt: PointBuffers, tau: readonly Coordinate[]): void {
    this.forward(pt, tau);
    for (let k = 0; k < this.d; k++) pt.qBar[k] = coordinateVjp(coordinate(tau, k), pt.outBar[k]!, pt.logDetBar, pt);
  }
}
