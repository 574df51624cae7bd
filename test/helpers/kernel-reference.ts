/**
 * Runs one primal op through a wasm kernel and through the float64 reference, example by example, and
 * measures how far apart they are (test/helpers/kernel-check.ts relativeGap): forward results (runOp, or
 * the loss pieces' formulas from backends/reference/gradient.ts runPrimalOp), operand adjoints
 * (backends/reference/vjp.ts) and parameter adjoints (summed over the examples). Tensors are float32
 * batches, scalars Float64Array(B), as the kernels take them; the reference gets float64 copies.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { primalOperands, primalResults, type PrimalOp } from '../../compiler/ir/gradient.js';
import type { Batch, OpKernel } from '../../backends/wasm/exec/op-kernel.js';
import { sizesOf, type Values } from '../../backends/reference/interpreter.js';
import { runPrimalOp } from '../../backends/reference/gradient.js';
import { vjp, type Seed } from '../../backends/reference/vjp.js';
import type { GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import type { ParamStore } from '../../backends/reference/nets/params.js';
import { concat, exampleOf, kernelContext, relativeGap } from './kernel-check.js';

export interface KernelCase<O extends PrimalOp = PrimalOp> {
  readonly op: O;
  readonly m: IRModule;
  readonly batch: number;
  /** In primalOperands order. */
  readonly inputs: readonly Batch[];
  /** In primalResults order (undefined: zero). */
  readonly seeds: readonly (Batch | undefined)[];
  readonly params?: ReadonlyMap<string, Float32Array>;
  readonly primal?: readonly PrimalOp[];
}

const store64 = (c: KernelCase) => new Map([...(c.params ?? new Map<string, Float32Array>())].map(([name, v]) => [name, Float64Array.from(v)]));

/** Example b of a batch as the reference holds it: a scalar's number, a tensor's float64 slice. */
function exampleValue(v: Batch, c: KernelCase, b: number): Float64Array | number {
  return v instanceof Float64Array && v.length === c.batch ? v[b]! : exampleOf(v, c.batch, b);
}

function exampleValues(c: KernelCase, b: number): Values {
  const values: Values = [];
  primalOperands(c.op).forEach((id, k) => (values[id] = exampleValue(c.inputs[k]!, c, b)));
  return values;
}

const num = (v: Float64Array | number | undefined) => (typeof v === 'number' ? v : NaN);
function tensor(v: Float64Array | number | undefined): Float64Array {
  if (!(v instanceof Float64Array)) throw new Error('expected a tensor value');
  return v;
}

/** The reference's primal op (backends/reference/gradient.ts runPrimalOp): fills op's results in values. */
export function referencePrimalOp(op: PrimalOp, values: Values, m: IRModule, store: ParamStore, primal: readonly PrimalOp[]): void {
  runPrimalOp(op, values, m, sizesOf(m), store, primal);
}

/** Pieces of a batch-shaped comparison: tensors concatenated, scalars as a list. */
function batchOf(parts: readonly (Float64Array | number | undefined)[], zerosLength: number): Float64Array {
  return concat(parts.map((p) => (p === undefined ? new Float64Array(zerosLength) : typeof p === 'number' ? [p] : p)));
}

export interface KernelGaps {
  /** Per result. */
  readonly forward: number[];
  /** Per operand (0 where the reference gives none and the kernel none either). */
  readonly backward: number[];
  /** Over every parameter the reference's adjoint touched. */
  readonly params: number;
}

export function kernelGaps<O extends PrimalOp>(kernel: OpKernel<O>, c: KernelCase<O>): KernelGaps {
  const ctx = kernelContext(c.m, c.batch, c.params, c.primal);
  const outputs = kernel.forward(c.op, c.inputs, ctx, true).outputs;
  const store = store64(c);
  const examples = Array.from({ length: c.batch }, (_, b) => b);
  const referenceValues = examples.map((b) => {
    const values = exampleValues(c, b);
    referencePrimalOp(c.op, values, c.m, store, c.primal ?? []);
    return values;
  });
  const forward = primalResults(c.op).map((id, k) => relativeGap(outputs[k], batchOf(referenceValues.map((v) => v[id]), 0)));
  if (c.op.kind === 'mask') return { forward, backward: [], params: 0 };
  const operands = primalOperands(c.op);
  const bars = kernel.backward(c.op, c.inputs, undefined, c.seeds, operands.map(() => true), ctx);
  const grads: GradStore = new Map();
  const referenceBars = examples.map((b) => {
    const seeds: Seed[] = c.seeds.map((s) => (s === undefined ? undefined : exampleValue(s, c, b)));
    const exampleGrads: GradStore = new Map();
    const out = vjp(c.op, seeds, { m: c.m, sizes: sizesOf(c.m), store, grads: exampleGrads, values: referenceValues[b]!, primal: c.primal ?? [] });
    for (const [name, g] of exampleGrads) grads.set(name, Float64Array.from(g, (v, i) => v + (grads.get(name)?.[i] ?? 0)));
    return out;
  });
  const backward = operands.map((_, k) => {
    const perExample = c.inputs[k]!.length / c.batch;
    const reference = batchOf(referenceBars.map((r) => r[k]), perExample);
    return bars[k] === undefined && reference.every((v) => v === 0) ? 0 : relativeGap(bars[k], reference);
  });
  let params = 0;
  for (const [name, g] of grads) params = Math.max(params, relativeGap(ctx.grads.get(name), g));
  return { forward, backward, params };
}
