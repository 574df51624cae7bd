/**
 * The conformance suite on the WGSL backend (float32, WebGPU; SwiftShader on machines without a GPU) with the
 * float32 tolerances, on the same narrow architectures as tfjs, plus agreement with the float64 reference
 * (forward and inverse, z and log-det). Finite-difference Jacobians are left to the reference (round-off).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import type { Backend } from '../../backends/backend.js';
import { createWgslBackend } from '../../backends/wgsl/index.js';
import { float32Tolerances, runSuite } from '../../backends/conformance/suite.js';
import { useGpu } from '../helpers/gpu.js';
import { perturbedBackend } from '../helpers/perturbed-backend.js';
import { float32Architectures, float32ArchitectureSource } from './float32-architectures.js';

const device = useGpu<Backend>(createWgslBackend);
const oracleRows = ['forward = float64 reference', 'inverse = float64 reference', "inverse = float64 reference at the backend's samples"];

async function verified(backend: Backend, dim: number, clause: string, runs: number) {
  const reference = compile(float32ArchitectureSource(dim, clause));
  reference.setWeights(randomWeights(reference.module, 5));
  const flow = new Flow(reference.module, reference.weights, backend);
  try {
    return await runSuite(flow, { runs, seed: 5, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference });
  } finally {
    flow.dispose();
  }
}

describe('WGSL conformance (float32)', () => {
  it.each(float32Architectures)('%s holds the suite and agrees with the reference', async (_name, dim, clause) => {
    const results = await verified(device(), dim, clause, 3);
    expect(results.filter((r) => !r.pass).map((r) => `${r.property}: ${r.worstError}`)).toEqual([]);
    // The comparisons with the reference ran, and measured something finite within their bound.
    for (const name of oracleRows) {
      const row = results.find((r) => r.property === name);
      expect(row, name).toBeDefined();
      expect(row!.runs, name).toBe(3);
      expect(row!.worstError, name).toBeLessThanOrEqual(row!.tolerance);
    }
  }, 180_000);

  it('a planted 1e-3 forward log-det error fails the comparison with the reference', async () => {
    const [, dim, clause] = float32Architectures[1];
    const results = await verified(perturbedBackend(device(), { forwardLogDet: 1e-3 }), dim, clause, 2);
    const row = results.find((r) => r.property === 'forward = float64 reference');
    expect(row?.pass).toBe(false);
  }, 180_000);
});
