/**
 * The WGSL backend: IR functions compiled to WGSL programs (program.ts) run by runtime.ts, float32. WebGPU work
 * completes asynchronously, so the executable offers `runAsync` (Flow's sampleAsync/logProbAsync use it)
 * and its synchronous `run` says so. Batches are cut into chunks that fit the device's buffer limits.
 */
import type { Backend, Executable, RunResult } from '../backend.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { DeviceError, gpuContext, type GpuContext } from './device.js';
import { compileProgram, marginalProgram, samplerProgram } from './program.js';
import { deviceMisfit, ProgramRunner, type KernelProgram } from './runtime.js';
import { pipelineFor } from './pipelines.js';
import { repeatRows } from '../base.js';

/** Systems per dispatch: large enough to fill the device, small enough for every value's buffer. */
const CHUNK = 1024;

/** `bake`: weights as literals in the EGNN kernels — faster runs (3× for an EGNN block here), longer compiles. */
export async function createWgslBackend(options: { bake?: boolean } = {}): Promise<Backend & { readonly context: GpuContext }> {
  const context = await gpuContext();
  return {
    name: options.bake ? 'wgsl (baked)' : 'wgsl',
    dtype: 'f32',
    tolerance: 1e-4,
    context,
    prepare(module: IRModule, weights: Weights): Executable {
      // Programs are generated now (synchronously), so an op without a kernel is reported when the flow is
      // built, not in the middle of a run; pipelines compile on first use.
      const baked = options.bake ? weights : undefined;
      const forward = compileProgram(module, module.forward, baked);
      const inverse = compileProgram(module, module.inverse, baked);
      const sampler = samplerProgram(module, forward.program);
      const marginal = marginalProgram(module, inverse.program);
      // A flow too large for the device is refused with the Flow, before any kernel compiles.
      for (const program of [sampler, marginal]) {
        const misfit = deviceMisfit(program, context.device.limits);
        if (misfit) throw new DeviceError(misfit);
      }
      const made: Promise<ProgramRunner<KernelProgram>>[] = [];
      const lazy = <P extends KernelProgram>(program: P, pack: (w: Weights) => Float32Array) => {
        let runner: Promise<ProgramRunner<P>> | undefined;
        return () => {
          if (!runner) made.push((runner = ProgramRunner.create(context.device, program, pack(weights), (k) => pipelineFor(context.device, k.label, k.code))));
          return runner;
        };
      };
      const runners = {
        forward: lazy(forward.program, forward.weights),
        inverse: lazy(inverse.program, inverse.weights),
        sample: lazy(sampler, forward.weights),
        marginal: lazy(marginal, inverse.weights),
      };
      return {
        // The sampler's kernels are the base kernel and the forward's; the marginal's, the augment kernel and the inverse's.
        code: [sampler, marginal].flatMap((program) => program.kernels.map((k) => k.code)).join('\n'),
        run(): RunResult {
          throw new Error('flowc internal error: the WGSL backend runs asynchronously; call sampleAsync/logProbAsync (runAsync)');
        },
        async runAsync(direction, z, batch) {
          return (await runners[direction]()).runChunked(z, batch, CHUNK);
        },
        async sampleAsync(count, seed, first) {
          return (await runners.sample()).runSampler(count, seed, first, CHUNK);
        },
        async augmentedInverseAsync(x, batch, K, seed) {
          return (await runners.marginal()).runMarginal(repeatRows(x, batch, K, module.system.n * module.system.dim), batch * K, seed, CHUNK);
        },
        dispose() {
          for (const r of made) void r.then((x) => x.dispose(), () => undefined);
        },
      };
    },
  };
}
