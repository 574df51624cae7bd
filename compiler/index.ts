/**
 * flowc's public library API: what `import … from 'flowc'` gives (package.json `exports`). Everything else
 * under dist/ is internal and may change without notice.
 *
 *   import { compile, createBackend } from 'flowc';
 *   const flow = compile(source, { file: 'dw4.flow', backend: await createBackend('tfjs') });
 *   const { x, a, logQ } = await flow.sampleAsync(100, 0);
 *
 * docs/library.md is the guide; examples/library.mjs runs every call below.
 */
import type { Flow } from '../backends/flow.js';
import type { PropertyResult } from '../backends/conformance/suite.js';
import { verifyFlow } from '../backends/conformance/verify.js';

export { compile, compileModule, FlowcCompileError, type CompileOptions, type FlowOptions } from './compile.js';
export { checkSource, type CheckResult } from './check/checker.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { renderDiagnostics } from './diagnostics/render.js';
export type { IRModule } from './ir/ir.js';
export { printModule } from './ir/print.js';
export { Flow, type Sample } from '../backends/flow.js';
export type { Backend, Executable, RunResult } from '../backends/backend.js';
export { initWeights, randomWeights, type Weights } from '../backends/init.js';
export { loadWeights, saveWeights, WeightsError } from '../backends/weights-io.js';
export { readConfigurations, readNpy, writeNpy, NpyError, type NpyArray } from '../backends/data/npy.js';
export { evaluateFlow, type Evaluation, type Metrics, type MetricOptions } from '../backends/metrics.js';
export type { PropertyResult } from '../backends/conformance/suite.js';
export { releaseGpu } from '../backends/wgsl/device.js';
export { train, type TrainOptions, type TrainResult } from './library-train.js';
export { createBackend, type BackendName } from '../backends/by-name.js';

export interface VerifyOptions {
  /** Random data points per property (default 10). */
  readonly runs?: number;
  /** fast-check's seed (default 0). */
  readonly seed?: number;
}

/**
 * The property suite of `flowc verify` on a flow with its current weights (use `randomWeights` for a
 * meaningful test: identity weights hide most bugs). On a float32 backend the suite uses float32
 * tolerances and compares with the same flow on the float64 reference, as the command does.
 */
export async function verify(flow: Flow, options: VerifyOptions = {}): Promise<PropertyResult[]> {
  const runs = options.runs ?? 10;
  const seed = options.seed ?? 0;
  if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`verify: runs must be a positive integer, got ${runs}`);
  return verifyFlow(flow, runs, seed);
}
