/**
 * The wasm gradient over worker threads (backends/wasm/parallel-engine.ts) against the same engine in this
 * thread: the same gradient up to the order of the batch sum, bitwise the same for a given thread count, the
 * same training losses; errors and a dying worker surface as thrown Errors, and the threads never keep the
 * process alive. The threads run dist/ (backends/wasm/worker-files.ts): `npm test` builds it first.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { packageRoot } from '../../compiler/bind/modules.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import { randomWeights } from '../../backends/init.js';
import { normals } from '../../backends/rng.js';
import { Trainer, type GradientEngine, type TrainConfig } from '../../backends/train/trainer.js';
import { WasmGradientEngine } from '../../backends/wasm/train-engine.js';
import { ParallelGradientEngine, splitRows, type ParallelOptions } from '../../backends/wasm/parallel-engine.js';

const source = `flow f {
  system particles 4, dim 3
  couple x | a project spherical condition egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple a | x project spherical condition egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  scaling
}`;
const { module } = compile(source, { noCheck: true });
const flat = Float32Array.from(module.params.flatMap((p) => [...randomWeights(module, 5).get(p.name)!]));
const B = 6;
const x = Float32Array.from(normals(7, 0, 0, B * 12));
const a = Float32Array.from(x, (v, i) => v + 0.1 * normals(7, 1, 0, B * 12)[i]!);

const engines: GradientEngine[] = [];
function engine<E extends GradientEngine>(e: E): E {
  engines.push(e);
  e.setParams(flat);
  return e;
}
const parallel = async (m: IRModule, options: ParallelOptions) => engine(await ParallelGradientEngine.start(m, options));
afterEach(() => engines.splice(0).forEach((e) => e.dispose()));

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, t) => s + t * t, 0));

describe('the parallel wasm gradient engine', () => {
  it('splits rows into contiguous slices, the first ones a row longer', () => {
    expect(splitRows(6, 4)).toEqual([{ start: 0, count: 2 }, { start: 2, count: 2 }, { start: 4, count: 1 }, { start: 5, count: 1 }]);
    expect(splitRows(2, 3)).toEqual([{ start: 0, count: 1 }, { start: 1, count: 1 }, { start: 2, count: 0 }]);
  });

  it('gives the in-thread gradient up to summation order, and the same bits for the same thread count', async () => {
    const single = engine(new WasmGradientEngine(module)).gradients(x, a, 0, B, B, 10);
    const [two, again] = (await Promise.all([0, 1].map(() => parallel(module, { threads: 2 })))).map((e) => e.gradients(x, a, 0, B, B, 10));
    const difference = norm(Array.from(two!.grads, (v, i) => v - single.grads[i]!)) / norm(single.grads);
    const equal = Array.from(two!.grads).filter((v, i) => v === single.grads[i]).length;
    // With the batched dense kernels (WebAssembly egnn and head) a worker's slice is one GEMM over its rows, whose
    // parameter adjoints are float32 sums over those rows: 2 threads vs 1 measured 9.8e-8 (gradient) — float32
    // summation order, not a different computation. (With per-example kernels it was 2.0e-16.) 1e-5 leaves 100×.
    console.log(`2 threads vs 1: gradient ${difference.toExponential(2)} apart, ${equal} of ${single.grads.length} entries bitwise equal; loss ${two!.loss} vs ${single.loss}`);
    expect(difference).toBeLessThan(1e-5);
    expect(Math.abs(two!.loss - single.loss)).toBeLessThan(1e-6 * Math.abs(single.loss));
    expect([two!.kept, two!.aux]).toEqual([single.kept, expect.closeTo(single.aux, 5)]);
    expect(Array.from(again!.grads)).toEqual(Array.from(two!.grads));
    expect([again!.loss, again!.kept, again!.aux]).toEqual([two!.loss, two!.kept, two!.aux]);
  });

  it('computes a slice of the batch (a micro-batch) and follows new parameters', async () => {
    const two = await parallel(module, { threads: 2 });
    const single = engine(new WasmGradientEngine(module));
    const scaled = Float32Array.from(flat, (v) => 0.5 * v);
    [two, single].forEach((e) => e.setParams(scaled));
    const [p, s] = [two, single].map((e) => e.gradients(x, a, 1, 3, B, 10));
    // Measured 2.1e-7 (float32 sums over a slice's rows, as above).
    expect(norm(Array.from(p!.grads, (v, i) => v - s!.grads[i]!)) / norm(s!.grads)).toBeLessThan(1e-5);
    expect(p!.kept).toBe(3);
  });

  it("throws a worker's error on the main thread, with its message, every call", async () => {
    // Parameters under other names: every kernel's look-up fails, in this thread as in the workers.
    const renamed: IRModule = { ...module, params: module.params.map((p) => ({ ...p, name: `${p.name}'` })) };
    const inThread = (() => {
      try {
        engine(new WasmGradientEngine(renamed)).gradients(x, a, 0, B, B, 10);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(inThread).toBeDefined();
    const two = await parallel(renamed, { threads: 2 });
    for (let call = 0; call < 2; call++) expect(() => two.gradients(x, a, 0, B, B, 10)).toThrow(`gradient worker 1 of 2: ${inThread}`);
  });

  it('throws when a worker thread dies hard, on that call and every later one', async () => {
    const dying = await parallel(module, { threads: 2, exiting: { worker: 1, at: 'job' } });
    const died = /^gradient worker 2 of 2 ended \(exit code 70\); this engine cannot go on/;
    expect(() => dying.gradients(x, a, 0, B, B, 10)).toThrow(died);
    expect(() => dying.gradients(x, a, 0, B, B, 10)).toThrow(died);
  });

  it('refuses to start when a worker thread dies as it loads', async () => {
    await expect(ParallelGradientEngine.start(module, { threads: 2, exiting: { worker: 0, at: 'start' } })).rejects.toThrow(/^gradient worker 1 of 2 ended \(exit code 71\)/);
  });

  it('lets the process exit, disposed or not, also after a failure (compiled package)', () => {
    const url = (path: string) => pathToFileURL(join(packageRoot(), 'dist', path)).href;
    const script = `
      import { compile } from '${url('compiler/compile.js')}';
      import { ParallelGradientEngine } from '${url('backends/wasm/parallel-engine.js')}';
      const { module } = compile(${JSON.stringify(source)}, { noCheck: true });
      const x = new Float32Array(${B * 12}).fill(0.5).map((v, i) => v * Math.sin(i));
      const kept = await ParallelGradientEngine.start(module, { threads: 2 });
      kept.setParams(new Float32Array(${flat.length}).fill(0.01));
      const dying = await ParallelGradientEngine.start(module, { threads: 2, exiting: { worker: 0, at: 'job' } });
      console.log('loss', kept.gradients(x, x, 0, ${B}, ${B}, 10).loss);
      try { dying.gradients(x, x, 0, ${B}, ${B}, 10); } catch (error) { console.log('caught:', error.message); }
      dying.dispose();
      // kept is not disposed: its threads must not hold the process either.`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^loss -?\d+\.\d+\ncaught: gradient worker 1 of 2 ended \(exit code 70\)/);
  });

  it('trains like the in-thread engine: the same losses over three steps', async () => {
    const config: TrainConfig = { batch: B, totalSteps: 10, lr: { kind: 'constant', value: 1e-3 }, adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8 }, clip: { kind: 'dynamic' }, rotationAugment: false, seed: 3, auxWeight: 10 };
    const data = { x: Float64Array.from(normals(2, 0, 0, 18 * 12)), count: 18 };
    const trainers = [new WasmGradientEngine(module), await ParallelGradientEngine.start(module, { threads: 2 })].map((e) => new Trainer(module, config, data, randomWeights(module, 5), e));
    try {
      for (let step = 0; step < 3; step++) {
        const [one, two] = trainers.map((t) => t.step());
        // Measured ≤ 4e-8 absolute on a loss of ≈ 26 (float32 sums, as above).
        expect(Math.abs(two!.loss - one!.loss), `step ${step}`).toBeLessThan(1e-6 * Math.abs(one!.loss));
        expect(two!.skipped).toBe(one!.skipped);
      }
    } finally {
      trainers.forEach((t) => t.dispose());
    }
  });
});
