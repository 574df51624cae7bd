import { formatMessage, Messages, type MessageSpec, type Severity } from './messages.js';
import type { Span } from './span.js';

/** A note attached to a diagnostic, pointing at another place ("defined here", "broken here"). */
export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

/** One finding about the user's input. Data only: rendering is render.ts's job. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly RelatedInfo[];
  /** A concrete fix, phrased as an instruction ("claim SE(3), or use `project vector`"). */
  readonly suggestion?: string;
}

export interface DiagnosticExtras {
  readonly related?: readonly RelatedInfo[];
  readonly suggestion?: string;
}

export function makeDiagnostic(
  spec: MessageSpec,
  span: Span,
  args: Readonly<Record<string, string | number>> = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  return {
    code: spec.code,
    severity: spec.severity,
    message: formatMessage(spec.template, args),
    span,
    related: extras.related ?? [],
    ...(extras.suggestion === undefined ? {} : { suggestion: extras.suggestion }),
  };
}

/** A "did you mean" tail for templates with a `{hint}` field. */
export function didYouMean(candidate: string | undefined): string {
  return candidate === undefined ? '' : `: did you mean '${candidate}'?`;
}

/**
 * Collects diagnostics from all phases. Phases report through `add`; nothing throws on user errors.
 * Identical findings (same code, place and text) are kept once: a layer inside a `def` used twelve
 * times is reported at its definition, once.
 */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  add(diagnostic: Diagnostic): void {
    const key = `${diagnostic.code}|${diagnostic.span.file}|${diagnostic.span.start}|${diagnostic.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(diagnostic);
  }

  report(spec: MessageSpec, span: Span, args: Readonly<Record<string, string | number>> = {}, extras: DiagnosticExtras = {}): void {
    this.add(makeDiagnostic(spec, span, args, extras));
  }

  addAll(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.add(d);
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** Sorted by file, then position, then code: a stable order for baselines. */
  sorted(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export { Messages };
