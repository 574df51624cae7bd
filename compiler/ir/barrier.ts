/**
 * Where E-ACF's frame barrier applies and how it is averaged (method §5.1, §5.2, §9.1): facts about the IR
 * that the gradient function (gradient.ts) and every backend's aux loss share. In 3D the Spherical and
 * Cartesian frames degenerate when their two direction vectors align; 2D frames and Vector-proj have none.
 */
import type { Op } from './ir.js';

export type InnerOp = Extract<Op, { kind: 'inner' }>;

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
