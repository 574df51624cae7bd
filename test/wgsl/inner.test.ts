/**
 * The generated inner-transform kernels (projection, spline or affine, forward and inverse, log-det)
 * against the float64 reference op on random points, reference vectors and coefficients.
 */
import { describe, expect, it } from 'vitest';
import { useGpu } from '../helpers/gpu.js';
import { compile } from '../../compiler/compile.js';
import { prepareOps } from '../../backends/wgsl/op-runner.js';
import { runInner } from '../../backends/reference/ops/inner.js';
import { normals } from '../../backends/rng.js';

const gpu = useGpu();

const cases = [
  ['spherical 3D spline', 3, 'project spherical'],
  ['spherical 3D reflection-invariant', 3, 'project spherical(reflection_invariant true)'],
  ['spherical 2D spline', 2, 'project spherical'],
  ['cartesian 3D affine', 3, 'project cartesian(small_identity true) transform affine'],
  ['cartesian 2D spline', 2, 'project cartesian transform spline(bins 4)'],
  ['vector 3D, two inner transforms', 3, 'project vector(inner 2)'],
  ['none 2D affine', 2, 'project none transform affine'],
] as const;

describe('WGSL inner transforms', () => {
  it.each(cases)('%s agrees with the reference, both directions', async (_name, dim, projection) => {
    const ctx = gpu();
    const conditioner = projection.includes('none') ? 'transformer(layers 1, heads 2, key_size 2, mlp [8], output 8, head [8])' : 'egnn(layers 1, mlp [8, 8], features 8, head [8])';
    const flow = compile(`flow f {\n  system particles 4, dim ${dim}\n  couple x | a ${projection} condition ${conditioner}\n}`, { noCheck: true });
    const { n, half: s, dim: d } = flow.module.system;
    for (const fn of [flow.module.forward, flow.module.inverse]) {
      for (const op of fn.ops) {
        if (op.kind !== 'inner') continue;
        const coords = op.projection.kind === 'vector' ? 1 : d;
        const nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
        const perPoint = op.transform.kind === 'affine' ? 2 * coords : coords * (3 * (op.transform.splines[0]?.bins ?? 8) + 1);
        const M = Math.max(1, nvec * s * op.count);
        const B = 6;
        const draw = (stream: number, count: number, scale: number) => Float64Array.from(normals(21, stream, 0, count), (v) => v * scale);
        const trans = draw(1, B * n * s * d, 1.5);
        const cond = draw(2, B * n * s * d, 1.5);
        const vectors = draw(3, B * n * M * d, 1);
        const coefficients = draw(4, B * n * s * perPoint, 0.5);
        const runner = await prepareOps(ctx, flow.module, fn, [op], new Map());
        const inputs = new Map<number, Float32Array<ArrayBuffer>>([[op.trans, Float32Array.from(trans)], [op.cond, Float32Array.from(cond)], [op.coefficients, Float32Array.from(coefficients)]]);
        if (op.vectors !== undefined) inputs.set(op.vectors, Float32Array.from(vectors));
        const [points, logDet] = (await runner.run(inputs, B, [op.result, op.logDet])) as [Float32Array, Float32Array];
        runner.dispose();
        for (let b = 0; b < B; b++) {
          const slice = (a: Float64Array, size: number) => a.subarray(b * size, (b + 1) * size);
          const ref = runInner(op, { trans: slice(trans, n * s * d), cond: slice(cond, n * s * d), vectors: slice(vectors, n * M * d), coefficients: slice(coefficients, n * s * perPoint), n, s, d });
          // Float32 tolerance relative to the system's coordinate scale. With WGSL's own sin/cos/atan2
          // (2⁻¹¹ absolute error allowed, and SwiftShader uses it) errors were ≈ 1e-4; the kernels' accurate
          // versions bring them to ≈ 1e-6.
          const scale = Math.max(1, ...Array.from(ref.trans, Math.abs));
          ref.trans.forEach((v, k) => expect(Math.abs(points[b * n * s * d + k]! - v), `${op.direction} point ${k}`).toBeLessThan(2e-5 * scale));
          expect(Math.abs(logDet[b]! - ref.logDet), `${op.direction} log-det`).toBeLessThan(2e-5 * Math.max(1, Math.abs(ref.logDet)));
        }
      }
    }
  });
});
