/**
 * The frame barrier of E-ACF's auxiliary loss (method §5.1, §5.2, §9.1), as plain data shared by the
 * backends: which inner transforms have one, which reference vectors it reads, and how it is averaged.
 * In 3D the Spherical and Cartesian frames degenerate when their two direction vectors align; the barrier
 * −log(1 − |cos∠(v₁, v₂)|) (0 once 1 − |cos| < 1e-4, for stable gradients) keeps them apart. 2D frames and
 * Vector-proj have none.
 */
export { barrierWeight, bijectorCount, hasBarrier, type InnerOp } from '../compiler/ir/barrier.js';

/** Below this 1 − |cos|, the barrier is 0 (E-ACF's cut-off). */
export const BARRIER_CUTOFF = 1e-4;

/** 1 − |cos| → the barrier value. */
export const barrier = (oneMinusAbsCos: number): number => (oneMinusAbsCos < BARRIER_CUTOFF ? 0 : -Math.log(oneMinusAbsCos));
