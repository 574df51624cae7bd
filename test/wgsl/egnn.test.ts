/**
 * The generated EGNN kernels (weights in buffers, and baked as literals) against the float64 reference conditioner, on whatever
 * WebGPU adapter the machine has (SwiftShader in CI: .ci/run installs it). Float32 tolerance: 1e-4 of the
 * largest output magnitude.
 */
import { describe, expect, it } from 'vitest';
import { useGpu } from '../helpers/gpu.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { prepareEgnn } from '../../backends/wgsl/op-runner.js';
import { egnnForward } from '../../backends/reference/nets/egnn.js';
import { normals } from '../../backends/rng.js';

const gpu = useGpu();

const cases = [
  ['3D spherical, 2 blocks, cross multiplicity', 'particles 5, dim 3', 'x | a project spherical', 'egnn(layers 2, mlp [8, 8], features 8, head [8, 8])'],
  ['2D vector, no cross terms', 'particles 4, dim 2', 'a | x project vector(inner 2)', 'egnn(layers 1, mlp [8, 16], features 8, head [8])'],
  ['typed particles, 2 channels', 'particles 3, dim 3, types [C, H, H]', 'x | a project vector', 'egnn(layers 1, mlp [8, 8], features 8, head [8])'],
] as const;
const variants = cases.flatMap(([name, ...rest]) => [[`${name}, weights in buffers`, ...rest, false], [`${name}, weights baked`, ...rest, true]] as const);

describe('WGSL EGNN conditioner', () => {
  it.each(variants)('%s agrees with the reference', async (_name, system, coupling, conditioner, baked) => {
    const ctx = gpu();
    const augment = system.includes('types') ? '\n  augment copies 3' : '';
    const flow = compile(`flow f {\n  system ${system}${augment}\n  couple ${coupling} condition ${conditioner}\n}`, { noCheck: true });
    const weights = randomWeights(flow.module, 4);
    const op = flow.module.forward.ops.find((o) => o.kind === 'egnn');
    if (op?.kind !== 'egnn') throw new Error('no egnn op');
    const { n, dim: d, half: m, typeIds } = flow.module.system;
    const B = 5;
    const P = Float32Array.from(normals(9, 0, 0, B * n * m * d));
    const runner = await prepareEgnn(ctx, flow.module, weights, op.params, baked);
    const out = await runner.run(P, B);
    runner.dispose();
    let error = 0;
    let scale = 0;
    for (let b = 0; b < B; b++) {
      const ref = egnnForward(Float64Array.from(P.subarray(b * n * m * d, (b + 1) * n * m * d)), n, m, d, typeIds, weights, op.params, op.config);
      ref.h.forEach((v, k) => ((error = Math.max(error, Math.abs(v - out.h[b * ref.h.length + k]!))), (scale = Math.max(scale, Math.abs(v)))));
      ref.v.forEach((v, k) => ((error = Math.max(error, Math.abs(v - out.v[b * ref.v.length + k]!))), (scale = Math.max(scale, Math.abs(v)))));
    }
    expect(scale).toBeGreaterThan(1e-3);
    expect(error).toBeLessThan(1e-4 * scale);
  });
});
