/**
 * Finite-difference checks for the reference's adjoints (compiled training, step 1): random parameter stores
 * laid out by compiler/ir/layout.ts, and the worst relative gap between an adjoint and central differences.
 */
import type { ParamSink } from '../../compiler/ir/layout.js';
import { NormalStream } from '../../backends/rng.js';

export function randoms(count: number, stream: NormalStream, scale = 1): Float64Array {
  return Float64Array.from({ length: count }, () => stream.next() * scale);
}

/**
 * A store filled through `declare` (layout.ts's functions take the sink) with random values, not the
 * initialisers: zero-initialised output layers would hide every term behind them. LayerNorm scales stay near 1.
 */
export function randomStore(seed: number, declare: (sink: ParamSink) => void): Map<string, Float64Array> {
  const stream = new NormalStream(seed, 3);
  const store = new Map<string, Float64Array>();
  declare(({ name, shape }) => {
    const count = shape.reduce((a, b) => a * b, 1);
    store.set(name, name.endsWith('.scale') ? Float64Array.from(randoms(count, stream, 0.2), (v) => 1 + v) : randoms(count, stream, 0.5));
  });
  return store;
}

/** One array the loss reads, and the adjoint an implementation claims for its entry i. */
export interface Checked {
  readonly values: Float64Array;
  readonly analytic: (i: number) => number;
}

/** The error measure of every finite-difference check here: |analytic − numeric| / max(1, |numeric|). */
export const relativeError = (analytic: number, numeric: number): number => Math.abs(analytic - numeric) / Math.max(1, Math.abs(numeric));

/** Central difference (f(t + h) − f(t − h)) / 2h. */
export const centralDifference = (f: (t: number) => number, t: number, h: number): number => (f(t + h) - f(t - h)) / (2 * h);

/** Largest relativeError of the analytic adjoint against a central difference (h = 1e-5) over every entry, perturbing in place. */
export function worstFdError(loss: () => number, checked: readonly Checked[], h = 1e-5): number {
  let worst = 0;
  for (const { values, analytic } of checked) {
    for (let i = 0; i < values.length; i++) {
      const keep = values[i]!;
      const numeric = centralDifference((t) => {
        values[i] = t;
        const value = loss();
        values[i] = keep;
        return value;
      }, keep, h);
      worst = Math.max(worst, relativeError(analytic(i), numeric));
    }
  }
  return worst;
}

export const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** The store's entries, each against the gradient store's adjoint (0 where the adjoint never touched it). */
export const storeEntries = (store: Map<string, Float64Array>, grads: ReadonlyMap<string, Float64Array>): Checked[] =>
  [...store].map(([name, values]) => ({ values, analytic: (i: number) => grads.get(name)?.[i] ?? 0 }));
