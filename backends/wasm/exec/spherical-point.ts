/**
 * Spherical-proj in 3D (method §5.1) for one point, forward and reverse, on scratch: the frame from
 * (o, zPoint, oPoint) = c + (v₀, v₁, v₂), q ↦ (r, θ, φ), τ, and back. Formulas and conventions are the
 * reference's (math/frames.ts sphericalFrame/toSpherical/fromSpherical; math/frames-adjoint.ts): a
 * left-handed frame ŷ = n(x̂ × ẑ), flipped by σ = sign(ŷ·zPoint) when reflection-invariant (σ is piecewise
 * constant, so a constant factor in reverse). The backward recomputes the forward (it is cheap next to τ).
 */
import type { Coordinate } from './coordinate.js';
import { coordinate, coordinateVjp, type PointBuffers, type PointMap } from './inner-point.js';
import { addSafeNormGradN, axpy3, copy3, cross3, dot3, normalize3, normalizeVjp3, safeNorm3, scale3, sub3, vec3 } from './vec3.js';

export class SphericalPoint implements PointMap {
  // The frame: a = zPoint − o, ẑ = n(a), u = oPoint − o, p = u − (u·ẑ)ẑ, x̂ = n(p), c = x̂ × ẑ, ŷ = σ·n(c).
  private readonly a = vec3();
  private readonly z = vec3();
  private readonly u = vec3();
  private readonly p = vec3();
  private readonly x = vec3();
  private readonly cr = vec3();
  private readonly y = vec3();
  private uz = 0;
  private sigma = 1;
  // toSpherical: w = q − o, w⊥ = w − (w·ẑ)ẑ, r, θ, φ.
  private readonly w = vec3();
  private readonly perp = vec3();
  private r = 1;
  private wz = 0;
  private rho = 1;
  private theta = 0;
  private perpY = 0;
  private perpX = 0;
  // fromSpherical at the mapped (r′, θ′, φ′): azimuth and direction.
  private readonly azimuth = vec3();
  private readonly direction = vec3();
  private rOut = 1;
  private cosT = 0;
  private sinT = 1;
  private cosP = 1;
  private sinP = 0;
  // Reverse-mode scratch.
  private readonly xBar = vec3();
  private readonly yBar = vec3();
  private readonly zBar = vec3();
  private readonly oBar = vec3();
  private readonly t1 = vec3();
  private readonly t2 = vec3();
  private readonly t3 = vec3();

  constructor(private readonly reflectionInvariant: boolean) {}

  forward(pt: PointBuffers, tau: readonly Coordinate[]): number {
    const o = pt.refs[0];
    this.frame(o, pt.refs[1], pt.refs[2]);
    const { z, x, y, w, perp } = this;
    sub3(w, pt.q, o);
    this.r = safeNorm3(w);
    this.wz = dot3(w, z);
    axpy3(perp, w, -this.wz, z);
    this.rho = safeNorm3(perp);
    this.theta = Math.atan2(this.rho, this.wz);
    this.perpY = dot3(perp, y);
    this.perpX = dot3(perp, x);
    const phi = Math.atan2(this.perpY, this.perpX);
    const logDetIn = -(2 * Math.log(this.r) + Math.log(Math.sin(this.theta)));
    const tr = coordinate(tau, 0);
    const tt = coordinate(tau, 1);
    const tp = coordinate(tau, 2);
    tr.apply(this.r);
    tt.apply(this.theta);
    tp.apply(phi);
    this.rOut = tr.value;
    this.cosT = Math.cos(tt.value);
    this.sinT = Math.sin(tt.value);
    this.cosP = Math.cos(tp.value);
    this.sinP = Math.sin(tp.value);
    scale3(this.azimuth, this.cosP, x);
    axpy3(this.azimuth, this.azimuth, this.sinP, y);
    scale3(this.direction, this.cosT, z);
    axpy3(this.direction, this.direction, this.sinT, this.azimuth);
    axpy3(pt.out, o, this.rOut, this.direction);
    const logDetOut = 2 * Math.log(this.rOut) + Math.log(this.sinT);
    return logDetIn + logDetOut + (0 + tr.logDet + tt.logDet + tp.logDet);
  }

  private frame(o: Float64Array, zPoint: Float64Array, oPoint: Float64Array): void {
    const { a, z, u, p, x, cr, y } = this;
    sub3(a, zPoint, o);
    normalize3(z, a);
    sub3(u, oPoint, o);
    this.uz = dot3(u, z);
    axpy3(p, u, -this.uz, z);
    normalize3(x, p);
    cross3(cr, x, z);
    normalize3(y, cr);
    this.sigma = this.reflectionInvariant ? Math.sign(dot3(y, zPoint)) || 1 : 1;
    if (this.sigma !== 1) scale3(y, this.sigma, y);
  }

