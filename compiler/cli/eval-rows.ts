/**
 * The data rows `flowc eval` and `flowc report` measure. With --rows, those; without, at most EVAL_ROWS of
 * them (each costs K inverse passes: 10,000 rows × K = 20 is hours on a CPU), and a line on stderr says so,
 * with the flag that takes them all.
 */
import { EVAL_ROWS } from './defaults.js';
import { parseRows } from './args.js';

export interface RowsChoice {
  readonly rows: { lo: number; hi: number | undefined } | undefined;
  /** Keep at most this many of the rows read (the default cap), or all when undefined. */
  readonly cap: number | undefined;
}

export function evalRows(rowsFlag: string | undefined): RowsChoice {
  const rows = parseRows(rowsFlag, '--rows');
  return { rows, cap: rows === undefined ? EVAL_ROWS : undefined };
}

/** The rows to use of `count` read, and the line that says a default cap applied (undefined when none did). */
export function capRows(command: string, choice: RowsChoice, count: number, K: number): { count: number; note: string | undefined } {
  if (choice.cap === undefined || count <= choice.cap) return { count, note: undefined };
  const note = `flowc ${command}: the first ${choice.cap.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} data rows × K = ${K} (the default; --rows 0..${count} for all)`;
  return { count: choice.cap, note };
}
