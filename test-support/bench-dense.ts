/**
 * `npm run bench -- dense`: the wasm dense-layer kernels (backends/wasm) at flowc's shapes, against tfjs-wasm
 * (XNNPACK, one thread) and a plain JS Float32Array triple loop, all in one run: median ms and GFLOP/s of
 * Linear's forward (y = x·W + b), input adjoint (x̄ = ȳ·Wᵀ) and weight adjoint (W̄ += xᵀ·ȳ, b̄ += Σ ȳ), each
 * counted as 2·rows·in·out flops. tfjs gets the same work as its own ops: fused matMul with bias; matMul with
 * transposeB; matMul with transposeA plus a row sum (no accumulation into W̄: one in×out add, negligible).
 * Inputs are arbitrary bounded values; test/wasm checks results. The JS loop's 5 rounds at 512³ take ≈ 10 s.
 */
import { tf, useTfBackend } from '../backends/tfjs/tf.js';
import type { DenseKernels } from '../backends/wasm/kernels.js';
import { median } from './bench-egnn.js';

interface Shape {
  readonly label: string;
  readonly rows: number;
  readonly inDim: number;
  readonly out: number;
}

const SHAPES: readonly Shape[] = [
  // LJ13, batch 32: 32 · 13 · 12 = 4992 ordered pairs; first message layer on [h_i, h_j, d²] (F = 128, rounded up), then 64 → 64.
  { label: 'LJ13 edge MLP 1', rows: 4992, inDim: 260, out: 64 },
  { label: 'LJ13 edge MLP 2', rows: 4992, inDim: 64, out: 64 },
  // DW4, batch 32: 32 · 4 · 3 = 384 pairs, ≈ 40 inputs.
  { label: 'DW4 edge MLP 1', rows: 384, inDim: 40, out: 64 },
  { label: '512³', rows: 512, inDim: 512, out: 512 },
];

type Op = 'forward' | 'input adjoint' | 'weight adjoint';
const OPS: readonly Op[] = ['forward', 'input adjoint', 'weight adjoint'];

/**
 * Median ms of each of `runs`, called in interleaved rounds (after 2 warm-up rounds) until ≈ 0.5 s have passed
 * and at least 5 rounds: on this shared machine, load that comes and goes then hits every implementation alike.
 */
function timeInterleaved(runs: readonly (() => void)[]): number[] {
  for (let k = 0; k < 2; k++) runs.forEach((run) => run());
  const ms = runs.map((): number[] => []);
  const start = performance.now();
  while (ms[0]!.length < 5 || (performance.now() - start < 500 && ms[0]!.length < 200))
    runs.forEach((run, k) => {
      const t0 = performance.now();
      run();
      ms[k]!.push(performance.now() - t0);
    });
  return ms.map(median);
}

const fill = (n: number, phase: number) => Float32Array.from({ length: n }, (_, k) => 0.5 * Math.sin(0.37 * k + phase));

/** The three ops on a wasm instance, inputs uploaded once. */
function wasmOps(kernels: DenseKernels, s: Shape): Record<Op, () => void> {
  const up = (n: number, phase: number) => kernels.upload(fill(n, phase));
  const [x, w, b, yBar, wBar, bBar] = [up(s.rows * s.inDim, 1), up(s.inDim * s.out, 2), up(s.out, 3), up(s.rows * s.out, 4), up(s.inDim * s.out, 5), up(s.out, 6)];
  const [y, xBar] = [kernels.arena.alloc(s.rows * s.out), kernels.arena.alloc(s.rows * s.inDim)];
  return {
    forward: () => kernels.linear(x, s.rows, w, b, y),
    'input adjoint': () => kernels.linearInputAdjoint(yBar, s.rows, w, xBar),
    'weight adjoint': () => kernels.linearWeightAdjoint(x, s.rows, yBar, wBar, bBar),
  };
}

/**
 * The same work as tfjs-wasm ops (tensors made once; each call's outputs disposed). matMul with a transpose
 * flag is far slower in tfjs-wasm than without (XNNPACK takes only the plain case), so `explicitTranspose`
 * times tf.transpose then a plain matMul instead: the better of the two is tfjs's best.
 */
function tfjsOps(s: Shape, explicitTranspose: boolean): Record<Op, () => void> & { dispose(): void } {
  const x = tf.tensor2d(fill(s.rows * s.inDim, 1), [s.rows, s.inDim]);
  const w = tf.tensor2d(fill(s.inDim * s.out, 2), [s.inDim, s.out]);
  const b = tf.tensor1d(fill(s.out, 3));
  const yBar = tf.tensor2d(fill(s.rows * s.out, 4), [s.rows, s.out]);
  const run = (f: () => tf.Tensor[]) => () => tf.dispose(f());
  return {
    forward: run(() => [tf.fused.matMul({ a: x, b: w, bias: b })]),
    'input adjoint': run(() => (explicitTranspose ? tf.tidy(() => [tf.matMul(yBar, tf.transpose(w))]) : [tf.matMul(yBar, w, false, true)])),
    'weight adjoint': run(() => (explicitTranspose ? tf.tidy(() => [tf.matMul(tf.transpose(x), yBar), tf.sum(yBar, 0)]) : [tf.matMul(x, yBar, true, false), tf.sum(yBar, 0)])),
    dispose: () => tf.dispose([x, w, b, yBar]),
  };
}

