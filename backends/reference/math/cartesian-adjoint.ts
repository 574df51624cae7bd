/**
 * Vector–Jacobian products of the Cartesian-proj basis and map and of the vector-proj radial map in
 * frames.ts (method §5), hand-derived, float64, intermediates recomputed. Compiled training, step 1
 * (docs/design/compiled-training.md).
 *
 * Non-differentiable points: safeNorm(0) = 1 has derivative 0 (vec-adjoint.ts). The small_identity tweak
 * adds the constant 10⁻⁶ to one component of each basis vector, so the adjoint passes through it unchanged.
 */
import { cartesianBasis, tweakedBasis } from './frames.js';
import { dot, normalize, safeNorm, scale, sub, cross, type Vec } from './vec.js';
import { crossVjp, normalizeVjp, safeNormGrad, sum, zeros } from './vec-adjoint.js';
import { mapCoordinates, mapCoordinatesVjp, type CoordinateMapGrad } from './frames-adjoint.js';

/**
 * Adjoints of the basis vectors for cartesianBasis, given the adjoints of its columns. 2D: ẑ = n(b₀), ŷ =
 * (−ẑ₁, ẑ₀). 3D: ẑ = n(b₀), x̃ = n(b₁), x̂ = n(x̃ − g ẑ) with g = (x̃·ẑ)/(ẑ·ẑ), ŷ = n(ẑ × x̂); n = normalize.
 */
export function cartesianBasisVjp(basisVectors: readonly Vec[], smallIdentity: boolean, columnsBar: readonly Vec[]): Vec[] {
  const [b0, b1] = tweakedBasis(basisVectors, smallIdentity) as [Vec, Vec?];
  const z = scale(1 / safeNorm(b0), b0);
  if (z.length === 2) {
    const [zColumnBar, yColumnBar] = columnsBar as [Vec, Vec];
    return [normalizeVjp(b0, sum(zColumnBar, [yColumnBar[1]!, -yColumnBar[0]!]))];
  }
  const xt = scale(1 / safeNorm(b1!), b1!);
  const [xtz, zz] = [dot(xt, z), dot(z, z)];
  const g = xtz / zz;
  const p = sub(xt, scale(g, z));
  const x = normalize(p);
  const [zColumnBar, xColumnBar, yColumnBar] = columnsBar as [Vec, Vec, Vec];
  const viaY = crossVjp(z, x, normalizeVjp(cross(z, x), yColumnBar));
  const pBar = normalizeVjp(p, sum(xColumnBar, viaY.bBar));
  // g = (x̃·ẑ)/(ẑ·ẑ): ẑ·ẑ is 1 up to rounding, but the forward divides by it, so it is differentiated too.
  const gBar = -dot(z, pBar);
  const [numeratorBar, denominatorBar] = [gBar / zz, (-gBar * xtz) / (zz * zz)];
  const xtBar = sum(pBar, scale(numeratorBar, z));
  const zBar = sum(zColumnBar, viaY.aBar, scale(-g, pBar), scale(numeratorBar, xt), scale(2 * denominatorBar, z));
  return [normalizeVjp(b0, zBar), normalizeVjp(b1!, xtBar)];
}

/**
 * The Cartesian projection of one point with τ: q ↦ Q τ(Qᵀ(q − o)) + o, log-det Σ log τ′ (cartesianBasis
 * and cartesianMap). Returns the adjoints of q, o and the basis vectors (before small_identity's tweak).
 */
export function cartesianPointVjp(q: Vec, origin: Vec, basisVectors: readonly Vec[], smallIdentity: boolean, tau: CoordinateMapGrad, qOutBar: Vec, logDetBar: number): { q: Vec; origin: Vec; basisVectors: Vec[] } {
  const columns = cartesianBasis(basisVectors, smallIdentity);
  const w = sub(q, origin);
  const mapped = mapCoordinates(tau, columns.map((col) => dot(col, w)));
  const uBar = mapCoordinatesVjp(tau, mapped, columns.map((col) => dot(col, qOutBar)), logDetBar);
  // Column i is read by the projection (u_i = col_i·w) and by the unprojection (+ τ(u_i)·col_i).
  const columnsBar = columns.map((_, i) => sum(scale(mapped[i]!.value, qOutBar), scale(uBar[i]!, w)));
  const wBar = sum(zeros(q.length), ...columns.map((col, i) => scale(uBar[i]!, col)));
  return { q: wBar, origin: sub(qOutBar, wBar), basisVectors: cartesianBasisVjp(basisVectors, smallIdentity, columnsBar) };
}

/**
 * The vector projection of one point (radialMap): r = ‖q − p‖ ↦ S(r) = τ₀(r), q′ = p + (S/r)(q − p),
 * log-det log S′ + (d − 1)(log S − log r). Returns the adjoints of q and p.
 */
export function radialPointVjp(q: Vec, p: Vec, tau: CoordinateMapGrad, qOutBar: Vec, logDetBar: number): { q: Vec; p: Vec } {
  const w = sub(q, p);
  const r = safeNorm(w);
  const m = mapCoordinates(tau, [r])[0]!;
  const dims = q.length - 1;
  const ratioBar = dot(qOutBar, w);
  const valueBar = ratioBar / r + (logDetBar * dims) / m.value;
  const viaTau = mapCoordinatesVjp(tau, [m], [valueBar], logDetBar)[0]!;
  const rBar = viaTau - (ratioBar * m.value) / (r * r) - (logDetBar * dims) / r;
  const wBar = sum(scale(m.value / r, qOutBar), scale(rBar, safeNormGrad(w)));
  return { q: wBar, p: sub(qOutBar, wBar) };
}
