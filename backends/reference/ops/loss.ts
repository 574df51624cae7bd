/**
 * The per-example pieces of the training loss after the flow (method §9.1), float64, with their adjoints:
 * log q0 of the inverse's output z0 (the base density of method §2.2, formulas in backends/base.ts) and one
 * inner op's mean frame barrier −log(1 − |cos∠(v₁, v₂)|) over nodes and channels.
 */
import type { InnerOp } from '../../../compiler/ir/barrier.js';
import { augmentedLogProb, comFreeNormalLogProb } from '../../base.js';
import { BARRIER_CUTOFF, barrier } from '../../frame-barrier.js';
import type { Sizes } from './layers.js';

/** x0 (channel 0) and a0 (channels 1…A) of z0 [n][C][d]. */
function channels(z: Float64Array, { n, C, d }: Sizes): { x: Float64Array; a: Float64Array } {
  const x = new Float64Array(n * d);
  const a = new Float64Array(n * (C - 1) * d);
  for (let i = 0; i < n; i++) {
    x.set(z.subarray(i * C * d, (i * C + 1) * d), i * d);
    a.set(z.subarray((i * C + 1) * d, (i + 1) * C * d), i * (C - 1) * d);
  }
  return { x, a };
}

export interface BaseScales {
  readonly scale: number;
  readonly augmentScale: number;
}

/** log q0(z0) = log N_CoM-free(x0; σ) + log π(a0 | x0; η). */
export function baseLogProb(z: Float64Array, sizes: Sizes, base: BaseScales): number {
  const { n, C, d } = sizes;
  const { x, a } = channels(z, sizes);
  return comFreeNormalLogProb(x, n, d, base.scale) + augmentedLogProb(x, a, n, C - 1, d, base.augmentScale);
}

/**
 * ∂ log q0/∂z0: −(x − x̄)/σ² on x (the mean's own terms cancel, Σ_i (x_i − x̄) = 0), −(a − x)/η² on a and
 * +Σ_k (a_k − x)/η² back on x.
 */
export function baseLogProbGrad(z: Float64Array, sizes: Sizes, base: BaseScales): Float64Array {
  const { n, C, d } = sizes;
  const grad = new Float64Array(z.length);
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] = mean[k]! + z[i * C * d + k]! / n;
  const sigma2 = base.scale * base.scale;
  const eta2 = base.augmentScale * base.augmentScale;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++) {
      const x = z[i * C * d + k]!;
      let g = -(x - mean[k]!) / sigma2;
      for (let c = 1; c < C; c++) {
        const pull = (z[(i * C + c) * d + k]! - x) / eta2;
        grad[(i * C + c) * d + k] = -pull;
        g += pull;
      }
      grad[i * C * d + k] = g;
    }
  return grad;
}

/** Where the frame vectors v₁, v₂ of (node i, channel ch) start in the inner op's vectors [n, M, d]. */
function frameAt(op: InnerOp, i: number, ch: number, s: number, d: number): number {
  const M = d * s * op.count;
  return (i * M + (ch * op.count + op.index) * d + 1) * d;
}

/** Cartesian-proj's basis b_k carries the same 1e-6·e_{k−1} tweak as its frame (method §5.2). */
const tweakOf = (op: InnerOp, k: number, j: number) => (op.projection.kind === 'cartesian' && op.projection.smallIdentity && j === k - 1 ? 1e-6 : 0);

function frameVector(op: InnerOp, vectors: Float64Array, at: number, k: number, d: number): number[] {
  return Array.from({ length: d }, (_, j) => vectors[at + (k - 1) * d + j]! + tweakOf(op, k, j));
}

const norm = (v: readonly number[]) => {
  const s = v.reduce((t, x) => t + x * x, 0);
  return s === 0 ? 1 : Math.sqrt(s);
};
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((t, x, j) => t + x * b[j]!, 0);

/** The mean barrier over nodes and channels of one framed inner op (3D). */
export function meanBarrier(op: InnerOp, vectors: Float64Array, { n, s, d }: Sizes): number {
  let sum = 0;
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < s; ch++) {
      const at = frameAt(op, i, ch, s, d);
      const [v1, v2] = [frameVector(op, vectors, at, 1, d), frameVector(op, vectors, at, 2, d)];
      sum += barrier(1 - Math.abs(dot(v1, v2) / (norm(v1) * norm(v2))));
    }
  return sum / (n * s);
}

/**
 * Adds seed·∂meanBarrier/∂vectors into vectorsBar. With c = cos∠: ∂barrier/∂c = sign(c)/(1 − |c|) (0 below the
 * cut-off, where the barrier is the constant 0), ∂c/∂v₁ = v₂/(‖v₁‖‖v₂‖) − c·v₁/‖v₁‖² (the last term absent where
 * the safe norm is the constant 1).
 */
export function meanBarrierVjp(op: InnerOp, vectors: Float64Array, sizes: Sizes, seed: number, vectorsBar: Float64Array): void {
  const { n, s, d } = sizes;
  for (let i = 0; i < n; i++)
    for (let ch = 0; ch < s; ch++) {
      const at = frameAt(op, i, ch, s, d);
      const [v1, v2] = [frameVector(op, vectors, at, 1, d), frameVector(op, vectors, at, 2, d)];
      const [l1, l2] = [norm(v1), norm(v2)];
      const c = dot(v1, v2) / (l1 * l2);
      if (1 - Math.abs(c) < BARRIER_CUTOFF) continue;
      const g = (seed / (n * s)) * (Math.sign(c) / (1 - Math.abs(c)));
      const radial = (v: readonly number[]) => (dot(v, v) === 0 ? 0 : c / dot(v, v));
      for (let j = 0; j < d; j++) {
        vectorsBar[at + j] = vectorsBar[at + j]! + g * (v2[j]! / (l1 * l2) - radial(v1) * v1[j]!);
        vectorsBar[at + d + j] = vectorsBar[at + d + j]! + g * (v1[j]! / (l1 * l2) - radial(v2) * v2[j]!);
      }
    }
}
