/** Learning-rate schedules and dynamic gradient clipping of the E-ACF recipe (method §9.2). */

/** optax.warmup_cosine_decay_schedule: linear warm-up to the peak, then cosine decay to `end` at `total`. */
export function warmupCosine(step: number, o: { start: number; peak: number; end: number; warmupSteps: number; totalSteps: number }): number {
  if (step < o.warmupSteps) return o.start + ((o.peak - o.start) * step) / Math.max(1, o.warmupSteps);
  const span = Math.max(1, o.totalSteps - o.warmupSteps);
  const progress = Math.min(1, (step - o.warmupSteps) / span);
  return o.end + (o.peak - o.end) * 0.5 * (1 + Math.cos(Math.PI * progress));
}

/** NaN-ignoring median. */
export function nanMedian(values: readonly number[]): number {
  const finite = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/**
 * dynamic_grad_ignore_and_clip: a window of the last 100 global norms, initialised with 66 × 1e30 and NaNs.
 * Skip the update when the norm is non-finite or above 10·median; otherwise clip to 2·median.
 */
export class DynamicClipper {
  window: number[];
  constructor(window?: readonly number[]) {
    this.window = window ? [...window] : [...new Array<number>(66).fill(1e30), ...new Array<number>(34).fill(NaN)];
  }

  /** Returns the factor to multiply the gradient by, or undefined to skip the update. */
  decide(norm: number): number | undefined {
    const median = nanMedian(this.window);
    if (!Number.isFinite(norm) || norm > 10 * median) return undefined;
    this.window = [...this.window.slice(1), norm];
    return norm > 2 * median ? (2 * median) / norm : 1;
  }
}
