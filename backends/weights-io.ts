/**
 * Weights on disk as safetensors (8-byte little-endian header length, a JSON header of
 * {name: {dtype, shape, data_offsets}} plus `__metadata__`, then the raw little-endian data), written
 * atomically. Loading checks every tensor against the module's layout and names the first mismatch.
 */
import { readFileSync } from 'node:fs';
import { readFailure, writeAtomic } from './files.js';
import type { IRModule } from '../compiler/ir/ir.js';
import type { Weights } from './init.js';

export class WeightsError extends Error {}

export function encodeSafetensors(weights: Weights, metadata: Record<string, string> = {}, dtype: 'F64' | 'F32' = 'F64', shapeOf: (name: string) => readonly number[] | undefined = () => undefined): Buffer {
  const bytesPer = dtype === 'F64' ? 8 : 4;
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  const names = [...weights.keys()];
  for (const name of names) {
    const size = weights.get(name)!.length * bytesPer;
    header[name] = { dtype, shape: shapeOf(name) ?? [weights.get(name)!.length], data_offsets: [offset, offset + size] };
    offset += size;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (json.length % 8)) % 8); // keeps the data 8-byte aligned
  const headerBytes = Buffer.from(json, 'utf8');
  const out = Buffer.alloc(8 + headerBytes.length + offset);
  out.writeBigUInt64LE(BigInt(headerBytes.length), 0);
  headerBytes.copy(out, 8);
  let at = 8 + headerBytes.length;
  for (const name of names) {
    for (const v of weights.get(name)!) {
      if (dtype === 'F64') out.writeDoubleLE(v, at);
      else out.writeFloatLE(v, at);
      at += bytesPer;
    }
  }
  return out;
}

/** One tensor's header entry, checked: its dtype is known and its bytes lie inside the data section. */
interface TensorEntry {
  readonly name: string;
  readonly dtype: 'F64' | 'F32';
  readonly start: number;
  readonly end: number;
}

export function decodeSafetensors(bytes: Buffer, source = 'weights'): { weights: Weights; metadata: Record<string, string> } {
  const { entries, metadata, base } = readHeader(bytes, source);
  const weights: Weights = new Map();
  for (const { name, dtype, start, end } of entries) {
    const bytesPer = dtype === 'F64' ? 8 : 4;
    const t = new Float64Array((end - start) / bytesPer);
    for (let i = 0; i < t.length; i++) t[i] = dtype === 'F64' ? bytes.readDoubleLE(base + start + i * 8) : bytes.readFloatLE(base + start + i * 4);
    weights.set(name, t);
  }
  return { weights, metadata };
}

/**
 * The header of a safetensors file, every entry checked against the format before any tensor is read:
 * a JSON object; each tensor an object with a known dtype, a shape of sizes and data_offsets [start, end]
 * inside the data section, of exactly shape × dtype bytes, no two overlapping. A damaged file is a
 * WeightsError naming the tensor and what is wrong, never a read of header bytes as weights.
 */
function readHeader(bytes: Buffer, source: string): { entries: TensorEntry[]; metadata: Record<string, string>; base: number } {
  const fail = (why: string): never => {
    throw new WeightsError(`${source}: not a safetensors file (${why})`);
  };
  if (bytes.length < 8) fail('too short');
  const length = bytes.readBigUInt64LE(0);
  if (length > BigInt(bytes.length - 8)) fail(`its header length ${length} exceeds the file's ${bytes.length} bytes`);
  const base = 8 + Number(length);
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(8, base).toString('utf8'));
  } catch {
    fail('unreadable header');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) fail(`the header is ${header === null ? 'null' : Array.isArray(header) ? 'an array' : `a ${typeof header}`}, not an object of tensors`);
  const { __metadata__: metadata = {}, ...tensors } = header as Record<string, unknown>;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata) || Object.values(metadata).some((v) => typeof v !== 'string')) fail('__metadata__ is not an object of strings');
  const entries = Object.entries(tensors).map(([name, entry]) => tensorEntry(name, entry, bytes.length - base, fail));
  const sorted = [...entries].sort((x, y) => x.start - y.start);
  for (let k = 1; k < sorted.length; k++) if (sorted[k]!.start < sorted[k - 1]!.end) fail(`tensors '${sorted[k - 1]!.name}' and '${sorted[k]!.name}' overlap`);
  return { entries, metadata: metadata as Record<string, string>, base };
}

