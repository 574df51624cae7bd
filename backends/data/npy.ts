/**
 * NumPy .npy files: float32/float64, little-endian, C order (format versions 1–3). Anything else — a
 * Fortran-order array, another dtype, NaNs, a wrong shape — is refused with a message naming the file and
 * the fix. Writes are atomic (temp file, then rename).
 */
import { readFileSync } from 'node:fs';
import { readFailure, writeAtomic } from '../files.js';

export class NpyError extends Error {}

export interface NpyArray {
  readonly shape: readonly number[];
  readonly data: Float64Array;
}

export function parseNpy(bytes: Buffer, source: string): NpyArray {
  if (bytes.length < 10 || bytes.toString('latin1', 0, 6) !== '\x93NUMPY') throw new NpyError(`${source}: not a .npy file (bad magic string)`);
  const major = bytes[6]!;
  const headerLength = major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = bytes.toString(major === 3 ? 'utf8' : 'latin1', start, start + headerLength);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) throw new NpyError(`${source}: unreadable .npy header`);
  if (fortran === 'True') throw new NpyError(`${source}: the array is in Fortran order; save it with np.save(path, np.ascontiguousarray(a))`);
  const bytesPer = descr === '<f4' ? 4 : descr === '<f8' ? 8 : 0;
  if (bytesPer === 0) throw new NpyError(`${source}: dtype ${descr} is not supported; convert with a.astype(np.float32) or np.float64`);
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  const offset = start + headerLength;
  if (bytes.length < offset + count * bytesPer) throw new NpyError(`${source}: the file is shorter than its shape (${shape.join(' × ')}) needs: truncated?`);
  const data = new Float64Array(count);
  for (let i = 0; i < count; i++) data[i] = bytesPer === 4 ? bytes.readFloatLE(offset + 4 * i) : bytes.readDoubleLE(offset + 8 * i);
  return { shape, data };
}

export function readNpy(path: string): NpyArray {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new NpyError(`cannot read '${path}': ${readFailure(error)}`);
  }
  return parseNpy(bytes, path);
}

/**
 * Rows lo..hi (hi exclusive, undefined = to the end) of a data file, reshaped to configurations [rows][n·d].
 * Refuses a column count other than n·d, an empty or out-of-range selection, and NaN or infinite values.
 */
export function readConfigurations(path: string, n: number, d: number, rows?: { lo: number; hi: number | undefined }): { data: Float64Array; count: number } {
  const array = readNpy(path);
  const total = array.shape[0] ?? 0;
  const width = array.shape.slice(1).reduce((a, b) => a * b, 1);
  if (width !== n * d) throw new NpyError(`${path}: rows have ${width} numbers (shape ${array.shape.join(' × ')}), but the flow's system has n·d = ${n}·${d} = ${n * d}`);
  const lo = rows?.lo ?? 0;
  const hi = Math.min(rows?.hi ?? total, total);
  if (lo >= hi) throw new NpyError(`${path}: rows ${lo}..${rows?.hi ?? ''} select nothing (the file has ${total} rows)`);
  const data = array.data.slice(lo * width, hi * width);
  const bad = data.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new NpyError(`${path}: row ${lo + Math.floor(bad / width)} holds NaN or an infinite value; clean the data first`);
  return { data, count: hi - lo };
}

export function encodeNpy(shape: readonly number[], data: ArrayLike<number>, dtype: 'f4' | 'f8' = 'f4'): Buffer {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '<${dtype}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  header += ' '.repeat(63 - ((header.length + 10) % 64)) + '\n';
  const bytesPer = dtype === 'f4' ? 4 : 8;
  const out = Buffer.alloc(10 + header.length + data.length * bytesPer);
  out.write('\x93NUMPY', 0, 'latin1');
  out[6] = 1;
  out[7] = 0;
  out.writeUInt16LE(header.length, 8);
  out.write(header, 10, 'latin1');
  for (let i = 0; i < data.length; i++) {
    if (dtype === 'f4') out.writeFloatLE(data[i]!, 10 + header.length + 4 * i);
    else out.writeDoubleLE(data[i]!, 10 + header.length + 8 * i);
  }
  return out;
}

export function writeNpy(path: string, shape: readonly number[], data: ArrayLike<number>, dtype: 'f4' | 'f8' = 'f4'): void {
  try {
    writeAtomic(path, encodeNpy(shape, data, dtype));
  } catch (error) {
    throw new NpyError(`cannot write '${path}': ${(error as Error).message}`);
  }
}
