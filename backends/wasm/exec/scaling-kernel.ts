/**
 * The batched scaling block (method §7): per example, each channel's cloud scaled about its mean by λ_c and
 * each augmented mean moved from x̄ by σ_k (the inverse undoes the CoM flow first, so λ reads the same
 * means); log-det ±[(n−1)·d·Σ log λ + d·Σ log σ]. The same formulas as the reference's ops/layers.ts
 * scaling/scalingState and ops/layers-adjoint.ts scalingVjp, on flat per-call scratch ([C·d] means).
 *
 * The conditioned λ comes from a tiny StableMLP over the C − 1 distances ‖ā_k − x̄‖: it runs through the
 * reference's stableMlp/stableMlpVjp per example, on a float64 copy of the head's parameters made once per
 * call (a few hundred numbers; bench `per-point` measures it). Nothing is saved: backward recomputes the
 * means (O(n·C·d) per example).
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { affineScale } from '../../reference/math/affine.js';
import { scaleDerivative } from '../../reference/math/affine-adjoint.js';
import { stableMlp } from '../../reference/nets/mlp.js';
import { stableMlpVjp } from '../../reference/nets/mlp-adjoint.js';
import { gradOf, isZero, paramOf, scalarSeed, systemSizes, tensorOperand, tensorSeed, type SystemSizes } from './batch-io.js';
import type { Batch, ExecContext, OpKernel } from './op-kernel.js';

type ScalingOp = Extract<Op, { kind: 'scaling' }>;

/** One call's parameters and per-example scratch; `example(b)` fills the state of example b. */
class ScalingState {
  readonly forward: boolean;
  readonly sigma: Float64Array;
  /** The head's parameters as float64 (conditioned only). */
  readonly head: Map<string, Float64Array>;
  readonly headName: string;
  /** Per example: channel means of the input [C·d], the means λ is conditioned on [C·d], the head's inputs, logits, λ. */
  readonly current: Float64Array;
  readonly before: Float64Array;
  readonly norms: Float64Array;
  logits: Float64Array;
  readonly lambda: Float64Array;

  constructor(
    readonly op: ScalingOp,
    readonly sizes: SystemSizes,
    readonly z: Batch,
    readonly ctx: ExecContext,
  ) {
    const { C, d } = sizes;
    this.forward = op.direction === 'forward';
    this.sigma = Float64Array.from(paramOf(ctx, `${op.params}.com_logits`), affineScale);
    this.headName = `${op.params}.scale_head`;
    this.head = new Map();
    if (op.conditioned) for (const [name, values] of ctx.params) if (name.startsWith(`${this.headName}.`)) this.head.set(name, Float64Array.from(values));
    this.current = new Float64Array(C * d);
    this.before = new Float64Array(C * d);
    this.norms = new Float64Array(C - 1);
    // Free logits are the same for every example.
    this.logits = op.conditioned ? new Float64Array(C) : Float64Array.from(paramOf(ctx, `${op.params}.scale_logits`));
    this.lambda = new Float64Array(C);
  }

  example(b: number): void {
    const { n, C, d } = this.sizes;
    const { current, before, z, sigma } = this;
    current.fill(0);
    for (let i = 0; i < n; i++) for (let c = 0; c < C; c++) for (let k = 0; k < d; k++) current[c * d + k] = current[c * d + k]! + z[((b * n + i) * C + c) * d + k]! / n;
    for (let c = 0; c < C; c++)
      for (let k = 0; k < d; k++) {
        const x = current[k]!;
        before[c * d + k] = c === 0 || this.forward ? current[c * d + k]! : x + (current[c * d + k]! - x) / sigma[c - 1]!;
      }
    if (this.op.conditioned) {
      for (let c = 1; c < C; c++) {
        let sq = 0;
        for (let k = 0; k < d; k++) sq += (before[c * d + k]! - before[k]!) ** 2;
        this.norms[c - 1] = Math.sqrt(sq);
      }
      this.logits = stableMlp(this.norms, 1, this.head, this.headName, [...this.op.units, C], false);
    }
    for (let c = 0; c < C; c++) this.lambda[c] = affineScale(this.logits[c]!);
  }

