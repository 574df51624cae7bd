/**
 * `flowc train`'s validation NLL, bounded and interruptible. The old default was every validation row × K
 * (DW4: 10,000 × 20, ≈ 3.5 h), then 1,000 rows (≈ 5 min on its 12-block flow), run as one synchronous call
 * that Ctrl-C could not reach. Now: rows are validated a few at a time with a turn of the event loop between
 * chunks (signals land, progress is drawn), and the default number of rows is bounded by a rule printed
 * before step 1.
 *
 * The rule: `--val-rows` (or the spec's rows) given → all of them. Otherwise at most 1,000 rows, and as many as
 * fit in 30 s at the measured rate (with `--max-minutes M`, in a tenth of the budget if that is less), at
 * least one chunk. The count is fixed for the whole run so that its NLLs compare.
 */
import type { Flow } from '../../backends/flow.js';
import type { Clock } from './train-budget.js';
import { nextTurn } from './interrupt.js';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_SECONDS = 30;
/** Rows per marginalLogProb call: small, so a Ctrl-C or the budget is answered within a second or two. */
export const CHUNK_ROWS = 4;
/** The draws' seed (each chunk offsets it by its first row, so chunks draw independently). */
const VALIDATION_SEED = 1234;

export interface ValidationData {
  readonly x: Float64Array;
  readonly count: number;
}

export interface ValidationPlan {
  readonly rows: number;
  readonly K: number;
  /** Measured seconds per row at K draws. */
  readonly secondsPerRow: number;
  /** Why this many rows: printed in the first line. */
  readonly rule: string;
}

/** The row count by the rule above, from a measured rate. `explicit`: the rows were chosen by the user. */
export function planValidation(available: number, K: number, secondsPerRow: number, options: { explicit: boolean; maxSeconds: number }): ValidationPlan {
  if (options.explicit) return { rows: available, K, secondsPerRow, rule: 'the rows asked for' };
  const seconds = Math.min(DEFAULT_SECONDS, options.maxSeconds / 10);
  const affordable = Math.floor(seconds / Math.max(secondsPerRow, 1e-9));
  const rows = Math.min(available, DEFAULT_MAX_ROWS, Math.max(CHUNK_ROWS, affordable));
  const bound = options.maxSeconds / 10 < DEFAULT_SECONDS ? `${Math.round(seconds)} s (a tenth of --max-minutes)` : `${DEFAULT_SECONDS} s`;
  return { rows, K, secondsPerRow, rule: `default: at most ${DEFAULT_MAX_ROWS.toLocaleString('en-US')} rows and ${bound}; --val-rows A..B to choose` };
}

/** "validation: 200 rows × K = 20, ≈ 40 s (default: …)". */
export function validationLine(plan: ValidationPlan, formatSeconds: (s: number) => string): string {
  return `validation: ${plan.rows.toLocaleString('en-US')} rows × K = ${plan.K}, ≈ ${formatSeconds(plan.rows * plan.secondsPerRow)} (${plan.rule})`;
}

/**
 * Seconds per row of validation at K draws: one chunk to warm the backend up (its first calls of a shape are
 * several times slower: a 1-row warm-up left the estimate 5× too high), then one timed chunk.
 */
export async function measureSecondsPerRow(flow: Flow, val: ValidationData, K: number, clock: Clock): Promise<number> {
  const rows = Math.min(CHUNK_ROWS, val.count);
  chunkSum(flow, val, 0, rows, K);
  await nextTurn();
  const started = clock();
  chunkSum(flow, val, 0, rows, K);
  return (clock() - started) / rows;
}

export interface ValidationHooks {
  /** Asked between chunks: true abandons the validation (a signal, the budget). */
  readonly shouldStop: () => boolean;
  /** After each chunk: rows done so far. */
  readonly progress: (done: number) => void;
  readonly clock: Clock;
}

/**
 * −mean log q̂(x) over the plan's first rows (method §2.4), chunk by chunk; undefined when abandoned. The
 * measured rate is returned too, so the next plan (the last validation's cost) follows the machine.
 */
export async function validate(flow: Flow, val: ValidationData, plan: ValidationPlan, hooks: ValidationHooks): Promise<{ nll: number; secondsPerRow: number } | undefined> {
  const started = hooks.clock();
  let sum = 0;
  for (let start = 0; start < plan.rows; start += CHUNK_ROWS) {
    await nextTurn();
    if (hooks.shouldStop()) return undefined;
    const rows = Math.min(CHUNK_ROWS, plan.rows - start);
    sum += chunkSum(flow, val, start, rows, plan.K);
    hooks.progress(start + rows);
  }
  return { nll: -sum / plan.rows, secondsPerRow: (hooks.clock() - started) / plan.rows };
}

function chunkSum(flow: Flow, val: ValidationData, start: number, rows: number, K: number): number {
  const size = flow.n * flow.d;
  const q = flow.marginalLogProb(val.x.subarray(start * size, (start + rows) * size), rows, K, VALIDATION_SEED + start);
  let sum = 0;
  for (const v of q) sum += v;
  return sum;
}
