/**
 * The robustness property behind the fuzz test and `npm run fuzz`: for any input, checking never throws,
 * takes under a second, and every rejection is a coded diagnostic with a span inside the text.
 */
import { checkSource } from '../compiler/check/checker.js';
import { formatFlow } from '../compiler/fmt/format.js';

export interface RobustnessFailure {
  readonly input: string;
  readonly problem: string;
}

export const TIME_LIMIT_MS = 1000;

/** Returns a problem description, or undefined when the input was handled well. Also runs fmt on clean parses. */
export function checkRobustly(input: string): string | undefined {
  const started = performance.now();
  let result;
  try {
    result = checkSource(input, 'fuzz.flow');
    if (result.ast && !result.diagnostics.some((d) => d.severity === 'error' && d.code < 'FLOW2000')) formatFlow(result.ast, input, result.comments);
  } catch (error) {
    return `threw ${(error as Error).stack ?? String(error)}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > TIME_LIMIT_MS) return `took ${elapsed.toFixed(0)} ms`;
  for (const d of result.diagnostics) {
    if (!/^FLOW[1-6]\d{3}$/.test(d.code)) return `uncoded diagnostic ${JSON.stringify(d)}`;
    if (d.message.length === 0 || d.message.includes('{') && /\{\w+\?\}/.test(d.message)) return `bad message ${d.message}`;
    if (d.span.file === 'fuzz.flow' && (d.span.start < 0 || d.span.end > input.length || d.span.start > d.span.end)) return `span out of range ${JSON.stringify(d.span)}`;
  }
  if (!result.ok && !result.diagnostics.some((d) => d.severity === 'error')) return 'rejected without an error diagnostic';
  return undefined;
}