  /** Where channel c's points move to (to_c in scalingVjp): x̄, x̄ + σ(ā − x̄) forward, the undone mean inverse. */
  target(c: number, k: number): number {
    const current = this.current;
    const d = this.sizes.d;
    if (c === 0) return current[k]!;
    return this.forward ? current[k]! + this.sigma[c - 1]! * (current[c * d + k]! - current[k]!) : this.before[c * d + k]!;
  }

  factor(c: number): number {
    return this.forward ? this.lambda[c]! : 1 / this.lambda[c]!;
  }

  logDet(): number {
    const { n, d } = this.sizes;
    let logLambda = 0;
    for (const l of this.lambda) logLambda += Math.log(l);
    let logSigma = 0;
    for (const s of this.sigma) logSigma += Math.log(s);
    const value = (n - 1) * d * logLambda + d * logSigma;
    return this.forward ? value : -value;
  }
}

function forward(op: ScalingOp, inputs: readonly Batch[], ctx: ExecContext) {
  const sizes = systemSizes(ctx.m);
  const { n, C, d } = sizes;
  const z = tensorOperand(inputs, 0, ctx.batch, n * C * d, 'scaling');
  const state = new ScalingState(op, sizes, z, ctx);
  const out = new Float32Array(z.length);
  const logDet = new Float64Array(ctx.batch);
  for (let b = 0; b < ctx.batch; b++) {
    state.example(b);
    for (let c = 0; c < C; c++) {
      const factor = state.factor(c);
      for (let i = 0; i < n; i++)
        for (let k = 0; k < d; k++) {
          const at = ((b * n + i) * C + c) * d + k;
          out[at] = state.target(c, k) + factor * (z[at]! - state.current[c * d + k]!);
        }
    }
    logDet[b] = state.logDet();
  }
  return { outputs: [out, logDet] };
}

export const scalingKernel: OpKernel<ScalingOp> = {
  forward: (op, inputs, ctx) => forward(op, inputs, ctx),
  backward(op, inputs, _saved, seeds, needed, ctx) {
    const sizes = systemSizes(ctx.m);
    const { n, C, d } = sizes;
    const per = n * C * d;
    const z = tensorOperand(inputs, 0, ctx.batch, per, 'scaling');
    const zSeed = tensorSeed(seeds, 0, ctx.batch, per, 'scaling seed');
    const logDetSeed = scalarSeed(seeds, 1, ctx.batch, 'scaling logDet seed');
    const state = new ScalingState(op, sizes, z, ctx);
    const bars = new ScalingBars(C, d, per);
    const zBar = needed[0] ? new Float32Array(z.length) : undefined;
    for (let b = 0; b < ctx.batch; b++) {
      const logDetBar = logDetSeed?.[b] ?? 0;
      if (logDetBar === 0 && isZero(zSeed, b * per, per)) continue;
      state.example(b);
      bars.example(state, b, zSeed, logDetBar);
      if (zBar) for (let e = 0; e < per; e++) zBar[b * per + e] = bars.zBar[e]!;
    }
    return [zBar];
  },
};

/** The adjoints scalingVjp accumulates for one example: the means', λ's, σ's and the input's. */
class ScalingBars {
  readonly current: Float64Array;
  readonly before: Float64Array;
  readonly lambda: Float64Array;
  readonly sigma: Float64Array;
  readonly zBar: Float64Array;

  constructor(C: number, d: number, per: number) {
    this.current = new Float64Array(C * d);
    this.before = new Float64Array(C * d);
    this.lambda = new Float64Array(C);
    this.sigma = new Float64Array(C - 1);
    this.zBar = new Float64Array(per);
  }

  example(state: ScalingState, b: number, zSeed: Batch | undefined, logDetBar: number): void {
    for (const a of [this.current, this.before, this.lambda, this.sigma, this.zBar]) a.fill(0);
    if (zSeed) this.movedPoints(state, b, zSeed);
    const { n, d } = state.sizes;
    const signed = state.forward ? logDetBar : -logDetBar;
    state.lambda.forEach((l, c) => (this.lambda[c] = this.lambda[c]! + (signed * (n - 1) * d) / l));
    state.sigma.forEach((s, a) => (this.sigma[a] = this.sigma[a]! + (signed * d) / s));
    this.scaleLogits(state);
    this.beforeMeans(state);
    const { op, ctx } = state;
    const comLogits = paramOf(ctx, `${op.params}.com_logits`);
    const comBar = gradOf(ctx, `${op.params}.com_logits`);
    for (let a = 0; a < comBar.length; a++) comBar[a] = comBar[a]! + this.sigma[a]! * scaleDerivative(comLogits[a]!);
    // μ_c = (1/n) Σ_i z[i][c].
    for (let e = 0; e < this.zBar.length; e++) {
      const c = Math.floor(e / d) % state.sizes.C;
      this.zBar[e] = this.zBar[e]! + this.current[c * d + (e % d)]! / n;
    }
  }

