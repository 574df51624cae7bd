/**
 * The wasm backend's executor: runs an IR function (forward, inverse) or the gradient function
 * (compiler/ir/gradient.ts) over a batch, op by op, with one OpKernel per op kind. The gradient runs the
 * primal with activations saved, then the adjoint program; examples the mask drops are removed from the batch
 * before the adjoint program runs (their forward may hold NaN, and NaN·0 is NaN), so they contribute exactly 0.
 */
import type { IRFunction, IRModule } from '../../../compiler/ir/ir.js';
import type { GradientFunction, PrimalOp } from '../../../compiler/ir/gradient.js';
import { primalOperands, primalResults } from '../../../compiler/ir/gradient.js';
import type { Batch, ExecContext, OpKernel } from './op-kernel.js';

export type KernelTable = (op: PrimalOp) => OpKernel;

interface Primal {
  readonly values: Batch[];
  readonly saved: unknown[];
}

function runPrimal(ops: readonly PrimalOp[], values: Batch[], ctx: ExecContext, kernels: KernelTable, save: boolean): Primal {
  const saved: unknown[] = [];
  ops.forEach((op, index) => {
    const inputs = primalOperands(op).map((id) => values[id]!);
    const out = kernels(op).forward(op, inputs, ctx, save);
    primalResults(op).forEach((id, k) => (values[id] = out.outputs[k]!));
    saved[index] = out.saved;
  });
  return { values, saved };
}

/** Runs and removes the releases, last first. */
function runReleases(releases: (() => void)[]): void {
  for (let release = releases.pop(); release; release = releases.pop()) release();
}

/** Runs `body` with a fresh ExecContext.releases list, then what is left of it (also when body throws). */
function withReleases<T>(body: (releases: (() => void)[]) => T): T {
  const releases: (() => void)[] = [];
  try {
    return body(releases);
  } finally {
    runReleases(releases);
  }
}

/** Runs `forward` or `inverse` on B joint samples z [B][n][C][d]: the outputs and the B log-dets. */
export function runFunctionBatch(f: IRFunction, m: IRModule, params: ReadonlyMap<string, Float32Array>, z: Float32Array, batch: number, kernels: KernelTable): { z: Float32Array; logDet: Float64Array } {
  return withReleases((releases) => {
    const ctx: ExecContext = { m, batch, params, grads: new Map(), primal: f.ops, releases };
    const values: Batch[] = [];
    values[f.input] = z;
    runPrimal(f.ops, values, ctx, kernels, false);
    return { z: values[f.outputs.z] as Float32Array, logDet: values[f.outputs.logDet] as Float64Array };
  });
}

export interface BatchGradient {
  /** Per example: ℓ, log q, aux and the effective (masked) weight. */
  readonly loss: Float64Array;
  readonly logQ: Float64Array;
  readonly aux: Float64Array;
  readonly weight: Float64Array;
  /** Σ_b w_b·∂ℓ_b/∂θ by parameter name. */
  readonly grads: Map<string, Float64Array>;
}

const add = (a: Batch, b: Batch): Batch => {
  const sum = a instanceof Float64Array ? new Float64Array(a.length) : new Float32Array(a.length);
  for (let i = 0; i < sum.length; i++) sum[i] = a[i]! + b[i]!;
  return sum;
};

/** The rows `kept` of a batch value (examples first). */
function rows(value: Batch, batch: number, kept: readonly number[]): Batch {
  const size = value.length / batch;
  const out = value instanceof Float64Array ? new Float64Array(kept.length * size) : new Float32Array(kept.length * size);
  kept.forEach((b, r) => out.set(value.subarray(b * size, (b + 1) * size), r * size));
  return out;
}

function runAdjoint(g: GradientFunction, primal: Primal, ctx: ExecContext, kernels: KernelTable): void {
  const { values, saved } = primal;
  for (const op of g.adjoint) {
    if (op.kind === 'accumulate') {
      values[op.result] = add(values[op.a]!, values[op.b]!);
      continue;
    }
    const p = g.primal[op.op]!;
    const inputs = primalOperands(p).map((id) => values[id]!);
    const seeds = op.seeds.map((id) => (id === undefined ? undefined : values[id]));
    const bars = kernels(p).backward(p, inputs, saved[op.op], seeds, op.results.map((r) => r !== undefined), ctx);
    op.results.forEach((id, k) => {
      if (id !== undefined) values[id] = bars[k]!;
    });
  }
}

/**
 * The gradient function on B examples z [B][n][C][d] (centred) with loss weights `weights` [B]. Parameter
 * adjoints are added into `grads` (by name; a missing one is made): a caller that trains passes zeroed views of
 * one flat buffer, so a step allocates no per-parameter arrays (fresh 40 MB allocations cost ≈ 100 ms a step
 * in page faults here, measured on DW4).
 */
export function runGradientBatch(g: GradientFunction, m: IRModule, params: ReadonlyMap<string, Float32Array>, z: Float32Array, weights: Float64Array, kernels: KernelTable, grads: Map<string, Float64Array> = new Map()): BatchGradient {
  return withReleases((releases) => gradientBatch(g, m, params, z, weights, kernels, releases, grads));
}

function gradientBatch(g: GradientFunction, m: IRModule, params: ReadonlyMap<string, Float32Array>, z: Float32Array, weights: Float64Array, kernels: KernelTable, releases: (() => void)[], grads: Map<string, Float64Array>): BatchGradient {
  const batch = weights.length;
  const forward = (input: Float32Array, w: Float64Array, size: number): { primal: Primal; ctx: ExecContext } => {
    const ctx: ExecContext = { m, batch: size, params, grads, primal: g.primal, releases };
    const values: Batch[] = [];
    values[g.input] = input;
    values[g.weight] = w;
    return { primal: runPrimal(g.primal, values, ctx, kernels, true), ctx };
  };
  let { primal, ctx } = forward(z, weights, batch);
  const scalar = (id: number) => primal.values[id] as Float64Array;
  const out = { loss: scalar(g.outputs.loss), logQ: scalar(g.outputs.logQ), aux: scalar(g.outputs.aux), weight: scalar(g.outputs.weight), grads };
  const kept = Array.from(out.weight.keys()).filter((b) => out.weight[b] !== 0);
  if (kept.length === 0) return out;
  if (kept.length < batch) {
    // The first pass's saved state is dead from here: freed before the second pass saves its own.
    runReleases(releases);
    ({ primal, ctx } = forward(rows(z, batch, kept) as Float32Array, rows(weights, batch, kept) as Float64Array, kept.length));
  }
  runAdjoint(g, primal, ctx, kernels);
  return out;
}
