/**
 * The robustness properties behind the fuzz test and `npm run fuzz`. For a spec text: checking never throws,
 * takes under a second, and every rejection is a coded diagnostic with a span inside the text. For file bytes,
 * the whole command-line path (`flowc check`: read with the size cap → check → render): the reader refuses
 * exactly the files that are too large, binary or not UTF-8 (the platform's strict decoder is the oracle) in one
 * line, and what is rendered is bounded and holds no raw control character.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSource, type CheckResult } from '../compiler/check/checker.js';
import { formatFlow } from '../compiler/fmt/format.js';
import { readSpec, UserError } from '../compiler/cli/io.js';
import { MAX_SOURCE_BYTES } from '../compiler/bind/source-file.js';
import { MAX_SHOWN, renderDiagnostics } from '../compiler/diagnostics/render.js';

export const TIME_LIMIT_MS = 1000;

/** Returns a problem description, or undefined when the input was handled well. Also runs fmt on clean parses. */
export function checkRobustly(input: string, file = 'fuzz.flow', limitMs = TIME_LIMIT_MS): string | undefined {
  const checked = checkTimed(input, file, limitMs);
  return typeof checked === 'string' ? checked : diagnosticsProblem(checked, input, file);
}

/** The check result (and fmt on a clean parse), or a problem: it threw, or took over `limitMs`. */
function checkTimed(input: string, file: string, limitMs: number): CheckResult | string {
  const started = performance.now();
  let result;
  try {
    result = checkSource(input, file);
    if (result.ast && !result.diagnostics.some((d) => d.severity === 'error' && d.code < 'FLOW2000')) formatFlow(result.ast, input, result.comments);
  } catch (error) {
    return `threw ${(error as Error).stack ?? String(error)}`;
  }
  const elapsed = performance.now() - started;
  return elapsed > limitMs ? `took ${elapsed.toFixed(0)} ms` : result;
}

function diagnosticsProblem(result: CheckResult, input: string, file: string): string | undefined {
  for (const d of result.diagnostics) {
    if (!/^FLOW[1-6]\d{3}$/.test(d.code)) return `uncoded diagnostic ${JSON.stringify(d)}`;
    if (d.message.length === 0 || /\{\w+\?\}/.test(d.message)) return `bad message ${d.message}`;
    if (d.span.file === file && (d.span.start < 0 || d.span.end > input.length || d.span.start > d.span.end)) return `span out of range ${JSON.stringify(d.span)}`;
  }
  if (!result.ok && !result.diagnostics.some((d) => d.severity === 'error')) return 'rejected without an error diagnostic';
  return undefined;
}

const scratch = mkdtempSync(join(tmpdir(), 'flowc-fuzz-'));
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Anything a terminal would act on: C0 controls but the newline, DEL, C1, bidi overrides and isolates. */
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Longest rendered line: an excerpt (≤ 120 characters, each escape ≤ 4) or a clipped header, plus the path. */
const MAX_LINE = 1200;

/**
 * `flowc check` on a file holding `bytes` (named `name`, which may hold control characters), in process:
 * the reader, the checker and the renderer the command uses. Returns a problem, or undefined.
 */
export function checkFileRobustly(bytes: Uint8Array, name = 'fuzz.flow', limitMs = TIME_LIMIT_MS): string | undefined {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  let text: string;
  try {
    text = readSpec(path).text;
  } catch (error) {
    if (!(error instanceof UserError)) return `reading threw ${(error as Error).stack ?? String(error)}`;
    return refusalProblem(bytes, error.message);
  }
  const accepted = acceptanceProblem(bytes);
  if (accepted) return accepted;
  const checked = checkTimed(text, path, limitMs);
  if (typeof checked === 'string') return checked;
  return diagnosticsProblem(checked, text, path) ?? renderProblem(checked);
}

/** The reader accepted `bytes`: they must be within the cap, NUL-free and strictly valid UTF-8. */
function acceptanceProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_SOURCE_BYTES) return `accepted ${bytes.length} bytes, over the cap`;
  if (bytes.includes(0)) return 'accepted a file with a NUL byte';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'accepted bytes that the strict UTF-8 decoder refuses';
  }
  return undefined;
}

/** The reader refused `bytes` with `message`: one line, for the right reason. */
function refusalProblem(bytes: Uint8Array, message: string): string | undefined {
  if (!message.startsWith('flowc: cannot read')) return `unexpected refusal: ${message}`;
  if (/larger than/.test(message)) return bytes.length > MAX_SOURCE_BYTES ? undefined : `refused ${bytes.length} bytes as too large`;
  if (/binary file/.test(message)) return bytes.includes(0) ? undefined : 'refused a NUL-free file as binary';
  if (/not UTF-8/.test(message)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return 'refused valid UTF-8';
    } catch {
      return undefined;
    }
  }
  return `unexpected refusal: ${message}`;
}

/** What the command prints for `result` is bounded and holds no raw control character. */
function renderProblem(result: CheckResult): string | undefined {
  let text: string;
  try {
    text = renderDiagnostics(result.diagnostics, (f) => result.sources.get(f), { excerpt: true, color: false });
  } catch (error) {
    return `rendering threw ${(error as Error).stack ?? String(error)}`;
  }
  const lines = text.split('\n');
  const headers = lines.filter((l) => / (error|warning|info) FLOW\d{4}: /.test(l) && !l.startsWith(' ')).length;
  if (headers > MAX_SHOWN) return `rendered ${headers} diagnostics, over ${MAX_SHOWN}`;
  const long = lines.find((l) => l.length > MAX_LINE);
  if (long !== undefined) return `rendered a line of ${long.length} characters`;
  const raw = rawControl.exec(text);
  if (raw) return `rendered a raw control character U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
  return undefined;
}
