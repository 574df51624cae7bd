/** Small-vector float64 helpers for the reference interpreter (d = 2 or 3; plain arrays for clarity). */
import { logSumExp } from '../../base.js';

export type Vec = number[];

export const sub = (a: readonly number[], b: readonly number[]): Vec => a.map((v, i) => v - (b[i] ?? 0));
export const add = (a: readonly number[], b: readonly number[]): Vec => a.map((v, i) => v + (b[i] ?? 0));
export const scale = (s: number, a: readonly number[]): Vec => a.map((v) => s * v);
export const dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);
export const cross = (a: readonly number[], b: readonly number[]): Vec => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];
/** The 2D cross product a0·b1 − a1·b0. */
export const cross2 = (a: readonly number[], b: readonly number[]): number => a[0]! * b[1]! - a[1]! * b[0]!;

/** ‖v‖ with the E-ACF convention safe_norm(0) = 1 (method §1): coincident points never give NaN. */
export function safeNorm(v: readonly number[]): number {
  const s = dot(v, v);
  return s === 0 ? 1 : Math.sqrt(s);
}

export const normalize = (v: readonly number[]): Vec => scale(1 / safeNorm(v), v);

/** softplus(t) = log(1 + e^t), computed stably: max(t, 0) + log1p(exp(−|t|)). */
export function softplus(t: number): number {
  return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
}

/** d softplus(t)/dt, the logistic sigmoid 1/(1 + e^−t); e^−t overflowing to ∞ gives the right limit 0. */
export const softplusDerivative = (t: number): number => 1 / (1 + Math.exp(-t));

// logSumExp lives with the base distribution, which the standalone WGSL sampler ships (its marginal estimate needs it).
export { logSumExp };

export function softmax(values: readonly number[]): number[] {
  const lse = logSumExp(values);
  return values.map((v) => Math.exp(v - lse));
}

export const LOG_2PI = Math.log(2 * Math.PI);
