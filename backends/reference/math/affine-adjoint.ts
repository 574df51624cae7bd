/**
 * The RealNVP affine transform (math/affine.ts, method §6.1) with its derivatives, for reverse mode
 * (compiled training, step 1). Smooth everywhere: scale = softplus(ℓ + log(e − 1)) > 0.
 *
 * The pullback writes the logit's adjoint at coefBar[offset] and the shift's at coefBar[offset + shiftStride]:
 * the inner op stores a point's coefficients as [all logits | all shifts] (ops/inner.ts), so a coordinate's
 * shift sits `coords` entries after its logit, not next to it.
 */
import { affineForward, affineInverse, affineScale, SCALE_LOGIT_OFFSET } from './affine.js';
import { softplusDerivative } from './vec.js';
import type { MappedGrad } from './mapped-grad.js';

/** ∂scale/∂ℓ: softplus′ at the shifted logit. */
export const scaleDerivative = (logit: number) => softplusDerivative(logit + SCALE_LOGIT_OFFSET);

/** Adds (logitBar, shiftBar) at offset and offset + shiftStride. */
function addCoefficientBars(coefBar: Float64Array, offset: number, shiftStride: number, logitBar: number, shiftBar: number): void {
  coefBar[offset] = coefBar[offset]! + logitBar;
  coefBar[offset + shiftStride] = coefBar[offset + shiftStride]! + shiftBar;
}

/** affineForward (bit for bit) with derivatives: y = scale·x + b, logDet = log scale. */
export function affineForwardGrad(logit: number, shift: number, x: number, shiftStride: number): MappedGrad {
  const scale = affineScale(logit);
  const scaleBar = (valueBar: number, logDetBar: number) => valueBar * x + logDetBar / scale;
  return {
    ...affineForward(logit, shift, x),
    dValue: scale,
    dLogDet: 0,
    pullback: (valueBar, logDetBar, coefBar, offset) =>
      addCoefficientBars(coefBar, offset, shiftStride, scaleBar(valueBar, logDetBar) * scaleDerivative(logit), valueBar),
  };
}

/** affineInverse (bit for bit) with derivatives: x = (y − b)/scale, logDet = −log scale. */
export function affineInverseGrad(logit: number, shift: number, y: number, shiftStride: number): MappedGrad {
  const scale = affineScale(logit);
  // ∂x/∂scale = −(y − b)/scale², ∂logDet/∂scale = −1/scale; ∂x/∂b = −1/scale.
  const scaleBar = (valueBar: number, logDetBar: number) => (-valueBar * (y - shift)) / (scale * scale) - logDetBar / scale;
  return {
    ...affineInverse(logit, shift, y),
    dValue: 1 / scale,
    dLogDet: 0,
    pullback: (valueBar, logDetBar, coefBar, offset) =>
      addCoefficientBars(coefBar, offset, shiftStride, scaleBar(valueBar, logDetBar) * scaleDerivative(logit), -valueBar / scale),
  };
}
