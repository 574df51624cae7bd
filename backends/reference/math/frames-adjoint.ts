/**
 * Vector–Jacobian products of the spherical (3D) and polar (2D) changes of coordinates in frames.ts
 * (method §5), hand-derived by the chain rule, float64. Each takes the forward function's inputs (its
 * intermediates are recomputed here, cheaply, rather than saved) and the adjoints of its outputs, including
 * the adjoint ℓ̄ of its log-det, and returns the adjoints of its inputs. The τ step between projection and
 * unprojection goes through CoordinateMapGrad. Compiled training, step 1 (docs/design/compiled-training.md).
 *
 * Non-differentiable points: safeNorm(0) = 1 has derivative 0 (vec-adjoint.ts); the reflection-invariant
 * sign(ŷ·p_z) is piecewise constant, so it is a constant factor here.
 */
import { add, cross2, dot, normalize, safeNorm, scale, sub, cross, type Vec } from './vec.js';
import { atan2Vjp, crossVjp, normalizeVjp, safeNormGrad, sum } from './vec-adjoint.js';
import type { Frame3 } from './frames.js';
import type { MappedGrad } from './mapped-grad.js';

/** τ per coordinate for reverse mode. */
export interface CoordinateMapGrad {
  /** τ_k at v, with its derivatives in v and a pullback to its coefficients. */
  readonly map: (index: number, value: number) => MappedGrad;
  /** Adds coordinate k's coefficient adjoints, given the adjoints of its mapped value and log-det. */
  readonly pull: (index: number, mapped: MappedGrad, valueBar: number, logDetBar: number) => void;
}

export function mapCoordinates(tau: CoordinateMapGrad, coords: readonly number[]): MappedGrad[] {
  return coords.map((v, k) => tau.map(k, v));
}

/**
 * The τ step backwards: each mapped value's adjoint and ℓ̄ (every τ_k's log-det enters the sum once) give
 * the input coordinate's adjoint v̄_k = ȳ_k·τ′ + ℓ̄·(log τ′)′, and the coefficients' adjoints through `pull`.
 */
export function mapCoordinatesVjp(tau: CoordinateMapGrad, mapped: readonly MappedGrad[], valuesBar: readonly number[], logDetBar: number): number[] {
  return mapped.map((m, k) => {
    tau.pull(k, m, valuesBar[k]!, logDetBar);
    return valuesBar[k]! * m.dValue + logDetBar * m.dLogDet;
  });
}

/** Adjoints of the three frame axes. */
export interface Frame3Bar {
  readonly x: Vec;
  readonly y: Vec;
  readonly z: Vec;
}

/** The frame's adjoint from its several readers (toSpherical, fromSpherical). */
export const sumFrameBars = (a: Frame3Bar, b: Frame3Bar): Frame3Bar => ({ x: sum(a.x, b.x), y: sum(a.y, b.y), z: sum(a.z, b.z) });

/**
 * Adjoints of (origin, zPoint, oPoint) for sphericalFrame, which computes ẑ = n(zPoint − o), u = oPoint − o,
 * x̂ = n(u − (u·ẑ)ẑ), ŷ = σ·n(x̂ × ẑ) with n = normalize and σ = sign(ŷ·zPoint) or 1 (reflection-invariant only).
 */
export function sphericalFrameVjp(origin: Vec, zPoint: Vec, oPoint: Vec, reflectionInvariant: boolean, bar: Frame3Bar): { origin: Vec; zPoint: Vec; oPoint: Vec } {
  const a = sub(zPoint, origin);
  const z = normalize(a);
  const u = sub(oPoint, origin);
  const uz = dot(u, z);
  const p = sub(u, scale(uz, z));
  const x = normalize(p);
  const c = cross(x, z);
  // σ is piecewise constant in the inputs: its derivative is 0 wherever it is defined.
  const sigma = reflectionInvariant ? Math.sign(dot(normalize(c), zPoint)) || 1 : 1;
  const viaY = crossVjp(x, z, normalizeVjp(c, scale(sigma, bar.y)));
  const pBar = normalizeVjp(p, sum(bar.x, viaY.aBar));
  // p = u − (u·ẑ)ẑ: ū = p̄ − ẑ(ẑ·p̄), ẑ̄ −= (u·ẑ)p̄ + u(ẑ·p̄).
  const zp = dot(z, pBar);
  const uBar = sub(pBar, scale(zp, z));
  const zBar = sum(bar.z, viaY.bBar, scale(-uz, pBar), scale(-zp, u));
  const aBar = normalizeVjp(a, zBar);
  return { origin: scale(-1, sum(aBar, uBar)), zPoint: aBar, oPoint: uBar };
}

/**
 * Adjoints of q, origin and the frame for toSpherical: w = q − o, r = ‖w‖, θ = atan2(‖w⊥‖, w·ẑ),
 * φ = atan2(w⊥·ŷ, w⊥·x̂) with w⊥ = w − (w·ẑ)ẑ, and log-det −(2 log r + log sin θ).
 */
