/**
 * Command-line values shared by the commands: counts, seeds, minutes and row ranges. Each kind has one checker
 * (`valueProblem`), used both when the command line is parsed (flags.ts, for every numeric flag of every
 * command) and by the commands' converters below, so a value is refused the same way wherever it appears.
 */
import { UserError } from './io.js';

/** What a flag's value must be. */
export type ValueKind =
  /** an integer ≥ 1 (steps, batch sizes, sample counts, runs) */
  | 'count'
  /** an integer ≥ 0 (a number of runs that may be 0 to skip them) */
  | 'count-or-zero'
  /** an integer from 0 to 2^53 − 1, so that it is exact as a JavaScript number */
  | 'seed'
  /** a finite number > 0 (minutes) */
  | 'positive-number'
  /** a row range A..B or A.. */
  | 'rows'
  /** any text (paths, names, lists) */
  | 'text';

const expectations: Record<ValueKind, string> = {
  count: 'a positive integer like 1000',
  'count-or-zero': 'a non-negative integer like 10',
  seed: 'a seed: an integer from 0 to 2^53 − 1',
  'positive-number': 'a positive number like 60',
  rows: 'a row range like 0..1000 or 1000..',
  text: 'a value',
};

/** Plain decimal digits only: `Number` would also take '', ' 5', '0x10', '1e3' and '5.0'. */
function exactInteger(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const v = Number(text);
  return Number.isSafeInteger(v) ? v : undefined;
}

function kindHolds(kind: ValueKind, text: string): boolean {
  switch (kind) {
    case 'count':
      return (exactInteger(text) ?? 0) >= 1;
    case 'count-or-zero':
    case 'seed':
      return exactInteger(text) !== undefined;
    case 'positive-number':
      return /^\d+(\.\d+)?$/.test(text) && Number(text) > 0;
    case 'rows': {
      const m = /^(\d+)\.\.(\d*)$/.exec(text);
      return m !== null && exactInteger(m[1]!) !== undefined && (m[2] === '' || (exactInteger(m[2]!) ?? 0) > Number(m[1]));
    }
    case 'text':
      return true;
  }
}

/** Why `text` is not a valid value of `flag` ("--steps expects a positive integer like 1000, got '-1'"), or undefined. */
export function valueProblem(kind: ValueKind, text: string, flag: string): string | undefined {
  if (kindHolds(kind, text)) return undefined;
  // Digits beyond 2^53 − 1 are not exact as a JavaScript number (2^53 + 1 reads as 2^53): say that, not "expects".
  if ((kind === 'count' || kind === 'count-or-zero' || kind === 'seed') && /^\d+$/.test(text) && !Number.isSafeInteger(Number(text))) {
    return `${flag} ${text} is too large: ${kind === 'seed' ? "seeds go up to 2^53 − 1 (larger ones would repeat smaller seeds' draws)" : 'at most 2^53 − 1'}`;
  }
  return `${flag} expects ${expectations[kind]}, got '${text}'`;
}

function checked(kind: ValueKind, text: string, flag: string): number {
  const problem = valueProblem(kind, text, flag);
  if (problem) throw new UserError(`flowc: ${problem}`, 2);
  return Number(text);
}

export function parseRows(text: string | undefined, flag: string): { lo: number; hi: number | undefined } | undefined {
  if (text === undefined) return undefined;
  const problem = valueProblem('rows', text, flag);
  if (problem) throw new UserError(`flowc: ${problem}`, 2);
  const [lo, hi] = text.split('..');
  return { lo: Number(lo), hi: hi === '' ? undefined : Number(hi) };
}

/** A count (an integer ≥ 1), or undefined when the flag is absent. */
export function positiveInt(text: string | undefined, flag: string): number | undefined {
  return text === undefined ? undefined : checked('count', text, flag);
}

/** A non-negative integer (a number of runs that may be 0), or `fallback` when the flag is absent. */
export function nonNegativeInt(text: string | undefined, flag: string, fallback: number): number {
  return text === undefined ? fallback : checked('count-or-zero', text, flag);
}

/** A seed (an exact integer, 0 ≤ seed < 2^53), or `fallback` when the flag is absent. */
export function seedValue(text: string | undefined, flag: string, fallback: number): number {
  return text === undefined ? fallback : checked('seed', text, flag);
}

/** A positive number (minutes), or undefined when the flag is absent. */
export function positiveNumber(text: string | undefined, flag: string): number | undefined {
  return text === undefined ? undefined : checked('positive-number', text, flag);
}
