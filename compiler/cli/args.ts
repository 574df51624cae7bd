/** Command-line values shared by the commands: row ranges and counts, each refused with the flag's name. */
import { UserError } from './io.js';

export function parseRows(text: string | undefined, flag: string): { lo: number; hi: number | undefined } | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)\.\.(\d*)$/.exec(text);
  if (!m || (m[2] !== '' && Number(m[2]) <= Number(m[1]))) throw new UserError(`flowc: ${flag} expects a row range like 0..1000 or 1000.., got '${text}'`, 2);
  return { lo: Number(m[1]), hi: m[2] === '' ? undefined : Number(m[2]) };
}

/** An integer ≥ min, refused with the flag's name and what it expects. */
function integerAtLeast(text: string, flag: string, min: number, expects: string): number {
  const v = Number(text);
  if (!Number.isInteger(v) || v < min) throw new UserError(`flowc: ${flag} expects ${expects}, got '${text}'`, 2);
  return v;
}

export function positiveInt(text: string | undefined, flag: string): number | undefined {
  return text === undefined ? undefined : integerAtLeast(text, flag, 1, 'a positive integer');
}

/** A non-negative integer (a seed, a number of runs that may be 0), or `fallback` when the flag is absent. */
export function nonNegativeInt(text: string | undefined, flag: string, fallback: number): number {
  return text === undefined ? fallback : integerAtLeast(text, flag, 0, 'a non-negative integer');
}
