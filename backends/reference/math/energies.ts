/** Target energies (method §8), float64, over configurations x[n·d]; log p = −E/τ. */
import { safeNorm } from './vec.js';

function distance(x: ArrayLike<number>, i: number, j: number, d: number): number {
  const diff: number[] = [];
  for (let k = 0; k < d; k++) diff.push(x[i * d + k]! - x[j * d + k]!);
  return safeNorm(diff);
}

export interface Dw4Constants {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d0: number;
}

/** ½ Σ_{i≠j} [a(d−d0) + b(d−d0)² + c(d−d0)⁴] = Σ_{i<j}. */
export function doubleWellEnergy(x: ArrayLike<number>, n: number, d: number, k: Dw4Constants): number {
  let e = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const t = distance(x, i, j, d) - k.d0;
      e += k.a * t + k.b * t * t + k.c * t ** 4;
    }
  return e;
}

export interface LjConstants {
  readonly epsilon: number;
  readonly rm: number;
  readonly oscillator: number;
}

/** ε Σ_{i<j} [(r_m/d)¹² − 2(r_m/d)⁶] + (oscillator) Σ_i ‖x_i − x̄‖²; the default coefficient 0.5. */
export function lennardJonesEnergy(x: ArrayLike<number>, n: number, d: number, k: LjConstants): { lj: number; harmonic: number; total: number } {
  let lj = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const r6 = (k.rm / distance(x, i, j, d)) ** 6;
      lj += k.epsilon * (r6 * r6 - 2 * r6);
    }
  let harmonic = 0;
  for (let c = 0; c < d; c++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + c]!;
    mean /= n;
    for (let i = 0; i < n; i++) harmonic += (x[i * d + c]! - mean) ** 2;
  }
  harmonic *= k.oscillator;
  return { lj, harmonic, total: lj + harmonic };
}
