/**
 * Cartesian-proj (method §5.2) for one point, forward and reverse, on scratch: the orthonormal basis Q from
 * the relative vectors b₀ (and b₁ in 3D), each with small_identity's 10⁻⁶·e_k when asked, then
 * q ↦ Q τ(Qᵀ(q − o)) + o with o = c + v₀ and log-det Σ log τ′. Columns: 3D [ẑ, x̂, ŷ] with ẑ = n(b₀), x̃ = n(b₁),
 * x̂ = n(x̃ − (x̃·ẑ)/(ẑ·ẑ)·ẑ), ŷ = n(ẑ × x̂); 2D [ẑ, (−ẑ₁, ẑ₀)]. The reference's math/frames.ts
 * cartesianBasis/cartesianMap and math/cartesian-adjoint.ts.
 */
import type { Coordinate } from './coordinate.js';
import { coordinate, coordinateVjp, type PointBuffers, type PointMap } from './inner-point.js';
import { axpy3, copy3, cross3, dot3, normalize3, normalizeVjpN, safeNormN, scale3, vec3 } from './vec3.js';

const TWEAK = 1e-6;

export class CartesianPoint implements PointMap {
  /** The basis vectors as the basis reads them (tweaked), and the columns. */
  private readonly b0 = vec3();
  private readonly b1 = vec3();
  private readonly columns = [vec3(), vec3(), vec3()] satisfies Float64Array[];
  // 3D intermediates: x̃, (x̃·ẑ), (ẑ·ẑ), p = x̃ − g ẑ, ẑ × x̂.
  private readonly xt = vec3();
  private readonly p = vec3();
  private readonly zx = vec3();
  private xtz = 0;
  private zz = 1;
  private readonly w = vec3();
  private readonly mapped = vec3();
  private readonly columnsBar = [vec3(), vec3(), vec3()] satisfies Float64Array[];
  private readonly uBar = vec3();
  private readonly t1 = vec3();
  private readonly t2 = vec3();

  constructor(
    private readonly d: 2 | 3,
    private readonly smallIdentity: boolean,
  ) {}

  private column(i: number): Float64Array {
    return this.columns[i]!;
  }

  forward(pt: PointBuffers, tau: readonly Coordinate[]): number {
    const { d, w, mapped } = this;
    this.basis(pt.rel[1], pt.rel[2]);
    const o = pt.refs[0];
    for (let j = 0; j < d; j++) w[j] = pt.q[j]! - o[j]!;
    for (let j = 0; j < d; j++) pt.out[j] = o[j]!;
    let logDet = 0;
    for (let i = 0; i < d; i++) {
      const col = this.column(i);
      let u = 0;
      for (let j = 0; j < d; j++) u += col[j]! * w[j]!;
      const t = coordinate(tau, i);
      t.apply(u);
      mapped[i] = t.value;
      logDet += t.logDet;
      for (let j = 0; j < d; j++) pt.out[j] = pt.out[j]! + t.value * col[j]!;
    }
    return logDet;
  }

  private basis(v0: Float64Array, v1: Float64Array): void {
    const { b0, b1, xt, p, zx } = this;
    const z = this.column(0);
    copy3(b0, v0);
    if (this.smallIdentity) b0[0] = b0[0]! + TWEAK;
    const zScale = 1 / safeNormN(b0, this.d);
    for (let j = 0; j < this.d; j++) z[j] = zScale * b0[j]!;
    if (this.d === 2) {
      const y = this.column(1);
      y[0] = -z[1]!;
      y[1] = z[0]!;
      return;
    }
    copy3(b1, v1);
    if (this.smallIdentity) b1[1] = b1[1]! + TWEAK;
    scale3(xt, 1 / safeNormN(b1, 3), b1);
    this.xtz = dot3(xt, z);
    this.zz = dot3(z, z);
    axpy3(p, xt, -(this.xtz / this.zz), z);
    const x = this.column(1);
    normalize3(x, p);
    cross3(zx, z, x);
    normalize3(this.column(2), zx);
  }

  backward(pt: PointBuffers, tau: readonly Coordinate[]): void {
    this.forward(pt, tau);
    const { d, w, mapped, uBar } = this;
    const qb = pt.outBar;
    const qBar = pt.qBar;
    for (let i = 0; i < d; i++) {
      const col = this.column(i);
      let valueBar = 0;
      for (let j = 0; j < d; j++) valueBar += col[j]! * qb[j]!;
      uBar[i] = coordinateVjp(coordinate(tau, i), valueBar, pt.logDetBar, pt);
    }
    // Column i is read by the projection (u_i = col_i·w) and by the unprojection (+ τ(u_i)·col_i).
    for (let i = 0; i < d; i++) {
      const col = this.column(i);
      const colBar = this.columnsBar[i]!;
      for (let j = 0; j < d; j++) {
        colBar[j] = mapped[i]! * qb[j]! + uBar[i]! * w[j]!;
        qBar[j] = qBar[j]! + uBar[i]! * col[j]!;
      }
    }
    const originBar = pt.refBars[0];
    for (let j = 0; j < d; j++) originBar[j] = qb[j]! - qBar[j]!;
    if (d === 2) this.basis2Vjp(pt.relBars[1]);
    else this.basis3Vjp(pt.relBars[1], pt.relBars[2]);
  }

  /** ẑ = n(b₀), ŷ = (−ẑ₁, ẑ₀): b̄₀ = n′ᵀ(ẑ̄ + (ŷ̄₁, −ŷ̄₀)). */
  private basis2Vjp(b0Bar: Float64Array): void {
    const zBar = this.columnsBar[0]!;
    const yBar = this.columnsBar[1]!;
    const t = this.t1;
    t[0] = zBar[0]! + yBar[1]!;
    t[1] = zBar[1]! - yBar[0]!;
    normalizeVjpN(b0Bar, this.b0, t, 2);
  }

  private basis3Vjp(b0Bar: Float64Array, b1Bar: Float64Array): void {
    const z = this.column(0);
    const x = this.column(1);
    const zBar = this.columnsBar[0]!;
    const xBar = this.columnsBar[1]!;
    const yBar = this.columnsBar[2]!;
    const { xt, p, zx, t1, t2 } = this;
    // ŷ = n(ẑ × x̂): c̄ = n′ᵀȳ; ẑ gets x̂ × c̄, x̂ gets c̄ × ẑ.
    normalizeVjpN(t1, zx, yBar, 3);
    cross3(t2, x, t1);
    axpy3(zBar, zBar, 1, t2);
    cross3(t2, t1, z);
    axpy3(xBar, xBar, 1, t2);
    const pBar = t1;
    normalizeVjpN(pBar, p, xBar, 3);
    // g = (x̃·ẑ)/(ẑ·ẑ): ẑ·ẑ is 1 up to rounding, but the forward divides by it, so it is differentiated too.
    const g = this.xtz / this.zz;
    const gBar = -dot3(z, pBar);
    const numeratorBar = gBar / this.zz;
    const denominatorBar = (-gBar * this.xtz) / (this.zz * this.zz);
    const xtBar = t2;
    axpy3(xtBar, pBar, numeratorBar, z);
    axpy3(zBar, zBar, -g, pBar);
    axpy3(zBar, zBar, numeratorBar, xt);
    axpy3(zBar, zBar, 2 * denominatorBar, z);
    normalizeVjpN(b0Bar, this.b0, zBar, 3);
    normalizeVjpN(b1Bar, this.b1, xtBar, 3);
  }
}
