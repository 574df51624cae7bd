/**
 * The WGSL backend: IR functions compiled to WGSL programs (program.ts) run by runtime.ts, float32. WebGPU work
 * completes asynchronously, so the executable offers `runAsync` (Flow's sampleAsync/logProbAsync use it)
 * and its synchronous `run` says so. Batches are cut into chunks that fit the device's buffer limits.
 */
import type { Backend, Executable, RunResult } from '../backend.js';
import type { Direction, IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { DeviceError, gpuContext, type GpuContext } from './device.js';
import { compileProgram } from './program.js';
import { deviceMisfit, ProgramRunner } from './runtime.js';
import { pipelineFor } from './pipelines.js';

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
      const programs = { forward: compileProgram(module, module.forward, baked), inverse: compileProgram(module, module.inverse, baked) };
      // A flow too large for the device is refused with the Flow, before any kernel compiles.
      for (const { program } of Object.values(programs)) {
        const misfit = deviceMisfit(program, context.device.limits);
        if (misfit) throw new DeviceError(misfit);
      }
      const runners = new Map<Direction, Promise<ProgramRunner>>();
      const runner = (direction: Direction) => {
        if (!runners.has(direction)) {
          const { program, weights: pack } = programs[direction];
          runners.set(direction, ProgramRunner.create(context.device, program, pack(weights), (k) => pipelineFor(context.device, k.label, k.code)));
        }
        return runners.get(direction)!;
      };
      return {
        code: [programs.forward, programs.inverse].flatMap(({ program }) => program.kernels.map((k) => k.code)).join('\n'),
        run(): RunResult {
          throw new Error('flowc internal error: the WGSL backend runs asynchronously; call sampleAsync/logProbAsync (runAsync)');
        },
        async runAsync(direction, z, batch) {
          return (await runner(direction)).runChunked(z, batch, CHUNK);
        },
        dispose() {
          for (const r of runners.values()) void r.then((x) => x.dispose(), () => undefined);
        },
      };
    },
  };
}
