/**
 * Mutation tests of the float32 conformance suite: a real float32 backend (tfjs-wasm) with one planted bug
 * (test/helpers/perturbed-backend.ts) must fail the check named for that bug under `flowc verify`'s settings
 * (float32 tolerances, the reference as oracle), and the unmutated backend must pass it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import type { Backend } from '../../backends/backend.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import { float32Tolerances, runSuite, type PropertyResult } from '../../backends/conformance/suite.js';
import { perturbedBackend, type Mutation } from '../helpers/perturbed-backend.js';
import { float32Architectures, float32ArchitectureSource } from './float32-architectures.js';

let tfjs: Backend;
beforeAll(async () => {
  tfjs = await createTfjsBackend('wasm');
});

/** The suite as `flowc verify --backend tfjs` runs it, on the spherical 3D test architecture. */
async function verifyWith(mutation: Mutation): Promise<Map<string, PropertyResult>> {
  const [, dim, clause] = float32Architectures[0];
  const reference = compile(float32ArchitectureSource(dim, clause));
  reference.setWeights(randomWeights(reference.module, 5));
  const flow = new Flow(reference.module, reference.weights, perturbedBackend(tfjs, mutation));
  const results = await runSuite(flow, { runs: 3, seed: 5, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference });
  flow.dispose();
  return new Map(results.map((r) => [r.property, r]));
}

/** The named rows, each of which must exist. */
function rows(results: Map<string, PropertyResult>, names: readonly string[]): PropertyResult[] {
  return names.map((name) => {
    const row = results.get(name);
    expect(row, `row '${name}'`).toBeDefined();
    return row!;
  });
}

describe('the float32 suite catches planted bugs (tfjs)', () => {
  it('passes the unmutated backend', async () => {
    const failed = [...(await verifyWith({})).values()].filter((r) => !r.pass);
    expect(failed.map((r) => `${r.property}: ${r.worstError}`)).toEqual([]);
  }, 120_000);

  it('a 1e-3 log-det error in the forward map fails verify (agreement with the reference)', async () => {
    const results = await verifyWith({ forwardLogDet: 1e-3 });
    // The round trip sees it too, but adds both directions' σ32: on this architecture's frames 1e-3 is within
    // 200 σ32 of it on some draws, so only the reference comparison is asserted.
    for (const row of rows(results, ['forward = float64 reference'])) expect(row.pass, row.property).toBe(false);
  }, 120_000);

  it('a 1e-3 log-det error shared by both directions passes the self-comparisons but fails against the reference at the samples', async () => {
    const results = await verifyWith({ forwardLogDet: 1e-3, inverseLogDet: -1e-3 });
    // Forward and inverse agree with each other, so these cannot see it …
    for (const row of rows(results, ['sample → logProb', 'inverse ∘ forward = id'])) expect(row.pass, row.property).toBe(true);
    // … and the pairing with the float64 reference does.
    for (const row of rows(results, ["inverse = float64 reference at the backend's samples", 'inverse = float64 reference'])) expect(row.pass, row.property).toBe(false);
  }, 120_000);

  it('a centring that leaks 1e-3 of the input translation fails the centring check', async () => {
    const results = await verifyWith({ centringLeak: 1e-3 });
    const [row] = rows(results, ['centring: forward invariant under translation']);
    expect(row!.pass).toBe(false);
  }, 120_000);
});
