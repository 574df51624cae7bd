/**
 * The wasm row kernels (backends/wasm/emit/rows.ts via kernels.ts): gatherRowsAxpy, scatterRowsAxpy and
 * gatheredRowDots against float64 loops, for widths that leave every tail (1, 3, 5, 64, 131), with and without
 * per-row scales, indices in an arbitrary order with repeats (a scatter adds several rows into one). Errors
 * are componentwise against the sum of the terms' magnitudes; a scatter run as a gather must miss the bound.
 * Index checks: uploadIndices refuses a row number outside its bound.
 */
import { describe, expect, it } from 'vitest';
import { createDenseKernels } from '../../backends/wasm/kernels.js';
import { componentwiseError, float32Normals, reportError } from '../helpers/float32-error.js';

// Each result is a sum of ≤ 4 float32 products (axpy) or of `width` (dots): measured worst 1.0e-7 relative to
// the terms' magnitudes (FLOWC_REPORT_ERRORS=1); 1e-6 leaves 10×.
const BOUND = 1e-6;
const WIDTHS = [1, 3, 5, 64, 131];
const NODES = 6;
// Edge rows → node rows, in no particular order, node 2 hit three times and node 5 never.
const INDEX = Int32Array.from([2, 0, 3, 2, 1, 4, 2]);

interface Reference {
  readonly value: Float64Array;
  readonly magnitude: Float64Array;
}

function gatherReference(src: Float64Array, dst0: Float64Array, width: number, factor: number, scale?: Float64Array): Reference {
  const value = Float64Array.from(dst0);
  const magnitude = dst0.map(Math.abs);
  INDEX.forEach((node, r) => {
    for (let k = 0; k < width; k++) {
      const term = factor * (scale?.[r] ?? 1) * src[node * width + k]!;
      value[r * width + k] = value[r * width + k]! + term;
      magnitude[r * width + k] = magnitude[r * width + k]! + Math.abs(term);
    }
  });
  return { value, magnitude };
}

function scatterReference(src: Float64Array, dst0: Float64Array, width: number, factor: number, scale?: Float64Array): Reference {
  const value = Float64Array.from(dst0);
  const magnitude = dst0.map(Math.abs);
  INDEX.forEach((node, r) => {
    for (let k = 0; k < width; k++) {
      const term = factor * (scale?.[r] ?? 1) * src[r * width + k]!;
      value[node * width + k] = value[node * width + k]! + term;
      magnitude[node * width + k] = magnitude[node * width + k]! + Math.abs(term);
    }
  });
  return { value, magnitude };
}

describe('wasm row kernels', () => {
  const kernels = createDenseKernels();
  const idx = kernels.uploadIndices(INDEX, NODES);
  const edges = INDEX.length;

  it.each(WIDTHS.flatMap((width) => [true, false].map((scaled) => ({ width, scaled }))))('width $width, scaled $scaled: gather, scatter, dots', ({ width, scaled }) => {
    const nodeRows = float32Normals(NODES * width, width);
    const edgeRows = float32Normals(edges * width, width + 1);
    const scale = scaled ? float32Normals(edges, width + 2) : undefined;
    const factor = Math.fround(0.37);
    const gathered = kernels.gatherRowsAxpy(kernels.upload(nodeRows), idx, kernels.upload(edgeRows), width, factor, scale && kernels.upload(scale));
    const wantGather = gatherReference(nodeRows, edgeRows, width, factor, scale);
    expect(reportError(`gather, width ${width}`, componentwiseError(kernels.read(gathered), wantGather.value, wantGather.magnitude))).toBeLessThan(BOUND);
    const scattered = kernels.scatterRowsAxpy(kernels.upload(edgeRows), idx, kernels.upload(nodeRows), width, factor, scale && kernels.upload(scale));
    const wantScatter = scatterReference(edgeRows, nodeRows, width, factor, scale);
    expect(reportError(`scatter, width ${width}`, componentwiseError(kernels.read(scattered), wantScatter.value, wantScatter.magnitude))).toBeLessThan(BOUND);
    const dots = kernels.read(kernels.gatheredRowDots(kernels.upload(nodeRows), idx, kernels.upload(edgeRows), width));
    const want = Array.from(INDEX, (node, r) => edgeRows.subarray(r * width, (r + 1) * width).reduce((s, v, k) => s + v * nodeRows[node * width + k]!, 0));
    const magnitude = Array.from(INDEX, (node, r) => edgeRows.subarray(r * width, (r + 1) * width).reduce((s, v, k) => s + Math.abs(v * nodeRows[node * width + k]!), 0));
    expect(reportError(`dots, width ${width}`, componentwiseError(dots, want, magnitude))).toBeLessThan(BOUND);
  });

  it('misses the bound when a scatter is checked as a gather (the check can fail)', () => {
    const width = 5;
    const edgeRows = float32Normals(edges * width, 3);
    const nodeRows = float32Normals(NODES * width, 4);
    const gatheredAsScatter = kernels.scatterRowsAxpy(kernels.upload(edgeRows.subarray(0, NODES * width)), kernels.uploadIndices(INDEX.subarray(0, NODES), NODES), kernels.upload(nodeRows), width);
    const want = gatherReference(nodeRows, edgeRows, width, 1);
    expect(componentwiseError(kernels.read(gatheredAsScatter), want.value.subarray(0, NODES * width), want.magnitude.subarray(0, NODES * width))).toBeGreaterThan(BOUND);
  });

  it('refuses row numbers outside the bound', () => {
    expect(() => kernels.uploadIndices(Int32Array.from([0, NODES]), NODES)).toThrow(/row index/);
    expect(() => kernels.uploadIndices(Int32Array.from([-1]), NODES)).toThrow(/row index/);
  });
});
