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
import { float32Architectures, float32ArchitectureSource } from './float32-architectures.js';

const device = useGpu<Backend>(createWgslBackend);

describe('WGSL conformance (float32)', () => {
  it.each(float32Architectures)('%s holds the suite and agrees with the reference', async (_name, dim, clause) => {
    const reference = compile(float32ArchitectureSource(dim, clause));
    reference.setWeights(randomWeights(reference.module, 5));
    const flow = new Flow(reference.module, reference.weights, device());
    const results = await runSuite(flow, { runs: 3, seed: 5, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference });
    flow.dispose();
    expect(results.filter((r) => !r.pass).map((r) => `${r.property}: ${r.worstError}`)).toEqual([]);
    // The suite ran the comparison with the reference (a generator the flow lacks must show a counterexample:
    // `pass` of a 'fails' property means one was found).
    expect(results.some((r) => r.property === 'inverse = float64 reference')).toBe(true);
  }, 180_000);
});
