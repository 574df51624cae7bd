/**
 * The batched OpKernel of the IR's `head` op: ConditionerHead = StableMLP(units…, outputs) per node
 * (method §4.2; float64 semantics: mlp.ts stableMlp, mlp-adjoint.ts stableMlpVjp) over all B·n nodes of a
 * batch at once on the wasm dense kernels. The forward's tape (node rows: small) stays in the batch's arena
 * memory for the backward; parameter adjoints are summed in float32 over the batch, then added into ctx.grads.
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import { stableMlpBackward, stableMlpForward, type MlpTape } from '../stable-mlp.js';
import type { Batch, ExecContext, Forward, OpKernel } from './op-kernel.js';
import { flushAdjoints, paramNames, wasmBatch, zeroAdjointsFor } from './wasm-runtime.js';

type HeadOp = Extract<PrimalOp, { kind: 'head' }>;

const rowsOf = (ctx: ExecContext) => ctx.batch * ctx.m.system.n;

function forward(op: HeadOp, inputs: readonly Batch[], ctx: ExecContext, save: boolean): Forward {
  const { kernels: k, weights } = wasmBatch(ctx);
  const mark = k.arena.mark();
  const { y, tape } = stableMlpForward(k, k.upload(inputs[0]!), rowsOf(ctx), weights, op.params, [...op.units, op.outputs], /* activateFinal */ false);
  const outputs = [k.read(y)];
  if (save) return { outputs, saved: tape };
  k.arena.release(mark);
  return { outputs };
}

function backward(op: HeadOp, tape: MlpTape, seed: Batch | undefined, needed: boolean, ctx: ExecContext): (Batch | undefined)[] {
  const batch = wasmBatch(ctx);
  const k = batch.kernels;
  const mark = k.arena.mark();
  const adjoints = zeroAdjointsFor(batch, paramNames(ctx.m, op.params));
  const yBar = seed ? k.upload(seed) : k.arena.zeros(rowsOf(ctx) * op.outputs);
  const xBar = k.read(stableMlpBackward(k, tape, yBar, batch.weights, adjoints));
  flushAdjoints(batch, adjoints, ctx.grads);
  k.arena.release(mark);
  return [needed ? xBar : undefined];
}

export const headKernel: OpKernel<HeadOp> = {
  forward,
  backward: (op, _inputs, saved, seeds, needed, ctx) => backward(op, saved as MlpTape, seeds[0], needed[0] ?? false, ctx),
};
