/**
 * `npm run bench` (WGSL part): the same EGNN block as the tfjs part (n = 13, F = h = 64, MLP [64, 64]) as
 * flowc's generated kernels on the machine's WebGPU adapter (SwiftShader here), medians of `reps`.
 * Host arrays in, host arrays out, as the tfjs figure and environment.md's table measure it.
 */
import { compile } from '../compiler/compile.js';
import { randomWeights } from '../backends/init.js';
import { gpuContext, releaseGpu } from '../backends/wgsl/device.js';
import { prepareEgnn } from '../backends/wgsl/egnn-runner.js';
import { normals } from '../backends/rng.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

export async function benchWgsl(batch = 256, reps = 3): Promise<number> {
  const ctx = await gpuContext();
  const source = `flow block {\n  system particles 13, dim 3\n  couple a | x project vector(inner 1) condition egnn(layers 1, mlp [64, 64], features 64, cross_multiplicity false)\n}`;
  const flow = compile(source, { noCheck: true });
  const op = flow.module.forward.ops.find((o) => o.kind === 'egnn');
  if (op?.kind !== 'egnn') throw new Error('no egnn op');
  const started = performance.now();
  const runner = await prepareEgnn(ctx, flow.module, randomWeights(flow.module, 1), op.params, op.config, 1);
  const compileMs = performance.now() - started;
  const P = Float32Array.from(normals(7, 0, 0, batch * 13 * 3));
  await runner.run(P, batch); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await runner.run(P, batch);
    ms.push(performance.now() - t0);
  }
  runner.dispose();
  await releaseGpu();
  const rate = batch / (median(ms) / 1000);
  console.log(`EGNN block n=13 F=64 MLP[64,64], WGSL (${ctx.adapterInfo}), weights in buffers, B=${batch}: ${median(ms).toFixed(0)} ms, ${rate.toFixed(0)} systems/s (pipelines compiled in ${compileMs.toFixed(0)} ms)`);
  return rate;
}
