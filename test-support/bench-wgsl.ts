/**
 * `npm run bench` (WGSL part): the EGNN shapes of bench-egnn.ts (n = 13, F = h = 64) as flowc's generated
 * kernels on the machine's WebGPU adapter (SwiftShader here), weights in buffers and baked, medians of `reps`,
 * next to the hand-written baseline layer (WGSL and tfjs-wasm) timed in the same run. Host arrays in, host
 * arrays out, as the tfjs figure and environment.md's table measure it.
 */
import { gpuContext, releaseGpu, type GpuContext } from '../backends/wgsl/device.js';
import { prepareEgnn } from '../backends/wgsl/op-runner.js';
import { normals } from '../backends/rng.js';
import { EGNN_SHAPES, egnnBenchFlow, LJ13_SHAPE, measureBaseline, median, type EgnnShape } from './bench-egnn.js';

interface Timing {
  readonly rate: number;
  readonly ms: number;
  readonly compileMs: number;
  readonly h: Float32Array;
}

async function timeVariant(ctx: GpuContext, shape: EgnnShape, baked: boolean, batch: number, reps: number): Promise<Timing> {
  const { module, op, weights } = egnnBenchFlow(shape);
  const started = performance.now();
  const runner = await prepareEgnn(ctx, module, weights, op.params, baked);
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

/** Both shapes, both variants, then the hand-written layer; returns the baked layer-shape rate. */
export async function benchWgsl(batch = 256, reps = 3): Promise<number> {
  const ctx = await gpuContext();
  const rates = new Map<string, number>();
  // BENCH_WGSL_SHAPES=layer,block,lj13 picks shapes (all by default).
  const picked = process.env['BENCH_WGSL_SHAPES']?.split(',');
  for (const shape of [...EGNN_SHAPES, LJ13_SHAPE].filter((s) => !picked || picked.includes(s.name))) {
    const buffers = await timeVariant(ctx, shape, false, batch, reps);
    const baked = await timeVariant(ctx, shape, true, batch, reps);
    let worst = 0;
    for (let k = 0; k < buffers.h.length; k++) worst = Math.max(worst, Math.abs(buffers.h[k]! - baked.h[k]!));
    console.log(`${shape.label}, WGSL (${ctx.adapterInfo}), B=${batch}:`);
    for (const [label, r] of [['weights in buffers', buffers], ['weights baked', baked]] as const)
      console.log(`  ${label.padEnd(18)} ${r.ms.toFixed(0).padStart(6)} ms  ${r.rate.toFixed(0).padStart(6)} systems/s (pipelines compiled in ${r.compileMs.toFixed(0)} ms)`);
    console.log(`  baked / buffers: ${(baked.rate / buffers.rate).toFixed(2)}×; largest |h| difference between the variants ${worst.toExponential(2)}`);
    rates.set(shape.name, baked.rate);
  }
  await releaseGpu();
  const rows = await measureBaseline(['wgsl', 'tfjs'], batch, reps);
  for (const r of rows ?? []) console.log(`hand-written baseline layer, ${r.key}, B=${batch}: ${r.sysPerS.toFixed(0)} systems/s${r.ok ? '' : ' (ACCURACY CHECK FAILED)'}`);
  const wgsl = rows?.find((r) => r.key === 'wgsl');
  if (wgsl) for (const shape of EGNN_SHAPES.filter((s) => rates.has(s.name))) console.log(`flowc baked ${shape.name} / hand-written WGSL layer: ${(rates.get(shape.name)! / wgsl.sysPerS).toFixed(2)}× (same run)`);
  return rates.get('layer') ?? NaN;
}
