/**
 * Three-vector helpers for the per-point kernels: each writes into a caller-owned Float64Array(3) scratch, so
 * the inner loops allocate nothing. Monomorphic (Float64Array only) and tiny, so V8 inlines them. The
 * conventions are the reference's (backends/reference/math/vec.ts, vec-adjoint.ts): safeNorm(0) = 1 with
 * derivative 0 there (method §1).
 */

export const vec3 = (): Float64Array => new Float64Array(3);

export function sub3(out: Float64Array, a: Float64Array, b: Float64Array): void {
  out[0] = a[0]! - b[0]!;
  out[1] = a[1]! - b[1]!;
  out[2] = a[2]! - b[2]!;
}

export const dot3 = (a: Float64Array, b: Float64Array): number => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

/** out = a × b (out must not alias a or b). */
export function cross3(out: Float64Array, a: Float64Array, b: Float64Array): void {
  out[0] = a[1]! * b[2]! - a[2]! * b[1]!;
  out[1] = a[2]! * b[0]! - a[0]! * b[2]!;
  out[2] = a[0]! * b[1]! - a[1]! * b[0]!;
}

/** out = a + s·b (out may alias a or b). */
export function axpy3(out: Float64Array, a: Float64Array, s: number, b: Float64Array): void {
  out[0] = a[0]! + s * b[0]!;
  out[1] = a[1]! + s * b[1]!;
  out[2] = a[2]! + s * b[2]!;
}

/** out = s·a. */
export function scale3(out: Float64Array, s: number, a: Float64Array): void {
  out[0] = s * a[0]!;
  out[1] = s * a[1]!;
  out[2] = s * a[2]!;
}

export function copy3(out: Float64Array, a: Float64Array): void {
  out[0] = a[0]!;
  out[1] = a[1]!;
  out[2] = a[2]!;
}

/** ‖v‖ over the first `d` components, with safeNorm(0) = 1 (the reference's safe norm). */
export function safeNormN(v: Float64Array, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += v[j]! * v[j]!;
  return s === 0 ? 1 : Math.sqrt(s);
}

export const safeNorm3 = (v: Float64Array): number => safeNormN(v, 3);

/** out = v / safeNorm(v) (out may alias v). */
export function normalize3(out: Float64Array, v: Float64Array): void {
  scale3(out, 1 / safeNorm3(v), v);
}

/** out += s·∂safeNorm(v)/∂v over `d` components: v/‖v‖, or nothing at v = 0 (safeNorm is constant there). */
export function addSafeNormGradN(out: Float64Array, s: number, v: Float64Array, d: number): void {
  let sq = 0;
  for (let j = 0; j < d; j++) sq += v[j]! * v[j]!;
  if (sq === 0) return;
  const f = s / Math.sqrt(sq);
  for (let j = 0; j < d; j++) out[j] = out[j]! + f * v[j]!;
}

/**
 * out = v̄ for y = normalize(v) over `d` components: (ȳ − y(y·ȳ))/safeNorm(v). out may alias yBar (each
 * component is read before it is written, after the one dot product).
 */
export function normalizeVjpN(out: Float64Array, v: Float64Array, yBar: Float64Array, d: number): void {
  const norm = safeNormN(v, d);
  const inv = 1 / norm;
  let yDotBar = 0;
  for (let j = 0; j < d; j++) yDotBar += v[j]! * inv * yBar[j]!;
  for (let j = 0; j < d; j++) out[j] = (yBar[j]! - v[j]! * inv * yDotBar) * inv;
}

export const normalizeVjp3 = (out: Float64Array, v: Float64Array, yBar: Float64Array): void => normalizeVjpN(out, v, yBar, 3);

/** softplus(t) = max(t, 0) + log1p(e^−|t|), as the reference computes it. */
export const softplus = (t: number): number => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));

/** softplus′(t) = 1/(1 + e^−t) (the reference's softplusDerivative). */
export const sigmoid = (t: number): number => 1 / (1 + Math.exp(-t));
