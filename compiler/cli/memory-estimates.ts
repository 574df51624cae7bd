/**
 * What a command's counts cost in host memory, estimated from the flow's sizes before any work, so that
 * `checkFits` (counts.ts) refuses a count that cannot fit with the estimate instead of failing mid-run.
 */
import type { MemoryEstimate } from './counts.js';

type SystemSizes = { readonly n: number; readonly dim: number; readonly augmented: number };

/**
 * What `rows` samples hold: x, a and log q as float64 for the whole run (written at the end), plus the
 * largest encoded output (.npy as float32, or the .xyz text at ≈ 40 characters a particle).
 */
export function sampleMemory(rows: number, system: SystemSizes, extras: readonly string[]): MemoryEstimate {
  const { n, dim: d, augmented: A } = system;
  const held = 8 * rows * (n * d + n * A * d + 1);
  const largestBuffer = Math.max(4 * rows * n * d, extras.includes('a') ? 4 * rows * n * A * d : 0, extras.includes('xyz') ? 40 * rows * (n + 2) : 0);
  return { bytes: held + largestBuffer, largestArray: rows * n * Math.max(1, A) * d, largestBuffer, what: 'the samples (x, a and log q as float64, and the output being written)' };
}

/**
 * The marginal estimate's working set for K draws: evaluateFlow takes 100 data rows at a time, each repeated
 * K times with its K augmented draws (x and a as float64, twice: the draws and the backend's copy in and out),
 * and the K log weights of every row.
 */
export function marginalMemory(K: number, rows: number, system: SystemSizes): MemoryEstimate {
  const { n, dim: d, augmented: A } = system;
  const systems = Math.min(100, rows) * K;
  const perSystem = n * (1 + A) * d;
  return { bytes: 8 * systems * (2 * perSystem + 4) + 8 * rows * K, largestArray: systems * n * Math.max(1, A) * d, largestBuffer: 0, what: `the marginal estimate (${rows} data rows × K = ${K} draws)` };
}
