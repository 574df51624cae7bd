/**
 * The base distribution and the joint layout, shared by every backend's host side and by the standalone
 * WGSL module (`flowc compile --target wgsl` copies this file; it imports only rng.ts): base draws
 * (method §2.2), log q0, packing x [B][n][d] and a [B][n][A][d] into z [B][n][C][d], centring.
 */
import { normals, Streams } from './rng.js';

const LOG_2PI = Math.log(2 * Math.PI);

export interface JointSizes {
  readonly n: number;
  readonly d: number;
  readonly A: number;
}

/** log N(x; 0, σ²) on the (n−1)·d-dimensional centre-of-mass-free subspace. */
export function comFreeNormalLogProb(x: ArrayLike<number>, n: number, d: number, scale = 1): number {
  let sum = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + j]!;
    mean /= n;
    for (let i = 0; i < n; i++) {
      const v = (x[i * d + j]! - mean) / scale;
      sum += v * v;
    }
  }
  return -0.5 * sum - (n - 1) * d * (0.5 * LOG_2PI + Math.log(scale));
}

/** log π(a | x) = Σ log N(a_k; x, η²) over all n·A·d coordinates. */
export function augmentedLogProb(x: ArrayLike<number>, a: ArrayLike<number>, n: number, A: number, d: number, eta: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < A; k++)
      for (let j = 0; j < d; j++) {
        const v = (a[(i * A + k) * d + j]! - x[i * d + j]!) / eta;
        sum += v * v;
      }
  return -0.5 * sum - n * A * d * (Math.log(eta) + 0.5 * LOG_2PI);
}

/** log Σ exp(v), without overflow; ±∞ when the largest v is. */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}

/** log w [B][K] = log q(x, a_k) − log π(a_k | x) from both, flat in row b·K + k (method §2.4). */
export function logWeightRows(logQ: ArrayLike<number>, logPi: ArrayLike<number>, batch: number, K: number): number[][] {
  return Array.from({ length: batch }, (_, b) => Array.from({ length: K }, (_, k) => logQ[b * K + k]! - logPi[b * K + k]!));
}

/** The marginal estimate log q̂(x) = logsumexp_k log w_k − log K of each row of log weights. */
export function marginalOfRows(logW: readonly (readonly number[])[]): Float64Array {
  return Float64Array.from(logW, (row) => logSumExp(row) - Math.log(row.length));
}

/** `batch` rows of `width` floats, each repeated K times: row b·K + k of the result is row b (the marginal estimate's layout). */
export function repeatRows(x: Float64Array, batch: number, K: number, width: number): Float64Array {
  const out = new Float64Array(batch * K * width);
  for (let r = 0; r < batch * K; r++) out.set(x.subarray(Math.floor(r / K) * width, (Math.floor(r / K) + 1) * width), r * width);
  return out;
}

/** a_k = x + η·ε_k, written into `out` [n][A][d]. */
export function augment({ n, d, A }: JointSizes, eta: number, x: ArrayLike<number>, eps: ArrayLike<number>, out: Float64Array): void {
  for (let i = 0; i < n; i++) for (let k = 0; k < A; k++) for (let j = 0; j < d; j++) out[(i * A + k) * d + j] = x[i * d + j]! + eta * eps[(i * A + k) * d + j]!;
}

/** Base draws rows first … first + batch − 1 of the seed: x = σ(ε − mean ε), a = x + η·ε′, and log q0. */
export function baseSample(z: JointSizes, base: { readonly scale: number; readonly augmentScale: number }, batch: number, seed: number, first = 0): { x: Float64Array; a: Float64Array; logQ0: Float64Array } {
  const { n, d, A } = z;
  const x = new Float64Array(batch * n * d);
  const a = new Float64Array(batch * n * A * d);
  const logQ0 = new Float64Array(batch);
  for (let b = 0; b < batch; b++) {
    const eps = normals(seed, Streams.baseX, first + b, n * d);
    for (let k = 0; k < d; k++) {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += eps[i * d + k]! / n;
      for (let i = 0; i < n; i++) x[(b * n + i) * d + k] = base.scale * (eps[i * d + k]! - mean);
    }
    const xb = x.subarray(b * n * d, (b + 1) * n * d);
    const ab = a.subarray(b * n * A * d, (b + 1) * n * A * d);
    augment(z, base.augmentScale, xb, normals(seed, Streams.baseA, first + b, n * A * d), ab);
    logQ0[b] = comFreeNormalLogProb(xb, n, d, base.scale) + augmentedLogProb(xb, ab, n, A, d, base.augmentScale);
  }
  return { x, a, logQ0 };
}

/** x [B][n][d], a [B][n][A][d] → z [B][n][C][d]. */
export function packJoint({ n, d, A }: JointSizes, x: ArrayLike<number>, a: ArrayLike<number>, batch: number): Float64Array {
  const C = A + 1;
  const z = new Float64Array(batch * n * C * d);
  for (let r = 0; r < batch * n; r++)
    for (let k = 0; k < d; k++) {
      z[r * C * d + k] = x[r * d + k]!;
      for (let c = 0; c < A; c++) z[(r * C + 1 + c) * d + k] = a[(r * A + c) * d + k]!;
    }
  return z;
}

export function unpackJoint({ n, d, A }: JointSizes, z: ArrayLike<number>, batch: number): { x: Float64Array; a: Float64Array } {
  const C = A + 1;
  const x = new Float64Array(batch * n * d);
  const a = new Float64Array(batch * n * A * d);
  for (let r = 0; r < batch * n; r++)
    for (let k = 0; k < d; k++) {
      x[r * d + k] = z[r * C * d + k]!;
      for (let c = 0; c < A; c++) a[(r * A + c) * d + k] = z[(r * C + 1 + c) * d + k]!;
    }
  return { x, a };
}

/** z with x's centre of mass subtracted from every channel (the inverse's input, method §2.3). */
export function centreJoint({ n, d, A }: JointSizes, z: Float64Array, batch: number): Float64Array {
  const C = A + 1;
  for (let b = 0; b < batch; b++) {
    const mean = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] = mean[k]! + z[(b * n + i) * C * d + k]! / n;
    for (let r = b * n * C; r < (b + 1) * n * C; r++) for (let k = 0; k < d; k++) z[r * d + k] = z[r * d + k]! - mean[k]!;
  }
  return z;
}

/** log q(x, a) from the inverse's output z0 and log-det: log q0(z0) + log-det. */
export function densityFrom(z: JointSizes, base: { readonly scale: number; readonly augmentScale: number }, z0: ArrayLike<number>, logDet: ArrayLike<number>, batch: number): Float64Array {
  const { n, d, A } = z;
  const { x, a } = unpackJoint(z, z0, batch);
  return Float64Array.from({ length: batch }, (_, b) => {
    const xb = x.subarray(b * n * d, (b + 1) * n * d);
    const ab = a.subarray(b * n * A * d, (b + 1) * n * A * d);
    return logDet[b]! + comFreeNormalLogProb(xb, n, d, base.scale) + augmentedLogProb(xb, ab, n, A, d, base.augmentScale);
  });
}
