/**
 * Some ops of an IR function run alone on WebGPU: the program of just those ops (program.ts) on the
 * runtime (runtime.ts), SSA values in and out by id. The parity tests check single ops against the
 * reference this way, and the benchmark times one EGNN block; the kernels and buffers are the flows' own.
 */
import type { IRFunction, IRModule, Op } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import type { GpuContext } from './device.js';
import { compileProgram } from './program.js';
import { ProgramRunner, type ProgramKernel } from './runtime.js';
import { pipelineFor } from './pipelines.js';

export interface OpRunner {
  readonly kernels: readonly ProgramKernel[];
  run(inputs: ReadonlyMap<number, Float32Array<ArrayBuffer>>, batch: number, outputs: readonly number[]): Promise<Float32Array[]>;
  dispose(): void;
}

/** `baked`: the weights as literals in the kernels (see codegen/dense.ts). */
export async function prepareOps(ctx: GpuContext, module: IRModule, f: IRFunction, ops: readonly Op[], weights: Weights, baked = false): Promise<OpRunner> {
  const { program, weights: pack } = compileProgram(module, { ...f, ops: [...ops] }, baked ? weights : undefined);
  const runner = await ProgramRunner.create(ctx.device, program, pack(weights), (k) => pipelineFor(ctx.device, k.label, k.code));
  return { kernels: program.kernels, run: (inputs, batch, outputs) => runner.runValues(inputs, batch, outputs), dispose: () => runner.dispose() };
}

export interface EgnnRunner {
  readonly kernels: readonly ProgramKernel[];
  /** P [B, n, m, d] → h [B, n, F_out], v [B, n, M, d]. */
  run(P: Float32Array<ArrayBuffer>, batch: number): Promise<{ h: Float32Array; v: Float32Array }>;
  dispose(): void;
}

/** The forward function's `egnn` op with parameters `name` (the conditioner alone). */
export async function prepareEgnn(ctx: GpuContext, module: IRModule, weights: Weights, name: string, baked = false): Promise<EgnnRunner> {
  const op = module.forward.ops.find((o): o is Extract<Op, { kind: 'egnn' }> => o.kind === 'egnn' && o.params === name);
  if (!op) throw new Error(`flowc internal error: no egnn op '${name}' in ${module.name}`);
  const runner = await prepareOps(ctx, module, module.forward, [op], weights, baked);
  return {
    kernels: runner.kernels,
    async run(P, batch) {
      const [h, v] = (await runner.run(new Map([[op.src, P]]), batch, [op.features, op.vectors])) as [Float32Array, Float32Array];
      return { h, v };
    },
    dispose: () => runner.dispose(),
  };
}

