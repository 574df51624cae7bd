/**
 * `npm run bench -- train`: wall time of one Trainer.step() (batch 32) on the DW4 and LJ13 examples as written,
 * on each gradient engine in one run: tfjs-wasm's autodiff (LJ13 with micro-batches of 4: batch 32 crashes the
 * tfjs-wasm heap) and flowc's compiled gradient on the wasm backend, on 1 thread and on all cores. Medians of
 * `reps` steps after one warm-up step; the ratios are printed against tfjs-wasm, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { compileModule } from '../compiler/compile.js';
import type { IRModule } from '../compiler/ir/ir.js';
import { initWeights } from '../backends/init.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { createTfjsBackend } from '../backends/tfjs/index.js';
import { Trainer, type GradientEngine } from '../backends/train/trainer.js';
import { gradientEngine } from '../backends/train/engines.js';
import { normals } from '../backends/rng.js';

interface EngineCase {
  readonly label: string;
  readonly make: (m: IRModule) => Promise<GradientEngine>;
  readonly microBatch?: (example: string) => number | undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function stepMs(module: IRModule, engine: GradientEngine, reps: number, microBatch: number | undefined, auxWeight: number): Promise<number> {
  const { n, dim } = module.system;
  const count = 64;
  const trainer = new Trainer(
    module,
    { batch: 32, totalSteps: 100, lr: { kind: 'constant', value: 1e-4 }, adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8 }, clip: { kind: 'dynamic' }, rotationAugment: false, seed: 0, auxWeight, ...(microBatch ? { microBatch } : {}) },
    { x: Float64Array.from(normals(1, 0, 0, count * n * dim), (v) => 1.5 * v), count },
    initWeights(module, 0),
    engine,
  );
  try {
    trainer.step();
    const ms: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      trainer.step();
      ms.push(performance.now() - t0);
    }
    return median(ms);
  } finally {
    trainer.dispose();
  }
}

export async function benchTrain(reps = Number(process.env['BENCH_TRAIN_REPS'] ?? 3)): Promise<void> {
  await createTfjsBackend('wasm');
  const engines: EngineCase[] = [
    { label: 'tfjs-wasm (autodiff)', make: (m) => gradientEngine(m, 'tfjs'), microBatch: (e) => (e === 'lj13' ? 4 : undefined) },
    { label: 'wasm, 1 thread', make: (m) => gradientEngine(m, 'wasm') },
  ];
  const threads = availableParallelism();
  if (threads > 1) engines.push({ label: `wasm, ${threads} threads`, make: (m) => gradientEngine(m, 'wasm', { threads }) });
  for (const example of ['dw4', 'lj13']) {
    const file = join(packageRoot(), 'examples', `${example}.flow`);
    const { module } = compileModule(readFileSync(file, 'utf8'), { file });
    const auxWeight = example === 'lj13' ? 10 : 0;
    let baseline: number | undefined;
    for (const e of engines) {
      const micro = e.microBatch?.(example);
      // tfjs-wasm's LJ13 step takes ≈ 20 s: one timed step is enough to see the ratio.
      const ms = await stepMs(module, await e.make(module), example === 'lj13' && e.label.startsWith('tfjs') ? 1 : reps, micro, auxWeight);
      baseline ??= ms;
      console.log(`train step ${example} (batch 32${micro ? `, micro-batch ${micro}` : ''}), ${e.label}: ${ms.toFixed(0)} ms${e === engines[0] ? '' : ` — ${(baseline / ms).toFixed(2)}× tfjs-wasm`}`);
    }
  }
}
