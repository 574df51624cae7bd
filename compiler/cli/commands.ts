/** The `check`, `fmt` and `explain` commands. Each returns its exit status; user errors never throw out. */
import { checkSource, type CheckResult } from '../check/checker.js';
import { formatFlow } from '../fmt/format.js';
import { explain, explanationText } from '../explain.js';
import { LineMap } from '../diagnostics/span.js';
import { displayPath, readInput, readSpec, UserError, writeFileAtomic } from './io.js';
import { diagnosticsJson, printDiagnostics } from './output.js';
import { printable } from '../diagnostics/printable.js';

function checkFile(path: string): CheckResult {
  return checkSource(readInput(path), path);
}

export function runCheck(files: readonly string[], flags: { json: boolean; time: boolean }): number {
  if (files.length === 0) throw new UserError('flowc check: give one or more .flow files, e.g. flowc check examples/lj13.flow', 2);
  let failed = false;
  const reports: unknown[] = [];
  for (const file of files) {
    const started = process.hrtime.bigint();
    let result: CheckResult;
    try {
      result = checkFile(file);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed = true;
      if (flags.json) reports.push({ file, ok: false, error: error.message });
      else process.stderr.write(`${printable(error.message)}\n`);
      continue;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    failed ||= !result.ok;
    printDiagnostics(result, flags.json);
    if (flags.json) reports.push({ file, ok: result.ok, proven: result.certificate?.group, claim: result.certificate?.claim?.text, diagnostics: diagnosticsJson(result), ...(flags.time ? { ms } : {}) });
    else {
      const status = result.ok ? `ok${result.certificate ? ` (${result.certificate.group} proven)` : ''}` : 'failed';
      process.stdout.write(`${printable(file)}: ${status}${flags.time ? ` in ${ms.toFixed(1)} ms` : ''}\n`);
    }
  }
  if (flags.json) process.stdout.write(`${JSON.stringify({ ok: !failed, files: reports }, null, 2)}\n`);
  return failed ? 1 : 0;
}

export function runFmt(files: readonly string[], flags: { check: boolean; stdout: boolean }): number {
  if (files.length === 0) throw new UserError('flowc fmt: give one or more .flow files, e.g. flowc fmt examples/lj13.flow', 2);
  let status = 0;
  for (const file of files) {
    const { text, bom } = readSpec(file);
    const result = checkSource(text, file);
    const syntaxErrors = result.diagnostics.filter((d) => d.severity === 'error' && d.code < 'FLOW2000');
    if (!result.ast || syntaxErrors.length > 0) {
      printDiagnostics({ ...result, diagnostics: syntaxErrors }, false);
      process.stderr.write(`${printable(file)}: not formatted (syntax errors)\n`);
      status = 1;
      continue;
    }
    // A byte order mark is not part of the text flowc checks, but it is part of the file: keep it.
    const original = bom ? `\uFEFF${text}` : text;
    const formatted = `${bom ? '\uFEFF' : ''}${formatFlow(result.ast, text, result.comments)}`;
    if (flags.stdout) process.stdout.write(formatted);
    else if (flags.check) {
      if (formatted !== original) {
        process.stdout.write(`${printable(file)}: not formatted (run flowc fmt ${printable(file)})\n`);
        status = 1;
      }
    } else if (formatted !== original) {
      writeFileAtomic(file, formatted);
      process.stdout.write(`${printable(file)}: formatted\n`);
    }
  }
  return status;
}

export function runExplain(files: readonly string[], flags: { json: boolean }): number {
  if (files.length !== 1) throw new UserError('flowc explain: give exactly one .flow file, e.g. flowc explain examples/lj13.flow', 2);
  const file = files[0]!;
  const result = checkFile(file);
  printDiagnostics(result, false);
  if (!result.ok || !result.model || !result.certificate) {
    if (result.ok) process.stderr.write(`${printable(displayPath(file))}: no flow to explain (the file only defines blocks)\n`);
    return 1;
  }
  const lines = new LineMap(result.sources.get(file) ?? '');
  const explanation = explain(result.model, result.certificate, (offset) => lines.lineCol(offset).line);
  process.stdout.write(flags.json ? `${JSON.stringify(explanation, null, 2)}\n` : `${explanationText(explanation)}\n`);
  return 0;
}
