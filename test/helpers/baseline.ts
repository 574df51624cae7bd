/**
 * Diagnostics baselines in the TypeScript `.errors.txt` style: a header line per diagnostic
 * (`file(line,col): severity CODE: message`), then the source with `~~~` under each span and `!!!` lines.
 * Refresh with `UPDATE_BASELINES=1 npx vitest run test/diagnostics` and review the diff.
 */
import { relative } from 'node:path';
import type { CheckResult } from '../../compiler/check/checker.js';
import { LineMap } from '../../compiler/diagnostics/span.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;

export function displayFile(file: string): string {
  return file.startsWith('/') ? relative(repoRoot, file) : file;
}

export function renderBaseline(result: CheckResult): string {
  const out: string[] = [];
  const maps = new Map<string, LineMap>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) maps.set(file, new LineMap(result.sources.get(file) ?? ''));
    return maps.get(file)!;
  };
  for (const d of result.diagnostics) {
    const { line, col } = mapOf(d.span.file).lineCol(d.span.start);
    out.push(`${displayFile(d.span.file)}(${line},${col}): ${d.severity} ${d.code}: ${d.message}`);
    for (const r of d.related) {
      const at = mapOf(r.span.file).lineCol(r.span.start);
      out.push(`  related ${displayFile(r.span.file)}(${at.line},${at.col}): ${r.message}`);
    }
    if (d.suggestion) out.push(`  fix: ${d.suggestion}`);
  }
  out.push('', '');
  const text = result.sources.get(result.file) ?? '';
  const map = mapOf(result.file);
  const own = result.diagnostics.filter((d) => d.span.file === result.file);
  out.push(`==== ${displayFile(result.file)} (${own.length} diagnostic${own.length === 1 ? '' : 's'}) ====`);
  text.split('\n').forEach((lineText, index) => {
    if (index === text.split('\n').length - 1 && lineText === '') return;
    out.push(`    ${lineText}`);
    for (const d of own) {
      const start = map.lineCol(d.span.start);
      if (start.line !== index + 1) continue;
      const end = map.lineCol(d.span.end);
      const width = end.line === start.line ? Math.max(1, end.col - start.col) : Math.max(1, lineText.length - start.col + 1);
      out.push(`    ${' '.repeat(start.col - 1)}${'~'.repeat(width)}`);
      out.push(`!!! ${d.severity} ${d.code}: ${d.message}`);
    }
  });
  return `${out.join('\n')}\n`;
}
