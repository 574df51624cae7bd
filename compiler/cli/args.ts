/** Command-line values shared by the commands: row ranges and counts, each refused with the flag's name. */
import { UserError } from './io.js';

export function parseRows(text: string | undefined, flag: string): { lo: number; hi: number | undefined } | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)\.\.(\d*)$/.exec(text);
  if (!m || (m[2] !== '' && Number(m[2]) <= Number(m[1]))) throw new UserError(`flowc: ${flag} expects a row range like 0..1000 or 1000.., got '${text}'`, 2);
  return { lo: Number(m[1]), hi: m[2] === '' ? undefined : Number(m[2]) };
}

export function positiveInt(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isInteger(v) || v < 1) throw new UserError(`flowc: ${flag} expects a positive integer, got '${text}'`, 2);
  return v;
}

/** A non-negative integer (a seed, a number of runs that may be 0), or `fallback` when the flag is absent. */
export function nonNegativeInt(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (!Number.isInteger(v) || v < 0) throw new UserError(`flowc: ${flag} expects a non-negative integer, got '${text}'`, 2);
  return v;
}
