/**
 * Vega-Lite specifications for the report's plots, built from precomputed numbers (histograms from
 * stats.ts, training history rows): the chart only draws, so what a bar shows is exactly what the tests
 * recompute. Every mark carries an aria description (Vega-Lite's default), which the tests read back.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Histogram } from './stats.js';

export interface HistogramSeries {
  readonly name: string;
  readonly histogram: Histogram;
}

const WIDTH = 420;
const HEIGHT = 240;
const config = { font: 'DejaVu Sans, Helvetica, Arial, sans-serif', axis: { labelFontSize: 11, titleFontSize: 12 }, legend: { labelFontSize: 11, labelLimit: 300 } };

/** What every chart shares: size, fonts, inline data (no URL: the report must not fetch anything). */
const frame = (title: string, values: readonly object[]) => ({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title, width: WIDTH, height: HEIGHT, config, data: { values: values as object[] } });

/** Overlaid density histograms on shared bins, one translucent bar per bin and series. */
export function histogramChart(title: string, xTitle: string, series: readonly HistogramSeries[]): TopLevelSpec {
  const values = series.flatMap(({ name, histogram: h }) =>
    Array.from(h.density, (density, k) => ({ series: name, lo: h.edges[k]!, hi: h.edges[k + 1]!, density })),
  );
  return {
    ...frame(title, values),
    mark: { type: 'rect', fillOpacity: 0.45, strokeWidth: 1 },
    encoding: {
      x: { field: 'lo', type: 'quantitative', title: xTitle, scale: { zero: false, nice: false } },
      x2: { field: 'hi' },
      y: { field: 'density', type: 'quantitative', title: 'density' },
      y2: { datum: 0 },
      color: { field: 'series', type: 'nominal', title: null, sort: series.map((s) => s.name) },
      stroke: { field: 'series', type: 'nominal', legend: null, sort: series.map((s) => s.name) },
    },
  };
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

/** Lines (with points when a series is sparse, e.g. validation every N steps). */
export function lineChart(title: string, xTitle: string, yTitle: string, series: readonly LineSeries[]): TopLevelSpec {
  const values = series.flatMap(({ name, points }) => points.filter((p) => Number.isFinite(p.y)).map((p) => ({ series: name, x: p.x, y: p.y })));
  const sparse = series.every((s) => s.points.length <= 60);
  return {
    ...frame(title, values),
    mark: { type: 'line', point: sparse, strokeWidth: 1.5 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: xTitle },
      y: { field: 'y', type: 'quantitative', title: yTitle, scale: { zero: false } },
      color: { field: 'series', type: 'nominal', title: null },
    },
  };
}
