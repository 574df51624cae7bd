/**
 * The paper's metrics for a trained flow (method §2.4, §11), shared by `flowc eval`, `flowc report` and the
 * reproduction script: NLL with K augmented draws, var log w and the bound gap on data; forward ESS on the
 * data and reverse ESS on model samples when the spec has a target. The model samples and their log weights
 * are returned too, so a report can plot exactly the samples the ESS was measured on.
 */
import type { Flow, Sample } from './flow.js';
import { forwardEss, marginalFromLogWeights, reverseEss } from './reference/math/densities.js';
import { yieldToEventLoop } from './event-loop.js';

export interface MetricOptions {
  /** K: augmented draws per data point for the marginal estimate. */
  readonly K: number;
  /** Model samples for the reverse ESS (and the report's histograms). */
  readonly samples: number;
  readonly seed: number;
  /** Data rows per backend call. */
  readonly chunk?: number;
  /** Called after every chunk (a command's progress line; evaluateFlow itself prints nothing). */
  readonly onProgress?: (progress: MetricsProgress) => void;
}

/**
 * Where an evaluation stands. Also in flow passes, K per data row (its augmented draws) and one per model
 * sample, so that one rate gives a time left over both steps.
 */
export interface MetricsProgress {
  /** 'data': the log weights of the data rows; 'samples': drawing the model samples. */
  readonly step: 'data' | 'samples';
  /** Rows of this step done, of `rows`. */
  readonly done: number;
  readonly rows: number;
  readonly passesDone: number;
  readonly passesTotal: number;
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
  const drawSamples = alwaysSample || flow.module.target !== undefined;
  const passesTotal = count * options.K + (drawSamples ? options.samples : 0);
  const logW: number[][] = [];
  for (let start = 0; start < count; start += chunk) {
    const b = Math.min(chunk, count - start);
    logW.push(...await flow.logWeightsAsync(data.subarray(start * n * d, (start + b) * n * d), b, options.K, options.seed));
    options.onProgress?.({ step: 'data', done: start + b, rows: count, passesDone: (start + b) * options.K, passesTotal });
    await yieldToEventLoop();
  }
  const summary = marginalFromLogWeights(logW);
  const base = { rows: count, K: options.K, nll: summary.nll, var_log_w: summary.varLogW, lower_bound_marginal_gap: summary.lowerBoundMarginalGap };
  const sampled = () =>
    sampleInChunks(flow, options.samples, options.seed + 1, SAMPLE_CHUNK, (done) => options.onProgress?.({ step: 'samples', done, rows: options.samples, passesDone: count * options.K + done, passesTotal }));
  if (!flow.module.target) {
    return alwaysSample ? { metrics: base, sample: await sampled() } : { metrics: base };
  }
  // forward ESS: one a ~ π(·|x) per test point; log w = log p(x) + log π(a|x) − log q(x, a)
  const target = flow.targetLogProb(data, count)!;
  const oneDraw = logW.map((row, i) => target[i]! - row[0]!);
  const sample = await sampled();
  const sampleLogW = modelLogWeights(flow, sample, options.samples);
  const metrics = { ...base, forward_ess: forwardEss(oneDraw).ess, reverse_ess: reverseEss(Array.from(sampleLogW)), reverse_ess_samples: options.samples };
  return { metrics, sample, sampleLogW };
}

/** Model samples per backend call: a multiple of tfjs's 16-system chunks, so its batches are those of one call. */
export const SAMPLE_CHUNK = 256;

/**
 * `count` samples of the seed in chunks of `chunk` rows, yielding to the event loop between them: the same
 * rows as one call (row k is the seed's k-th base draw whatever the chunking, backends/flow.ts).
 */
export async function sampleInChunks(flow: Flow, count: number, seed: number, chunk: number, onChunk?: (done: number) => void): Promise<Sample> {
  const { n, d, A } = flow;
  const sample = { x: new Float64Array(count * n * d), a: new Float64Array(count * n * A * d), logQ: new Float64Array(count) };
  for (let first = 0; first < count; first += chunk) {
    const b = Math.min(chunk, count - first);
    const s = await flow.sampleAsync(b, seed, first);
    sample.x.set(s.x, first * n * d);
    sample.a.set(s.a, first * n * A * d);
    sample.logQ.set(s.logQ, first);
    onChunk?.(first + b);
    await yieldToEventLoop();
  }
  return sample;
}

/** log w = log p(x) + log π(a|x) − log q(x, a) of model samples (the spec must have a target). */
export function modelLogWeights(flow: Flow, sample: Sample, count: number): Float64Array {
  const p = flow.targetLogProb(sample.x, count)!;
  const pi = flow.augmentedLogProb(sample.x, sample.a, count);
  return Float64Array.from(sample.logQ, (q, i) => p[i]! + pi[i]! - q);
}
