/**
 * The same conformance suite on the tfjs backend (float32, tfjs-backend-wasm), with float32 tolerances,
 * plus agreement with the golden flow snapshots (the reference's output) within measured float32 bounds. Finite-difference Jacobians are
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
import { perturbedBackend } from '../helpers/perturbed-backend.js';

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

/**
 * test/golden/flows/*.json are the float64 reference's own output (npm run golden): regression snapshots, not an
 * independent oracle (the golden component vectors in ../shared are that). Bounds are relative, |Δ| / max(1, |v|),
 * per flow at about 4× what tfjs-wasm measured (sample log q and log q of the off-sample points, 3 rows each):
 * dw4 1.3e-4 (|log q| ≤ 8.6), dw4-vector 1.35e-5, lj13 5.6e-5 (2.1e-2 nats at |log q| = 368, off-sample points
 * with 24 spherical layers), lj13-nonequivariant 1.2e-5. The old uniform 1e-3 let 0.24–0.37 nats pass on LJ13.
 */
const snapshotBounds: Readonly<Record<string, number>> = {
  'examples/dw4.flow': 5e-4,
  'examples/dw4-vector.flow': 5e-5,
  'examples/lj13.flow': 2e-4,
  'examples/lj13-nonequivariant.flow': 5e-5,
};

/** The worst relative difference between a flow's log q and a golden snapshot (samples and given points). */
function snapshotError(flow: Flow, stored: GoldenFlow): number {
  const count = stored.sample.count;
  const s = flow.sample(count, stored.sample.seed);
  const logQ = flow.logProb(Float64Array.from(stored.density.x), Float64Array.from(stored.density.a), count);
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
  return Math.max(...stored.sample.logQ.map((v, i) => rel(s.logQ[i]!, v)), ...stored.density.logQ.map((v, i) => rel(logQ[i]!, v)));
}

function snapshotFlow(spec: string, on: Backend): { flow: Flow; stored: GoldenFlow } {
  const stored = JSON.parse(readFileSync(join(goldenDir, `${spec.replace(/^examples\//, '').replace(/\.flow$/, '')}.json`), 'utf8')) as GoldenFlow;
  const file = join(packageRoot(), spec);
  const reference = compile(readFileSync(file, 'utf8'), { file });
  return { flow: new Flow(reference.module, randomWeights(reference.module, stored.weights.seed, stored.weights.scale), on), stored };
}

describe('tfjs against the golden flow snapshots (regression)', () => {
  it('has a bound for every snapshot', () => expect(Object.keys(snapshotBounds).sort()).toEqual([...goldenSpecs].sort()));

  it.each(goldenSpecs)('%s: log q of samples and of given (x, a) within the measured float32 bound', (spec) => {
    const { flow, stored } = snapshotFlow(spec, backend);
    expect(snapshotError(flow, stored)).toBeLessThanOrEqual(snapshotBounds[spec]!);
    flow.dispose();
  });

  it('a planted 1e-3 log-det error fails the dw4-vector snapshot', () => {
    const { flow, stored } = snapshotFlow('examples/dw4-vector.flow', perturbedBackend(backend, { forwardLogDet: 1e-3, inverseLogDet: -1e-3 }));
    expect(snapshotError(flow, stored)).toBeGreaterThan(snapshotBounds['examples/dw4-vector.flow']!);
    flow.dispose();
  });
});
