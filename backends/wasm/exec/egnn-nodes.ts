/**
 * The EGNN's per-node pieces around its layers, over a batch (egnn.ts / egnn-adjoint.ts, batched): the type
 * embedding, V⁰ (each channel centred, repeated), and the softmax before h_out, with their adjoints.
 * Node g = b·n + i; sums in float64, values stored as float32.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';

/** Width of a node's embedding: the type table's row, or the one learned constant when untyped. */
export const embeddingWidth = (c: EgnnConfig) => (c.numTypes > 1 ? c.embedding : 1);

/** e [B·n, width]: each node's row of the type table (typed), or the constant (untyped). */
export function embeddingRows(table: Float32Array, typeIds: readonly number[] | undefined, n: number, batch: number, c: EgnnConfig, e: Float32Array): void {
  const width = embeddingWidth(c);
  for (let g = 0; g < batch * n; g++) {
    const row = c.numTypes > 1 ? (typeIds?.[g % n] ?? 0) * width : 0;
    for (let k = 0; k < width; k++) e[g * width + k] = table[row + k]!;
  }
}

/** ē [B·n, width] backwards into the table's adjoint (typed: by type row; untyped: all into the constant). */
export function embeddingAdjoint(eBar: Float32Array, typeIds: readonly number[] | undefined, n: number, batch: number, c: EgnnConfig, tableBar: Float32Array): void {
  const width = embeddingWidth(c);
  const sums = new Float64Array(tableBar.length);
  for (let g = 0; g < batch * n; g++) {
    const row = c.numTypes > 1 ? (typeIds?.[g % n] ?? 0) * width : 0;
    for (let k = 0; k < width; k++) sums[row + k] = sums[row + k]! + eBar[g * width + k]!;
  }
  for (let k = 0; k < sums.length; k++) tableBar[k] = tableBar[k]! + sums[k]!;
}

/** Sizes of the conditioning input P [B, n, m, d] and of V [B, n, M, d]. */
export interface VectorSizes {
  readonly batch: number;
  readonly n: number;
  readonly m: number;
  readonly d: number;
  readonly M: number;
}

/** V⁰ [B, n, M, d]: each of P's m channels centred over the nodes, repeated M/m times ([c0, c0, …, c1, …]). */
export function initialVectors(P: ArrayLike<number>, s: VectorSizes, V0: Float32Array): void {
  const { batch, n, m, d, M } = s;
  const repeat = M / m;
  for (let b = 0; b < batch; b++)
    for (let ch = 0; ch < m; ch++)
      for (let k = 0; k < d; k++) {
        let mean = 0;
        for (let i = 0; i < n; i++) mean += P[((b * n + i) * m + ch) * d + k]!;
        mean /= n;
        for (let i = 0; i < n; i++) {
          const value = P[((b * n + i) * m + ch) * d + k]! - mean;
          for (let r = 0; r < repeat; r++) V0[((b * n + i) * M + ch * repeat + r) * d + k] = value;
        }
      }
}

/** V⁰'s adjoint back to P̄ [B, n, m, d]: the repeats summed, minus their mean over nodes. */
export function initialVectorsAdjoint(V0Bar: Float32Array, s: VectorSizes): Float32Array {
  const { batch, n, m, d, M } = s;
  const repeat = M / m;
  const PBar = new Float32Array(batch * n * m * d);
  const sums = new Float64Array(n);
  for (let b = 0; b < batch; b++)
    for (let ch = 0; ch < m; ch++)
      for (let k = 0; k < d; k++) {
        let mean = 0;
        for (let i = 0; i < n; i++) {
          let sum = 0;
          for (let r = 0; r < repeat; r++) sum += V0Bar[((b * n + i) * M + ch * repeat + r) * d + k]!;
          sums[i] = sum;
          mean += sum;
        }
        mean /= n;
        for (let i = 0; i < n; i++) PBar[((b * n + i) * m + ch) * d + k] = sums[i]! - mean;
      }
  return PBar;
}

/** y = softmax(x) over each row of width F (max subtracted first). */
export function softmaxRows(x: Float32Array, rows: number, F: number, y: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    let max = -Infinity;
    for (let k = 0; k < F; k++) max = Math.max(max, x[r * F + k]!);
    let sum = 0;
    for (let k = 0; k < F; k++) sum += Math.exp(x[r * F + k]! - max);
    for (let k = 0; k < F; k++) y[r * F + k] = Math.exp(x[r * F + k]! - max) / sum;
  }
}

/** Softmax backwards: x̄ = y ⊙ (ȳ − ⟨ȳ, y⟩) per row. */
export function softmaxAdjoint(y: Float32Array, yBar: Float32Array, rows: number, F: number, xBar: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    let dot = 0;
    for (let k = 0; k < F; k++) dot += yBar[r * F + k]! * y[r * F + k]!;
    for (let k = 0; k < F; k++) xBar[r * F + k] = y[r * F + k]! * (yBar[r * F + k]! - dot);
  }
}
