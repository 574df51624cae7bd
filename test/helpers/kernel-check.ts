/**
 * Helpers for checking the wasm backend's batched kernels (backends/wasm/exec/) against the float64
 * reference: a minimal module and ExecContext for given sizes, float32-valued random batches, per-example
 * float64 copies for the reference, and the error measure the tests bound.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { PrimalOp } from '../../compiler/ir/gradient.js';
import type { Batch, ExecContext } from '../../backends/wasm/exec/op-kernel.js';
import { NormalStream } from '../../backends/rng.js';

export interface KernelSizes {
  readonly n: number;
  /** Channels C = 2s. */
  readonly C: number;
  readonly d: number;
}

const emptyFunction = (name: 'forward' | 'inverse') => ({ name, values: [], ops: [], input: 0, outputs: { z: 0, logDet: 0 } });

/** A module with only what the per-point kernels read: the system's sizes and the base's scales. */
export function kernelModule({ n, C, d }: KernelSizes, base = { scale: 1, augmentScale: 1 }): IRModule {
  return {
    version: 1,
    name: 'kernels',
    dtype: 'f32',
    system: { n, dim: d, augmented: C - 1, channels: C, half: C / 2, typeIds: undefined },
    base: { kind: 'com_free_normal', ...base },
    target: undefined,
    params: [],
    forward: emptyFunction('forward'),
    inverse: emptyFunction('inverse'),
    symmetry: { proven: '', generators: [], claimed: [] },
  };
}

export function kernelContext(m: IRModule, batch: number, params: ReadonlyMap<string, Float32Array> = new Map(), primal: readonly PrimalOp[] = []): ExecContext {
  return { m, batch, params, grads: new Map(), primal, releases: [] };
}

/** count float32-valued normals × scale. */
export function float32Normals(stream: NormalStream, count: number, scale = 1): Float32Array {
  return Float32Array.from({ length: count }, () => stream.next() * scale);
}

export function float64Normals(stream: NormalStream, count: number, scale = 1): Float64Array {
  return Float64Array.from({ length: count }, () => stream.next() * scale);
}

/** Example b's slice of a batch as float64 (what the reference receives: the same numbers). */
export function exampleOf(value: Batch, batch: number, b: number): Float64Array {
  const per = value.length / batch;
  return Float64Array.from(value.subarray(b * per, (b + 1) * per));
}

/** The reference's per-example results, concatenated into one batch-shaped array. */
export function concat(parts: readonly ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(Array.from(p), at);
    at += p.length;
  }
  return out;
}

/**
 * The error the tests bound: max over entries of |a − b| / max(1, |b|) (b the reference): relative where the
 * reference is large, absolute below 1. NaN anywhere (or a length mismatch) gives Infinity.
 */
export function relativeGap(a: ArrayLike<number> | undefined, b: ArrayLike<number>): number {
  if (a === undefined || a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!));
    if (!(gap <= worst)) worst = Number.isNaN(gap) ? Infinity : gap;
  }
  return worst;
}

/** Worst errors by label, kept across a file's tests and printed once (the numbers the tolerances came from). */
export class ErrorLedger {
  private readonly worst = new Map<string, number>();
  note(label: string, error: number): number {
    this.worst.set(label, Math.max(this.worst.get(label) ?? 0, error));
    return error;
  }
  print(title: string): void {
    const rows = [...this.worst].map(([label, e]) => `  ${label.padEnd(48)} ${e.toExponential(2)}`);
    console.log(`${title}\n${rows.join('\n')}`);
  }
}
