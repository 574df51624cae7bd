/**
 * An OpKernel that runs the float64 reference op by op, one example at a time (forward: gradient.ts's
 * runPrimalOp; backward: vjp.ts): exact and slow. It serves the op kinds the wasm backend has no batched kernel for
 * (the transformer conditioner today) and is what each batched kernel is tested against.
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import { primalOperands, primalResults } from '../../../compiler/ir/gradient.js';
import { sizesOf, type Values } from '../../reference/interpreter.js';
import { runPrimalOp } from '../../reference/gradient.js';
import { vjp, type Seed } from '../../reference/vjp.js';
import type { Batch, ExecContext, Forward, OpKernel } from './op-kernel.js';

/** Float64 copies of the float32 parameters, made once per parameter object (a step's weights). */
const float64Params = new WeakMap<ReadonlyMap<string, Float32Array>, Map<string, Float64Array>>();

function paramsOf(ctx: ExecContext): Map<string, Float64Array> {
  let store = float64Params.get(ctx.params);
  if (!store) float64Params.set(ctx.params, (store = new Map([...ctx.params].map(([k, v]) => [k, Float64Array.from(v)]))));
  return store;
}

/** Example b of a batch value: a Float64Array slice of a tensor, or the number of a scalar. */
function slice(value: Batch, b: number, batch: number): Float64Array | number {
  if (value instanceof Float64Array && value.length === batch) return value[b]!;
  const size = value.length / batch;
  return Float64Array.from(value.subarray(b * size, (b + 1) * size));
}

/** Writes example b's result into a batch value (made on first write, tensor or scalar by kind). */
function place(out: Batch[], k: number, result: Float64Array | number, b: number, batch: number): void {
  if (typeof result === 'number') {
    out[k] ??= new Float64Array(batch);
    out[k]![b] = result;
    return;
  }
  out[k] ??= new Float32Array(batch * result.length);
  out[k]!.set(result, b * result.length);
}

export const perExampleReference: OpKernel = {
  // Saves each example's operand and result values: the reference's vjp shapes absent seeds from the results.
  forward(op: PrimalOp, inputs, ctx, save): Forward {
    const operands = primalOperands(op);
    const results = primalResults(op);
    const outputs: Batch[] = [];
    const params = paramsOf(ctx);
    const saved: Values[] = [];
    for (let b = 0; b < ctx.batch; b++) {
      const values: Values = [];
      operands.forEach((id, k) => (values[id] = slice(inputs[k]!, b, ctx.batch)));
      runPrimalOp(op, values, ctx.m, sizesOf(ctx.m), params, ctx.primal);
      results.forEach((id, k) => place(outputs, k, values[id] as Float64Array | number, b, ctx.batch));
      if (save) saved.push(values);
    }
    return save ? { outputs, saved } : { outputs };
  },
  backward(op, _inputs, saved, seeds, needed, ctx) {
    const out: (Batch | undefined)[] = [];
    const params = paramsOf(ctx);
    for (let b = 0; b < ctx.batch; b++) {
      const values = (saved as Values[])[b]!;
      const exampleSeeds: Seed[] = seeds.map((s) => (s === undefined ? undefined : slice(s, b, ctx.batch)));
      const bars = vjp(op, exampleSeeds, { m: ctx.m, sizes: sizesOf(ctx.m), store: params, grads: ctx.grads, values, primal: ctx.primal });
      bars.forEach((bar, k) => {
        if (needed[k] && bar !== undefined) place(out as Batch[], k, bar, b, ctx.batch);
      });
    }
    return needed.map((n, k) => (n ? out[k] : undefined));
  },
};
