/**
 * The batched pieces of the training loss after the flow (method §9.1; compiler/ir/gradient.ts): the frame
 * barrier of one inner op, log q = log q0(z0) + log-det, the loss ℓ = −log q + w_aux·Σ barriers, and the
 * example's mask. Per example, in float64, with the formulas of the reference's ops/loss.ts and
 * backends/base.ts and the semantics of backends/reference/gradient.ts (runPrimalOp) and vjp.ts.
 */
import type { BarrierOp, LogQOp, LossOp, MaskOp } from '../../../compiler/ir/gradient.js';
import type { InnerOp } from '../../reference/ops/inner.js';
import { BARRIER_CUTOFF, barrier } from '../../frame-barrier.js';
import { operand, scalarOperand, scalarSeed, systemSizes, tensorBar, tensorOperand, type SystemSizes } from './batch-io.js';
import type { Batch, ExecContext, OpKernel } from './op-kernel.js';

const LOG_2PI = Math.log(2 * Math.PI);

function innerOf(op: BarrierOp, ctx: ExecContext): InnerOp {
  const inner = ctx.primal[op.inner];
  if (inner?.kind !== 'inner') throw new Error(`barrier reads op ${op.inner}, which is not an inner op`);
  return inner;
}

/**
 * The frame vectors v₁, v₂ of every (node, channel) of one inner op's slot in vectors [B, n, M, d], with
 * Cartesian small_identity's 1e-6·e_{k−1} tweak on b_k (ops/loss.ts frameAt/frameVector). `visit` gets
 * cos∠(v₁, v₂), the norms and the two vectors' offsets.
 */
class FrameVectors {
  readonly v1 = new Float64Array(3);
  readonly v2 = new Float64Array(3);
  private readonly M: number;

  constructor(
    private readonly inner: InnerOp,
    private readonly sizes: SystemSizes,
  ) {
    this.M = sizes.d * sizes.s * inner.count;
  }

  /** Loads the pair of example b, node i, channel ch; returns where v₁ starts (v₂ follows after d entries). */
  load(vectors: Batch, b: number, i: number, ch: number): number {
    const { d } = this.sizes;
    const tweak = this.inner.projection.kind === 'cartesian' && this.inner.projection.smallIdentity ? 1e-6 : 0;
    const at = ((b * this.sizes.n + i) * this.M + (ch * this.inner.count + this.inner.index) * d + 1) * d;
    for (let j = 0; j < d; j++) {
      this.v1[j] = vectors[at + j]! + (j === 0 ? tweak : 0);
      this.v2[j] = vectors[at + d + j]! + (j === 1 ? tweak : 0);
    }
    return at;
  }
}

const safeNorm = (v: Float64Array, d: number) => {
  let s = 0;
  for (let j = 0; j < d; j++) s += v[j]! * v[j]!;
  return s === 0 ? 1 : Math.sqrt(s);
};
const dot = (a: Float64Array, b: Float64Array, d: number) => {
  let s = 0;
  for (let j = 0; j < d; j++) s += a[j]! * b[j]!;
  return s;
};

export const barrierKernel: OpKernel<BarrierOp> = {
  /** weight · mean over nodes and channels of −log(1 − |cos∠(v₁, v₂)|) (0 past the cut-off). */
  forward(op, inputs, ctx) {
    const sizes = systemSizes(ctx.m);
    const { n, s, d } = sizes;
    const vectors = operand(inputs, 0, 'barrier');
    const frames = new FrameVectors(innerOf(op, ctx), sizes);
    const out = new Float64Array(ctx.batch);
    for (let b = 0; b < ctx.batch; b++) {
      let sum = 0;
      for (let i = 0; i < n; i++)
        for (let ch = 0; ch < s; ch++) {
          frames.load(vectors, b, i, ch);
          const { v1, v2 } = frames;
          sum += barrier(1 - Math.abs(dot(v1, v2, d) / (safeNorm(v1, d) * safeNorm(v2, d))));
        }
      out[b] = (sum / (n * s)) * op.weight;
    }
    return { outputs: [out] };
  },
  /** ∂barrier/∂c = sign(c)/(1 − |c|), ∂c/∂v₁ = v₂/(‖v₁‖‖v₂‖) − c·v₁/‖v₁‖² (ops/loss.ts meanBarrierVjp). */
  backward(op, inputs, _saved, seeds, needed, ctx) {
    const sizes = systemSizes(ctx.m);
    const { n, s, d } = sizes;
    const vectors = operand(inputs, 0, 'barrier');
    const seed = scalarSeed(seeds, 0, ctx.batch, 'barrier seed');
    if (!needed[0]) return [undefined];
    const bar = new Float32Array(vectors.length);
    const frames = new FrameVectors(innerOf(op, ctx), sizes);
    for (let b = 0; b < ctx.batch; b++) {
      const g0 = (seed?.[b] ?? 0) * op.weight;
      if (g0 === 0) continue;
      for (let i = 0; i < n; i++)
        for (let ch = 0; ch < s; ch++) {
          const at = frames.load(vectors, b, i, ch);
          const { v1, v2 } = frames;
          const [l1, l2] = [safeNorm(v1, d), safeNorm(v2, d)];
          const c = dot(v1, v2, d) / (l1 * l2);
          if (1 - Math.abs(c) < BARRIER_CUTOFF) continue;
          const g = (g0 / (n * s)) * (Math.sign(c) / (1 - Math.abs(c)));
          const [r1, r2] = [dot(v1, v1, d), dot(v2, v2, d)];
          const radial1 = r1 === 0 ? 0 : c / r1;
          const radial2 = r2 === 0 ? 0 : c / r2;
          for (let j = 0; j < d; j++) {
            bar[at + j] = g * (v2[j]! / (l1 * l2) - radial1 * v1[j]!);
            bar[at + d + j] = g * (v1[j]! / (l1 * l2) - radial2 * v2[j]!);
          }
        }
    }
    return [bar];
  },
};

