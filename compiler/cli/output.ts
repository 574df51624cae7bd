/** Printing diagnostics from a command: pretty (with excerpts) for people, `--json` for tools. */
import type { CheckResult } from '../check/checker.js';
import { diagnosticsToJson, renderDiagnostics } from '../diagnostics/render.js';
import { displayPath } from './io.js';

export function useColor(): boolean {
  return process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
}

export function printDiagnostics(result: CheckResult, json: boolean): void {
  if (json) return;
  if (result.diagnostics.length === 0) return;
  const text = renderDiagnostics(result.diagnostics, (f) => result.sources.get(f), { excerpt: true, color: useColor(), displayFile: displayPath });
  process.stderr.write(`${text}\n`);
}

export function diagnosticsJson(result: CheckResult): unknown[] {
  return diagnosticsToJson(result.diagnostics, (f) => result.sources.get(f)).map((d) => ({ ...(d as object), file: displayPath((d as { file: string }).file) }));
}
