/**
 * Maximum-likelihood training of a flow on tfjs (method §9): one augmented draw per example, Adam with
 * the warm-up–cosine schedule, dynamic gradient clipping and skipping, non-finite gradient entries zeroed,
 * random rotations for non-equivariant flows, a reshuffle every epoch, everything seeded. The whole state
 * (weights, Adam moments, step, clipping window) round-trips through a checkpoint, so a resumed run
 * continues exactly where a killed one stopped.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { Weights } from '../../init.js';
import { NormalStream, normals, philox } from '../../rng.js';
import { randomRotation } from '../../conformance/group.js';
import { tf } from '../tf.js';
import { planFunction, type ExecutionPlan } from '../plan.js';
import { logQTf, maskedNll } from './objective.js';
import { DynamicClipper, warmupCosine } from './schedule.js';

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
}

export interface StepStats {
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly gradNorm: number;
  readonly skipped: boolean;
  readonly kept: number;
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
  private readonly vars: tf.Variable[];
  private readonly m: tf.Variable[];
  private readonly v: tf.Variable[];
  private readonly inverse: ExecutionPlan;
  private readonly clipper: DynamicClipper;
  private order: { epoch: number; perm: Uint32Array } | undefined;
  readonly state: TrainerState;

  constructor(readonly module: IRModule, readonly config: TrainConfig, private readonly data: { x: Float64Array; count: number }, weights: Weights, moments?: { m: Weights; v: Weights }, state?: TrainerState) {
    this.stepsPerEpoch = Math.floor(data.count / config.batch);
    if (this.stepsPerEpoch < 1) throw new Error(`the batch (${config.batch}) is larger than the training data (${data.count} rows)`);
    const tensor = (w: Weights, name: string, shape: readonly number[]) => tf.tensor(Float32Array.from(w.get(name)!), [...shape]);
    this.vars = module.params.map((p, i) => tf.variable(tensor(weights, p.name, p.shape), true, `p${i}`));
    this.m = module.params.map((p, i) => tf.variable(moments ? tensor(moments.m, p.name, p.shape) : tf.zeros([...p.shape]), false, `m${i}`));
    this.v = module.params.map((p, i) => tf.variable(moments ? tensor(moments.v, p.name, p.shape) : tf.zeros([...p.shape]), false, `v${i}`));
    this.inverse = planFunction(module.inverse);
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

  /**
   * Gradients of the masked NLL (summed over examples, divided by the full batch) for rows [start, start + count)
   * of the batch; the caller owns the returned tensors.
   */
  private passGradients(x: Float32Array, a: Float32Array, start: number, count: number): { grads: tf.Tensor[]; loss: number; kept: number } {
    const { n, dim: d, augmented: A } = this.module.system;
    const B = this.config.batch;
    const params = new Map(this.module.params.map((p, i) => [p.name, this.vars[i]! as tf.Tensor]));
    let kept = 0;
    let loss = 0;
    const grads = tf.tidy(() => {
      const xt = tf.tensor(x.subarray(start * n * d, (start + count) * n * d), [count, n, d]);
      const at = tf.tensor(a.subarray(start * n * A * d, (start + count) * n * A * d), [count, n, A, d]);
      const { value, grads: g } = tf.variableGrads(() => {
        const out = maskedNll(logQTf(this.module, this.inverse, params, xt, at));
        kept = out.kept;
        return out.loss.mul(count / B) as tf.Scalar;
      }, this.vars);
      loss = value.dataSync()[0]!;
      return this.vars.map((v) => g[v.name]!);
    });
    return { grads, loss, kept };
  }

  /** One optimizer step (possibly skipped by the dynamic clipping). */
  step(): StepStats {
    const step = this.state.step;
    const B = this.config.batch;
    const micro = Math.min(B, this.config.microBatch ?? B);
    const { x, a } = this.batch(step);
    const lr = this.learningRate(step);
    let summed: tf.Tensor[] | undefined;
    let loss = 0;
    let kept = 0;
    for (let start = 0; start < B; start += micro) {
      const pass = this.passGradients(x, a, start, Math.min(micro, B - start));
      loss += pass.loss;
      kept += pass.kept;
      if (!summed) summed = pass.grads;
      else {
        const previous = summed;
        summed = previous.map((g, i) => g.add(pass.grads[i]!));
        tf.dispose([...previous, ...pass.grads]);
      }
    }
    const grads = summed!;
    const result = tf.tidy(() => {
      const cleaned = grads.map((g) => tf.where(tf.isFinite(g), g, tf.zerosLike(g)));
      const rawNorm = Math.sqrt(tf.addN(grads.map((g) => tf.sum(g.square()))).dataSync()[0]!);
      const factor = this.clipFactor(rawNorm);
      if (factor !== undefined) this.apply(cleaned, factor, lr);
      return { gradNorm: rawNorm, skipped: factor === undefined };
    });
    tf.dispose(grads);
    this.state.step++;
    this.state.window = this.clipper.window;
    return { step, lr, loss, kept, ...result };
  }

  private clipFactor(norm: number): number | undefined {
    const clip = this.config.clip;
    if (clip.kind === 'dynamic') return this.clipper.decide(norm);
    if (!Number.isFinite(norm)) return undefined;
    return clip.kind === 'norm' && norm > clip.max ? clip.max / norm : 1;
  }

  /** Adam (optax defaults) with bias correction; the state only advances on applied updates. */
  private apply(grads: tf.Tensor[], factor: number, lr: number): void {
    const { beta1, beta2, eps } = this.config.adam;
    const t = ++this.state.updates;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    grads.forEach((raw, i) => {
      const g = raw.mul(factor);
      this.m[i]!.assign(this.m[i]!.mul(beta1).add(g.mul(1 - beta1)));
      this.v[i]!.assign(this.v[i]!.mul(beta2).add(g.square().mul(1 - beta2)));
      const update = this.m[i]!.div(c1).div(tf.sqrt(this.v[i]!.div(c2)).add(eps)).mul(lr);
      this.vars[i]!.assign(this.vars[i]!.sub(update));
    });
  }

  private read(list: readonly tf.Variable[]): Weights {
    return new Map(this.module.params.map((p, i) => [p.name, Float64Array.from(list[i]!.dataSync())]));
  }

  weights(): Weights {
    return this.read(this.vars);
  }

  moments(): { m: Weights; v: Weights } {
    return { m: this.read(this.m), v: this.read(this.v) };
  }

  dispose(): void {
    tf.dispose([...this.vars, ...this.m, ...this.v]);
  }
}