const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function tensorEntry(name: string, entry: unknown, dataLength: number, fail: (why: string) => never): TensorEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(`tensor '${name}' is not an object`);
  const { dtype, shape, data_offsets: offsets } = entry as Record<string, unknown>;
  if (dtype !== 'F64' && dtype !== 'F32') return fail(`tensor '${name}' has dtype ${JSON.stringify(dtype)}; flowc reads F32 and F64`);
  if (!Array.isArray(shape) || !shape.every(isSize)) return fail(`tensor '${name}' has shape ${JSON.stringify(shape)}, not a list of sizes`);
  const [start, end] = Array.isArray(offsets) && offsets.length === 2 ? offsets : [];
  if (!isSize(start) || !isSize(end) || start > end) return fail(`tensor '${name}' has data_offsets ${JSON.stringify(offsets)}, not [start, end] with 0 ≤ start ≤ end`);
  if (end > dataLength) return fail(`tensor '${name}' ends at byte ${end} of a ${dataLength}-byte data section: truncated?`);
  const size = (shape as number[]).reduce((a, b) => a * b, 1) * (dtype === 'F64' ? 8 : 4);
  if (size !== end - start) return fail(`tensor '${name}' has shape [${shape.join(', ')}] (${size} bytes of ${dtype}) but data_offsets span ${end - start} bytes`);
  return { name, dtype, start, end };
}

/** Throws a WeightsError naming the first tensor that is missing, extra or of the wrong size. */
export function checkWeights(module: IRModule, weights: Weights, source: string): void {
  for (const p of module.params) {
    const t = weights.get(p.name);
    const size = p.shape.reduce((a, b) => a * b, 1);
    if (!t) throw new WeightsError(`${source}: tensor '${p.name}' [${p.shape.join(', ')}] is missing; were these weights saved for another .flow file?`);
    if (t.length !== size) throw new WeightsError(`${source}: tensor '${p.name}' has ${t.length} numbers, the flow needs ${size} ([${p.shape.join(', ')}])`);
    if (t.some((v) => !Number.isFinite(v))) throw new WeightsError(`${source}: tensor '${p.name}' holds NaN or infinite values`);
  }
  const known = new Set(module.params.map((p) => p.name));
  for (const name of weights.keys()) if (!known.has(name)) throw new WeightsError(`${source}: tensor '${name}' is not part of flow '${module.name}'`);
}

/** A weights file's bytes (safetensors, float64, the layout's shapes), for callers that write it with other files. */
export function encodeWeights(module: IRModule, weights: Weights, metadata: Record<string, string> = {}): Uint8Array {
  const shapes = new Map(module.params.map((p) => [p.name, p.shape]));
  return encodeSafetensors(weights, { flow: module.name, ...metadata }, 'F64', (name) => shapes.get(name));
}

export function saveWeights(path: string, module: IRModule, weights: Weights, metadata: Record<string, string> = {}): void {
  try {
    writeAtomic(path, encodeWeights(module, weights, metadata));
  } catch (error) {
    throw new WeightsError(`cannot write '${path}': ${(error as Error).message}`);
  }
}

export function loadWeights(path: string, module: IRModule): Weights {
  return weightsFromBytes(readWeightsFile(path), path, module);
}

/** A weights file's bytes (a WeightsError when it cannot be read). */
export function readWeightsFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new WeightsError(`cannot read '${path}': ${readFailure(error)}`);
  }
}

/** Safetensors bytes read from `path`, decoded and checked against the module's layout. */
export function weightsFromBytes(bytes: Buffer, path: string, module: IRModule): Weights {
  const { weights } = decodeSafetensors(bytes, path);
  checkWeights(module, weights, path);
  return weights;
}
