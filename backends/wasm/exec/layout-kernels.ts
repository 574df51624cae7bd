/**
 * The batched whole-sample ops without a per-point transform (method §3.1, §5.5): centring, splitting into
 * halves and merging them, the log-det accumulator's `zero` and `add`, and the equivariant shift. Linear
 * (shift: linear in its inputs and its one weight), so they save nothing; float64 arithmetic, float32
 * storage. Same formulas as the reference's ops/layers.ts and ops/layers-adjoint.ts.
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { gradOf, isZero, operand, paramOf, scalarSeed, systemSizes, tensorBar, tensorOperand, tensorSeed, type SystemSizes } from './batch-io.js';
import type { Batch, ExecContext, OpKernel } from './op-kernel.js';

type OfKind<K extends Op['kind']> = Extract<Op, { kind: K }>;

/** Channel `channel`'s mean over nodes, per dimension, of example b of z [B, n, C, d], into mean. */
function channelMean(z: Batch, { n, C, d }: SystemSizes, b: number, channel: number, mean: Float64Array): void {
  mean.fill(0);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] = mean[k]! + z[((b * n + i) * C + channel) * d + k]! / n;
}

export const centerKernel: OpKernel<OfKind<'center'>> = {
  forward(op, inputs, ctx) {
    const sizes = systemSizes(ctx.m);
    const { n, C, d } = sizes;
    const z = tensorOperand(inputs, 0, ctx.batch, n * C * d, 'center');
    const out = new Float32Array(z.length);
    const mean = new Float64Array(d);
    for (let b = 0; b < ctx.batch; b++) {
      channelMean(z, sizes, b, op.channel, mean);
      for (let e = b * n * C * d; e < (b + 1) * n * C * d; e++) out[e] = z[e]! - mean[e % d]!;
    }
    return { outputs: [out] };
  },
  /** z̄[i][c] = ȳ[i][c] − [c = channel]·(1/n)·Σ_{j, c′} ȳ[j][c′], per dimension. */
  backward(op, _inputs, _saved, seeds, needed, ctx) {
    const { n, C, d } = systemSizes(ctx.m);
    const per = n * C * d;
    const seed = tensorSeed(seeds, 0, ctx.batch, per, 'center seed');
    const zBar = tensorBar(needed[0], ctx.batch * per);
    if (!zBar || !seed) return [zBar];
    const total = new Float64Array(d);
    for (let b = 0; b < ctx.batch; b++) {
      total.fill(0);
      for (let e = b * per; e < (b + 1) * per; e++) total[e % d] = total[e % d]! + seed[e]!;
      for (let e = b * per; e < (b + 1) * per; e++) zBar[e] = seed[e]!;
      for (let i = 0; i < n; i++)
        for (let k = 0; k < d; k++) {
          const at = ((b * n + i) * C + op.channel) * d + k;
          zBar[at] = seed[at]! - total[k]! / n;
        }
    }
    return [zBar];
  },
};

/**
 * The permutation between a joint sample [B, n, C, d] and its halves [B, n, s, d] (method §3.1): swap = false
 * puts channels [0, s) in `low`'s place. toHalves copies whole → halves, else halves → whole; an absent
 * half reads as zeros.
 */
function permuteHalves(whole: Batch | undefined, cond: Batch | undefined, trans: Batch | undefined, sizes: SystemSizes, batch: number, swap: boolean, toHalves: boolean): void {
  const { n, C, s, d } = sizes;
  if (!whole) return;
  for (let node = 0; node < batch * n; node++) {
    const low = swap ? trans : cond;
    const high = swap ? cond : trans;
    const lowAt = node * C * d;
    const highAt = (node * C + s) * d;
    const halfAt = node * s * d;
    if (toHalves) {
      low?.set(whole.subarray(lowAt, lowAt + s * d), halfAt);
      high?.set(whole.subarray(highAt, highAt + s * d), halfAt);
    } else {
      if (low) whole.set(low.subarray(halfAt, halfAt + s * d), lowAt);
      if (high) whole.set(high.subarray(halfAt, halfAt + s * d), highAt);
    }
  }
}

export const splitKernel: OpKernel<OfKind<'split'>> = {
  forward(op, inputs, ctx) {
    const sizes = systemSizes(ctx.m);
    const z = tensorOperand(inputs, 0, ctx.batch, sizes.n * sizes.C * sizes.d, 'split');
    const half = ctx.batch * sizes.n * sizes.s * sizes.d;
    const [cond, trans] = [new Float32Array(half), new Float32Array(half)];
    permuteHalves(z, cond, trans, sizes, ctx.batch, op.swap, /* toHalves */ true);
    return { outputs: [cond, trans] };
  },
  backward(op, _inputs, _saved, seeds, needed, ctx) {
    const sizes = systemSizes(ctx.m);
    const per = sizes.n * sizes.s * sizes.d;
    const zBar = tensorBar(needed[0], ctx.batch * sizes.n * sizes.C * sizes.d);
    permuteHalves(zBar, tensorSeed(seeds, 0, ctx.batch, per, 'split cond seed'), tensorSeed(seeds, 1, ctx.batch, per, 'split trans seed'), sizes, ctx.batch, op.swap, /* toHalves */ false);
    return [zBar];
  },
};

