/**
 * `npm run bench` (WGSL part): the same EGNN block as the tfjs part (n = 13, F = h = 64, MLP [64, 64]) as
 * flowc's generated kernels on the machine's WebGPU adapter (SwiftShader here), medians of `reps`.
 * Host arrays in, host arrays out, as the tfjs figure and environment.md's table measure it.
 */
import { compile } from '../compiler/compile.js';
import { randomWeights } from '../backends/init.js';
import { gpuContext, releaseGpu } from '../backends/wgsl/device.js';
import { prepareEgnn } from '../backends/wgsl/op-runner.js';
import { normals } from '../backends/rng.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function timeVariant(ctx: Awaited<ReturnType<typeof gpuContext>>, baked: boolean, batch: number, reps: number): Promise<{ rate: number; ms: number; compileMs: number; h: Float32Array }> {
  const source = `flow block {\n  system particles 13, dim 3\n  couple a | x project vector(inner 1) condition egnn(layers 1, mlp [64, 64], features 64, cross_multiplicity false)\n}`;
  const flow = compile(source, { noCheck: true });
  const op = flow.module.forward.ops.find((o) => o.kind === 'egnn');
  if (op?.kind !== 'egnn') throw new Error('no egnn op');
  const started = performance.now();
  const runner = await prepareEgnn(ctx, flow.module, randomWeights(flow.module, 1), op.params, baked);
  const compileMs = performance.now() - started;
  const P = Float32Array.from(normals(7, 0, 0, batch * 13 * 3));
  const { h } = await runner.run(P, batch); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await runner.run(P, batch);
    ms.push(performance.now() - t0);
  }
  runner.dispose();
  return { rate: batch / (median(ms) / 1000), ms: median(ms), compileMs, h };
}

/** Both variants of the block in one run: weights in buffers and baked as literals; their ratio and agreement. */
export async function benchWgsl(batch = 256, reps = 3): Promise<number> {
  const ctx = await gpuContext();
  const buffers = await timeVariant(ctx, false, batch, reps);
  const baked = await timeVariant(ctx, true, batch, reps);
  await releaseGpu();
  let worst = 0;
  for (let k = 0; k < buffers.h.length; k++) worst = Math.max(worst, Math.abs(buffers.h[k]! - baked.h[k]!));
  for (const [label, r] of [['weights in buffers', buffers], ['weights baked', baked]] as const)
    console.log(`EGNN block n=13 F=64 MLP[64,64], WGSL (${ctx.adapterInfo}), ${label}, B=${batch}: ${r.ms.toFixed(0)} ms, ${r.rate.toFixed(0)} systems/s (pipelines compiled in ${r.compileMs.toFixed(0)} ms)`);
  console.log(`baked / buffers: ${(baked.rate / buffers.rate).toFixed(2)}×; largest |h| difference between the variants ${worst.toExponential(2)}`);
  await compareWithBaseline(batch, reps, baked.rate);
  return baked.rate;
}

/**
 * The hand-written baseline layer (../shared/bench/egnn-baseline: factored, unrolled, baked, lighter than our
 * block: one 64×64 per-pair layer where E-ACF's block has three plus LayerNorms) timed in the same run.
 */
async function compareWithBaseline(batch: number, reps: number, ours: number): Promise<void> {
  const url = new URL('../../../shared/bench/egnn-baseline/baseline.mjs', import.meta.url);
  let baseline: { measureBaselines(o: object): Promise<{ key: string; sysPerS: number; ok: boolean }[]>; closeBaselines(): void };
  try {
    baseline = (await import(url.href)) as typeof baseline;
  } catch {
    console.log(`(hand-written baseline not found at ${url.pathname}: skipped)`);
    return;
  }
  const rows = await baseline.measureBaselines({ B: [batch], reps, impls: ['wgsl', 'tfjs'] });
  baseline.closeBaselines();
  for (const r of rows) console.log(`hand-written baseline layer, ${r.key}, B=${batch}: ${r.sysPerS.toFixed(0)} systems/s${r.ok ? '' : ' (ACCURACY CHECK FAILED)'}`);
  const wgsl = rows.find((r) => r.key === 'wgsl');
  if (wgsl) console.log(`flowc baked E-ACF block / hand-written WGSL layer: ${(ours / wgsl.sysPerS).toFixed(2)}× (same run)`);
}
