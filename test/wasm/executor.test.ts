/**
 * The wasm backend's executor (backends/wasm/exec/executor.ts) with the per-example reference kernel: the batch
 * gradient equals the float64 reference's (up to the float32 values passed between ops), an example the mask
 * drops — even one full of NaN — contributes exactly nothing, and forward/inverse agree with the reference.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { buildGradient } from '../../compiler/ir/gradient.js';
import { randomWeights } from '../../backends/init.js';
import { runGradient } from '../../backends/reference/gradient.js';
import { runFunction } from '../../backends/reference/interpreter.js';
import { typicalPoint } from '../../backends/conformance/gradient-check.js';
import { runFunctionBatch, runGradientBatch } from '../../backends/wasm/exec/executor.js';
import { perExampleReference } from '../../backends/wasm/exec/per-example-reference.js';

const source = `flow f {
  system particles 4, dim 3
  couple x | a project spherical condition egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple a | x project cartesian transform affine condition egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  scaling
}`;

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
const relative = (got: Float64Array, want: Float64Array) => norm(got.map((v, i) => v - want[i]!)) / Math.max(1e-30, norm(want));

function setup(B: number) {
  const { module } = compile(source, { noCheck: true });
  const weights = randomWeights(module, 4);
  const params = new Map([...weights].map(([k, v]) => [k, Float32Array.from(v)]));
  // The float64 reference reads the float32-rounded weights too, so only the values between ops differ.
  const rounded = new Map([...params].map(([k, v]) => [k, Float64Array.from(v)]));
  const size = module.system.n * module.system.channels * module.system.dim;
  const z = new Float32Array(B * size);
  for (let b = 0; b < B; b++) z.set(typicalPoint(module, weights, 10 + b), b * size);
  return { module, params, rounded, z, size };
}

describe('the wasm executor (per-example reference kernels)', () => {
  it('gives the reference gradient, and drops a NaN example exactly', () => {
    const B = 3;
    const { module, params, rounded, z, size } = setup(B);
    z.fill(NaN, size, 2 * size);
    const g = buildGradient(module, { auxWeight: 10 });
    const got = runGradientBatch(g, module, params, z, new Float64Array(B).fill(1 / B), () => perExampleReference);
    expect(Array.from(got.weight)).toEqual([1 / B, 0, 1 / B]);
    let worst = 0;
    const all: { have: number[]; want: number[] } = { have: [], want: [] };
    for (const name of g.params) {
      const want = new Float64Array(params.get(name)!.length);
      for (const b of [0, 2]) {
        const r = runGradient(g, module, rounded, Float64Array.from(z.subarray(b * size, (b + 1) * size)), 1 / B);
        r.grads.get(name)?.forEach((v, i) => (want[i] = want[i]! + v));
      }
      const have = got.grads.get(name) ?? new Float64Array(want.length);
      expect(have.every(Number.isFinite), name).toBe(true);
      worst = Math.max(worst, relative(have, want));
      all.have.push(...have);
      all.want.push(...want);
      // Per tensor, measured worst 8.3e-5 (a small tensor: float32 values between ops); 1e-3 leaves 12×.
      expect(relative(have, want), name).toBeLessThan(1e-3);
    }
    const overall = relative(Float64Array.from(all.have), Float64Array.from(all.want));
    console.log(`executor vs reference gradient: worst tensor ${worst.toExponential(2)}, whole vector ${overall.toExponential(2)}`);
    // The whole gradient vector: measured 1.3e-6; 1e-4 leaves 80×.
    expect(overall).toBeLessThan(1e-4);
  });

  it('runs forward and inverse like the reference', () => {
    const B = 2;
    const { module, params, rounded, z, size } = setup(B);
    for (const f of [module.forward, module.inverse]) {
      const got = runFunctionBatch(f, module, params, z, B, () => perExampleReference);
      for (let b = 0; b < B; b++) {
        const want = runFunction(f, module, rounded, Float64Array.from(z.subarray(b * size, (b + 1) * size)));
        expect(relative(Float64Array.from(got.z.subarray(b * size, (b + 1) * size)), want.z)).toBeLessThan(1e-5);
        expect(Math.abs(got.logDet[b]! - want.logDet) / Math.max(1, Math.abs(want.logDet))).toBeLessThan(1e-5);
      }
    }
  });
});
