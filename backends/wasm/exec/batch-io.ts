/**
 * Small helpers the per-point kernels share for reading a batch (Batch: tensors Float32Array [B, ...shape],
 * scalars Float64Array(B)), checking it has the layout the op implies, and reaching parameters and their
 * adjoint accumulators in the ExecContext.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { Batch, ExecContext } from './op-kernel.js';

/** n nodes, C channels, s = C/2 per half, d dimensions (the module's system). */
export interface SystemSizes {
  readonly n: number;
  readonly C: number;
  readonly s: number;
  readonly d: number;
}

export const systemSizes = (m: IRModule): SystemSizes => ({ n: m.system.n, C: m.system.channels, s: m.system.half, d: m.system.dim });

/** Operand k, which must be present. */
export function operand(inputs: readonly Batch[], k: number, what: string): Batch {
  const v = inputs[k];
  if (!v) throw new Error(`${what}: operand ${k} is missing`);
  return v;
}

/** Operand k as a tensor of `perExample` entries per example. */
export function tensorOperand(inputs: readonly Batch[], k: number, batch: number, perExample: number, what: string): Batch {
  const v = operand(inputs, k, what);
  if (v.length !== batch * perExample) throw new Error(`${what}: operand ${k} has ${v.length} entries, expected ${batch} × ${perExample}`);
  return v;
}

/** Operand k as a scalar batch (Float64Array(B)). */
export function scalarOperand(inputs: readonly Batch[], k: number, batch: number, what: string): Float64Array {
  const v = operand(inputs, k, what);
  if (!(v instanceof Float64Array) || v.length !== batch) throw new Error(`${what}: operand ${k} is not a scalar batch of ${batch}`);
  return v;
}

/** A scalar seed (undefined: zero). */
export function scalarSeed(seeds: readonly (Batch | undefined)[], k: number, batch: number, what: string): Float64Array | undefined {
  const v = seeds[k];
  if (v === undefined) return undefined;
  if (!(v instanceof Float64Array) || v.length !== batch) throw new Error(`${what}: seed ${k} is not a scalar batch of ${batch}`);
  return v;
}

/** A tensor seed (undefined: zero) of `perExample` entries per example. */
export function tensorSeed(seeds: readonly (Batch | undefined)[], k: number, batch: number, perExample: number, what: string): Batch | undefined {
  const v = seeds[k];
  if (v !== undefined && v.length !== batch * perExample) throw new Error(`${what}: seed ${k} has ${v.length} entries, expected ${batch} × ${perExample}`);
  return v;
}

/** True when values[at..at + count) are all exactly 0 (or there are no values): an example with no adjoint to pass on. */
export function isZero(values: Batch | undefined, at: number, count: number): boolean {
  if (values === undefined) return true;
  for (let i = at; i < at + count; i++) if (values[i] !== 0) return false;
  return true;
}

/** The parameter `name` (float32, the layout's shape). */
export function paramOf(ctx: ExecContext, name: string): Float32Array {
  const p = ctx.params.get(name);
  if (!p) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return p;
}

/** The adjoint accumulator of parameter `name`, made (zeros) on first use. */
export function gradOf(ctx: ExecContext, name: string): Float64Array {
  let g = ctx.grads.get(name);
  if (!g) ctx.grads.set(name, (g = new Float64Array(paramOf(ctx, name).length)));
  return g;
}

/** A new tensor adjoint of `length` entries where `needed`, else undefined. */
export const tensorBar = (needed: boolean | undefined, length: number): Float32Array | undefined => (needed ? new Float32Array(length) : undefined);