/** log q0 of example b of z0 [B, n, C, d]: CoM-free normal on x (channel 0), N(x, η²) on each augmented copy. */
function baseLogProb(z: Batch, { n, C, d }: SystemSizes, b: number, scale: number, eta: number): number {
  const x = (i: number, j: number) => z[((b * n + i) * C) * d + j]!;
  let sum = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x(i, j);
    mean /= n;
    for (let i = 0; i < n; i++) {
      const v = (x(i, j) - mean) / scale;
      sum += v * v;
    }
  }
  const comFree = -0.5 * sum - (n - 1) * d * (0.5 * LOG_2PI + Math.log(scale));
  let aug = 0;
  for (let i = 0; i < n; i++)
    for (let c = 1; c < C; c++)
      for (let j = 0; j < d; j++) {
        const v = (z[((b * n + i) * C + c) * d + j]! - x(i, j)) / eta;
        aug += v * v;
      }
  return comFree + (-0.5 * aug - n * (C - 1) * d * (Math.log(eta) + 0.5 * LOG_2PI));
}

export const logQKernel: OpKernel<LogQOp> = {
  forward(_op, inputs, ctx) {
    const sizes = systemSizes(ctx.m);
    const z = tensorOperand(inputs, 0, ctx.batch, sizes.n * sizes.C * sizes.d, 'log_q z');
    const logDet = scalarOperand(inputs, 1, ctx.batch, 'log_q logDet');
    const { scale, augmentScale } = ctx.m.base;
    return { outputs: [Float64Array.from({ length: ctx.batch }, (_, b) => baseLogProb(z, sizes, b, scale, augmentScale) + logDet[b]!)] };
  },
  /** z̄ = g·∇log q0 (−(x − x̄)/σ² on x, −(a − x)/η² on a and +Σ(a − x)/η² back on x), logDet̄ = g. */
  backward(_op, inputs, _saved, seeds, needed, ctx) {
    const sizes = systemSizes(ctx.m);
    const { n, C, d } = sizes;
    const z = tensorOperand(inputs, 0, ctx.batch, n * C * d, 'log_q z');
    const seed = scalarSeed(seeds, 0, ctx.batch, 'log_q seed');
    const zBar = tensorBar(needed[0], z.length);
    const [sigma2, eta2] = [ctx.m.base.scale ** 2, ctx.m.base.augmentScale ** 2];
    for (let b = 0; zBar && b < ctx.batch; b++) {
      const g = seed?.[b] ?? 0;
      if (g === 0) continue;
      for (let k = 0; k < d; k++) {
        let mean = 0;
        for (let i = 0; i < n; i++) mean += z[(b * n + i) * C * d + k]! / n;
        for (let i = 0; i < n; i++) {
          const xAt = (b * n + i) * C * d + k;
          let gx = -(z[xAt]! - mean) / sigma2;
          for (let c = 1; c < C; c++) {
            const pull = (z[xAt + c * d]! - z[xAt]!) / eta2;
            zBar[xAt + c * d] = -pull * g;
            gx += pull;
          }
          zBar[xAt] = gx * g;
        }
      }
    }
    const logDetBar = needed[1] ? (seed ? Float64Array.from(seed) : new Float64Array(ctx.batch)) : undefined;
    return [zBar, logDetBar];
  },
};

export const lossKernel: OpKernel<LossOp> = {
  /** aux = Σ barriers; ℓ = −log q + w_aux·aux. Results [ℓ, aux]. */
  forward(op, inputs, ctx) {
    const logQ = scalarOperand(inputs, 0, ctx.batch, 'loss logQ');
    const barriers = op.barriers.map((_, k) => scalarOperand(inputs, k + 1, ctx.batch, 'loss barrier'));
    const aux = Float64Array.from({ length: ctx.batch }, (_, b) => barriers.reduce((sum, v) => sum + v[b]!, 0));
    const loss = Float64Array.from(aux, (a, b) => -logQ[b]! + op.auxWeight * a);
    return { outputs: [loss, aux] };
  },
  /** log q̄ = −ℓ̄; each barrier's = w_aux·ℓ̄ + aux̄ (aux is an output, its seed usually absent). */
  backward(op, _inputs, _saved, seeds, needed, ctx) {
    const g = scalarSeed(seeds, 0, ctx.batch, 'loss seed');
    const auxSeed = scalarSeed(seeds, 1, ctx.batch, 'loss aux seed');
    const auxBar = (b: number) => op.auxWeight * (g?.[b] ?? 0) + (auxSeed?.[b] ?? 0);
    const logQBar = needed[0] ? Float64Array.from({ length: ctx.batch }, (_, b) => -(g?.[b] ?? 0)) : undefined;
    return [logQBar, ...op.barriers.map((_, k) => (needed[k + 1] ? Float64Array.from({ length: ctx.batch }, (_, b) => auxBar(b)) : undefined))];
  },
};

export const maskKernel: OpKernel<MaskOp> = {
  /** The weight where ℓ is finite and log q ≥ floor, else 0 (method §9.1's masking). */
  forward(op, inputs, ctx) {
    const [loss, logQ, weight] = [0, 1, 2].map((k) => scalarOperand(inputs, k, ctx.batch, 'mask'));
    const keep = (b: number) => Number.isFinite(loss![b]!) && logQ![b]! >= op.floor;
    return { outputs: [Float64Array.from({ length: ctx.batch }, (_, b) => (keep(b) ? weight![b]! : 0))] };
  },
  backward() {
    throw new Error('the mask seeds the adjoint program; it has no vjp');
  },
};
