import type { Diagnostic } from './diagnostic.js';
import { LineMap, type Span } from './span.js';
import { printable } from './printable.js';

/** Source texts by file name, for excerpts. A file missing here is rendered without an excerpt. */
export type SourceLookup = (file: string) => string | undefined;

export interface RenderOptions {
  /** Show the source line and a caret marker under the span (the default for terminals). */
  readonly excerpt: boolean;
  /** ANSI colours. */
  readonly color: boolean;
  /** How file names are shown (e.g. relative to the working directory); identity by default. */
  readonly displayFile?: (file: string) => string;
  /** How many diagnostics to show before counting the rest (`MAX_SHOWN` by default). */
  readonly maxShown?: number;
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

/** `file:line:col` of a span's start (1-based line and column); the file name made printable. */
export function formatLocation(span: Span, sources: SourceLookup, displayFile: (file: string) => string = (f) => f): string {
  const map = lineMapFor(sources, span.file);
  const file = printable(displayFile(span.file));
  if (!map) return file;
  const { line, col } = map.lineCol(span.start);
  return `${file}:${line}:${col}`;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** At most this many characters of a source line are shown: a 200 kB one-line file must not print whole. */
export const EXCERPT_WIDTH = 120;
/** How much of the line before the span a clipped excerpt keeps, for context. */
const CONTEXT_BEFORE = 40;

/**
 * The shown part of a line and where the marker goes in it: a window of `EXCERPT_WIDTH` characters around
 * the span's start (`…` where clipped), control characters escaped, the marker aligned with the escapes.
 */
export function excerptLine(line: string, from: number, to: number): { text: string; marker: string } {
  const start = line.length <= EXCERPT_WIDTH ? 0 : Math.max(0, Math.min(from - CONTEXT_BEFORE, line.length - EXCERPT_WIDTH));
  const stop = Math.min(line.length, start + EXCERPT_WIDTH);
  const lead = start > 0 ? '…' : '';
  const before = printable(line.slice(start, from));
  const marked = printable(line.slice(from, Math.max(from, Math.min(to, stop))));
  const after = printable(line.slice(Math.max(from, Math.min(to, stop)), stop));
  const text = `${lead}${before}${marked}${after}${stop < line.length ? '…' : ''}`;
  return { text, marker: `${' '.repeat(lead.length + before.length)}^${'~'.repeat(Math.max(0, marked.length - 1))}` };
}

function excerpt(span: Span, sources: SourceLookup, color: boolean): string[] {
  const map = lineMapFor(sources, span.file);
  if (!map) return [];
  const { line, col } = map.lineCol(span.start);
  const end = map.lineCol(span.end);
  const text = map.lineText(line).replace(/\t/g, ' ');
  // A span running onto later lines is marked to the end of its first line.
  const to = end.line === line ? Math.max(col, end.col - 1) : Math.max(col, text.length);
  const shown = excerptLine(text, col - 1, to);
  const gutter = `${line}`.padStart(5);
  return [`${gutter} | ${shown.text}`, `${' '.repeat(5)} | ${paint(color, '32', shown.marker)}`];
}

/** Messages quote user text (a name can be 200 kB long): escaped, and clipped to this many characters. */
const MESSAGE_WIDTH = 400;

function shown(text: string): string {
  const safe = printable(text);
  return safe.length <= MESSAGE_WIDTH ? safe : `${safe.slice(0, MESSAGE_WIDTH)}…`;
}

/** Renders one diagnostic as esbuild/tsc do: a header line, then the excerpt, the notes and the fix. */
export function renderDiagnostic(d: Diagnostic, sources: SourceLookup, options: RenderOptions): string {
  const severityColor = d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36';
  const header = `${formatLocation(d.span, sources, options.displayFile)}: ${paint(options.color, severityColor, d.severity)} ${d.code}: ${shown(d.message)}`;
  const lines = [header];
  if (options.excerpt) lines.push(...excerpt(d.span, sources, options.color));
  for (const note of d.related) {
    lines.push(`  note: ${formatLocation(note.span, sources, options.displayFile)}: ${shown(note.message)}`);
    if (options.excerpt) lines.push(...excerpt(note.span, sources, options.color).map((l) => `  ${l}`));
  }
  if (d.suggestion !== undefined) lines.push(`  fix: ${shown(d.suggestion)}`);
  return lines.join('\n');
}

/** Diagnostics shown per call (per checked file); the rest are counted. A binary file once printed 8,460 lines. */
export const MAX_SHOWN = 50;

export function renderDiagnostics(list: readonly Diagnostic[], sources: SourceLookup, options: RenderOptions): string {
  const limit = options.maxShown ?? MAX_SHOWN;
  const rendered = list.slice(0, limit).map((d) => renderDiagnostic(d, sources, options));
  const left = list.length - rendered.length;
  if (left > 0) rendered.push(`… and ${left} more diagnostic${left === 1 ? '' : 's'} not shown (${list.length} in all; fix the first ones and check again)`);
  return rendered.join('\n');
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
