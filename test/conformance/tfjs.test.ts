/**
 * The same conformance suite on the tfjs backend (float32, tfjs-backend-wasm), with float32 tolerances,
 * plus agreement with the float64 reference on the golden flow vectors. Finite-difference Jacobians are
 * left out in float32 (the differences drown in round-off); the log-det is checked against the reference,
 * which passes that property in float64.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import type { Backend } from '../../backends/backend.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import { float32Tolerances, runSuite } from '../../backends/conformance/suite.js';
import { goldenDir, goldenSpecs, type GoldenFlow } from '../../test-support/golden-flows.js';
import { packageRoot } from '../../compiler/bind/modules.js';
import { float32Architectures, float32ArchitectureSource } from './float32-architectures.js';

let backend: Backend;
beforeAll(async () => {
  backend = await createTfjsBackend('wasm');
});

describe('tfjs conformance (float32)', () => {
  it.each(float32Architectures)('%s holds the suite and agrees with the reference', async (_name, dim, clause) => {
    const source = float32ArchitectureSource(dim, clause);
    const reference = compile(source);
    reference.setWeights(randomWeights(reference.module, 5));
    const flow = new Flow(reference.module, reference.weights, backend);
    const failed = (await runSuite(flow, { runs: 3, seed: 5, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference })).filter((r) => !r.pass);
    expect(failed.map((r) => `${r.property}: ${r.worstError}`)).toEqual([]);
    const base = reference.baseSample(4, 9);
    const z = reference.pack(base.x, base.a, 4);
    const want = reference.forward(z, 4);
    const got = flow.forward(z, 4);
    want.logDet.forEach((v, b) => expect(Math.abs(got.logDet[b]! - v)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(v))));
  });
});

describe('tfjs on the golden flow vectors', () => {
  it.each(goldenSpecs)('%s: log q of samples and of given (x, a) within 1e-3 relative', (spec) => {
    const stored = JSON.parse(readFileSync(join(goldenDir, `${spec.replace(/^examples\//, '').replace(/\.flow$/, '')}.json`), 'utf8')) as GoldenFlow;
    const file = join(packageRoot(), spec);
    const reference = compile(readFileSync(file, 'utf8'), { file });
    const flow = new Flow(reference.module, randomWeights(reference.module, stored.weights.seed, stored.weights.scale), backend);
    const count = stored.sample.count;
    const s = flow.sample(count, stored.sample.seed);
    const logQ = flow.logProb(Float64Array.from(stored.density.x), Float64Array.from(stored.density.a), count);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
    const worst = Math.max(...stored.sample.logQ.map((v, i) => rel(s.logQ[i]!, v)), ...stored.density.logQ.map((v, i) => rel(logQ[i]!, v)));
    expect(worst).toBeLessThanOrEqual(1e-3);
  });
});