export const mergeKernel: OpKernel<OfKind<'merge'>> = {
  forward(op, inputs, ctx) {
    const sizes = systemSizes(ctx.m);
    const per = sizes.n * sizes.s * sizes.d;
    const z = new Float32Array(ctx.batch * sizes.n * sizes.C * sizes.d);
    permuteHalves(z, tensorOperand(inputs, 0, ctx.batch, per, 'merge cond'), tensorOperand(inputs, 1, ctx.batch, per, 'merge trans'), sizes, ctx.batch, op.swap, /* toHalves */ false);
    return { outputs: [z] };
  },
  backward(op, _inputs, _saved, seeds, needed, ctx) {
    const sizes = systemSizes(ctx.m);
    const half = ctx.batch * sizes.n * sizes.s * sizes.d;
    const [condBar, transBar] = [tensorBar(needed[0], half), tensorBar(needed[1], half)];
    const seed = tensorSeed(seeds, 0, ctx.batch, sizes.n * sizes.C * sizes.d, 'merge seed');
    if (seed) permuteHalves(seed, condBar, transBar, sizes, ctx.batch, op.swap, /* toHalves */ true);
    return [condBar, transBar];
  },
};

export const zeroKernel: OpKernel<OfKind<'zero'>> = {
  forward: (_op, _inputs, ctx) => ({ outputs: [new Float64Array(ctx.batch)] }),
  backward: () => [],
};

export const addKernel: OpKernel<OfKind<'add'>> = {
  forward(_op, inputs, ctx) {
    const [a, b] = [operand(inputs, 0, 'add'), operand(inputs, 1, 'add')];
    return { outputs: [Float64Array.from({ length: ctx.batch }, (_, e) => a[e]! + b[e]!)] };
  },
  /** Both operands get the sum's adjoint, each in its own array (the executor may accumulate into either). */
  backward(_op, _inputs, _saved, seeds, needed, ctx) {
    const seed = scalarSeed(seeds, 0, ctx.batch, 'add seed');
    return needed.map((need) => (need ? (seed ? Float64Array.from(seed) : new Float64Array(ctx.batch)) : undefined));
  },
};

/** Vectors per node M and the shift's signed weight ±shift_w (method §5.5). */
function shiftSetup(op: OfKind<'shift'>, inputs: readonly Batch[], ctx: ExecContext) {
  const sizes = systemSizes(ctx.m);
  const { n, s, d } = sizes;
  const trans = tensorOperand(inputs, 0, ctx.batch, n * s * d, 'shift trans');
  const vectors = operand(inputs, 1, 'shift vectors');
  const M = vectors.length / (ctx.batch * n * d);
  const sign = op.direction === 'forward' ? 1 : -1;
  return { sizes, trans, vectors, M, sign, w: sign * paramOf(ctx, `${op.params}.shift_w`)[0]! };
}

export const shiftKernel: OpKernel<OfKind<'shift'>> = {
  /** t ± w·(v_src − mean_i v_src) per channel ch of the half, src = min(ch, M − 1). */
  forward(op, inputs, ctx) {
    const { sizes, trans, vectors, M, w } = shiftSetup(op, inputs, ctx);
    const { n, s, d } = sizes;
    const out = Float32Array.from(trans);
    for (let b = 0; b < ctx.batch; b++)
      for (let ch = 0; ch < s; ch++) {
        const src = Math.min(ch, M - 1);
        for (let k = 0; k < d; k++) {
          let mean = 0;
          for (let i = 0; i < n; i++) mean += vectors[((b * n + i) * M + src) * d + k]! / n;
          for (let i = 0; i < n; i++) {
            const at = ((b * n + i) * s + ch) * d + k;
            out[at] = trans[at]! + w * (vectors[((b * n + i) * M + src) * d + k]! - mean);
          }
        }
      }
    return { outputs: [out] };
  },
  /** t̄ = ō; v̄_src += w·(ō_ch − mean ō_ch); shift_w̄ += ±Σ ō·(v − mean v). A zero-seed example adds nothing. */
  backward(op, inputs, _saved, seeds, needed, ctx) {
    const { sizes, vectors, M, w, sign } = shiftSetup(op, inputs, ctx);
    const { n, s, d } = sizes;
    const per = n * s * d;
    const seed = tensorSeed(seeds, 0, ctx.batch, per, 'shift seed');
    const transBar = needed[0] ? (seed ? Float32Array.from(seed) : new Float32Array(ctx.batch * per)) : undefined;
    // Channels that share a vector (M < s) add into it: accumulate in float64, round once.
    const vectorsBar = needed[1] ? new Float64Array(vectors.length) : undefined;
    if (!seed) return [transBar, vectorsBar && new Float32Array(vectors.length)];
    let wBar = 0;
    for (let b = 0; b < ctx.batch; b++) {
      if (isZero(seed, b * per, per)) continue;
      for (let ch = 0; ch < s; ch++) {
        const src = Math.min(ch, M - 1);
        for (let k = 0; k < d; k++) {
          let mean = 0;
          let meanBar = 0;
          for (let i = 0; i < n; i++) {
            mean += vectors[((b * n + i) * M + src) * d + k]! / n;
            meanBar += seed[((b * n + i) * s + ch) * d + k]! / n;
          }
          for (let i = 0; i < n; i++) {
            const g = seed[((b * n + i) * s + ch) * d + k]!;
            const vAt = ((b * n + i) * M + src) * d + k;
            if (vectorsBar) vectorsBar[vAt] = vectorsBar[vAt]! + w * (g - meanBar);
            wBar += g * (vectors[vAt]! - mean);
          }
        }
      }
    }
    const shiftBar = gradOf(ctx, `${op.params}.shift_w`);
    shiftBar[0] = shiftBar[0]! + sign * wBar;
    return [transBar, vectorsBar && Float32Array.from(vectorsBar)];
  },
};