  backward(pt: PointBuffers, tau: readonly Coordinate[]): void {
    this.forward(pt, tau);
    const lb = pt.logDetBar;
    const coordsBar = this.fromSphericalVjp(pt.outBar, lb);
    const rBar = coordinateVjp(coordinate(tau, 0), coordsBar[0]!, lb, pt);
    const thetaBar = coordinateVjp(coordinate(tau, 1), coordsBar[1]!, lb, pt);
    const phiBar = coordinateVjp(coordinate(tau, 2), coordsBar[2]!, lb, pt);
    this.toSphericalVjp(pt.qBar, rBar, thetaBar, phiBar, lb);
    this.frameVjp(pt.refBars[0], pt.refBars[1], pt.refBars[2]);
  }

  /** Adjoints of (r′, θ′, φ′) into t3; the frame's into xBar/yBar/zBar and the origin's into oBar (both set). */
  private fromSphericalVjp(qBar: Float64Array, lb: number): Float64Array {
    const { cosT, sinT, cosP, sinP, rOut, direction, azimuth, x, y, z, t1, t2, t3 } = this;
    const directionBar = t1;
    scale3(directionBar, rOut, qBar);
    const azimuthBar = t2;
    scale3(azimuthBar, sinT, directionBar);
    t3[0] = dot3(qBar, direction) + (2 * lb) / rOut;
    // ∂direction/∂θ′ = cos θ′ azimuth − sin θ′ ẑ; ∂azimuth/∂φ′ = cos φ′ ŷ − sin φ′ x̂.
    t3[1] = cosT * dot3(directionBar, azimuth) - sinT * dot3(directionBar, z) + (lb * cosT) / sinT;
    t3[2] = cosP * dot3(azimuthBar, y) - sinP * dot3(azimuthBar, x);
    scale3(this.xBar, cosP, azimuthBar);
    scale3(this.yBar, sinP, azimuthBar);
    scale3(this.zBar, cosT, directionBar);
    copy3(this.oBar, qBar);
    return t3;
  }

  /** Adds q's adjoint into qBar, and the frame's and origin's into xBar/yBar/zBar/oBar. */
  private toSphericalVjp(qBar: Float64Array, rBar: number, thetaBar: number, phiBar: number, lb: number): void {
    const { rho, wz, perpX, perpY, x, y, z, w, perp, r } = this;
    const thetaTotal = thetaBar - (lb * Math.cos(this.theta)) / Math.sin(this.theta);
    // atan2(ρ, w·ẑ) and atan2(w⊥·ŷ, w⊥·x̂): dθ = (x dy − y dx)/(x² + y²).
    const thetaR2 = rho * rho + wz * wz;
    const rhoBar = (thetaTotal * wz) / thetaR2;
    const wzDirect = (-thetaTotal * rho) / thetaR2;
    const phiR2 = perpX * perpX + perpY * perpY;
    const perpYBar = (phiBar * perpX) / phiR2;
    const perpXBar = (-phiBar * perpY) / phiR2;
    const perpBar = this.t1;
    scale3(perpBar, perpYBar, y);
    axpy3(perpBar, perpBar, perpXBar, x);
    addSafeNormGradN(perpBar, rhoBar, perp, 3);
    // w·ẑ is read by θ directly and through w⊥.
    const wzBar = wzDirect - dot3(z, perpBar);
    const wBar = this.t2;
    axpy3(wBar, perpBar, wzBar, z);
    addSafeNormGradN(wBar, rBar - (2 * lb) / r, w, 3);
    axpy3(this.xBar, this.xBar, perpXBar, perp);
    axpy3(this.yBar, this.yBar, perpYBar, perp);
    axpy3(this.zBar, this.zBar, wzBar, w);
    axpy3(this.zBar, this.zBar, -wz, perpBar);
    axpy3(qBar, qBar, 1, wBar);
    axpy3(this.oBar, this.oBar, -1, wBar);
  }

  /** The frame's adjoint (xBar, yBar, zBar) to (o, zPoint, oPoint), plus oBar into the origin's. */
  private frameVjp(originBar: Float64Array, zPointBar: Float64Array, oPointBar: Float64Array): void {
    const { a, z, u, p, x, cr, t1, t2, t3 } = this;
    // ŷ = σ·n(c), c = x̂ × ẑ: c̄ = n′ᵀ(σȳ); x̂ gets ẑ × c̄, ẑ gets c̄ × x̂.
    const cBar = t1;
    scale3(cBar, this.sigma, this.yBar);
    normalizeVjp3(cBar, cr, cBar);
    cross3(t2, z, cBar);
    axpy3(this.xBar, this.xBar, 1, t2);
    cross3(t2, cBar, x);
    axpy3(this.zBar, this.zBar, 1, t2);
    const pBar = t3;
    normalizeVjp3(pBar, p, this.xBar);
    // p = u − (u·ẑ)ẑ: ū = p̄ − ẑ(ẑ·p̄), ẑ̄ −= (u·ẑ)p̄ + u(ẑ·p̄).
    const zp = dot3(z, pBar);
    axpy3(oPointBar, pBar, -zp, z);
    axpy3(this.zBar, this.zBar, -this.uz, pBar);
    axpy3(this.zBar, this.zBar, -zp, u);
    normalizeVjp3(zPointBar, a, this.zBar);
    for (let j = 0; j < 3; j++) originBar[j] = this.oBar[j]! - zPointBar[j]! - oPointBar[j]!;
  }
}
