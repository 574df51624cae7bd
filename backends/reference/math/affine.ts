/** The RealNVP affine transform (method §6.1): y = softplus(ℓ + log(e − 1))·x + b. */
import { softplus } from './vec.js';
import type { Mapped } from './spline.js';

/** log(e − 1): the logit offset that makes ℓ = 0 the identity (softplus(log(e − 1)) = 1). */
export const SCALE_LOGIT_OFFSET = Math.log(Math.E - 1);

export const affineScale = (logit: number) => softplus(logit + SCALE_LOGIT_OFFSET);

export function affineForward(logit: number, shift: number, x: number): Mapped {
  const s = affineScale(logit);
  return { value: s * x + shift, logDet: Math.log(s) };
}

export function affineInverse(logit: number, shift: number, y: number): Mapped {
  const s = affineScale(logit);
  return { value: (y - shift) / s, logDet: -Math.log(s) };
}
