/**
 * The RealNVP affine τ (method §6.1) as a per-point Coordinate: y = s·x + b with s = softplus(ℓ + log(e − 1)),
 * log-det log s; the inverse x = (y − b)/s. A point's coefficients are [all logits | all shifts]
 * (ops/inner.ts), so coordinate k's logit is at k and its shift at coords + k. Same formulas as the
 * reference's math/affine.ts and math/affine-adjoint.ts.
 */
import { SCALE_LOGIT_OFFSET } from '../../reference/math/affine.js';
import type { Coordinate } from './coordinate.js';
import type { Batch } from './op-kernel.js';
import { sigmoid, softplus } from './vec3.js';

export class AffineCoordinate implements Coordinate {
  value = 0;
  logDet = 0;
  dValue = 0;
  dLogDet = 0;
  private logit = 0;
  private shift = 0;
  private scale = 1;
  private input = 0;

  /** k: the coordinate; coords: coordinates per point (the shifts' offset); forward: the direction. */
  constructor(
    private readonly k: number,
    private readonly coords: number,
    private readonly forward: boolean,
  ) {}

  load(coefficients: Batch, pointAt: number): void {
    this.logit = coefficients[pointAt + this.k]!;
    this.shift = coefficients[pointAt + this.coords + this.k]!;
    this.scale = softplus(this.logit + SCALE_LOGIT_OFFSET);
  }

  /** Two coefficients and one softplus: cheaper to read again than to save. */
  readonly savedLength = 0;
  save(): void {}
  restore(coefficients: Batch, pointAt: number): void {
    this.load(coefficients, pointAt);
  }

  apply(input: number): void {
    this.input = input;
    if (this.forward) {
      this.value = this.scale * input + this.shift;
      this.logDet = Math.log(this.scale);
    } else {
      this.value = (input - this.shift) / this.scale;
      this.logDet = -Math.log(this.scale);
    }
  }

  differentiate(): void {
    this.dValue = this.forward ? this.scale : 1 / this.scale;
    this.dLogDet = 0;
  }

  pull(valueBar: number, logDetBar: number, pointBar: Float64Array): void {
    const s = this.scale;
    // ∂/∂s of (value, logDet): forward (x, 1/s); inverse (−(y − b)/s², −1/s). ∂value/∂b: 1, or −1/s.
    const scaleBar = this.forward ? valueBar * this.input + logDetBar / s : (-valueBar * (this.input - this.shift)) / (s * s) - logDetBar / s;
    const shiftBar = this.forward ? valueBar : -valueBar / s;
    pointBar[this.k] = pointBar[this.k]! + scaleBar * sigmoid(this.logit + SCALE_LOGIT_OFFSET);
    pointBar[this.coords + this.k] = pointBar[this.coords + this.k]! + shiftBar;
  }
}
