/**
 * Whole flows on the WGSL backend (forward and inverse, compiled programs on the runtime) against the float64
 * reference: random narrow architectures of every projection with scaling and shift, and the golden DW4
 * flows (full size, as written in examples/) — log q of samples and of given (x, a) within 1e-4 relative.
 */
import { describe, expect, it } from 'vitest';
import { useGpu } from '../helpers/gpu.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import type { Backend } from '../../backends/backend.js';
import { createWgslBackend } from '../../backends/wgsl/index.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { normals } from '../../backends/rng.js';
import { goldenDir, type GoldenFlow } from '../../test-support/golden-flows.js';
import { packageRoot } from '../../compiler/bind/modules.js';

const device = useGpu<Backend>(createWgslBackend);
const bakedDevice = useGpu<Backend>(() => createWgslBackend({ bake: true }));

const narrow = 'egnn(layers 1, mlp [8, 8], features 8, head [8, 8])';
const architectures = [
  ['spherical 3D', 3, 'project spherical', false],
  ['spherical 2D', 2, 'project spherical', false],
  ['cartesian 3D', 3, 'project cartesian transform affine', false],
  ['vector 3D, 2 inner', 3, 'project vector(inner 2)', false],
  ['spherical 3D, weights baked', 3, 'project spherical', true],
  ['Non-E 3D (transformer, typed particles)', 3, 'project none transform affine', false],
  ['Non-E 2D (transformer), weights baked', 2, 'project none transform affine', true],
] as const;

const transformer = 'transformer(layers 2, heads 2, key_size 4, mlp [8], output 8, head [8, 8])';

describe('WGSL flows', () => {
  it.each(architectures)('%s: forward and inverse agree with the reference', async (_name, dim, projection, baked) => {
    const nonE = projection.includes('none');
    const net = nonE ? transformer : narrow;
    const system = nonE && dim === 3 ? `system particles 5, dim 3, types [A, B, A, C, B]` : `system particles 5, dim ${dim}`;
    const source = `flow f {\n  ${system}\n  couple x | a ${projection} condition ${net}\n  couple a | x ${projection} condition ${net}\n${nonE ? '' : '  scaling\n  shift\n'}}`;
    const flow = compile(source, { noCheck: true });
    const weights = randomWeights(flow.module, 5);
    const { n, channels: C } = flow.module.system;
    const B = 4;
    const z = Float64Array.from(normals(3, 0, 0, B * n * C * dim));
    const wgsl = (baked ? bakedDevice() : device()).prepare(flow.module, weights);
    const ref = referenceBackend.prepare(flow.module, weights);
    for (const direction of ['forward', 'inverse'] as const) {
      const got = await wgsl.runAsync!(direction, z, B);
      const want = ref.run(direction, z, B);
      const scale = Math.max(1, ...Array.from(want.z, Math.abs));
      want.z.forEach((v, k) => expect(Math.abs(got.z[k]! - v), `${direction} z[${k}]`).toBeLessThan(1e-4 * scale));
      want.logDet.forEach((v, b) => expect(Math.abs(got.logDet[b]! - v), `${direction} log-det ${b}`).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
    }
    wgsl.dispose?.();
    // The baked spherical case JIT-compiles its kernels for ≈ 40 s on this 2-vCPU machine alone and took over
    // 120 s beside a compiling sampler: a limit for a stuck device, not a speed test.
  }, 360_000);

  it.each(['examples/dw4.flow', 'examples/dw4-vector.flow'])('%s golden vectors: log q within 1e-4 relative', async (spec) => {
    const stored = JSON.parse(readFileSync(join(goldenDir, `${spec.replace(/^examples\//, '').replace(/\.flow$/, '')}.json`), 'utf8')) as GoldenFlow;
    const file = join(packageRoot(), spec);
    const compiled = compile(readFileSync(file, 'utf8'), { file });
    const flow = new Flow(compiled.module, randomWeights(compiled.module, stored.weights.seed, stored.weights.scale), device());
    const count = stored.sample.count;
    const s = await flow.sampleAsync(count, stored.sample.seed);
    const logQ = await flow.logProbAsync(Float64Array.from(stored.density.x), Float64Array.from(stored.density.a), count);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
    const worst = Math.max(...stored.sample.logQ.map((v, i) => rel(s.logQ[i]!, v)), ...stored.density.logQ.map((v, i) => rel(logQ[i]!, v)));
    expect(worst).toBeLessThanOrEqual(1e-4);
    flow.dispose();
  }, 120_000);
});
