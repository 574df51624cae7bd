/**
 * The executor (backends/wasm/exec/executor.ts) with the batched wasm kernels of egnn and head
 * (exec/dense-kernels.ts) against the same executor with the per-example float64 reference kernel on a small
 * flow (two couplings, scaling), weights from randomWeights: the batch gradient of every parameter, the
 * losses, a masked NaN example dropped, forward and inverse — and the shared arena back where it was after
 * each batch (nothing a batch held is left behind). Inside egnn and head the two differ by float32 round-off
 * (≤ 3e-7 of each output here), and the flow amplifies that a lot: multiplying the reference kernel's egnn
 * and head outputs by 1 + 1e-7·N(0, 1) (four seeds) moves z by up to 1.8e-5 / 3.8e-5 and the log-dets by up
 * to 3.7e-5 / 4.0e-4 relative (forward / inverse). The bounds below allow for that.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { buildGradient } from '../../compiler/ir/gradient.js';
import { randomWeights } from '../../backends/init.js';
import { typicalPoint } from '../../backends/conformance/gradient-check.js';
import { runFunctionBatch, runGradientBatch, type KernelTable } from '../../backends/wasm/exec/executor.js';
import { perExampleReference } from '../../backends/wasm/exec/per-example-reference.js';
import { denseKernels } from '../../backends/wasm/exec/dense-kernels.js';
import { wasmArenaBytes } from '../../backends/wasm/exec/wasm-runtime.js';

const source = `flow f {
  system particles 4, dim 3
  couple x | a project spherical condition egnn(layers 2, mlp [8, 8], features 8, head [8, 8])
  couple a | x project cartesian transform affine condition egnn(layers 1, mlp [6, 8], features 8, head [8, 8])
  scaling
}`;

const reference: KernelTable = () => perExampleReference;
const dense: KernelTable = (op) => denseKernels[op.kind] ?? perExampleReference;

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
const relative = (got: ArrayLike<number>, want: ArrayLike<number>) => norm(Array.from(want, (w, i) => got[i]! - w)) / Math.max(1e-30, norm(want));

function setup(B: number) {
  const { module } = compile(source, { noCheck: true });
  const weights = randomWeights(module, 4);
  const params = new Map([...weights].map(([k, v]) => [k, Float32Array.from(v)]));
  const size = module.system.n * module.system.channels * module.system.dim;
  const z = new Float32Array(B * size);
  for (let b = 0; b < B; b++) z.set(typicalPoint(module, weights, 10 + b), b * size);
  return { module, params, z, size };
}

describe('the wasm executor with the batched egnn and head kernels', () => {
  it('gives the per-example reference gradient, drops a NaN example, and frees its arena memory', () => {
    const B = 4;
    const { module, params, z, size } = setup(B);
    z.fill(NaN, size, 2 * size);
    const g = buildGradient(module, { auxWeight: 10 });
    const weights = new Float64Array(B).fill(1 / B);
    const want = runGradientBatch(g, module, params, z, weights, reference);
    const got = runGradientBatch(g, module, params, z, weights, dense);
    const settled = wasmArenaBytes();
    expect(Array.from(got.weight)).toEqual(Array.from(want.weight));
    // The kept examples' losses: measured 1.1e-5 relative (−log q, with the inverse's log-det: see above).
    expect(relative(got.loss.filter((_, b) => b !== 1), want.loss.filter((_, b) => b !== 1))).toBeLessThan(1e-3);
    let worst = 0;
    const all: { have: number[]; want: number[] } = { have: [], want: [] };
    for (const name of g.params) {
      const w = want.grads.get(name) ?? new Float64Array(params.get(name)!.length);
      const have = got.grads.get(name) ?? new Float64Array(w.length);
      expect(have.every(Number.isFinite), name).toBe(true);
      worst = Math.max(worst, relative(have, w));
      all.have.push(...have);
      all.want.push(...w);
      // Per tensor, measured worst 9.5e-4 (layer1.egnn.embed, one of the smallest); 1e-2 leaves 10×.
      expect(relative(have, w), name).toBeLessThan(1e-2);
    }
    const overall = relative(all.have, all.want);
    console.log(`dense vs per-example kernels, batch gradient: worst tensor ${worst.toExponential(2)}, whole vector ${overall.toExponential(2)}`);
    // The whole gradient vector: measured 1.4e-5; 2e-4 leaves 14×.
    expect(overall).toBeLessThan(2e-4);
    runGradientBatch(g, module, params, z, weights, dense);
    expect(wasmArenaBytes()).toBe(settled);
  });

  it('runs forward and inverse like the per-example reference', () => {
    const B = 3;
    const { module, params, z } = setup(B);
    for (const f of [module.forward, module.inverse]) {
      const want = runFunctionBatch(f, module, params, z, B, reference);
      const got = runFunctionBatch(f, module, params, z, B, dense);
      // Measured z 7.7e-6 / 8.4e-6, log-dets 7.8e-6 / 1.1e-4 (forward / inverse); bounds leave ≥ 12×, and sit
      // above what 1e-7 noise does (below).
      expect(relative(got.z, want.z)).toBeLessThan(1e-4);
      expect(relative(got.logDet, want.logDet)).toBeLessThan(2e-3);
    }
  });
});
