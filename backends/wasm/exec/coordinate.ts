/**
 * One coordinate's inner transform τ_k (method §6) as the per-point kernels use it: a mutable evaluator,
 * made once per kernel call and reused for every point, so that nothing is allocated per point. The
 * sequence per point is load (read this point's coefficients: knots for a spline) → apply (the value and
 * log-det at one input) → differentiate (the derivatives in the input, backward only) → pull (add the
 * coefficients' adjoints). apply/differentiate/pull refer to the last loaded point and applied input.
 * What load derives from the coefficients (a spline's knots) can be saved by the forward and restored by the
 * backward instead of being derived again.
 */
import type { InnerOp } from '../../reference/ops/inner.js';
import type { Batch } from './op-kernel.js';
import { AffineCoordinate } from './affine-coordinate.js';
import { SplineCoordinate } from './spline-coordinate.js';

export interface Coordinate {
  /** τ_k at the last applied input. */
  value: number;
  /** log|τ_k′| at the last applied input. */
  logDet: number;
  /** ∂value/∂input (after differentiate). */
  dValue: number;
  /** ∂logDet/∂input (after differentiate). */
  dLogDet: number;
  /** Reads the point's coefficients, which start at coefficients[pointAt]. */
  load(coefficients: Batch, pointAt: number): void;
  /** Floats `save` writes per point (0: nothing worth saving, restore is load). */
  readonly savedLength: number;
  /** Writes what load derived into saved[at..at + savedLength). */
  save(saved: Float64Array, at: number): void;
  /** The same state as load(coefficients, pointAt), from what save wrote. */
  restore(coefficients: Batch, pointAt: number, saved: Float64Array, at: number): void;
  apply(input: number): void;
  differentiate(): void;
  /**
   * Adds valueBar·∂value/∂θ + logDetBar·∂logDet/∂θ into pointBar[j] for the point's coefficients θ_j (j counted
   * from the point's first coefficient, the inner op's layout: ops/inner.ts).
   */
  pull(valueBar: number, logDetBar: number, pointBar: Float64Array): void;
}

/** Coordinates τ maps per point (vector-proj maps only the radius) and coefficients per point. */
export function coordinateCount(op: InnerOp, d: number): number {
  return op.projection.kind === 'vector' ? 1 : d;
}

/** The evaluators of one inner op's coordinates, in coordinate order. */
export function coordinatesFor(op: InnerOp, d: number): Coordinate[] {
  const coords = coordinateCount(op, d);
  const forward = op.direction === 'forward';
  const transform = op.transform;
  if (transform.kind === 'affine') return Array.from({ length: coords }, (_, k) => new AffineCoordinate(k, coords, forward));
  // Every coordinate's block is sized by the first spline's bin count (ops/inner.ts), its knots by its own spec.
  const stride = 3 * (transform.splines[0]?.bins ?? 8) + 1;
  return Array.from({ length: coords }, (_, k) => {
    const spec = transform.splines[k];
    if (!spec) throw new Error(`inner op: no spline for coordinate ${k}`);
    return new SplineCoordinate(spec, k * stride, forward);
  });
}

/** Coefficients per point: 2·coords (affine: logits then shifts) or coords·(3K + 1) (splines). */
export function coefficientsPerPoint(op: InnerOp, d: number): number {
  const coords = coordinateCount(op, d);
  return op.transform.kind === 'affine' ? 2 * coords : coords * (3 * (op.transform.splines[0]?.bins ?? 8) + 1);
}
