/**
 * Spherical-proj in 2D, i.e. polar coordinates (method §5.1), for one point, forward and reverse, on scratch:
 * the axis û = n(yPoint − o) from (o, yPoint) = c + (v₀, v₁), q ↦ (r, θ) with θ the signed angle from û,
 * τ, and back. The reference's math/frames.ts polarAxis/toPolar/fromPolar and frames-adjoint.ts.
 */
import type { Coordinate } from './coordinate.js';
import { coordinate, coordinateVjp, type PointBuffers, type PointMap } from './inner-point.js';
import { addSafeNormGradN, normalizeVjpN, safeNormN, vec3 } from './vec3.js';

export class PolarPoint implements PointMap {
  /** a = yPoint − o and the axis û = a/‖a‖. */
  private readonly a = vec3();
  private readonly axis = vec3();
  /** w = q − o, ŵ = w/r. */
  private readonly w = vec3();
  private readonly wHat = vec3();
  private r = 1;
  /** û × ŵ and û·ŵ, θ's atan2 arguments. */
  private across = 0;
  private along = 0;
  /** The mapped radius and the rotation by the mapped angle. */
  private rOut = 1;
  private cos = 1;
  private sin = 0;
  private readonly t1 = vec3();
  private readonly t2 = vec3();

  forward(pt: PointBuffers, tau: readonly Coordinate[]): number {
    const o = pt.refs[0];
    const yPoint = pt.refs[1];
    const { a, axis, w, wHat } = this;
    a[0] = yPoint[0]! - o[0]!;
    a[1] = yPoint[1]! - o[1]!;
    const aNorm = safeNormN(a, 2);
    axis[0] = a[0] / aNorm;
    axis[1] = a[1] / aNorm;
    w[0] = pt.q[0]! - o[0]!;
    w[1] = pt.q[1]! - o[1]!;
    this.r = safeNormN(w, 2);
    wHat[0] = w[0] / this.r;
    wHat[1] = w[1] / this.r;
    this.across = axis[0] * wHat[1] - axis[1] * wHat[0];
    this.along = axis[0] * wHat[0] + axis[1] * wHat[1];
    const tr = coordinate(tau, 0);
    const tt = coordinate(tau, 1);
    tr.apply(this.r);
    tt.apply(Math.atan2(this.across, this.along));
    this.rOut = tr.value;
    this.cos = Math.cos(tt.value);
    this.sin = Math.sin(tt.value);
    const ru0 = this.rOut * axis[0];
    const ru1 = this.rOut * axis[1];
    pt.out[0] = o[0]! + (this.cos * ru0 - this.sin * ru1);
    pt.out[1] = o[1]! + (this.sin * ru0 + this.cos * ru1);
    return -Math.log(this.r) + Math.log(this.rOut) + (0 + tr.logDet + tt.logDet);
  }

  backward(pt: PointBuffers, tau: readonly Coordinate[]): void {
    this.forward(pt, tau);
    const { axis, wHat, cos, sin, rOut } = this;
    const qb0 = pt.outBar[0]!;
    const qb1 = pt.outBar[1]!;
    const lb = pt.logDetBar;
    // fromPolar: q = o + R(θ′)(r′û). R(θ′)ᵀq̄ is (r′û)'s adjoint; ∂(R(θ′)v)/∂θ′ = R(θ′ + π/2)v.
    const ruBar0 = cos * qb0 + sin * qb1;
    const ruBar1 = -sin * qb0 + cos * qb1;
    const ru0 = rOut * axis[0]!;
    const ru1 = rOut * axis[1]!;
    const thetaOutBar = qb0 * (-sin * ru0 - cos * ru1) + qb1 * (cos * ru0 - sin * ru1);
    const rOutBar = ruBar0 * axis[0]! + ruBar1 * axis[1]! + lb / rOut;
    const axisBar = this.t1;
    axisBar[0] = rOut * ruBar0;
    axisBar[1] = rOut * ruBar1;
    const rBar = coordinateVjp(coordinate(tau, 0), rOutBar, lb, pt);
    const thetaBar = coordinateVjp(coordinate(tau, 1), thetaOutBar, lb, pt);
    // toPolar: θ = atan2(û × ŵ, û·ŵ); ∂(û × ŵ)/∂ŵ = (−û₁, û₀), ∂(û × ŵ)/∂û = (ŵ₁, −ŵ₀).
    const r2 = this.across * this.across + this.along * this.along;
    const acrossBar = (thetaBar * this.along) / r2;
    const alongBar = (-thetaBar * this.across) / r2;
    const wHatBar = this.t2;
    wHatBar[0] = alongBar * axis[0]! - acrossBar * axis[1]!;
    wHatBar[1] = alongBar * axis[1]! + acrossBar * axis[0]!;
    axisBar[0] = axisBar[0]! + alongBar * wHat[0]! + acrossBar * wHat[1]!;
    axisBar[1] = axisBar[1]! + alongBar * wHat[1]! - acrossBar * wHat[0]!;
    // ŵ = normalize(w); r = ‖w‖ with log-det −log r.
    const qBar = pt.qBar;
    normalizeVjpN(qBar, this.w, wHatBar, 2);
    addSafeNormGradN(qBar, rBar - lb / this.r, this.w, 2);
    // The axis: û = normalize(yPoint − o).
    const yPointBar = pt.refBars[1];
    normalizeVjpN(yPointBar, this.a, axisBar, 2);
    const originBar = pt.refBars[0];
    originBar[0] = qb0 - qBar[0]! - yPointBar[0]!;
    originBar[1] = qb1 - qBar[1]! - yPointBar[1]!;
  }
}
