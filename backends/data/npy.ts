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
  if (major < 1 || major > 3) throw new NpyError(`${source}: .npy format version ${major} is not supported (1–3 are); save it again with np.save`);
  const start = major === 1 ? 10 : 12;
  if (bytes.length < start) throw new NpyError(`${source}: the file ends inside its .npy header: truncated?`);
  const headerLength = major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8);
  if (start + headerLength > bytes.length) throw new NpyError(`${source}: the .npy header claims ${headerLength} bytes, more than the file holds: truncated?`);
  const header = bytes.toString(major === 3 ? 'utf8' : 'latin1', start, start + headerLength);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) throw new NpyError(`${source}: unreadable .npy header`);
  if (fortran === 'True') throw new NpyError(`${source}: the array is in Fortran order; save it with np.save(path, np.ascontiguousarray(a))`);
  const bytesPer = descr === '<f4' ? 4 : descr === '<f8' ? 8 : 0;
  if (bytesPer === 0) throw new NpyError(`${source}: dtype ${descr} is not supported; convert with a.astype(np.float32) or np.float64`);
  const shape = parseShape(shapeText, source);
  const count = shape.reduce((a, b) => a * b, 1);
  const offset = start + headerLength;
  // Compared in bytes before any allocation: an absurd shape is a damaged file, not a reason to run out of memory.
  if (bytes.length - offset < count * bytesPer) throw new NpyError(`${source}: the file is shorter than its shape (${shape.join(' × ')}) needs: truncated?`);
  const data = new Float64Array(count);
  for (let i = 0; i < count; i++) data[i] = bytesPer === 4 ? bytes.readFloatLE(offset + 4 * i) : bytes.readDoubleLE(offset + 8 * i);
  return { shape, data };
}

/** The header's shape tuple: non-negative integers only (NumPy writes nothing else; `-5` means damage). */
function parseShape(text: string, source: string): number[] {
  const parts = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = parts.find((s) => !/^\d{1,15}$/.test(s));
  if (bad !== undefined) throw new NpyError(`${source}: the .npy shape (${text.trim()}) holds '${bad}', not a size: the header is damaged; save the array again with np.save`);
  return parts.map(Number);
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
 * The file is [N, n, d] or [N, n·d]; any other layout (e.g. [N, d, n], whose rows also hold n·d numbers) is
 * refused naming both shapes. Also refuses an empty or out-of-range selection and NaN or infinite values.
 */
export function readConfigurations(path: string, n: number, d: number, rows?: { lo: number; hi: number | undefined }): { data: Float64Array; count: number } {
  const array = readNpy(path);
  checkLayout(array.shape, n, d, path);
  const total = array.shape[0]!;
  const width = n * d;
  const lo = rows?.lo ?? 0;
  const hi = Math.min(rows?.hi ?? total, total);
  if (lo >= hi) throw new NpyError(`${path}: rows ${lo}..${rows?.hi ?? ''} select nothing (the file has ${total} rows)`);
  const data = array.data.slice(lo * width, hi * width);
  checkFinite(data, width, path, lo);
  return { data, count: hi - lo };
}

/** [N, n, d] or [N, n·d]: the flow's layout, or an NpyError naming the file's shape and the one expected. */
function checkLayout(shape: readonly number[], n: number, d: number, path: string): void {
  const rows = shape.length === 3 ? shape[1] === n && shape[2] === d : shape.length === 2 && shape[1] === n * d;
  if (rows) return;
  const got = shape.length === 0 ? 'a scalar' : `shape (${shape.join(', ')})`;
  throw new NpyError(`${path}: ${got} does not match the flow's system (n = ${n} particles in d = ${d}: rows of n·d = ${n}·${d} = ${n * d}); expected (N, ${n}, ${d}) or (N, ${n * d})${shape.length === 3 && shape[1]! * shape[2]! === n * d ? '; transpose the last two axes if they are swapped' : ''}`);
}

/** Refuses NaN or ±∞, naming the first bad value's row (numbered in the file) and column. */
export function checkFinite(values: Float64Array, width: number, path: string, firstRow = 0): void {
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad < 0) return;
  const column = width === 1 ? '' : ` at column ${bad % width}`;
  throw new NpyError(`${path}: row ${firstRow + Math.floor(bad / width)} holds ${values[bad]}${column} (the first value that is not finite); clean the data first`);
}

/**
 * A file of one number per row ([N] or [N, 1], e.g. log w from flowc sample) with exactly `count` finite values.
 */
export function readColumn(path: string, count: number, what: string): Float64Array {
  const array = readNpy(path);
  if (array.shape.length < 1 || array.shape.length > 2 || (array.shape.length === 2 && array.shape[1] !== 1))
    throw new NpyError(`${path}: ${what} has shape (${array.shape.join(', ')}); expected one value per row, shape (${count},)`);
  if (array.data.length !== count) throw new NpyError(`${path}: ${what} has ${array.data.length} values for ${count} rows`);
  checkFinite(array.data, 1, path);
  return array.data;
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
