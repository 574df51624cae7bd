/**
 * A scalar inner transform τ (spline or affine, method §6) evaluated with what reverse mode needs: the
 * mapped value and log-derivative (as `Mapped`), their derivatives with respect to the input, and a
 * pullback that adds the coefficients' adjoints. The projections' adjoints (inner-adjoint.ts) compose
 * these per coordinate; spline-adjoint.ts and affine-adjoint.ts produce them. Compiled training, step 1
 * (docs/design/compiled-training.md).
 */
import type { Mapped } from './spline.js';

export interface MappedGrad extends Mapped {
  /** ∂value/∂v at the input v. */
  readonly dValue: number;
  /** ∂logDet/∂v at the input v. */
  readonly dLogDet: number;
  /**
   * Adds valueBar·∂value/∂θ + logDetBar·∂logDet/∂θ into coefBar[offset + j] for each coefficient θ_j of this
   * coordinate: the 3K + 1 spline logits in the layout of splineKnots, at offset + 0 … 3K. The affine logit
   * and shift are not adjacent in the inner op (all logits, then all shifts), so affine*Grad takes a
   * shiftStride: the logit's adjoint goes to coefBar[offset], the shift's to coefBar[offset + shiftStride].
   */
  pullback(valueBar: number, logDetBar: number, coefBar: Float64Array, offset: number): void;
}
