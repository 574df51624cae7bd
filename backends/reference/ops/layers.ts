/**
 * Whole-sample ops of the reference interpreter, one system z [n][C][d] at a time: centring, splitting
 * into halves (method §3.1), the scaling block (method §7) and the equivariant shift (method §5.5).
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { affineScale } from '../math/affine.js';
import { stableMlp } from '../nets/mlp.js';
import { param, type ParamStore } from '../nets/params.js';

export interface Sizes {
  readonly n: number;
  readonly C: number;
  readonly s: number;
  readonly d: number;
}

/** Mean over nodes of one channel: [d]. */
export function channelMean(z: Float64Array, { n, C, d }: Sizes, channel: number): number[] {
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] = mean[k]! + z[(i * C + channel) * d + k]! / n;
  return mean;
}

/** z − mean_i z[i][channel], for every channel. */
export function center(z: Float64Array, sizes: Sizes, channel: number): Float64Array {
  const mean = channelMean(z, sizes, channel);
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = z[i]! - mean[i % sizes.d]!;
  return out;
}

/** swap = false: c = channels [0, s), t = [s, C); swap = true the other way round. */
export function split(z: Float64Array, { n, C, s, d }: Sizes, swap: boolean): { cond: Float64Array; trans: Float64Array } {
  const cond = new Float64Array(n * s * d);
  const trans = new Float64Array(n * s * d);
  for (let i = 0; i < n; i++) {
    const low = z.subarray(i * C * d, (i * C + s) * d);
    const high = z.subarray((i * C + s) * d, (i + 1) * C * d);
    cond.set(swap ? high : low, i * s * d);
    trans.set(swap ? low : high, i * s * d);
  }
  return { cond, trans };
}

export function merge(cond: Float64Array, trans: Float64Array, { n, C, s, d }: Sizes, swap: boolean): Float64Array {
  const z = new Float64Array(n * C * d);
  for (let i = 0; i < n; i++) {
    z.set((swap ? trans : cond).subarray(i * s * d, (i + 1) * s * d), i * C * d);
    z.set((swap ? cond : trans).subarray(i * s * d, (i + 1) * s * d), (i * C + s) * d);
  }
  return z;
}

/** ‖a − b‖ between two channel means (what the conditioned scale head reads). */
export const dist = (a: readonly number[], b: readonly number[]) => Math.sqrt(a.reduce((s, v, k) => s + (v - b[k]!) ** 2, 0));

/** Scale logits λ (one per channel) from ‖ā_k − x̄‖ through the head, or free parameters. */
function scaleLogits(op: Extract<Op, { kind: 'scaling' }>, store: ParamStore, means: number[][], C: number): Float64Array {
  if (!op.conditioned) return param(store, `${op.params}.scale_logits`);
  const norms = new Float64Array(C - 1);
  for (let k = 1; k < C; k++) norms[k - 1] = dist(means[k]!, means[0]!);
  return stableMlp(norms, 1, store, `${op.params}.scale_head`, [...op.units, C], false);
}

/**
 * What the scaling block computes before moving any point, shared with its adjoint: the CoM factors σ_k, the
 * channel means of the input, the means before the CoM flow (the input's in the forward direction, the
 * undone ones in the inverse) and the scale logits conditioned on them.
 */
export function scalingState(op: Extract<Op, { kind: 'scaling' }>, z: Float64Array, sizes: Sizes, store: ParamStore): { sigma: number[]; current: number[][]; before: number[][]; logits: Float64Array } {
  const forward = op.direction === 'forward';
  const sigma = Array.from(param(store, `${op.params}.com_logits`), affineScale);
  const current = Array.from({ length: sizes.C }, (_, c) => channelMean(z, sizes, c));
  const xBar = current[0]!;
  const before = current.map((m, c) => (c === 0 || forward ? m : m.map((v, k) => xBar[k]! + (v - xBar[k]!) / sigma[c - 1]!)));
  return { sigma, current, before, logits: scaleLogits(op, store, before, sizes.C) };
}

/**
 * Forward: each channel's cloud is scaled about its own mean by λ_c (IsotropicScaling), then each
 * augmented mean moves away from x̄ by σ_k (CentreOfMassFlow). Inverse undoes the CoM flow first, so λ
 * is conditioned on the same means. log-det = (n−1)·d·Σ log λ + d·Σ log σ.
 */
export function scaling(op: Extract<Op, { kind: 'scaling' }>, z: Float64Array, sizes: Sizes, store: ParamStore): { z: Float64Array; logDet: number } {
  const { n, C, d } = sizes;
  const forward = op.direction === 'forward';
  const { sigma, current, before, logits } = scalingState(op, z, sizes, store);
  const xBar = current[0]!;
  const lambda = Array.from(logits, affineScale);
  const out = new Float64Array(z.length);
  for (let c = 0; c < C; c++) {
    const from = current[c]!;
    const to = c === 0 ? from : forward ? from.map((v, k) => xBar[k]! + sigma[c - 1]! * (v - xBar[k]!)) : before[c]!;
    const factor = forward ? lambda[c]! : 1 / lambda[c]!;
    for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[(i * C + c) * d + k] = to[k]! + factor * (z[(i * C + c) * d + k]! - from[k]!);
  }
  const logDet = (n - 1) * d * lambda.reduce((s, l) => s + Math.log(l), 0) + d * sigma.reduce((s, v) => s + Math.log(v), 0);
  return { z: out, logDet: forward ? logDet : -logDet };
}

/** t ± w·(v_ch − mean_i v_ch) for each channel ch of the transformed half; log-det 0. */
export function shift(op: Extract<Op, { kind: 'shift' }>, trans: Float64Array, vectors: Float64Array, sizes: Sizes, store: ParamStore): Float64Array {
  const { n, s, d } = sizes;
  const w = param(store, `${op.params}.shift_w`)[0]! * (op.direction === 'forward' ? 1 : -1);
  const M = vectors.length / (n * d);
  const out = new Float64Array(trans);
  for (let ch = 0; ch < s; ch++) {
    const src = Math.min(ch, M - 1);
    for (let k = 0; k < d; k++) {
      let mean = 0;
      for (let i = 0; i < n; i++) mean += vectors[(i * M + src) * d + k]! / n;
      for (let i = 0; i < n; i++) out[(i * s + ch) * d + k] = out[(i * s + ch) * d + k]! + w * (vectors[(i * M + src) * d + k]! - mean);
    }
  }
  return out;
}
