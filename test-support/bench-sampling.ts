/**
 * `npm run bench -- sampling`: samples/s of (x, log q) for the DW4 and LJ13 Spherical examples (random
 * weights) on WGSL, flowc's wasm backend, tfjs-wasm and the float64 reference, same run. Pipeline compilation and tfjs warm-up
 * happen in a first call, timed apart; medians of `reps`. WGSL runs twice: weights in buffers and baked. Batch sizes from BENCH_SAMPLING_BATCH (default 32: the WGSL kernels are slow on SwiftShader for now).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { randomWeights } from '../backends/init.js';
import { Flow } from '../backends/flow.js';
import type { Backend } from '../backends/backend.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { createTfjsBackend } from '../backends/tfjs/index.js';
import { referenceBackend } from '../backends/reference/index.js';
import { createWgslBackend } from '../backends/wgsl/index.js';
import { releaseGpu } from '../backends/wgsl/device.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function rate(flow: Flow, batch: number, reps: number): Promise<{ rate: number; warmup: number }> {
  const w0 = performance.now();
  await flow.sampleAsync(Math.min(batch, 8), 0); // compile pipelines / warm up
  const warmup = (performance.now() - w0) / 1000;
  const seconds: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await flow.sampleAsync(batch, r + 1);
    seconds.push((performance.now() - t0) / 1000);
  }
  return { rate: batch / median(seconds), warmup };
}

export async function benchSampling(reps = 3): Promise<void> {
  const batches = (process.env['BENCH_SAMPLING_BATCH'] ?? '32').split(',').map(Number);
  // BENCH_SAMPLING_BACKENDS picks some (baked compiles take minutes for a 12-block flow); BENCH_SAMPLING_EXAMPLES too.
  const wanted = (process.env['BENCH_SAMPLING_BACKENDS'] ?? 'wgsl,wgsl-baked,wasm,tfjs-wasm,reference').split(',');
  const all: [string, () => Promise<Backend>][] = [
    ['wgsl', () => createWgslBackend()],
    ['wgsl-baked', () => createWgslBackend({ bake: true })],
    ['wasm', async () => (await import('../backends/wasm/index.js')).wasmBackend],
    ['tfjs-wasm', () => createTfjsBackend('wasm')],
    ['reference', async () => referenceBackend],
  ];
  const makers = all.filter(([name]) => wanted.includes(name));
  console.log(`sampling (x, log q), random weights, samples/s (medians of ${reps}):`);
  for (const example of (process.env['BENCH_SAMPLING_EXAMPLES'] ?? 'dw4,lj13').split(',')) {
    const file = join(packageRoot(), 'examples', `${example}.flow`);
    const { module } = compile(readFileSync(file, 'utf8'), { file });
    const weights = randomWeights(module, 1);
    for (const batch of batches)
      for (const [name, make] of makers) {
        // The reference is one system at a time: a 16-system batch measures its rate.
        const b = name === 'reference' ? Math.min(batch, 16) : batch;
        const flow = new Flow(module, weights, await make());
        const r = await rate(flow, b, name === 'reference' ? 1 : reps);
        flow.dispose();
        // Pipelines are cached per device for the process; a fresh device per row keeps one flow's pipelines
        // alive at a time (a baked 12-block flow's take gigabytes).
        if (name.startsWith('wgsl')) await releaseGpu();
        console.log(`  ${example.padEnd(5)} B=${String(b).padStart(5)}  ${name.padEnd(10)} ${r.rate.toFixed(1).padStart(9)}   (first call, with pipeline compilation: ${r.warmup.toFixed(1)} s)`);
      }
  }
  await releaseGpu();
}
