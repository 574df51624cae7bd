/**
 * The pullback of splineKnots (math/spline.ts): adjoints of the knot positions and slopes → adjoints of the
 * 3K + 1 raw logits, through the softmax bin sizes with their minimum, the cumulative edges and the softplus
 * slopes with their minimum and boundary kind (method §6.2). Compiled training, step 1.
 */
import { softmax, softplusDerivative } from './vec.js';
import type { SplineConfig } from './spline.js';

/** Adjoints of splineKnots' outputs, shaped like Knots (K + 1 entries each); the spline partials add into it. */
export interface KnotsBar {
  readonly xPos: Float64Array;
  readonly yPos: Float64Array;
  readonly slopes: Float64Array;
}

export function zeroKnotsBar(bins: number): KnotsBar {
  return { xPos: new Float64Array(bins + 1), yPos: new Float64Array(bins + 1), slopes: new Float64Array(bins + 1) };
}

/**
 * Adds the adjoint of K bin-size logits into coefBar[at + i], given the adjoints of the edges they build.
 * edges[0] = lo and edges[K] = hi are constants (binEdges sets them, not the cumulative sum), so their
 * adjoints go nowhere; edge j (0 < j < K) is lo + Σ_{i<j} size_i, so size i collects the edges after it.
 */
function addEdgeLogitsBar(logits: readonly number[], c: SplineConfig, edgesBar: Float64Array, coefBar: Float64Array, at: number): void {
  const K = logits.length;
  const p = softmax(logits);
  // size_i = p_i·(L − K·minBin) + minBin: the minimum is an offset, only the scaled part depends on the logits.
  const spread = c.hi - c.lo - K * c.minBinSize;
  const pBar = new Float64Array(K);
  let suffix = 0;
  for (let i = K - 2; i >= 0; i--) {
    suffix += edgesBar[i + 1]!;
    pBar[i] = suffix * spread;
  }
  // Softmax's Jacobian diag(p) − p pᵀ, applied to pBar.
  const mean = p.reduce((sum, pi, i) => sum + pi * pBar[i]!, 0);
  for (let i = 0; i < K; i++) coefBar[at + i] = coefBar[at + i]! + p[i]! * (pBar[i]! - mean);
}

/**
 * Adds the adjoint of the K + 1 slope logits into coefBar[at + j]. slope_j = softplus(ℓ_j + offset) + minSlope;
 * 'circular' copies slope 0 into slope K (so slope K's adjoint belongs to logit 0 and logit K gets none);
 * 'identity' fixes both end slopes to 1 (their logits get none).
 */
function addSlopeLogitsBar(logits: ArrayLike<number>, c: SplineConfig, slopesBar: Float64Array, coefBar: Float64Array, at: number): void {
  const K = c.bins;
  const bar = Float64Array.from(slopesBar);
  if (c.boundary === 'circular') {
    bar[0] = bar[0]! + bar[K]!;
    bar[K] = 0;
  }
  if (c.boundary === 'identity') {
    bar[0] = 0;
    bar[K] = 0;
  }
  const offset = Math.log(Math.expm1(1 - c.minKnotSlope));
  for (let j = 0; j <= K; j++) coefBar[at + j] = coefBar[at + j]! + bar[j]! * softplusDerivative(logits[j]! + offset);
}

/**
 * Adds knotsBar pulled back through splineKnots(params, c) into coefBar[offset + j], j < 3K + 1, in the
 * layout [K width logits | K height logits | K + 1 slope logits].
 */
export function addKnotsBarToLogits(params: ArrayLike<number>, c: SplineConfig, knotsBar: KnotsBar, coefBar: Float64Array, offset: number): void {
  const K = c.bins;
  const all = Array.from(params);
  addEdgeLogitsBar(all.slice(0, K), c, knotsBar.xPos, coefBar, offset);
  addEdgeLogitsBar(all.slice(K, 2 * K), c, knotsBar.yPos, coefBar, offset + K);
  addSlopeLogitsBar(all.slice(2 * K, 3 * K + 1), c, knotsBar.slopes, coefBar, offset + 2 * K);
}
