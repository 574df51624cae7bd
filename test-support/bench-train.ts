/**
 * `npm run bench` (training part): wall time of one `Trainer.step()` (batch 32, tfjs-wasm) on the DW4 example
 * as written (12 Spherical blocks), medians of `reps` steps after two warm-up steps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModule } from '../compiler/compile.js';
import { initWeights } from '../backends/init.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { createTfjsBackend } from '../backends/tfjs/index.js';
import { Trainer } from '../backends/train/trainer.js';
import { TfjsGradientEngine } from '../backends/tfjs/train/tfjs-engine.js';
import { normals } from '../backends/rng.js';

export async function benchTrain(reps = 3): Promise<void> {
  await createTfjsBackend('wasm');
  const file = join(packageRoot(), 'examples', 'dw4.flow');
  const { module } = compileModule(readFileSync(file, 'utf8'), { file });
  const { n, dim } = module.system;
  const count = 64;
  const trainer = new Trainer(
    module,
    { batch: 32, totalSteps: 100, lr: { kind: 'constant', value: 1e-4 }, adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8 }, clip: { kind: 'dynamic' }, rotationAugment: false, seed: 0 },
    { x: Float64Array.from(normals(1, 0, 0, count * n * dim)), count },
    initWeights(module, 0),
    new TfjsGradientEngine(module),
  );
  trainer.step();
  trainer.step();
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    trainer.step();
    ms.push(performance.now() - t0);
  }
  trainer.dispose();
  ms.sort((a, b) => a - b);
  console.log(`DW4 example (12 Spherical blocks, ${module.params.length} parameter tensors) training step, batch 32, tfjs-wasm: ${ms[Math.floor(reps / 2)]!.toFixed(0)} ms (median of ${reps})`);
}
