/**
 * The spline's knots from its logits and back (method §6.2; the reference's math/spline.ts splineKnots and
 * spline-knots-adjoint.ts), on caller-owned scratch: bin edges from a softmax of K logits with a minimum bin
 * size, the bin search, and the pullback of two adjacent edges' adjoints to the K logits.
 */
import type { SplineSpec } from '../../../compiler/ir/ir.js';
import type { Batch } from './op-kernel.js';

/**
 * Edges pos[0..K] from logits[at..at + K): sizes p_i·(hi − lo − K·minBin) + minBin with p = softmax(logits),
 * accumulated from lo in the reference's order; pos[K] = hi exactly. Leaves the softmax in p.
 */
export function binEdges(logits: Batch, at: number, K: number, spec: SplineSpec, p: Float64Array, pos: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < K; i++) max = Math.max(max, logits[at + i]!);
  let sum = 0;
  for (let i = 0; i < K; i++) {
    const e = Math.exp(logits[at + i]! - max);
    p[i] = e;
    sum += e;
  }
  const spread = spec.hi - spec.lo - K * spec.minBinSize;
  let acc = spec.lo;
  pos[0] = acc;
  for (let i = 0; i < K; i++) {
    p[i] = p[i]! / sum;
    if (i < K - 1) {
      acc += p[i]! * spread + spec.minBinSize;
      pos[i + 1] = acc;
    }
  }
  pos[K] = spec.hi;
}

/** The bin k with pos[k] ≤ v < pos[k+1], or 0 when there is none (distrax's fallback, as math/spline.ts). */
export function findBin(pos: Float64Array, K: number, v: number): number {
  for (let k = 0; k < K; k++) if (v >= pos[k]! && v < pos[k + 1]!) return k;
  return 0;
}

/**
 * Adds into pointBar[at + i] the adjoint of logit i given the adjoints of edges k and k + 1 (all other edges'
 * are zero: a point reads one bin). Edge j (0 < j < K) is lo + Σ_{i<j} size_i, so p_i collects
 * spread·Σ_{j>i} edgeBar_j; the constant edges 0 and K pass nothing on. Then softmax's Jacobian diag(p) − p pᵀ.
 */
export function addEdgeLogitsBar(p: Float64Array, K: number, spec: SplineSpec, k: number, edgeBarK: number, edgeBarK1: number, pointBar: Float64Array, at: number): void {
  const spread = spec.hi - spec.lo - K * spec.minBinSize;
  const barK = spread * edgeBarK;
  const barK1 = k + 1 < K ? spread * edgeBarK1 : 0;
  // p̄_i = barK·[i < k] + barK1·[i < k + 1]: the suffix sums of two nonzero edges.
  let mean = 0;
  for (let i = 0; i <= k && i < K; i++) mean += p[i]! * ((i < k ? barK : 0) + barK1);
  for (let i = 0; i < K; i++) {
    const pBar = (i < k ? barK : 0) + (i <= k ? barK1 : 0);
    pointBar[at + i] = pointBar[at + i]! + p[i]! * (pBar - mean);
  }
}
