/**
 * Rational-quadratic spline with linear tails (distrax RationalQuadraticSpline, method §6.2), float64.
 * Parameters per spline: [K width logits | K height logits | K+1 slope logits].
 */
import { softmax, softplus } from './vec.js';
import type { SplineSpec } from '../../../compiler/ir/ir.js';

/** The IR's spline description (bins, interval, minimum bin size and slope, boundary kind). */
export type SplineConfig = SplineSpec;

export interface Knots {
  readonly xPos: Float64Array;
  readonly yPos: Float64Array;
  readonly slopes: Float64Array;
}

function binEdges(logits: readonly number[], lo: number, hi: number, minBin: number): Float64Array {
  const K = logits.length;
  const sizes = softmax(logits).map((p) => p * (hi - lo - K * minBin) + minBin);
  const edges = new Float64Array(K + 1);
  edges[0] = lo;
  let acc = lo;
  for (let k = 0; k < K - 1; k++) {
    acc += sizes[k]!;
    edges[k + 1] = acc;
  }
  edges[K] = hi;
  return edges;
}

export function splineKnots(params: ArrayLike<number>, c: SplineConfig): Knots {
  const K = c.bins;
  const all = Array.from(params);
  const xPos = binEdges(all.slice(0, K), c.lo, c.hi, c.minBinSize);
  const yPos = binEdges(all.slice(K, 2 * K), c.lo, c.hi, c.minBinSize);
  const offset = Math.log(Math.expm1(1 - c.minKnotSlope));
  const slopes = new Float64Array(all.slice(2 * K, 3 * K + 1).map((s) => softplus(s + offset) + c.minKnotSlope));
  if (c.boundary === 'circular') slopes[K] = slopes[0]!;
  if (c.boundary === 'identity') {
    slopes[0] = 1;
    slopes[K] = 1;
  }
  return { xPos, yPos, slopes };
}

/** The bin k with pos[k] ≤ v < pos[k+1], or 0 when there is none (distrax's fallback). */
export function findBin(pos: Float64Array, v: number): number {
  for (let k = 0; k < pos.length - 1; k++) if (v >= pos[k]! && v < pos[k + 1]!) return k;
  return 0;
}

const clip01 = (v: number) => Math.min(1, Math.max(0, v));

function interiorLogDet(s: number, d0: number, d1: number, z: number): number {
  const den = s + (d1 + d0 - 2 * s) * z * (1 - z);
  return 2 * Math.log(s) + Math.log(d1 * z * z + 2 * s * z * (1 - z) + d0 * (1 - z) * (1 - z)) - 2 * Math.log(den);
}

/** One bin of the spline: its origin (xk, yk), width w, height h, h/w and the slopes at its two ends. */
export interface Bin {
  readonly xk: number;
  readonly yk: number;
  readonly w: number;
  readonly h: number;
  readonly s: number;
  readonly d0: number;
  readonly d1: number;
}

/** Bin k's origin, width, height, h/w and end slopes. */
export function binAt(knots: Knots, k: number): Bin {
  const { xPos, yPos, slopes } = knots;
  const w = xPos[k + 1]! - xPos[k]!;
  const h = yPos[k + 1]! - yPos[k]!;
  return { xk: xPos[k]!, yk: yPos[k]!, w, h, s: h / w, d0: slopes[k]!, d1: slopes[k + 1]! };
}

/** The forward's position z ∈ [0, 1] of x inside `bin` (the adjoint reuses it, so the two agree bit for bit). */
export const forwardBinZ = (bin: Bin, x: number): number => clip01((x - bin.xk) / bin.w);

/** The z ∈ [0, 1] whose forward image in `bin` is y: the root of the bin's quadratic (method §6.2). */
export function inverseBinZ(bin: Bin, y: number): number {
  const { yk, h, s, d0, d1 } = bin;
  const wt = clip01((y - yk) / h);
  const c = -s * wt;
  const b = d0 - (d1 + d0 - 2 * s) * wt;
  const a = s - b;
  const disc = Math.max(b * b - 4 * a * c, Number.MIN_VALUE);
  // The numerically stable root (distrax): avoids cancellation between −b and √D.
  return clip01(b >= 0 ? (2 * c) / (-b - Math.sqrt(disc)) : (-b + Math.sqrt(disc)) / (2 * a));
}

export interface Mapped {
  readonly value: number;
  readonly logDet: number;
}

export function splineForward(knots: Knots, x: number): Mapped {
  const { xPos, yPos, slopes } = knots;
  const K = xPos.length - 1;
  const lo = xPos[0]!;
  const hi = xPos[K]!;
  if (x <= lo) return { value: (x - lo) * slopes[0]! + lo, logDet: Math.log(slopes[0]!) };
  if (x >= hi) return { value: (x - hi) * slopes[K]! + hi, logDet: Math.log(slopes[K]!) };
  const bin = binAt(knots, findBin(xPos, x));
  const { yk, h, s, d0, d1 } = bin;
  const z = forwardBinZ(bin, x);
  const den = s + (d1 + d0 - 2 * s) * z * (1 - z);
  const value = yk + (h * (s * z * z + d0 * z * (1 - z))) / den;
  return { value, logDet: interiorLogDet(s, d0, d1, z) };
}

export function splineInverse(knots: Knots, y: number): Mapped {
  const { xPos, yPos, slopes } = knots;
  const K = xPos.length - 1;
  const lo = yPos[0]!;
  const hi = yPos[K]!;
  if (y <= lo) return { value: (y - lo) / slopes[0]! + xPos[0]!, logDet: -Math.log(slopes[0]!) };
  if (y >= hi) return { value: (y - hi) / slopes[K]! + xPos[K]!, logDet: -Math.log(slopes[K]!) };
  const bin = binAt(knots, findBin(yPos, y));
  const z = inverseBinZ(bin, y);
  return { value: bin.xk + bin.w * z, logDet: -interiorLogDet(bin.s, bin.d0, bin.d1, z) };
}

/** Parameters per coordinate: 3K + 1. */
export const splineParamCount = (bins: number) => 3 * bins + 1;
