/**
 * One bin of the rational-quadratic spline (method §6.2) with its partial derivatives, as mutable scratch:
 * set the bin, set z ∈ [0, 1], then read the value and log-det or differentiate. The formulas are the
 * reference's (math/spline.ts binAt/inverseBinZ, spline-adjoint.ts rationalQuadraticPartials).
 */
const clip01 = (v: number) => Math.min(1, Math.max(0, v));

export class BinPartials {
  /** Origin y_k, width w, height h, s = h/w, end slopes δ_k, δ_{k+1}; the position z in the bin. */
  yk = 0;
  w = 1;
  h = 1;
  s = 1;
  d0 = 1;
  d1 = 1;
  z = 0;
  /** ∂value/∂(z, s, h, δ_k, δ_{k+1}) and ∂logDet/∂(z, s, δ_k, δ_{k+1}) (∂logDet/∂h = 0), after differentiate. */
  valueZ = 0;
  valueS = 0;
  valueH = 0;
  valueD0 = 0;
  valueD1 = 0;
  logDetZ = 0;
  logDetS = 0;
  logDetD0 = 0;
  logDetD1 = 0;

  set(x0: number, x1: number, y0: number, y1: number, d0: number, d1: number): void {
    this.yk = y0;
    this.w = x1 - x0;
    this.h = y1 - y0;
    this.s = this.h / this.w;
    this.d0 = d0;
    this.d1 = d1;
  }

  setZ(z: number): void {
    this.z = z;
  }

  /** y_k + h·(s z² + δ_k z(1 − z)) / (s + (δ_{k+1} + δ_k − 2s) z(1 − z)). */
  value(): number {
    const { z, s, d0, d1, h } = this;
    const den = s + (d1 + d0 - 2 * s) * z * (1 - z);
    return this.yk + (h * (s * z * z + d0 * z * (1 - z))) / den;
  }

  /** 2 log s + log(δ_{k+1} z² + 2 s z(1 − z) + δ_k (1 − z)²) − 2 log den. */
  logDet(): number {
    const { z, s, d0, d1 } = this;
    const den = s + (d1 + d0 - 2 * s) * z * (1 - z);
    return 2 * Math.log(s) + Math.log(d1 * z * z + 2 * s * z * (1 - z) + d0 * (1 - z) * (1 - z)) - 2 * Math.log(den);
  }

  /** The z whose forward image is y: the stable root of the bin's quadratic (distrax, math/spline.ts). */
  inverseZ(y: number): number {
    const { s, d0, d1 } = this;
    const wt = clip01((y - this.yk) / this.h);
    const c = -s * wt;
    const b = d0 - (d1 + d0 - 2 * s) * wt;
    const a = s - b;
    const disc = Math.max(b * b - 4 * a * c, Number.MIN_VALUE);
    return clip01(b >= 0 ? (2 * c) / (-b - Math.sqrt(disc)) : (-b + Math.sqrt(disc)) / (2 * a));
  }

  /** With q = z(1 − z), num = s z² + δ_k q, den = s + (δ_{k+1} + δ_k − 2s) q, m = δ_{k+1} z² + 2 s q + δ_k (1 − z)². */
  differentiate(): void {
    const { z, s, h, d0, d1 } = this;
    const q = z * (1 - z);
    const dq = 1 - 2 * z;
    const curvature = d1 + d0 - 2 * s;
    const den = s + curvature * q;
    const ratio = (s * z * z + d0 * q) / den;
    const m = d1 * z * z + 2 * s * q + d0 * (1 - z) * (1 - z);
    // Quotient rule: ∂(num/den) = (∂num − ratio·∂den)/den; ∂den/∂s = 1 − 2q, ∂den/∂δ = q.
    this.valueZ = (h * (2 * s * z + d0 * dq - ratio * curvature * dq)) / den;
    this.valueS = (h * (z * z - ratio * (1 - 2 * q))) / den;
    this.valueH = ratio;
    this.valueD0 = (h * q * (1 - ratio)) / den;
    this.valueD1 = (-h * q * ratio) / den;
    this.logDetZ = (2 * d1 * z + 2 * s * dq - 2 * d0 * (1 - z)) / m - (2 * curvature * dq) / den;
    this.logDetS = 2 / s + (2 * q) / m - (2 * (1 - 2 * q)) / den;
    this.logDetD0 = ((1 - z) * (1 - z)) / m - (2 * q) / den;
    this.logDetD1 = (z * z) / m - (2 * q) / den;
  }
}
