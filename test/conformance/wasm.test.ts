/**
 * The conformance suite on the wasm backend (float32 values between ops), with tfjs's float32 tolerances and
 * the float64 reference as oracle, on the narrow float32 architectures (every projection, 2D and 3D, spline
 * and affine, EGNN and transformer, scaling).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import { wasmBackend } from '../../backends/wasm/index.js';
import { float32Tolerances, runSuite } from '../../backends/conformance/suite.js';
import { float32Architectures, float32ArchitectureSource } from './float32-architectures.js';

describe('wasm conformance (float32)', () => {
  it.each(float32Architectures)('%s holds the suite and agrees with the reference', async (_name, dim, clause) => {
    const reference = compile(float32ArchitectureSource(dim, clause));
    reference.setWeights(randomWeights(reference.module, 5));
    const flow = new Flow(reference.module, reference.weights, wasmBackend);
    const failed = (await runSuite(flow, { runs: 3, seed: 5, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference })).filter((r) => !r.pass);
    expect(failed.map((r) => `${r.property}: ${r.worstError}`)).toEqual([]);
  });
});
