/** Compiling a file for a command: diagnostics printed, undefined on failure. */
import { compileModule, FlowcCompileError } from '../compile.js';
import type { FlowModel } from '../bind/model.js';
import type { CheckResult } from '../check/checker.js';
import type { IRModule } from '../ir/ir.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import { displayPath, readInput } from './io.js';
import { useColor } from './output.js';

export function compileChecked(file: string, noCheck = false): { module: IRModule; model: FlowModel; source: string; check: CheckResult } | undefined {
  const source = readInput(file);
  try {
    const { module, check } = compileModule(source, { file, noCheck });
    return { module, model: check.model!, source, check };
  } catch (error) {
    if (!(error instanceof FlowcCompileError)) throw error;
    process.stderr.write(`${renderDiagnostics(error.diagnostics, (f) => error.sources.get(f), { excerpt: true, color: useColor(), displayFile: displayPath })}\n`);
    return undefined;
  }
}
