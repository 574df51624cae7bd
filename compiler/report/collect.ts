/**
 * Everything a report shows, measured from a flow and its weights: the metrics (backends/metrics.ts) on the
 * data, model samples and their figures, the training history found next to the weights, and the property
 * suite (`flowc verify`) run on the trained weights. Pure of I/O except reading the history file.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Flow } from '../../backends/flow.js';
import { evaluateFlow, modelLogWeights, SAMPLE_CHUNK, sampleInChunks, type Metrics, type MetricsProgress } from '../../backends/metrics.js';
import { runSuite, type PropertyResult, type SuiteProgress } from '../../backends/conformance/suite.js';
import { readHistory } from './history-file.js';
import { distanceFigure, energyFigure, trainingFigures, type Figure, type HistoryPoint } from './figures.js';

export interface ReportOptions {
  readonly K: number;
  readonly samples: number;
  readonly seed: number;
  /** Property-suite runs on the trained weights (0: leave the section out). */
  readonly verifyRuns: number;
  /** Runs of the log-det vs finite-difference Jacobian check (20·D reference evaluations each; 0 leaves it out). */
  readonly jacobianRuns: number;
  /** A flow on the float64 reference backend with the same weights, for the property suite. */
  readonly referenceFlow?: Flow;
  /** Progress of the two long steps, the metrics (or the model samples alone) and the property suite. */
  readonly onMetricsProgress?: (progress: MetricsProgress) => void;
  readonly onVerifyProgress?: (progress: SuiteProgress) => void;
}

export interface ReportData {
  readonly metrics?: Metrics;
  readonly figures: readonly Figure[];
  readonly history?: readonly HistoryPoint[];
  readonly verify?: { readonly results: readonly PropertyResult[]; readonly runs: number; readonly seconds: number };
  readonly seconds: { readonly metrics: number; readonly verify: number };
}

/** The training history of a run folder: `history.json` next to the weights, if the run wrote one. */
export function findHistory(weightsPath: string, explicit?: string): HistoryPoint[] | undefined {
  const path = explicit ?? join(dirname(weightsPath), 'history.json');
  if (!existsSync(path)) return undefined;
  return readHistory(path);
}

export async function collectReport(flow: Flow, data: { data: Float64Array; count: number } | undefined, history: readonly HistoryPoint[] | undefined, options: ReportOptions): Promise<ReportData> {
  const { n, d, A } = flow;
  const started = performance.now();
  const onProgress = options.onMetricsProgress;
  const evaluation = data ? await evaluateFlow(flow, data.data, data.count, { ...options, onProgress }, true) : undefined;
  const sample =
    evaluation?.sample ??
    (await sampleInChunks(flow, options.samples, options.seed + 1, SAMPLE_CHUNK, (done) => onProgress?.({ step: 'samples', done, rows: options.samples, passesDone: done, passesTotal: options.samples })));
  const metricsSeconds = (performance.now() - started) / 1000;
  const figures: Figure[] = [];
  const model = { name: 'model samples', configurations: { values: sample.x, count: options.samples } };
  figures.push(distanceFigure(n, d, data ? [{ name: 'data', configurations: { values: data.data, count: data.count } }, model] : [model]));
  if (A > 0) {
    const modelA = { name: 'model samples', configurations: { values: sample.a, count: options.samples, channels: A } };
    const dataA = data && { name: 'data, a ~ π(a|x)', configurations: { values: flow.augmentDraws(data.data, data.count, 1, options.seed).as, count: data.count, channels: A } };
    figures.push(distanceFigure(n, d, dataA ? [dataA, modelA] : [modelA], true));
  }
  if (flow.module.target) {
    const energy = (x: Float64Array, count: number) => Array.from(flow.targetLogProb(x, count)!, (l) => -l);
    const logW = evaluation?.sampleLogW ?? modelLogWeights(flow, sample, options.samples);
    figures.push(energyFigure(data && energy(data.data, data.count), energy(sample.x, options.samples), logW));
  }
  if (history && history.length > 0) figures.push(...trainingFigures(history));
  let verify: ReportData['verify'];
  const verifyStarted = performance.now();
  if (options.verifyRuns > 0 && options.referenceFlow) {
    const onProgress = options.onVerifyProgress;
    const results = await runSuite(options.referenceFlow, { runs: options.verifyRuns, seed: options.seed, jacobianRuns: options.jacobianRuns, onProgress });
    verify = { results, runs: options.verifyRuns, seconds: (performance.now() - verifyStarted) / 1000 };
  }
  return { metrics: evaluation?.metrics, figures, history, verify, seconds: { metrics: metricsSeconds, verify: (performance.now() - verifyStarted) / 1000 } };
}