/** Plain JS loops over Float32Arrays, in the cache-friendly loop order for each op. */
function jsOps(s: Shape): Record<Op, () => void> {
  const { rows, inDim, out } = s;
  const [x, w, b, yBar, wBar, bBar] = [fill(rows * inDim, 1), fill(inDim * out, 2), fill(out, 3), fill(rows * out, 4), fill(inDim * out, 5), fill(out, 6)];
  const y = new Float32Array(rows * out);
  const xBar = new Float32Array(rows * inDim);
  return {
    forward: () => {
      for (let r = 0; r < rows; r++) {
        for (let o = 0; o < out; o++) y[r * out + o] = b[o]!;
        for (let i = 0; i < inDim; i++) {
          const xv = x[r * inDim + i]!;
          for (let o = 0; o < out; o++) y[r * out + o] = y[r * out + o]! + xv * w[i * out + o]!;
        }
      }
    },
    'input adjoint': () => {
      for (let r = 0; r < rows; r++)
        for (let i = 0; i < inDim; i++) {
          let sum = 0;
          for (let o = 0; o < out; o++) sum += yBar[r * out + o]! * w[i * out + o]!;
          xBar[r * inDim + i] = sum;
        }
    },
    'weight adjoint': () => {
      for (let r = 0; r < rows; r++) {
        for (let o = 0; o < out; o++) bBar[o] = bBar[o]! + yBar[r * out + o]!;
        for (let i = 0; i < inDim; i++) {
          const xv = x[r * inDim + i]!;
          for (let o = 0; o < out; o++) wBar[i * out + o] = wBar[i * out + o]! + xv * yBar[r * out + o]!;
        }
      }
    },
  };
}

function printModuleCosts(denseModule: typeof import('../backends/wasm/kernels.js').denseModule, variants: readonly boolean[]): void {
  for (const fused of variants) {
    const { built, compileMs } = denseModule(fused);
    console.log(`  module (${fused ? 'fused' : 'mul + add'}): ${built.binary.length} bytes; binaryen build + validate ${built.buildMs.toFixed(0)} ms, optimise ${built.optimiseMs.toFixed(0)} ms; V8 compile ${compileMs.toFixed(1)} ms`);
  }
}

export async function benchDense(): Promise<void> {
  // Loaded here, not at the top, so that the load time of binaryen (a 15 MB wasm2js build) is measured.
  const importStart = performance.now();
  const { createDenseKernels, denseModule } = await import('../backends/wasm/kernels.js');
  const { relaxedSimdAvailable } = await import('../backends/wasm/relaxed-simd.js');
  const importMs = performance.now() - importStart;
  const variants = relaxedSimdAvailable() ? [false, true] : [false];
  const kernels = variants.map((fused) => createDenseKernels({ fused }));
  await useTfBackend('wasm');
  console.log(`Dense layers, one thread; median ms and GFLOP/s (2·rows·in·out flops). Loading binaryen: ${importMs.toFixed(0)} ms.`);
  printModuleCosts(denseModule, variants);
  const names = [...variants.map((f) => (f ? 'wasm fma' : 'wasm')), 'tfjs-wasm', 'tfjs T+mm', 'JS loop'];
  console.log(`  ${'shape (rows×in×out)'.padEnd(32)} ${'op'.padEnd(15)} ${names.map((n) => `${n.padStart(9)} ms  GF/s`).join('  ')}   best wasm / best tfjs, / JS`);
  for (const s of SHAPES) {
    const tfjs = [tfjsOps(s, false), tfjsOps(s, /* explicitTranspose */ true)];
    const impls = [...kernels.map((k) => wasmOps(k, s)), ...tfjs, jsOps(s)];
    const flops = 2 * s.rows * s.inDim * s.out;
    for (const op of OPS) {
      const ms = timeInterleaved(impls.map((impl) => impl[op]));
      const gflops = ms.map((t) => flops / (t * 1e6));
      const bestWasm = Math.max(...gflops.slice(0, kernels.length));
      const bestTfjs = Math.max(...gflops.slice(kernels.length, kernels.length + 2));
      const cells = ms.map((t, k) => `${t.toFixed(3).padStart(9)} ${gflops[k]!.toFixed(1).padStart(6)}`).join('  ');
      console.log(`  ${`${s.label} (${s.rows}×${s.inDim}×${s.out})`.padEnd(32)} ${op.padEnd(15)} ${cells}   ${(bestWasm / bestTfjs).toFixed(2).padStart(5)}×  ${(bestWasm / gflops.at(-1)!).toFixed(1).padStart(5)}×`);
    }
    tfjs.forEach((t) => t.dispose());
  }
}
