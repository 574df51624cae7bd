/**
 * The property suite as `flowc verify` (and the library's `verify`) runs it on a flow with its current weights:
 * on the float64 reference with float64 tolerances and finite-difference Jacobians; on a float32 backend with
 * float32 tolerances (in units of each value's round-off, σ32) and the same flow on the reference as oracle.
 */
import { Flow } from '../flow.js';
import { referenceBackend } from '../reference/index.js';
import { float32Tolerances, runSuite, type PropertyResult, type SuiteProgress } from './suite.js';

export async function verifyFlow(flow: Flow, runs: number, seed: number, onProgress?: (progress: SuiteProgress) => void): Promise<PropertyResult[]> {
  if (flow.backend.dtype === 'f64') return runSuite(flow, { runs, seed, onProgress });
  const oracle = new Flow(flow.module, flow.weights, referenceBackend);
  try {
    return await runSuite(flow, { runs, seed, jacobianRuns: 0, tolerances: float32Tolerances, oracle, onProgress });
  } finally {
    oracle.dispose();
  }
}
