/**
 * The library API: `compile(source)` checks a .flow source, lowers it to the IR and returns a Flow on
 * the float64 reference backend (or another backend), with initial or given weights.
 *
 *   const flow = compile(readFileSync('examples/lj13.flow', 'utf8'), { file: 'examples/lj13.flow' });
 *   const { x, a, logQ } = flow.sample(100, 0);
 */
import { checkSource, type CheckResult } from './check/checker.js';
import type { SourceHost } from './bind/modules.js';
import { lowerFlow } from './ir/lower.js';
import type { IRModule } from './ir/ir.js';
import { makeDiagnostic, Messages, type Diagnostic } from './diagnostics/diagnostic.js';
import { spanOf } from './diagnostics/span.js';
import { renderDiagnostics } from './diagnostics/render.js';
import { Flow } from '../backends/flow.js';
import type { Backend } from '../backends/backend.js';
import { referenceBackend } from '../backends/reference/index.js';
import { initWeights, type Weights } from '../backends/init.js';

/** Thrown by the library API when a source does not compile; carries the diagnostics. */
export class FlowcCompileError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[], readonly sources: ReadonlyMap<string, string>) {
    super(renderDiagnostics(diagnostics.filter((d) => d.severity === 'error'), (f) => sources.get(f), { excerpt: false, color: false }));
    this.name = 'FlowcCompileError';
  }
}

export interface CompileOptions {
  readonly file?: string;
  readonly host?: SourceHost;
  /** Lower even when the symmetry claim is refused (FLOW4xxx), as `flowc verify --no-check` does. */
  readonly noCheck?: boolean;
}

/** Whether lowering may go ahead: no errors, or (with noCheck) only symmetry-claim errors. */
export function lowerable(result: CheckResult, noCheck: boolean): boolean {
  if (!result.model || !result.certificate) return false;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  return errors.length === 0 || (noCheck && errors.every((d) => d.code.startsWith('FLOW4')));
}

export function compileModule(source: string, options: CompileOptions = {}): { module: IRModule; check: CheckResult } {
  const check = checkSource(source, options.file ?? '<source>', options.host);
  if (!lowerable(check, options.noCheck ?? false)) {
    const noFlow = check.ok && !check.model ? [makeDiagnostic(Messages.NoFlow, spanOf(check.file, 0, 0), { command: 'compile' })] : [];
    throw new FlowcCompileError([...check.diagnostics, ...noFlow], check.sources);
  }
  return { module: lowerFlow(check.model!, check.certificate!), check };
}

export interface FlowOptions extends CompileOptions {
  readonly backend?: Backend;
  /** Initial weights; default: the layout's initialisers with `seed` (identity init unless `init random`). */
  readonly weights?: Weights;
  readonly seed?: number;
}

export function compile(source: string, options: FlowOptions = {}): Flow {
  const { module } = compileModule(source, options);
  return new Flow(module, options.weights ?? initWeights(module, options.seed ?? 0), options.backend ?? referenceBackend);
}
