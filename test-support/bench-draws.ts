/**
 * `npm run bench -- draws`: the base draws of B samples (x, a packed as z, and log q0) made on the host
 * (backends/base.ts, float64 Philox + Box–Muller, then the float32 upload a WGSL run needs) against the WGSL
 * base kernel on the device (codegen/base.ts, with the read-back), for the DW4 and LJ13 examples, same run,
 * medians of 5. On SwiftShader both are small next to the flow; the host's cost is what bounds a real GPU.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { baseSample, packJoint } from '../backends/base.js';
import { baseKernel } from '../backends/wgsl/codegen/base.js';
import { kernelProgram } from '../backends/wgsl/program.js';
import { drawsOf, ProgramRunner } from '../backends/wgsl/runtime.js';
import { gpuContext, releaseGpu } from '../backends/wgsl/device.js';
import { pipelineFor } from '../backends/wgsl/pipelines.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function timed(run: () => unknown | Promise<unknown>, reps = 5): Promise<number> {
  await run(); // warm-up (and pipeline compilation)
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export async function benchDraws(batch: number): Promise<void> {
  const { device } = await gpuContext();
  console.log(`base draws of ${batch} samples (z and log q0), ms, medians of 5:`);
  for (const example of ['dw4', 'lj13']) {
    const file = join(packageRoot(), 'examples', `${example}.flow`);
    const { module } = compile(readFileSync(file, 'utf8'), { file });
    const { n, dim: d, augmented: A, channels: C } = module.system;
    const host = await timed(() => {
      const b = baseSample({ n, d, A }, module.base, batch, 1, 0);
      return Float32Array.from(packJoint({ n, d, A }, b.x, b.a, batch));
    });
    const program = kernelProgram(`${example}.base`, baseKernel(module), { Z: 0, LOGQ0: 1 }, { 0: n * C * d, 1: 1 });
    const runner = await ProgramRunner.create(device, program, new Float32Array(0), (k) => pipelineFor(device, k.label, k.code));
    const onDevice = await timed(() => runner.runValues(new Map(), batch, [0, 1], drawsOf(1, 0, batch)));
    runner.dispose();
    console.log(`  ${example.padEnd(5)} host ${host.toFixed(1).padStart(7)}   device ${onDevice.toFixed(1).padStart(7)}   host / device ${(host / onDevice).toFixed(2)}`);
  }
  await releaseGpu();
}
