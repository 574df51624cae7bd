/**
 * Maximum-likelihood training of a flow (method §9), on any backend that computes the loss's gradient (a
 * GradientEngine: tfjs's autodiff, or the wasm backend's compiled gradient): one augmented draw per example, Adam with
 * the warm-up–cosine schedule, dynamic gradient clipping and skipping, non-finite gradient entries zeroed,
 * random rotations for non-equivariant flows, a reshuffle every epoch, everything seeded. The whole state
 * (weights, Adam moments, step, clipping window) round-trips through a checkpoint, so a resumed run
 * continues exactly where a killed one stopped.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { NormalStream, normals, philox } from '../rng.js';
import { randomRotation } from '../conformance/group.js';
import { hasBarrier } from '../frame-barrier.js';
import { DynamicClipper, warmupCosine } from './schedule.js';
import { FlatAdam, globalNorm } from './adam.js';

export type LearningRate = { readonly kind: 'constant'; readonly value: number } | { readonly kind: 'warmup_cosine'; readonly start: number; readonly peak: number; readonly end: number; readonly warmupEpochs: number };
export type Clipping = { readonly kind: 'dynamic' } | { readonly kind: 'norm'; readonly max: number } | { readonly kind: 'none' };

export interface TrainConfig {
  readonly batch: number;
  readonly totalSteps: number;
  readonly lr: LearningRate;
  readonly adam: { readonly beta1: number; readonly beta2: number; readonly eps: number };
  readonly clip: Clipping;
  readonly rotationAugment: boolean;
  readonly seed: number;
  /** Examples per forward/backward pass; gradients of the passes are summed into one update (default: batch). */
  readonly microBatch?: number;
  /** w_aux of the frame-barrier loss (method §9.1); 0 or absent: not computed. */
  readonly auxWeight?: number;
}

/**
 * What a backend provides for training: the gradient of the masked NLL (method §9.1) for rows of a batch.
 * The trainer owns everything else (data order, augmentation, Adam, clipping, checkpoints), so every backend
 * trains by the same recipe and resumes bit for bit.
 */
export interface GradientEngine {
  /** Loads the flat parameter vector (layout order). */
  setParams(flat: Float32Array): void;
  /**
   * For rows [start, start + count) of x [B][n][d] and a [B][n][A][d]: the gradient of Σ_kept ℓ_b / B (flat,
   * layout order), that sum, how many examples were kept and their mean aux loss. ℓ_b = −log q + w_aux·aux_b.
   * `grads` may be the engine's own buffer, valid until the next call.
   */
  gradients(x: Float32Array, a: Float32Array, start: number, count: number, batch: number, auxWeight: number): { grads: Float32Array | Float64Array; loss: number; kept: number; aux: number };
  dispose(): void;
}

export interface StepStats {
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly gradNorm: number;
  readonly skipped: boolean;
  readonly kept: number;
  /** Mean aux loss of the kept examples (0 without one). */
  readonly aux: number;
}

export interface TrainerState {
  step: number;
  updates: number;
  window: number[];
}

/** Philox streams of training, apart from sampling's. */
const TRAIN_AUGMENT = 10;
const TRAIN_SHUFFLE = 11;
const TRAIN_ROTATE = 12;

export class Trainer {
  readonly stepsPerEpoch: number;
  private readonly clipper: DynamicClipper;
  private order: { epoch: number; perm: Uint32Array } | undefined;
  readonly state: TrainerState;
  /** Element counts of the parameter tensors, in layout order: the pieces of the flat vectors. */
  private readonly sizes: number[];
  private readonly adam: FlatAdam;
  /** w_aux, or 0 when the flow has no 3D frame to keep from degenerating. */
  private readonly auxWeight: number;

  constructor(readonly module: IRModule, readonly config: TrainConfig, private readonly data: { x: Float64Array; count: number }, weights: Weights, private readonly engine: GradientEngine, moments?: { m: Weights; v: Weights }, state?: TrainerState) {
    this.stepsPerEpoch = Math.floor(data.count / config.batch);
    if (this.stepsPerEpoch < 1) throw new Error(`the batch (${config.batch}) is larger than the training data (${data.count} rows)`);
    this.sizes = module.params.map((p) => p.shape.reduce((s, k) => s * k, 1));
    const flat = (w: Weights) => {
      const out = new Float32Array(this.sizes.reduce((s, k) => s + k, 0));
      let offset = 0;
      module.params.forEach((p, i) => (out.set(w.get(p.name)!, offset), (offset += this.sizes[i]!)));
      return out;
    };
    this.adam = new FlatAdam(flat(weights), moments && flat(moments.m), moments && flat(moments.v), config.adam);
    this.engine.setParams(this.adam.params);
    const framed = module.inverse.ops.some((op) => op.kind === 'inner' && hasBarrier(op, module.system.dim));
    this.auxWeight = framed ? (config.auxWeight ?? 0) : 0;
    this.clipper = new DynamicClipper(state?.window);
    this.state = state ?? { step: 0, updates: 0, window: this.clipper.window };
  }

