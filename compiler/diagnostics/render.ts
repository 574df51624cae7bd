import type { Diagnostic } from './diagnostic.js';
import { LineMap, type Span } from './span.js';

/** Source texts by file name, for excerpts. A file missing here is rendered without an excerpt. */
export type SourceLookup = (file: string) => string | undefined;

export interface RenderOptions {
  /** Show the source line and a caret marker under the span (the default for terminals). */
  readonly excerpt: boolean;
  /** ANSI colours. */
  readonly color: boolean;
  /** How file names are shown (e.g. relative to the working directory); identity by default. */
  readonly displayFile?: (file: string) => string;
}

const lineMaps = new WeakMap<object, Map<string, LineMap>>();

function lineMapFor(sources: SourceLookup, file: string): LineMap | undefined {
  let perLookup = lineMaps.get(sources);
  if (!perLookup) {
    perLookup = new Map();
    lineMaps.set(sources, perLookup);
  }
  let map = perLookup.get(file);
  if (!map) {
    const text = sources(file);
    if (text === undefined) return undefined;
    map = new LineMap(text);
    perLookup.set(file, map);
  }
  return map;
}

/** `file:line:col` of a span's start (1-based line and column). */
export function formatLocation(span: Span, sources: SourceLookup, displayFile: (file: string) => string = (f) => f): string {
  const map = lineMapFor(sources, span.file);
  const file = displayFile(span.file);
  if (!map) return file;
  const { line, col } = map.lineCol(span.start);
  return `${file}:${line}:${col}`;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function excerpt(span: Span, sources: SourceLookup, color: boolean): string[] {
  const map = lineMapFor(sources, span.file);
  if (!map) return [];
  const { line, col } = map.lineCol(span.start);
  const end = map.lineCol(span.end);
  const text = map.lineText(line).replace(/\t/g, ' ');
  // A span running onto later lines is marked to the end of its first line.
  const width = end.line === line ? Math.max(1, end.col - col) : Math.max(1, text.length - col + 1);
  const gutter = `${line}`.padStart(5);
  const marker = `${' '.repeat(col - 1)}^${'~'.repeat(Math.max(0, width - 1))}`;
  return [`${gutter} | ${text}`, `${' '.repeat(5)} | ${paint(color, '32', marker)}`];
}

/** Renders one diagnostic as esbuild/tsc do: a header line, then the excerpt, the notes and the fix. */
export function renderDiagnostic(d: Diagnostic, sources: SourceLookup, options: RenderOptions): string {
  const severityColor = d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36';
  const header = `${formatLocation(d.span, sources, options.displayFile)}: ${paint(options.color, severityColor, d.severity)} ${d.code}: ${d.message}`;
  const lines = [header];
  if (options.excerpt) lines.push(...excerpt(d.span, sources, options.color));
  for (const note of d.related) {
    lines.push(`  note: ${formatLocation(note.span, sources, options.displayFile)}: ${note.message}`);
    if (options.excerpt) lines.push(...excerpt(note.span, sources, options.color).map((l) => `  ${l}`));
  }
  if (d.suggestion !== undefined) lines.push(`  fix: ${d.suggestion}`);
  return lines.join('\n');
}

export function renderDiagnostics(list: readonly Diagnostic[], sources: SourceLookup, options: RenderOptions): string {
  return list.map((d) => renderDiagnostic(d, sources, options)).join('\n');
}

/** The machine-readable form (`--json`): stable field names, 1-based line/column resolved. */
export function diagnosticsToJson(list: readonly Diagnostic[], sources: SourceLookup): unknown[] {
  const where = (span: Span) => {
    const map = lineMapFor(sources, span.file);
    const start = map?.lineCol(span.start);
    const end = map?.lineCol(span.end);
    return { file: span.file, line: start?.line, column: start?.col, endLine: end?.line, endColumn: end?.col, offset: span.start, length: span.end - span.start };
  };
  return list.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...where(d.span),
    related: d.related.map((r) => ({ message: r.message, ...where(r.span) })),
    ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }),
  }));
}
