/**
 * Inputs and error measures for comparing float32 kernels with the float64 reference. Inputs are rounded to
 * float32 before either side sees them, so a measured error is the kernel's float32 arithmetic alone.
 */
import { NormalStream } from '../../backends/rng.js';

/** `count` normal draws × scale, rounded to float32 (held in a Float64Array for the reference). */
export function float32Normals(count: number, seed: number, scale = 1): Float64Array {
  const s = new NormalStream(seed, 6);
  return Float64Array.from({ length: count }, () => Math.fround(s.next() * scale));
}

/**
 * max_i |got_i − want_i| / magnitude_i, where magnitude_i is what the result's rounding error scales with
 * (for a sum, the sum of its terms' absolute values): a componentwise relative error that cancellation in the
 * exact result does not inflate. Entries with magnitude 0 must match exactly.
 */
export function componentwiseError(got: ArrayLike<number>, want: ArrayLike<number>, magnitude: ArrayLike<number>): number {
  if (got.length !== want.length) throw new Error(`length ${got.length} ≠ ${want.length}`);
  let worst = 0;
  for (let i = 0; i < got.length; i++) {
    const diff = Math.abs(got[i]! - want[i]!);
    const error = magnitude[i] === 0 ? (diff === 0 ? 0 : Infinity) : diff / magnitude[i]!;
    if (!(error <= worst)) worst = error; // NaN sticks
  }
  return worst;
}

/** max_i |got_i − want_i| / max_i |want_i|: a normwise relative error. */
export function normwiseError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let scale = 0;
  for (let i = 0; i < want.length; i++) scale = Math.max(scale, Math.abs(want[i]!));
  return componentwiseError(got, want, Array.from({ length: want.length }, () => scale));
}

/** Prints a measured error when FLOWC_REPORT_ERRORS=1: how the bounds in test/wasm were set and are re-checked. */
export function reportError(label: string, error: number): number {
  if (process.env['FLOWC_REPORT_ERRORS'] === '1') console.log(`measured ${label}: ${error.toExponential(2)}`);
  return error;
}
