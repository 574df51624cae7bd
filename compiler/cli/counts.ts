/**
 * Counts and seeds from the command line, read exactly: a flag's text must be a whole number in digits, so
 * `-n 1e12` or `--seed 9007199254740993` is never rounded into another number (2⁵³ + 1 read as a JS number
 * is 2⁵³: two seeds, one sample). A count is also checked against what its run would hold in memory, and
 * refused up front with the estimate instead of failing mid-run with "Invalid typed array length".
 */
import { totalmem } from 'node:os';
import { constants } from 'node:buffer';
import { UserError } from './io.js';

/** The largest seed: Philox is keyed by the seed's two 32-bit words, as a JS number holds it exactly. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Rows one seed can draw (rng.ts keys Philox by a 32-bit row number). */
export const MAX_ROWS_PER_SEED = 2 ** 32;

/** The most elements one Float64Array may have in Node (V8's limit). */
const MAX_TYPED_ARRAY = 2 ** 32;

/** The flag's text as an exact integer, or a usage error naming the flag and what it expects. */
function exactInteger(text: string, flag: string, expects: string): bigint {
  if (!/^\d{1,30}$/.test(text)) throw new UserError(`flowc: ${flag} expects ${expects} written in digits, got '${text}'`, 2);
  return BigInt(text);
}

/** A bound on a count and the reason for it, for the message. */
export interface CountBound {
  readonly max: number;
  readonly why: string;
}

/** Rows of one seed: the most any sampling count can be. */
export const ROWS_PER_SEED: CountBound = { max: MAX_ROWS_PER_SEED, why: 'one seed draws at most 2^32 rows' };

/** A count ≥ 1 and ≤ `bound.max` (exactly, from the text), or `fallback` when the flag is absent. */
export function countFlag(text: string | undefined, flag: string, fallback: number, bound: CountBound = { max: MAX_SEED, why: 'larger numbers are not exact' }): number {
  if (text === undefined) return fallback;
  const value = exactInteger(text, flag, 'a positive integer');
  if (value < 1n) throw new UserError(`flowc: ${flag} expects a positive integer, got '${text}'`, 2);
  if (value > BigInt(bound.max)) throw new UserError(`flowc: ${flag} ${text} is too large: at most ${formatCount(bound.max)} (${bound.why})`, 2);
  return Number(value);
}

/** What a run would hold in memory: the total, its largest Float64Array and its largest Buffer (a .npy file). */
export interface MemoryEstimate {
  readonly bytes: number;
  /** Elements of the largest Float64Array (V8 allows 2³²). */
  readonly largestArray: number;
  /** Bytes of the largest Buffer, e.g. an encoded .npy output (Node allows buffer.constants.MAX_LENGTH). */
  readonly largestBuffer: number;
  /** What the bytes are, for the message: e.g. 'the samples (x, a, log q as float64)'. */
  readonly what: string;
}

/** Why `need` does not fit (the first limit it breaks), or undefined when it fits. */
function misfit(need: MemoryEstimate, limit: number): string | undefined {
  if (need.bytes > limit) return `more than this machine's ${formatBytes(limit)} of memory`;
  if (need.largestArray > MAX_TYPED_ARRAY) return `an array of ${formatCount(need.largestArray)} numbers, more than Node allows (${formatCount(MAX_TYPED_ARRAY)})`;
  if (need.largestBuffer > constants.MAX_LENGTH) return `a file buffer of ${formatBytes(need.largestBuffer)}, more than Node allows (${formatBytes(constants.MAX_LENGTH)})`;
  return undefined;
}

/**
 * Refuses a count whose run would hold more than this machine's memory, or an array larger than Node allows,
 * before any work: one line with the estimate, the limit and the largest count that fits.
 */
export function checkFits(command: string, flag: string, count: number, estimate: (count: number) => MemoryEstimate, limit = totalmem()): void {
  const need = estimate(count);
  const why = misfit(need, limit);
  if (why === undefined) return;
  const fits = largestFitting(count, (c) => misfit(estimate(c), limit) === undefined);
  throw new UserError(`flowc ${command}: ${flag} ${count} needs ≈ ${formatBytes(need.bytes)} for ${need.what}, ${why}; use ${flag} ${fits > 0 ? `${formatCount(fits)} or less` : 'smaller'}`, 2);
}

/** The largest c in [0, count] with fits(c) (fits is monotone: more costs more). */
function largestFitting(count: number, fits: (c: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let k = 0;
  while (bytes >= 1000 && k < units.length - 1) {
    bytes /= 1000;
    k++;
  }
  return `${k === 0 ? bytes : bytes.toPrecision(3)} ${units[k]}`;
}

const formatCount = (n: number) => n.toLocaleString('en-US');