  /** out[i][c] = to_c + f_c·(z[i][c] − μ_c): z's direct adjoint, and to_c's, f_c's and μ_c's. */
  private movedPoints(state: ScalingState, b: number, zSeed: Batch): void {
    const { n, C, d } = state.sizes;
    const { current, sigma, z } = state;
    for (let c = 0; c < C; c++) {
      const factor = state.factor(c);
      let factorBar = 0;
      for (let k = 0; k < d; k++) {
        let toBar = 0;
        for (let i = 0; i < n; i++) {
          const at = ((b * n + i) * C + c) * d + k;
          const g = zSeed[at]!;
          this.zBar[at - b * n * C * d] = factor * g;
          toBar += g;
          factorBar += g * (z[at]! - current[c * d + k]!);
        }
        this.current[c * d + k] = this.current[c * d + k]! - factor * toBar;
        if (c === 0) this.current[k] = this.current[k]! + toBar;
        else if (!state.forward) this.before[c * d + k] = this.before[c * d + k]! + toBar;
        else {
          const s = sigma[c - 1]!;
          this.current[c * d + k] = this.current[c * d + k]! + s * toBar;
          this.current[k] = this.current[k]! + (1 - s) * toBar;
          this.sigma[c - 1] = this.sigma[c - 1]! + toBar * (current[c * d + k]! - current[k]!);
        }
      }
      this.lambda[c] = this.lambda[c]! + (state.forward ? factorBar : -factorBar / state.lambda[c]! ** 2);
    }
  }

  /** λ = affineScale(logits): logits free (scale_logits) or the head of the distances between the `before` means. */
  private scaleLogits(state: ScalingState): void {
    const { op, ctx, logits, before, norms } = state;
    const { C, d } = state.sizes;
    const logitBar = Float64Array.from(logits, (l, c) => this.lambda[c]! * scaleDerivative(l));
    if (!op.conditioned) {
      const g = gradOf(ctx, `${op.params}.scale_logits`);
      for (let c = 0; c < C; c++) g[c] = g[c]! + logitBar[c]!;
      return;
    }
    const normsBar = stableMlpVjp(norms, 1, state.head, state.headName, [...op.units, C], false, logitBar, ctx.grads);
    for (let c = 1; c < C; c++) {
      // ∂‖a − b‖/∂a = (a − b)/‖a − b‖; coincident means get none (as the reference).
      const norm = norms[c - 1]!;
      if (norm === 0) continue;
      for (let k = 0; k < d; k++) {
        const g = (normsBar[c - 1]! * (before[c * d + k]! - before[k]!)) / norm;
        this.before[c * d + k] = this.before[c * d + k]! + g;
        this.before[k] = this.before[k]! - g;
      }
    }
  }

  /** before_c = μ_0 + (μ_c − μ_0)/σ_c in the inverse (c ≥ 1), else μ_c. */
  private beforeMeans(state: ScalingState): void {
    const { C, d } = state.sizes;
    const { current, sigma } = state;
    for (let c = 0; c < C; c++)
      for (let k = 0; k < d; k++) {
        const bar = this.before[c * d + k]!;
        if (c === 0 || state.forward) {
          this.current[c * d + k] = this.current[c * d + k]! + bar;
          continue;
        }
        const s = sigma[c - 1]!;
        this.current[c * d + k] = this.current[c * d + k]! + bar / s;
        this.current[k] = this.current[k]! + bar * (1 - 1 / s);
        this.sigma[c - 1] = this.sigma[c - 1]! - (bar * (current[c * d + k]! - current[k]!)) / s ** 2;
      }
  }
}
