/**
 * Training checkpoints: one safetensors file with the weights, the Adam moments and, as metadata, the
 * spec hash, the step, the clipping window and the training history; written atomically, so a run killed
 * at any moment leaves either the previous checkpoint or the new one, never half of one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from '../files.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { checkWeights, decodeSafetensors, encodeSafetensors, WeightsError } from '../weights-io.js';
import type { TrainerState } from './trainer.js';

export interface HistoryRow {
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly gradNorm: number;
  readonly skipped: boolean;
  readonly valNll?: number;
  /** Mean aux loss of the step's kept examples, when the run has one. */
  readonly aux?: number;
  readonly seconds: number;
}

export interface Checkpoint {
  readonly weights: Weights;
  readonly moments: { m: Weights; v: Weights };
  readonly state: TrainerState;
  readonly history: HistoryRow[];
  readonly specHash: string;
}

export const specHash = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 16);

export function saveCheckpoint(path: string, c: Checkpoint): void {
  try {
    writeAtomic(path, encodeCheckpoint(c));
  } catch (error) {
    throw new WeightsError(`cannot write checkpoint '${path}': ${(error as Error).message}`);
  }
}

/** The checkpoint file's bytes (safetensors), for callers that write it together with other files. */
export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  const tensors: Weights = new Map();
  for (const [name, t] of c.weights) tensors.set(`param:${name}`, t);
  for (const [name, t] of c.moments.m) tensors.set(`adam.m:${name}`, t);
  for (const [name, t] of c.moments.v) tensors.set(`adam.v:${name}`, t);
  // NaN (the empty slots of the clipping window) does not survive JSON; write it as a string.
  const state = JSON.stringify(c.state, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v));
  const metadata = { specHash: c.specHash, state, history: JSON.stringify(c.history) };
  return encodeSafetensors(tensors, metadata, 'F32');
}

export function loadCheckpoint(path: string, module: IRModule, expectedHash: string): Checkpoint {
  if (!existsSync(path)) throw new WeightsError(`no checkpoint to resume from at '${path}'; run without --resume to start`);
  const { weights: tensors, metadata } = decodeSafetensors(readFileSync(path), path);
  if (metadata['specHash'] !== expectedHash) throw new WeightsError(`${path} was written for a different .flow file (spec hash ${metadata['specHash']}, this one ${expectedHash}); use another --out folder or drop --resume`);
  const part = (prefix: string) => new Map([...tensors].filter(([k]) => k.startsWith(prefix)).map(([k, t]) => [k.slice(prefix.length), t]));
  const weights = part('param:');
  checkWeights(module, weights, path);
  return {
    weights,
    moments: { m: part('adam.m:'), v: part('adam.v:') },
    state: JSON.parse(metadata['state'] ?? '{}', (_, v) => (v === 'NaN' ? NaN : v)) as TrainerState,
    history: JSON.parse(metadata['history'] ?? '[]') as HistoryRow[],
    specHash: expectedHash,
  };
}