export function toSphericalVjp(q: Vec, origin: Vec, f: Frame3, coordsBar: readonly number[], logDetBar: number): { q: Vec; origin: Vec; frame: Frame3Bar } {
  const w = sub(q, origin);
  const r = safeNorm(w);
  const wz = dot(w, f.z);
  const perp = sub(w, scale(wz, f.z));
  const rho = safeNorm(perp);
  const theta = Math.atan2(rho, wz);
  const [rBar, thetaBar, phiBar] = coordsBar as [number, number, number];
  const viaTheta = atan2Vjp(rho, wz, thetaBar - (logDetBar * Math.cos(theta)) / Math.sin(theta));
  const viaPhi = atan2Vjp(dot(perp, f.y), dot(perp, f.x), phiBar);
  const perpBar = sum(scale(viaPhi.yBar, f.y), scale(viaPhi.xBar, f.x), scale(viaTheta.yBar, safeNormGrad(perp)));
  // w·ẑ is read by θ directly and through w⊥.
  const wzBar = viaTheta.xBar - dot(f.z, perpBar);
  const wBar = sum(perpBar, scale(wzBar, f.z), scale(rBar - (2 * logDetBar) / r, safeNormGrad(w)));
  const frame = { x: scale(viaPhi.xBar, perp), y: scale(viaPhi.yBar, perp), z: sub(scale(wzBar, w), scale(wz, perpBar)) };
  return { q: wBar, origin: scale(-1, wBar), frame };
}

/**
 * Adjoints of (r, θ, φ), origin and the frame for fromSpherical: q = o + r(cos θ ẑ + sin θ(cos φ x̂ + sin φ ŷ)),
 * log-det 2 log r + log sin θ.
 */
export function fromSphericalVjp([r, theta, phi]: readonly number[], f: Frame3, qBar: Vec, logDetBar: number): { coords: number[]; origin: Vec; frame: Frame3Bar } {
  const [cosT, sinT, cosP, sinP] = [Math.cos(theta!), Math.sin(theta!), Math.cos(phi!), Math.sin(phi!)];
  const azimuth = add(scale(cosP, f.x), scale(sinP, f.y));
  const direction = add(scale(cosT, f.z), scale(sinT, azimuth));
  const directionBar = scale(r!, qBar);
  const azimuthBar = scale(sinT, directionBar);
  const rBar = dot(qBar, direction) + (2 * logDetBar) / r!;
  const thetaBar = dot(directionBar, sub(scale(cosT, azimuth), scale(sinT, f.z))) + (logDetBar * cosT) / sinT;
  const phiBar = dot(azimuthBar, sub(scale(cosP, f.y), scale(sinP, f.x)));
  const frame = { x: scale(cosP, azimuthBar), y: scale(sinP, azimuthBar), z: scale(cosT, directionBar) };
  return { coords: [rBar, thetaBar, phiBar], origin: qBar, frame };
}

/** Adjoints of (origin, yPoint) for polarAxis: u = normalize(yPoint − o). */
export function polarAxisVjp(origin: Vec, yPoint: Vec, uBar: Vec): { origin: Vec; yPoint: Vec } {
  const aBar = normalizeVjp(sub(yPoint, origin), uBar);
  return { origin: scale(-1, aBar), yPoint: aBar };
}

/** Adjoints of q, origin and u for toPolar: r = ‖w‖, θ = atan2(u × ŵ, u·ŵ) with ŵ = w/r, log-det −log r. */
export function toPolarVjp(q: Vec, origin: Vec, u: Vec, [rBar, thetaBar]: readonly number[], logDetBar: number): { q: Vec; origin: Vec; u: Vec } {
  const w = sub(q, origin);
  const r = safeNorm(w);
  const wHat = scale(1 / r, w);
  const via = atan2Vjp(cross2(u, wHat), dot(u, wHat), thetaBar!);
  // ∂(u × ŵ)/∂ŵ = (−u₁, u₀) and ∂(u × ŵ)/∂u = (ŵ₁, −ŵ₀).
  const wHatBar = sum(scale(via.xBar, u), scale(via.yBar, [-u[1]!, u[0]!]));
  const uBar = sum(scale(via.xBar, wHat), scale(via.yBar, [wHat[1]!, -wHat[0]!]));
  // ŵ = w/safeNorm(w) is normalize(w).
  const wBar = sum(normalizeVjp(w, wHatBar), scale(rBar! - logDetBar / r, safeNormGrad(w)));
  return { q: wBar, origin: scale(-1, wBar), u: uBar };
}

/** Adjoints of (r, θ), origin and u for fromPolar: q = o + R(θ)·(r u), log-det log r. */
export function fromPolarVjp([r, theta]: readonly number[], u: Vec, qBar: Vec, logDetBar: number): { coords: number[]; origin: Vec; u: Vec } {
  const c = Math.cos(theta!);
  const s = Math.sin(theta!);
  const ru = scale(r!, u);
  // R(θ)ᵀ q̄, and ∂(R(θ) v)/∂θ = R(θ + π/2) v.
  const ruBar = [c * qBar[0]! + s * qBar[1]!, -s * qBar[0]! + c * qBar[1]!];
  const thetaBar = qBar[0]! * (-s * ru[0]! - c * ru[1]!) + qBar[1]! * (c * ru[0]! - s * ru[1]!);
  return { coords: [dot(ruBar, u) + logDetBar / r!, thetaBar], origin: [...qBar], u: scale(r!, ruBar) };
}
