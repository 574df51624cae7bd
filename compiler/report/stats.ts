/**
 * The numbers behind the report's plots: interatomic distances, histograms on shared bin edges (densities,
 * optionally importance-weighted), self-normalised weights. Pure functions over flat arrays, so the tests
 * can recompute every plotted bar independently.
 */

/** All n(n−1)/2 pair distances of each configuration, x [count][n][d] (optionally channel c of [count][n][C][d]). */
export function pairDistances(x: ArrayLike<number>, count: number, n: number, d: number, channels = 1, channel = 0): Float64Array {
  const pairs = (n * (n - 1)) / 2;
  const out = new Float64Array(count * pairs);
  let k = 0;
  for (let b = 0; b < count; b++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let s = 0;
        for (let e = 0; e < d; e++) {
          const diff = x[((b * n + i) * channels + channel) * d + e]! - x[((b * n + j) * channels + channel) * d + e]!;
          s += diff * diff;
        }
        out[k++] = Math.sqrt(s);
      }
    }
  }
  return out;
}

/** The q-quantile (linear interpolation) of the finite values. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  if (sorted.length === 0) return NaN;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (at - lo) * (sorted[hi]! - sorted[lo]!);
}

/** `bins` equal bins over [lo, hi]; a range too narrow for float64 bins (all values equal) is widened by ±0.5. */
export function binEdges(lo: number, hi: number, bins: number): Float64Array {
  if (!(hi - lo > 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi)))) [lo, hi] = [lo - 0.5, hi + 0.5];
  return Float64Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
}

export interface Histogram {
  readonly edges: Float64Array;
  /** Density per bin: (weight in bin) / (total weight × bin width), so the bars integrate to the in-range share. */
  readonly density: Float64Array;
  /** Share of the total weight that fell outside [edges[0], edges[last]] (or was not finite). */
  readonly outside: number;
}

/**
 * Histogram on the given edges. Bins are [e_k, e_{k+1}), the last one closed. Densities are normalised by the
 * total weight including what fell outside, so clipped tails show as missing mass (reported in `outside`).
 */
export function histogram(values: ArrayLike<number>, edges: Float64Array, weights?: ArrayLike<number>): Histogram {
  const bins = edges.length - 1;
  const lo = edges[0]!;
  const hi = edges[bins]!;
  const width = (hi - lo) / bins;
  const mass = new Float64Array(bins);
  let total = 0;
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i]! : 1;
    total += w;
    const v = values[i]!;
    if (!(v >= lo && v <= hi)) {
      outside += w;
      continue;
    }
    mass[Math.min(bins - 1, Math.floor((v - lo) / width))]! += w;
  }
  return { edges, density: mass.map((m) => (total > 0 ? m / (total * width) : 0)), outside: total > 0 ? outside / total : 0 };
}

/** Self-normalised importance weights exp(log w − max) / Σ, with non-finite log w given weight 0. */
export function normalisedWeights(logW: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logW.length; i++) if (Number.isFinite(logW[i]!) && logW[i]! > max) max = logW[i]!;
  const w = Float64Array.from({ length: logW.length }, (_, i) => (Number.isFinite(logW[i]!) ? Math.exp(logW[i]! - max) : 0));
  const sum = w.reduce((s, v) => s + v, 0);
  return sum > 0 ? w.map((v) => v / sum) : w;
}
