/**
 * Adjoints of the reference's whole-sample ops (layers.ts): centring, splitting and merging halves (method
 * §3.1), which are linear and have no parameters, and the scaling block (method §7) and the shift (method
 * §5.5), which add their parameters' adjoints into a GradStore. Each returns the input's adjoint from the
 * output's, recomputing what it needs of the forward. Compiled training, step 1 (docs/design/compiled-training.md).
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { affineScale } from '../math/affine.js';
import { scaleDerivative } from '../math/affine-adjoint.js';
import { gradOf, stableMlpVjp, type GradStore } from '../nets/mlp-adjoint.js';
import { param, type ParamStore } from '../nets/params.js';
import { dist, merge, scalingState, split, type Sizes } from './layers.js';

/**
 * out[i][c] = z[i][c] − mean_j z[j][channel] for every channel c, so
 * z̄[i][c] = ȳ[i][c] − [c = channel] · (1/n) Σ_{j, c'} ȳ[j][c'].
 */
export function centerVjp(yBar: Float64Array, sizes: Sizes, channel: number): Float64Array {
  const { n, C, d } = sizes;
  const total = new Array<number>(d).fill(0);
  for (let i = 0; i < yBar.length; i++) total[i % d] = total[i % d]! + yBar[i]!;
  const zBar = Float64Array.from(yBar);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) zBar[(i * C + channel) * d + k] = zBar[(i * C + channel) * d + k]! - total[k]! / n;
  return zBar;
}

/** split is a permutation of z's entries: its adjoint puts the halves' adjoints back (a merge). */
export function splitVjp(condBar: Float64Array, transBar: Float64Array, sizes: Sizes, swap: boolean): Float64Array {
  return merge(condBar, transBar, sizes, swap);
}

/** merge is the inverse permutation: its adjoint splits z̄ into the halves' adjoints. */
export function mergeVjp(zBar: Float64Array, sizes: Sizes, swap: boolean): { cond: Float64Array; trans: Float64Array } {
  return split(zBar, sizes, swap);
}

type Scaling = Extract<Op, { kind: 'scaling' }>;
type Means = number[][];
const zeroMeans = (C: number, d: number): Means => Array.from({ length: C }, () => new Array<number>(d).fill(0));

/** The adjoints scalingVjp accumulates on its way back: per-channel means (current and before the CoM flow), λ and σ. */
interface ScalingBars {
  readonly current: Means;
  readonly before: Means;
  readonly lambda: number[];
  readonly sigma: number[];
}

/**
 * out[i][c] = to_c + f_c·(z[i][c] − μ_c), f_c = λ_c (forward) or 1/λ_c (inverse), to_0 = μ_0 and, for c ≥ 1,
 * to_c = μ_0 + σ_c(μ_c − μ_0) (forward) or before_c (inverse). Adds z's direct adjoint f_c·ō into zBarIn.
 */
function movedPointsVjp(op: Scaling, z: Float64Array, sizes: Sizes, sigma: number[], current: Means, lambda: number[], outBar: Float64Array, zBarIn: Float64Array, bars: ScalingBars): void {
  const { n, C, d } = sizes;
  const forward = op.direction === 'forward';
  const x = current[0]!;
  for (let c = 0; c < C; c++) {
    const factor = forward ? lambda[c]! : 1 / lambda[c]!;
    const toBar = new Array<number>(d).fill(0);
    let factorBar = 0;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < d; k++) {
        const at = (i * C + c) * d + k;
        zBarIn[at] = zBarIn[at]! + factor * outBar[at]!;
        toBar[k] = toBar[k]! + outBar[at]!;
        factorBar += outBar[at]! * (z[at]! - current[c]![k]!);
      }
    }
    bars.lambda[c] = bars.lambda[c]! + (forward ? factorBar : -factorBar / lambda[c]! ** 2);
    for (let k = 0; k < d; k++) {
      bars.current[c]![k] = bars.current[c]![k]! - factor * toBar[k]!;
      if (c === 0) bars.current[0]![k] = bars.current[0]![k]! + toBar[k]!;
      else if (!forward) bars.before[c]![k] = bars.before[c]![k]! + toBar[k]!;
      else {
        const s = sigma[c - 1]!;
        bars.current[c]![k] = bars.current[c]![k]! + s * toBar[k]!;
        bars.current[0]![k] = bars.current[0]![k]! + (1 - s) * toBar[k]!;
        bars.sigma[c - 1] = bars.sigma[c - 1]! + toBar[k]! * (current[c]![k]! - x[k]!);
      }
    }
  }
}

/**
 * λ = affineScale(logits), logits free (scale_logits) or the head of the distances ‖before_k − before_0‖
 * (scale_head): adds the logits' adjoint to the parameters and the distances' to bars.before.
 */
function scaleLogitsVjp(op: Scaling, store: ParamStore, before: Means, logits: Float64Array, bars: ScalingBars, grads: GradStore): void {
  const C = before.length;
  const logitBar = Float64Array.from(logits, (l, c) => bars.lambda[c]! * scaleDerivative(l));
  if (!op.conditioned) {
    const g = gradOf(grads, store, `${op.params}.scale_logits`);
    for (let c = 0; c < C; c++) g[c] = g[c]! + logitBar[c]!;
    return;
  }
  const norms = Float64Array.from({ length: C - 1 }, (_, j) => dist(before[j + 1]!, before[0]!));
  const normsBar = stableMlpVjp(norms, 1, store, `${op.params}.scale_head`, [...op.units, C], false, logitBar, grads);
  for (let c = 1; c < C; c++) {
    // ∂‖a − b‖/∂a = (a − b)/‖a − b‖; coincident means (norm 0, never met with continuous data) get none.
    const norm = norms[c - 1]!;
    if (norm === 0) continue;
    for (let k = 0; k < before[0]!.length; k++) {
      const g = (normsBar[c - 1]! * (before[c]![k]! - before[0]![k]!)) / norm;
      bars.before[c]![k] = bars.before[c]![k]! + g;
      bars.before[0]![k] = bars.before[0]![k]! - g;
    }
  }
}

