/**
 * `npm run bench -- threads`: wall time of one `Trainer.step()` (batch 32) on the DW4 example with the wasm
 * backend's compiled gradient in this thread (1) and over 2 worker threads, and the speed-up. The two trainers'
 * steps alternate, so a machine shared with other work slows both alike; the load average is printed with them,
 * and so is the CPU time per step of all threads together: equal CPU times mean the threads add no work, and
 * the wall-time speed-up is then what free cores allow.
 */
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModule } from '../compiler/compile.js';
import { packageRoot } from '../compiler/bind/modules.js';
import type { IRModule } from '../compiler/ir/ir.js';
import { initWeights } from '../backends/init.js';
import { normals } from '../backends/rng.js';
import { Trainer } from '../backends/train/trainer.js';
import { gradientEngine } from '../backends/train/engines.js';

const BATCH = 32;

async function trainer(module: IRModule, threads: number): Promise<Trainer> {
  const { n, dim } = module.system;
  const count = 2 * BATCH;
  const config = { batch: BATCH, totalSteps: 100, lr: { kind: 'constant', value: 1e-4 }, adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8 }, clip: { kind: 'dynamic' }, rotationAugment: false, seed: 0 } as const;
  return new Trainer(module, config, { x: Float64Array.from(normals(1, 0, 0, count * n * dim)), count }, initWeights(module, 0), await gradientEngine(module, 'wasm', { threads }));
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

export async function benchThreads(reps = 3): Promise<void> {
  const file = join(packageRoot(), 'examples', 'dw4.flow');
  const { module } = compileModule(readFileSync(file, 'utf8'), { file });
  const trainers = [await trainer(module, 1), await trainer(module, 2)];
  try {
    trainers.forEach((t) => t.step()); // warm-up: JIT, the workers' first job
    const load = loadavg()[0]!;
    const ms: number[][] = [[], []];
    const cpu: number[][] = [[], []];
    for (let r = 0; r < reps; r++)
      trainers.forEach((t, k) => {
        const [t0, c0] = [performance.now(), process.cpuUsage()];
        t.step();
        ms[k]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[k]!.push((c.user + c.system) / 1000);
      });
    const [one, two] = ms.map(median);
    const [cpuOne, cpuTwo] = cpu.map(median);
    console.log(`DW4 example training step, batch ${BATCH}, wasm backend, medians of ${reps} (${availableParallelism()} cores, load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}):`);
    console.log(`  1 thread: ${one!.toFixed(0)} ms (CPU ${cpuOne!.toFixed(0)} ms); 2 threads: ${two!.toFixed(0)} ms (CPU ${cpuTwo!.toFixed(0)} ms); speed-up ${(one! / two!).toFixed(2)}×`);
  } finally {
    trainers.forEach((t) => t.dispose());
  }
}
