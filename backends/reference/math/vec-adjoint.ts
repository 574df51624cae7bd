/**
 * Reverse-mode companions of vec.ts (compiled training, step 1; docs/design/compiled-training.md): given
 * the adjoint of a small-vector function's output, the adjoints of its inputs. Float64, d = 2 or 3.
 */
import { dot, safeNorm, scale, sub, cross, type Vec } from './vec.js';

export const zeros = (d: number): Vec => new Array<number>(d).fill(0);

/** Σ of vectors of one length (adjoints reaching the same input along several paths add). */
export function sum(...vectors: readonly (readonly number[])[]): Vec {
  const out = zeros(vectors[0]!.length);
  for (const v of vectors) v.forEach((c, j) => (out[j]! += c));
  return out;
}

/**
 * ∂ safeNorm(v)/∂v = v/‖v‖. At v = 0 safeNorm is the constant 1 (method §1's safe_norm), so its derivative
 * is taken as 0 there: a coincident point contributes no gradient through its distance.
 */
export function safeNormGrad(v: readonly number[]): Vec {
  const s = dot(v, v);
  return s === 0 ? zeros(v.length) : scale(1 / Math.sqrt(s), v);
}

/**
 * v̄ for y = normalize(v) = v/safeNorm(v): (ȳ − y(y·ȳ))/‖v‖, the component of ȳ across the unit sphere.
 * At v = 0 the norm is the constant 1 and y = 0, so the same formula gives ȳ (normalize is the identity there).
 */
export function normalizeVjp(v: readonly number[], yBar: readonly number[]): Vec {
  const norm = safeNorm(v);
  const y = scale(1 / norm, v);
  return scale(1 / norm, sub(yBar, scale(dot(y, yBar), y)));
}

/** ā, b̄ for c = a × b: ā = b × c̄ and b̄ = c̄ × a (the scalar triple product c̄·(a × b) is cyclic). */
export function crossVjp(a: readonly number[], b: readonly number[], cBar: readonly number[]): { aBar: Vec; bBar: Vec } {
  return { aBar: cross(b, cBar), bBar: cross(cBar, a) };
}

/** ȳ, x̄ for θ = atan2(y, x): dθ = (x dy − y dx)/(x² + y²). */
export function atan2Vjp(y: number, x: number, thetaBar: number): { yBar: number; xBar: number } {
  const r2 = x * x + y * y;
  return { yBar: (thetaBar * x) / r2, xBar: (-thetaBar * y) / r2 };
}