/**
 * before = current (forward), or before_c = μ_0 + (μ_c − μ_0)/σ_c (inverse, c ≥ 1; before_0 = μ_0): the inverse's
 * λ reads means that depend on σ, so σ gets −Σ_k before̅_c·(μ_c − μ_0)/σ_c² from here too.
 */
function beforeMeansVjp(op: Scaling, sigma: number[], current: Means, bars: ScalingBars): void {
  const forward = op.direction === 'forward';
  const x = current[0]!;
  bars.before.forEach((bar, c) => {
    for (let k = 0; k < bar.length; k++) {
      if (c === 0 || forward) {
        bars.current[c]![k] = bars.current[c]![k]! + bar[k]!;
        continue;
      }
      const s = sigma[c - 1]!;
      bars.current[c]![k] = bars.current[c]![k]! + bar[k]! / s;
      bars.current[0]![k] = bars.current[0]![k]! + bar[k]! * (1 - 1 / s);
      bars.sigma[c - 1] = bars.sigma[c - 1]! - (bar[k]! * (current[c]![k]! - x[k]!)) / s ** 2;
    }
  });
}

/**
 * The adjoint of `scaling` (either direction, conditioned or not): from the output's adjoint z̄ and the
 * log-det's ℓ̄, adds scale_logits / scale_head and com_logits adjoints into `grads` and returns the input's.
 */
export function scalingVjp(op: Scaling, z: Float64Array, sizes: Sizes, store: ParamStore, zBar: Float64Array, logDetBar: number, grads: GradStore): Float64Array {
  const { n, C, d } = sizes;
  const { sigma, current, before, logits } = scalingState(op, z, sizes, store);
  const lambda = Array.from(logits, affineScale);
  const bars: ScalingBars = { current: zeroMeans(C, d), before: zeroMeans(C, d), lambda: new Array<number>(C).fill(0), sigma: new Array<number>(C - 1).fill(0) };
  const zBarIn = new Float64Array(z.length);
  movedPointsVjp(op, z, sizes, sigma, current, lambda, zBar, zBarIn, bars);
  // log-det = ±[(n−1)·d·Σ log λ + d·Σ log σ].
  const signed = op.direction === 'forward' ? logDetBar : -logDetBar;
  lambda.forEach((l, c) => (bars.lambda[c] = bars.lambda[c]! + (signed * (n - 1) * d) / l));
  sigma.forEach((s, a) => (bars.sigma[a] = bars.sigma[a]! + (signed * d) / s));
  scaleLogitsVjp(op, store, before, logits, bars, grads);
  beforeMeansVjp(op, sigma, current, bars);
  const comLogits = param(store, `${op.params}.com_logits`);
  const comBar = gradOf(grads, store, `${op.params}.com_logits`);
  for (let a = 0; a < C - 1; a++) comBar[a] = comBar[a]! + bars.sigma[a]! * scaleDerivative(comLogits[a]!);
  // μ_c = (1/n) Σ_i z[i][c].
  for (let i = 0; i < n; i++) for (let c = 0; c < C; c++) for (let k = 0; k < d; k++) zBarIn[(i * C + c) * d + k] = zBarIn[(i * C + c) * d + k]! + bars.current[c]![k]! / n;
  return zBarIn;
}

/**
 * out[i][ch] = t[i][ch] + w·(v[i][src] − mean_j v[j][src]), src = min(ch, M − 1), w = ±shift_w: t̄ = ō;
 * v̄[i][src] += w·(ō[i][ch] − mean_j ō[j][ch]) summed over the channels that read src; shift_w̄ = ±Σ ō·(v − mean v).
 */
export function shiftVjp(op: Extract<Op, { kind: 'shift' }>, trans: Float64Array, vectors: Float64Array, sizes: Sizes, store: ParamStore, outBar: Float64Array, grads: GradStore): { trans: Float64Array; vectors: Float64Array } {
  const { n, s, d } = sizes;
  const sign = op.direction === 'forward' ? 1 : -1;
  const w = param(store, `${op.params}.shift_w`)[0]! * sign;
  const M = vectors.length / (n * d);
  const vectorsBar = new Float64Array(vectors.length);
  let wBar = 0;
  for (let ch = 0; ch < s; ch++) {
    const src = Math.min(ch, M - 1);
    for (let k = 0; k < d; k++) {
      let mean = 0;
      let meanBar = 0;
      for (let i = 0; i < n; i++) {
        mean += vectors[(i * M + src) * d + k]! / n;
        meanBar += outBar[(i * s + ch) * d + k]! / n;
      }
      for (let i = 0; i < n; i++) {
        const g = outBar[(i * s + ch) * d + k]!;
        vectorsBar[(i * M + src) * d + k] = vectorsBar[(i * M + src) * d + k]! + w * (g - meanBar);
        wBar += g * (vectors[(i * M + src) * d + k]! - mean);
      }
    }
  }
  const shiftBar = gradOf(grads, store, `${op.params}.shift_w`);
  shiftBar[0] = shiftBar[0]! + sign * wBar;
  return { trans: Float64Array.from(outBar), vectors: vectorsBar };
}