  learningRate(step: number): number {
    const lr = this.config.lr;
    if (lr.kind === 'constant') return lr.value;
    return warmupCosine(step, { start: lr.start, peak: lr.peak, end: lr.end, warmupSteps: Math.round(lr.warmupEpochs * this.stepsPerEpoch), totalSteps: this.config.totalSteps });
  }

  /** The epoch's shuffled row order: a Fisher–Yates shuffle keyed by (seed, epoch). */
  private rows(step: number): Uint32Array {
    const epoch = Math.floor(step / this.stepsPerEpoch);
    if (this.order?.epoch !== epoch) {
      const perm = Uint32Array.from({ length: this.data.count }, (_, i) => i);
      for (let i = perm.length - 1; i > 0; i--) {
        const j = philox(i, epoch, TRAIN_SHUFFLE, 0, this.config.seed, 0)[0] % (i + 1);
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      this.order = { epoch, perm };
    }
    const start = (step % this.stepsPerEpoch) * this.config.batch;
    return this.order.perm.subarray(start, start + this.config.batch);
  }

  /** The batch of this step: data rows (randomly rotated when asked) and one augmented draw per row. */
  private batch(step: number): { x: Float32Array; a: Float32Array } {
    const { n, dim: d, augmented: A } = this.module.system;
    const eta = this.module.base.augmentScale;
    const B = this.config.batch;
    const x = new Float32Array(B * n * d);
    const a = new Float32Array(B * n * A * d);
    this.rows(step).forEach((row, b) => {
      const source = this.data.x.subarray(row * n * d, (row + 1) * n * d);
      const R = this.config.rotationAugment ? randomRotation(d, new NormalStream(this.config.seed + step * B + b, TRAIN_ROTATE)) : undefined;
      for (let i = 0; i < n; i++)
        for (let k = 0; k < d; k++) x[(b * n + i) * d + k] = R ? R[k]!.reduce((s, r, j) => s + r * source[i * d + j]!, 0) : source[i * d + k]!;
      const eps = normals(this.config.seed, TRAIN_AUGMENT, step * B + b, n * A * d);
      for (let i = 0; i < n; i++) for (let c = 0; c < A; c++) for (let k = 0; k < d; k++) a[((b * n + i) * A + c) * d + k] = x[(b * n + i) * d + k]! + eta * eps[(i * A + c) * d + k]!;
    });
    return { x, a };
  }

  /** One optimizer step (possibly skipped by the dynamic clipping). */
  step(): StepStats {
    const step = this.state.step;
    const B = this.config.batch;
    const micro = Math.min(B, this.config.microBatch ?? B);
    const { x, a } = this.batch(step);
    const lr = this.learningRate(step);
    let summed: Float32Array | Float64Array | undefined;
    let loss = 0;
    let kept = 0;
    let auxSum = 0;
    for (let start = 0; start < B; start += micro) {
      const pass = this.engine.gradients(x, a, start, Math.min(micro, B - start), B, this.auxWeight);
      loss += pass.loss;
      kept += pass.kept;
      auxSum += pass.aux * pass.kept;
      // One pass (the usual case) is used as the engine returned it; micro-batches are added into a buffer made
      // once (a fresh 5.3M-entry sum each step cost ≈ 130 ms on DW4, mostly page faults).
      if (micro >= B) summed = pass.grads;
      else addInto((summed ??= this.zeroedSum()) as Float64Array, pass.grads);
    }
    if (!summed) throw new Error('flowc internal error: a training step with no gradient pass');
    const gradNorm = globalNorm(summed);
    const factor = this.clipFactor(gradNorm);
    if (factor !== undefined) {
      this.adam.update(summed, factor, lr, ++this.state.updates);
      this.engine.setParams(this.adam.params);
    }
    this.state.step++;
    this.state.window = this.clipper.window;
    return { step, lr, loss, kept, gradNorm, skipped: factor === undefined, aux: auxSum / Math.max(1, kept) };
  }

  private sum: Float64Array | undefined;

  private zeroedSum(): Float64Array {
    this.sum ??= new Float64Array(this.adam.params.length);
    return this.sum.fill(0);
  }

  private clipFactor(norm: number): number | undefined {
    const clip = this.config.clip;
    if (clip.kind === 'dynamic') return this.clipper.decide(norm);
    if (!Number.isFinite(norm)) return undefined;
    return clip.kind === 'norm' && norm > clip.max ? clip.max / norm : 1;
  }

  /** The current weights (float32 values). */
  weights(): Weights {
    return this.unflatten(this.adam.params);
  }

  /** The Adam moments per parameter. */
  moments(): { m: Weights; v: Weights } {
    return { m: this.unflatten(this.adam.m), v: this.unflatten(this.adam.v) };
  }

  private unflatten(flat: Float32Array): Weights {
    let offset = 0;
    return new Map(this.module.params.map((p, i) => [p.name, Float64Array.from(flat.subarray(offset, (offset += this.sizes[i]!)))]));
  }

  dispose(): void {
    this.engine.dispose();
  }
}

function addInto(target: Float64Array, g: Float32Array | Float64Array): void {
  for (let k = 0; k < target.length; k++) target[k]! += g[k]!;
}
