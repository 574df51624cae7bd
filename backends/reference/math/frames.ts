/**
 * The projections' changes of coordinates for one point (method §5), float64:
 * spherical (3D, left-handed frame as coded) and polar (2D); the Cartesian Gram–Schmidt frame; the
 * vector-proj radial map. Each inner transform τ is passed in as a per-coordinate function.
 */
import { add, cross, cross2, dot, normalize, safeNorm, scale, sub, type Vec } from './vec.js';
import type { Mapped } from './spline.js';

/** A per-coordinate inner transform: coordinate index and value → mapped value with its log-derivative. */
export type CoordinateMap = (index: number, value: number) => Mapped;

export interface Frame3 {
  readonly x: Vec;
  readonly y: Vec;
  readonly z: Vec;
}

export function sphericalFrame(origin: Vec, zPoint: Vec, oPoint: Vec, reflectionInvariant = false, centre?: Vec): Frame3 {
  const z = normalize(sub(zPoint, origin));
  const u = sub(oPoint, origin);
  const x = normalize(sub(u, scale(dot(u, z), z)));
  let y = normalize(cross(x, z));
  if (reflectionInvariant) {
    // ŷ·sign(ŷ·p_z) with p_z relative to the centre of mass: a vector rather than a pseudovector.
    const pz = centre ? sub(zPoint, centre) : zPoint;
    y = scale(Math.sign(dot(y, pz)) || 1, y);
  }
  return { x, y, z };
}

/** q ↦ (r, θ, φ) and log|∂(r,θ,φ)/∂q| = −(2 log r + log sin θ). */
export function toSpherical(q: Vec, origin: Vec, f: Frame3): { coords: [number, number, number]; logDet: number } {
  const w = sub(q, origin);
  const r = safeNorm(w);
  const wz = dot(w, f.z);
  const perp = sub(w, scale(wz, f.z));
  const theta = Math.atan2(safeNorm(perp), wz);
  const phi = Math.atan2(dot(perp, f.y), dot(perp, f.x));
  return { coords: [r, theta, phi], logDet: -(2 * Math.log(r) + Math.log(Math.sin(theta))) };
}

export function fromSpherical([r, theta, phi]: readonly number[], origin: Vec, f: Frame3): { q: Vec; logDet: number } {
  const azimuth = add(scale(Math.cos(phi!), f.x), scale(Math.sin(phi!), f.y));
  const direction = add(scale(Math.cos(theta!), f.z), scale(Math.sin(theta!), azimuth));
  return { q: add(origin, scale(r!, direction)), logDet: 2 * Math.log(r!) + Math.log(Math.sin(theta!)) };
}

export function polarAxis(origin: Vec, yPoint: Vec): Vec {
  return normalize(sub(yPoint, origin));
}

export function toPolar(q: Vec, origin: Vec, u: Vec): { coords: [number, number]; logDet: number } {
  const w = sub(q, origin);
  const r = safeNorm(w);
  const wHat = scale(1 / r, w);
  return { coords: [r, Math.atan2(cross2(u, wHat), dot(u, wHat))], logDet: -Math.log(r) };
}

export function fromPolar([r, theta]: readonly number[], origin: Vec, u: Vec): { q: Vec; logDet: number } {
  const c = Math.cos(theta!);
  const s = Math.sin(theta!);
  const ru = scale(r!, u);
  return { q: add(origin, [c * ru[0]! - s * ru[1]!, s * ru[0]! + c * ru[1]!]), logDet: Math.log(r!) };
}

/** The basis vectors as the Cartesian basis reads them: small_identity adds 10⁻⁶ to b_k's k-th component. */
export function tweakedBasis(basisVectors: readonly Vec[], smallIdentity: boolean): Vec[] {
  return basisVectors.map((v, k) => (smallIdentity ? v.map((c, j) => (j === k ? c + 1e-6 : c)) : [...v]));
}

/** The Cartesian-proj basis Q as columns: 3D [ẑ, x̂, ŷ] (right-handed), 2D [ẑ, ŷ = Rot(π/2)ẑ]. */
export function cartesianBasis(basisVectors: readonly Vec[], smallIdentity: boolean): Vec[] {
  const b = tweakedBasis(basisVectors, smallIdentity);
  const z = scale(1 / safeNorm(b[0]!), b[0]!);
  if (z.length === 2) return [z, [-z[1]!, z[0]!]];
  const xt = scale(1 / safeNorm(b[1]!), b[1]!);
  const x = normalize(sub(xt, scale(dot(xt, z) / dot(z, z), z)));
  return [z, x, normalize(cross(z, x))];
}

/** q ↦ Q τ(Qᵀ(q − o)) + o, and Σ log τ′ (Q is orthogonal). */
export function cartesianMap(q: Vec, origin: Vec, columns: readonly Vec[], tau: CoordinateMap): { q: Vec; logDet: number; u: number[]; uOut: number[] } {
  const w = sub(q, origin);
  const u = columns.map((col) => dot(col, w));
  let logDet = 0;
  const uOut = u.map((v, i) => {
    const m = tau(i, v);
    logDet += m.logDet;
    return m.value;
  });
  let out = [...origin];
  columns.forEach((col, i) => (out = add(out, scale(uOut[i]!, col))));
  return { q: out, logDet, u, uOut };
}

/** Vector-proj: only the distance to p changes, r ↦ S(r); log-det log S′(r) + (d−1)(log r′ − log r). */
export function radialMap(q: Vec, p: Vec, radial: (r: number) => Mapped): { q: Vec; logDet: number; rIn: number; rOut: number } {
  const w = sub(q, p);
  const r = safeNorm(w);
  const m = radial(r);
  const logDet = m.logDet + (q.length - 1) * (Math.log(m.value) - Math.log(r));
  return { q: add(p, scale(m.value / r, w)), logDet, rIn: r, rOut: m.value };
}
