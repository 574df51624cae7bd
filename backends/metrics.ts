/**
 * The paper's metrics for a trained flow (method §2.4, §11), shared by `flowc eval`, `flowc report` and the
 * reproduction script: NLL with K augmented draws, var log w and the bound gap on data; forward ESS on the
 * data and reverse ESS on model samples when the spec has a target. The model samples and their log weights
 * are returned too, so a report can plot exactly the samples the ESS was measured on.
 */
import type { Flow, Sample } from './flow.js';
import { forwardEss, marginalFromLogWeights, reverseEss } from './reference/math/densities.js';

export interface MetricOptions {
  /** K: augmented draws per data point for the marginal estimate. */
  readonly K: number;
  /** Model samples for the reverse ESS (and the report's histograms). */
  readonly samples: number;
  readonly seed: number;
  /** Data rows per backend call. */
  readonly chunk?: number;
}

export interface Metrics {
  readonly rows: number;
  readonly K: number;
  readonly nll: number;
  readonly var_log_w: number;
  readonly lower_bound_marginal_gap: number;
  readonly forward_ess?: number;
  readonly reverse_ess?: number;
  readonly reverse_ess_samples?: number;
}

export interface Evaluation {
  readonly metrics: Metrics;
  /** Model samples (seed + 1), drawn when a target exists or `alwaysSample` is set. */
  readonly sample?: Sample;
  /** log w = log p(x) + log π(a|x) − log q(x, a) of `sample`, when the spec has a target. */
  readonly sampleLogW?: Float64Array;
}

/** Async so that it runs on every backend, WGSL included (the same numbers on the synchronous ones). */
export async function evaluateFlow(flow: Flow, data: Float64Array, count: number, options: MetricOptions, alwaysSample = false): Promise<Evaluation> {
  const { n, d } = flow;
  const chunk = options.chunk ?? 100;
  const logW: number[][] = [];
  for (let start = 0; start < count; start += chunk) {
    const b = Math.min(chunk, count - start);
    logW.push(...await flow.logWeightsAsync(data.subarray(start * n * d, (start + b) * n * d), b, options.K, options.seed));
  }
  const summary = marginalFromLogWeights(logW);
  const base = { rows: count, K: options.K, nll: summary.nll, var_log_w: summary.varLogW, lower_bound_marginal_gap: summary.lowerBoundMarginalGap };
  if (!flow.module.target) {
    return alwaysSample ? { metrics: base, sample: await flow.sampleAsync(options.samples, options.seed + 1) } : { metrics: base };
  }
  // forward ESS: one a ~ π(·|x) per test point; log w = log p(x) + log π(a|x) − log q(x, a)
  const target = flow.targetLogProb(data, count)!;
  const oneDraw = logW.map((row, i) => target[i]! - row[0]!);
  const sample = await flow.sampleAsync(options.samples, options.seed + 1);
  const sampleLogW = modelLogWeights(flow, sample, options.samples);
  const metrics = { ...base, forward_ess: forwardEss(oneDraw).ess, reverse_ess: reverseEss(Array.from(sampleLogW)), reverse_ess_samples: options.samples };
  return { metrics, sample, sampleLogW };
}

/** log w = log p(x) + log π(a|x) − log q(x, a) of model samples (the spec must have a target). */
export function modelLogWeights(flow: Flow, sample: Sample, count: number): Float64Array {
  const p = flow.targetLogProb(sample.x, count)!;
  const pi = flow.augmentedLogProb(sample.x, sample.a, count);
  return Float64Array.from(sample.logQ, (q, i) => p[i]! + pi[i]! - q);
}
