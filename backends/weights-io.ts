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

export function decodeSafetensors(bytes: Buffer, source = 'weights'): { weights: Weights; metadata: Record<string, string> } {
  if (bytes.length < 8) throw new WeightsError(`${source}: not a safetensors file (too short)`);
  const length = Number(bytes.readBigUInt64LE(0));
  if (length > bytes.length - 8) throw new WeightsError(`${source}: not a safetensors file (bad header length)`);
  let header: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] } | Record<string, string>>;
  try {
    header = JSON.parse(bytes.subarray(8, 8 + length).toString('utf8'));
  } catch {
    throw new WeightsError(`${source}: not a safetensors file (unreadable header)`);
  }
  const weights: Weights = new Map();
  const base = 8 + length;
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const { dtype, data_offsets: [start, end] } = entry as { dtype: string; data_offsets: [number, number] };
    if (dtype !== 'F64' && dtype !== 'F32') throw new WeightsError(`${source}: tensor '${name}' has dtype ${dtype}; flowc reads F32 and F64`);
    const bytesPer = dtype === 'F64' ? 8 : 4;
    if (base + end > bytes.length || (end - start) % bytesPer !== 0) throw new WeightsError(`${source}: tensor '${name}' lies outside the file`);
    const t = new Float64Array((end - start) / bytesPer);
    for (let i = 0; i < t.length; i++) t[i] = dtype === 'F64' ? bytes.readDoubleLE(base + start + i * 8) : bytes.readFloatLE(base + start + i * 4);
    weights.set(name, t);
  }
  return { weights, metadata: (header['__metadata__'] as Record<string, string> | undefined) ?? {} };
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
