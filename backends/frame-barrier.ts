/**
 * The frame barrier of E-ACF's auxiliary loss (method §5.1, §5.2, §9.1), as plain data shared by the
 * backends: which inner transforms have one, which reference vectors it reads, and how it is averaged.
 * In 3D the Spherical and Cartesian frames degenerate when their two direction vectors align; the barrier
 * −log(1 − |cos∠(v₁, v₂)|) (0 once 1 − |cos| < 1e-4, for stable gradients) keeps them apart. 2D frames and
 * Vector-proj have none.
 */
import type { Op } from '../compiler/ir/ir.js';

export type InnerOp = Extract<Op, { kind: 'inner' }>;

/** Below this 1 − |cos|, the barrier is 0 (E-ACF's cut-off). */
export const BARRIER_CUTOFF = 1e-4;

export const hasBarrier = (op: InnerOp, d: number): boolean => d === 3 && (op.projection.kind === 'spherical' || op.projection.kind === 'cartesian');

/**
 * The aux loss averages over the barrier values of a coupling (nodes, channels, inner transforms), then over
 * the bijectors of the flow, scaling layers counting 0 — E-ACF averages over a block's chain, then over
 * blocks, which is the same when every block has the same chain (as `repeat` makes them).
 */
export function bijectorCount(ops: readonly Op[]): number {
  return ops.reduce((count, op) => count + (op.kind === 'inner' ? 1 / op.count : op.kind === 'scaling' ? 1 : 0), 0);
}

/** Weight of one inner op's mean barrier in the aux loss. */
export const barrierWeight = (ops: readonly Op[], op: InnerOp): number => 1 / (op.count * bijectorCount(ops));

/** 1 − |cos| → the barrier value. */
export const barrier = (oneMinusAbsCos: number): number => (oneMinusAbsCos < BARRIER_CUTOFF ? 0 : -Math.log(oneMinusAbsCos));
