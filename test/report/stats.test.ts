/** The report's numbers: histograms, pair distances, weights; and the .xyz export. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binEdges, histogram, normalisedWeights, pairDistances, quantile } from '../../compiler/report/stats.js';
import { trailingMean } from '../../compiler/report/figures.js';
import { elementSymbol, formatXyz, particleSymbols } from '../../backends/data/xyz.js';

const finite = fc.double({ min: -50, max: 50, noNaN: true });

describe('histograms', () => {
  it('integrate to the in-range share, and count every value once', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (values, bins) => {
        const edges = binEdges(quantile(values, 0.1), quantile(values, 0.9), bins);
        const h = histogram(values, edges);
        const width = edges[1]! - edges[0]!;
        const inRange = h.density.reduce((s, v) => s + v * width, 0);
        expect(inRange + h.outside).toBeCloseTo(1, 9);
        const counted = values.filter((v) => v >= edges[0]! && v <= edges[bins]!).length;
        expect(inRange * values.length).toBeCloseTo(counted, 6);
      }),
    );
  });

  it('put a value on an inner edge in the upper bin and the top edge in the last bin', () => {
    const h = histogram([0, 1, 2], binEdges(0, 2, 2));
    expect(Array.from(h.density)).toEqual([1 / 3, 2 / 3]);
    expect(h.outside).toBe(0);
  });

  it('weigh values by importance weights, and skip non-finite log weights', () => {
    const w = normalisedWeights([0, Math.log(3), -Infinity, NaN]);
    [0.25, 0.75, 0, 0].forEach((v, i) => expect(w[i]).toBeCloseTo(v, 14));
    const h = histogram([0.5, 1.5, 0.5, 0.5], binEdges(0, 2, 2), w);
    [0.25, 0.75].forEach((v, i) => expect(h.density[i]).toBeCloseTo(v, 14));
  });
});

describe('training curves', () => {
  it('smooth with a trailing mean that skips non-finite losses', () => {
    expect(trailingMean([1, 2, 3, NaN, 5], 2)).toEqual([1, 1.5, 2.5, 3, 5]);
  });
});

describe('pair distances', () => {
  it('are |x_i − x_j| for i < j, per configuration and per channel', () => {
    // two configurations of 3 particles in 2D with 2 channels: channel 1 is channel 0 scaled by 2
    const x = [0, 0, 0, 0, 3, 4, 6, 8, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 4, 4, 2, 2, 4, 4];
    expect(Array.from(pairDistances(x, 2, 3, 2, 2, 0))).toEqual([5, 0, 5, Math.SQRT2, Math.SQRT2, 0]);
    expect(Array.from(pairDistances(x, 2, 3, 2, 2, 1))).toEqual([10, 0, 10, 2 * Math.SQRT2, 2 * Math.SQRT2, 0]);
  });
});

describe('.xyz export', () => {
  it('maps type labels to elements, X otherwise', () => {
    expect(['H1', 'C12', 'Cl2', 'CA', 'h3', 'Na', 'Q', '1', 'O'].map(elementSymbol)).toEqual(['H', 'C', 'Cl', 'C', 'H', 'Na', 'X', 'X', 'O']);
    expect(particleSymbols(3, undefined)).toEqual(['X', 'X', 'X']);
  });

  it('writes one frame per configuration, z = 0 in 2D, parseable back to the numbers', () => {
    const x = [0.5, -1, 2, 3.25, 1, 1, -2, -2];
    const text = formatXyz({ x, frames: 2, n: 2, d: 2, symbols: ['C', 'Cl'], comment: (f) => `frame\n${f}` });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('2');
    expect(lines[1]).toBe('frame 0');
    const parsed = [lines[2], lines[3], lines[6], lines[7]].map((l) => l!.trim().split(/\s+/));
    expect(parsed.map((p) => p[0])).toEqual(['C', 'Cl', 'C', 'Cl']);
    expect(parsed.flatMap((p) => p.slice(1, 3).map(Number))).toEqual(x);
    expect(parsed.map((p) => Number(p[3]))).toEqual([0, 0, 0, 0]);
  });
});
