/**
 * The report's figures from its numbers: which histograms and curves a flow gets (distances always;
 * augmented distances when A > 0; energies when the spec has a target; curves when a training history is
 * there), each as a named Vega-Lite spec plus the plotted series (written as JSON by `flowc plot`).
 */
import type { TopLevelSpec } from 'vega-lite';
import { histogramChart, lineChart, type HistogramSeries, type LineSeries } from './charts.js';
import { binEdges, histogram, normalisedWeights, pairDistances, quantile } from './stats.js';

export interface Configurations {
  /** Positions [count][n][channels][d] (channels = 1 for x alone). */
  readonly values: ArrayLike<number>;
  readonly count: number;
  readonly channels?: number;
  readonly channel?: number;
}

export interface Figure {
  /** File-name-safe identifier: distances, augmented-distances, energies, training-loss, validation-nll. */
  readonly kind: string;
  readonly caption: string;
  readonly spec: TopLevelSpec;
  /** The plotted numbers, for `flowc plot … -o X.json` and the tests. */
  readonly series: readonly HistogramSeries[] | readonly LineSeries[];
}

const binsFor = (count: number) => Math.max(10, Math.min(60, Math.round(Math.sqrt(count))));
const percent = (share: number) => `${(100 * share).toFixed(share < 0.01 ? 2 : 1)} %`;

/** Shared edges over [min q0.001, max q0.999] of the named value sets: rare far outliers do not squash the bars. */
function sharedEdges(sets: readonly ArrayLike<number>[]): Float64Array {
  const lo = Math.min(...sets.map((s) => quantile(s, 0.001)));
  const hi = Math.max(...sets.map((s) => quantile(s, 0.999)));
  return binEdges(lo, hi, binsFor(Math.min(...sets.map((s) => s.length))));
}

function outsideNote(series: readonly HistogramSeries[]): string {
  const cut = series.filter((s) => s.histogram.outside > 0);
  return cut.length === 0 ? '' : ` Outside the plotted range: ${cut.map((s) => `${s.name} ${percent(s.histogram.outside)}`).join(', ')}.`;
}

export function distanceFigure(n: number, d: number, sets: readonly { name: string; configurations: Configurations }[], augmented = false): Figure {
  const distances = sets.map(({ name, configurations: c }) => ({ name, values: pairDistances(c.values, c.count, n, d, c.channels ?? 1, c.channel ?? 0) }));
  const edges = sharedEdges(distances.map((s) => s.values));
  const series = distances.map(({ name, values }) => ({ name, histogram: histogram(values, edges) }));
  const what = augmented ? 'augmented-variable pair distances |a_i − a_j|' : 'interatomic distances |x_i − x_j|';
  return {
    kind: augmented ? 'augmented-distances' : 'distances',
    caption: `Histogram of all ${(n * (n - 1)) / 2} ${what} per configuration (${sets.map((s) => `${s.name}: ${s.configurations.count}`).join(', ')} configurations).${outsideNote(series)}`,
    spec: histogramChart(augmented ? 'Augmented pair distances' : 'Interatomic distances', augmented ? 'distance |a_i − a_j|' : 'distance |x_i − x_j|', series),
    series,
  };
}

/**
 * Energies of the data, the raw model samples, and the samples reweighted by w = p/q (self-normalised).
 * The range follows the data (raw samples often have a long high-energy tail, reported as outside mass).
 */
export function energyFigure(data: ArrayLike<number> | undefined, samples: ArrayLike<number> | undefined, logW?: ArrayLike<number>): Figure {
  const reference = data ?? samples;
  if (!reference) throw new RangeError('energyFigure needs data or samples');
  const lo = quantile(reference, 0.001);
  const hi = quantile(reference, 0.999);
  const edges = binEdges(lo - 0.05 * (hi - lo), hi + 0.25 * (hi - lo), binsFor(reference.length));
  const series: HistogramSeries[] = [];
  if (data) series.push({ name: 'data', histogram: histogram(data, edges) });
  if (samples) series.push({ name: 'model samples', histogram: histogram(samples, edges) });
  if (samples && logW) series.push({ name: 'model, reweighted', histogram: histogram(samples, edges, normalisedWeights(logW)) });
  return {
    kind: 'energies',
    caption: `Reduced energy U(x)/kT = −log p̃(x) of ${data ? `${data.length} data configurations${samples ? ', ' : ''}` : ''}${samples ? `${samples.length} model samples` : ''}${samples && logW ? ', and the same samples reweighted by self-normalised importance weights w ∝ exp(−U(x)) π(a|x) / q(x, a)' : ''}.${outsideNote(series)}`,
    spec: histogramChart('Energies', 'energy U(x) / kT', series),
    series,
  };
}

/** Mean of the last `window` finite values at each position (fewer at the start). */
export function trailingMean(values: readonly number[], window: number): number[] {
  return values.map((_, k) => {
    const recent = values.slice(Math.max(0, k - window + 1), k + 1).filter(Number.isFinite);
    return recent.length > 0 ? recent.reduce((s, v) => s + v, 0) / recent.length : NaN;
  });
}

export interface HistoryPoint {
  readonly step: number;
  readonly loss: number;
  readonly aux?: number;
  readonly valNll?: number;
}

/** Training loss (and the aux term) per step; validation NLL where it was measured. */
export function trainingFigures(history: readonly HistoryPoint[]): Figure[] {
  const figures: Figure[] = [];
  const loss: LineSeries[] = [{ name: 'training loss', points: history.map((h) => ({ x: h.step, y: h.loss })) }];
  // Per-step losses of batch 32 are noisy: a trailing mean over a window of ≈ 2 % of the run shows the trend.
  const window = Math.max(1, Math.round(history.length / 50));
  if (window > 1) {
    const mean = trailingMean(history.map((h) => h.loss), window);
    loss.push({ name: `training loss, mean of ${window} steps`, points: history.slice(window - 1).map((h, k) => ({ x: h.step, y: mean[k + window - 1]! })) });
  }
  if (history.some((h) => h.aux !== undefined)) loss.push({ name: 'aux (frame barrier)', points: history.filter((h) => h.aux !== undefined).map((h) => ({ x: h.step, y: h.aux! })) });
  figures.push({ kind: 'training-loss', caption: `Training loss per step (${history.length} steps logged).`, spec: lineChart('Training loss', 'step', 'loss', loss), series: loss });
  const validation = history.filter((h) => h.valNll !== undefined && Number.isFinite(h.valNll));
  if (validation.length > 0) {
    const series = [{ name: 'validation NLL', points: validation.map((h) => ({ x: h.step, y: h.valNll! })) }];
    figures.push({ kind: 'validation-nll', caption: `Validation NLL as measured during training (${validation.length} points; the run's --val-rows and --marginal-samples).`, spec: lineChart('Validation NLL', 'step', 'NLL (nats)', series), series });
  }
  return figures;
}
