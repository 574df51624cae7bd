/**
 * The partial state of a long `flowc sample` run (OUT.npy.partial): the rows sampled so far, written
 * atomically every minute, so that a killed run continues with `--resume` instead of starting over. One file:
 * a magic line, a u32 header length, a JSON header (what the rows belong to, how many), then x, a and log q
 * of those rows as float64. Rows are the seed's base draws in order, so a resumed run ends with the same
 * bytes as an uninterrupted one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { UserError, writeFileAtomic } from './io.js';
import { readFailure } from '../../backends/files.js';

const MAGIC = 'FLOWC-SAMPLE-PARTIAL 1\n';

/** What the sampled rows depend on: a partial file for anything else is refused. */
export interface PartialKey {
  readonly ir: string;
  readonly weights: string;
  readonly backend: string;
  /** The generated code's digest (WGSL), or flowc's version for backends that generate none. */
  readonly code: string;
  readonly seed: number;
  readonly count: number;
}

export interface Rows {
  readonly x: Float64Array;
  readonly a: Float64Array;
  readonly logQ: Float64Array;
}

export const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 16);

export const partialPath = (out: string) => `${out}.partial`;

/** Writes rows [0, done) of every array (per-row widths from count). */
export function savePartial(path: string, key: PartialKey, done: number, rows: Rows): void {
  const slices = [rows.x, rows.a, rows.logQ].map((v) => v.subarray(0, (v.length / key.count) * done));
  const payload = Buffer.concat(slices.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)));
  writeFileAtomic(path, encodePartial({ key, done }, payload));
}

/** The file's bytes: magic line, header length, JSON header (any value: tests write damaged ones), payload. */
export function encodePartial(header: unknown, payload: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify(header) ?? '');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([Buffer.from(MAGIC), length, json, payload]);
}

/** Reads a partial run into `rows`; its number of rows. Refuses one written for another run. */
export function loadPartial(path: string, key: PartialKey, rows: Rows): number {
  const fail = (why: string): never => {
    throw new UserError(`flowc sample: ${path} ${why}; delete it to start over`);
  };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail(`cannot be read (${readFailure(error)})`);
  }
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) fail('is not a flowc sample partial file');
  const start = MAGIC.length + 4;
  if (bytes.length < start) fail('is truncated');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  if (start + headerLength > bytes.length) fail('is truncated');
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(start, start + headerLength).toString());
  } catch {
    return fail('has a damaged header');
  }
  if (!isPartialHeader(header)) return fail('has a damaged header');
  const theirs = header.key;
  for (const field of ['ir', 'weights', 'backend', 'code', 'seed', 'count'] as const)
    if (theirs[field] !== key[field]) fail(`belongs to another run (its ${field} ${shown(theirs[field])}, this run's ${shown(key[field])}${field === 'code' ? ': another flowc version wrote it' : ''})`);
  // Checked after the key, so `count` is this run's: a row count it cannot hold is damage, not a resume point.
  if (!Number.isSafeInteger(header.done) || header.done < 0 || header.done > key.count) fail(`has a damaged header (done ${header.done} of ${key.count} rows)`);
  const payload = bytes.subarray(start + headerLength);
  if (payload.length % 8 !== 0) fail('is truncated');
  const floats = new Float64Array(payload.buffer.slice(payload.byteOffset, payload.byteOffset + payload.length));
  let offset = 0;
  for (const v of [rows.x, rows.a, rows.logQ]) {
    const length = (v.length / key.count) * header.done;
    if (offset + length > floats.length) fail('is truncated');
    v.set(floats.subarray(offset, offset + length));
    offset += length;
  }
  return header.done;
}

/** A header value in a message: JSON text for objects (String() throws on `{"toString": false}`). */
function shown(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** The JSON header's shape: a key object and a number of rows (values checked by the caller). */
function isPartialHeader(header: unknown): header is { key: PartialKey; done: number } {
  if (typeof header !== 'object' || header === null) return false;
  const { key, done } = header as Record<string, unknown>;
  return typeof key === 'object' && key !== null && !Array.isArray(key) && typeof done === 'number';
}

export function removePartial(path: string): void {
  rmSync(path, { force: true });
}
