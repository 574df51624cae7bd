/**
 * `npm run bench -- egnn`: one EGNN op forward + backward at batch 32, as the examples have it (dw4.flow,
 * lj13.flow: EGNN(3 layers, mlp [64, 64], features 128) on n = 4 in 2D and n = 13 in 3D), in one run:
 *
 * - wasm: the batched kernel (backends/wasm/exec/egnn-kernel.ts), edges kept from the forward (the default
 *   while they fit the batch's budget) and recomputed in the backward (what LJ13 does past the budget);
 * - the per-example float64 reference (per-example-reference.ts: what the wasm backend ran before), on fewer
 *   examples and scaled to 32;
 * - tfjs-wasm running the same op (backends/tfjs/ops/egnn.ts, factorised too) under tf.variableGrads.
 *
 * GFLOP/s count the dense layers' multiply-adds (2 per MAC) that the factorised op does: the forward's, then
 * twice that for the backward (input and weight adjoints), so 3× the forward, whichever way the edges are
 * had (a recompute's extra forward is not counted as useful work). LayerNorm, SiLU and the gathers are not
 * counted. Median ms over interleaved rounds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModule } from '../compiler/compile.js';
import { packageRoot } from '../compiler/bind/modules.js';
import type { EgnnConfig, IRModule } from '../compiler/ir/ir.js';
import type { PrimalOp } from '../compiler/ir/gradient.js';
import { initWeights } from '../backends/init.js';
import { NormalStream } from '../backends/rng.js';
import { tf, useTfBackend } from '../backends/tfjs/tf.js';
import { egnnTf } from '../backends/tfjs/ops/egnn.js';
import type { ExecContext, OpKernel } from '../backends/wasm/exec/op-kernel.js';
import { perExampleReference } from '../backends/wasm/exec/per-example-reference.js';
import { egnnKernel } from '../backends/wasm/exec/egnn-kernel.js';
import { setSavedEdgeBudget, wasmArenaBytes } from '../backends/wasm/exec/wasm-runtime.js';
import { crossPairs } from '../backends/wasm/exec/egnn-first-layer.js';
import { median } from './bench-egnn.js';

type EgnnOp = Extract<PrimalOp, { kind: 'egnn' }>;

const BATCH = 32;

interface Problem {
  readonly label: string;
  readonly m: IRModule;
  readonly op: EgnnOp;
  readonly params: Map<string, Float32Array>;
  /** Examples the per-example reference runs (scaled to BATCH). */
  readonly referenceBatch: number;
}

function exampleProblem(label: string, file: string, referenceBatch: number): Problem {
  const path = join(packageRoot(), 'examples', file);
  const { module: m } = compileModule(readFileSync(path, 'utf8'), { file: path });
  const op = m.inverse.ops.find((o): o is EgnnOp => o.kind === 'egnn');
  if (!op) throw new Error(`flowc bench: ${file} has no egnn op`);
  const params = new Map([...initWeights(m, 1)].map(([name, values]) => [name, Float32Array.from(values)]));
  return { label, m, op, params, referenceBatch };
}

/** 2·rows·in·out per Linear of a StableMLP with these widths. */
function mlpFlops(rows: number, inDim: number, units: readonly number[]): number {
  let flops = 0;
  let width = inDim;
  for (const u of units) {
    flops += 2 * rows * width * u;
    width = u;
  }
  return flops;
}

/** The forward's dense FLOPs of one EGNN op on B examples of n particles (factorised first layer). */
export function egnnForwardFlops(c: EgnnConfig, B: number, n: number, typed: boolean): number {
  const N = B * n;
  const E = B * n * (n - 1);
  const { features: F, vectors: M, mlp } = c;
  const P = crossPairs(c);
  const last = mlp[mlp.length - 1]!;
  const layer =
    2 * (2 * N * (F + P) * mlp[0]!) + // [h, κ]·W_send and ·W_recv per node
    2 * E * M * mlp[0]! + // the ℓ² rows, per edge
    mlpFlops(E, mlp[0]!, mlp.slice(1)) + // φ_e after its first layer
    mlpFlops(E, last, mlp) + // φ_x
    2 * E * last * (M + 1) + // x_out and the gate
    (P > 0 ? mlpFlops(N, last, mlp) + 2 * N * last * P : 0) + // φ_xc, xc_out
    mlpFlops(N, last + F, [...mlp, F]); // φ_h
  return c.blocks * layer + 2 * N * (typed ? c.embedding : 1) * F + 2 * N * F * F;
}

function contextOf(p: Problem, batch: number): ExecContext {
  return { m: p.m, batch, params: p.params, grads: new Map(), primal: p.m.inverse.ops, releases: [] };
}

function inputs(p: Problem, batch: number) {
  const { n, half, dim } = p.m.system;
  const s = new NormalStream(3, 1);
  const draw = (count: number) => Float32Array.from({ length: count }, () => s.next());
  return { P: draw(batch * n * half * dim), hBar: draw(batch * n * p.op.config.features), vBar: draw(batch * n * p.op.config.vectors * dim) };
}

/** One forward (saving) + backward of `kernel` on `batch` examples; returns the arena bytes the forward saved. */
function forwardBackward(kernel: OpKernel, p: Problem, batch: number, x: ReturnType<typeof inputs>): number {
  const ctx = contextOf(p, batch);
  let held = 0;
  try {
    const out = kernel.forward(p.op, [x.P], ctx, true);
    held = wasmArenaBytes();
    kernel.backward(p.op, [x.P], out.saved, [x.hBar, x.vBar], [true], ctx);
  } finally {
    for (const release of ctx.releases.reverse()) release();
  }
  // What is left is the weights.
  return held - wasmArenaBytes();
}

/** tfjs-wasm: the op's forward and its gradient (P and every parameter) for L = Σ h·h̄ + Σ v·v̄. */
function tfjsForwardBackward(p: Problem, x: ReturnType<typeof inputs>): { run(): void; dispose(): void } {
  const { n, half, dim } = p.m.system;
  const names = [...p.params.keys()].filter((name) => name.startsWith(`${p.op.params}.`));
  const vars = new Map(names.map((name) => [name, tf.variable(tf.tensor(p.params.get(name)!, p.m.params.find((s) => s.name === name)!.shape as number[]))]));
  const P = tf.variable(tf.tensor(x.P, [BATCH, n, half, dim]));
  const hBar = tf.tensor(x.hBar, [BATCH, n, p.op.config.features]);
  const vBar = tf.tensor(x.vBar, [BATCH, n, p.op.config.vectors, dim]);
  const run = () =>
    tf.tidy(() => {
      const { grads } = tf.variableGrads(() => {
        const { h, v } = egnnTf(P, p.m.system.typeIds, vars, p.op.params, p.op.config);
        return tf.add(tf.sum(tf.mul(h, hBar)), tf.sum(tf.mul(v, vBar))) as tf.Scalar;
      }, [P, ...vars.values()]);
      tf.dispose(Object.values(grads));
    });
  return { run, dispose: () => tf.dispose([P, hBar, vBar, ...vars.values()]) };
}

/**
 * Median ms of each of `runs`, in interleaved rounds: warm-up rounds for ≥ 1 s (V8 starts wasm functions in its
 * baseline compiler and optimises the hot ones after a while: a kernel's first hundreds of calls ran up to 10×
 * slower), then ≥ `min` rounds or ≈ 3 s.
 */
function timeInterleaved(runs: readonly (() => void)[], min = 3): number[] {
  const warm = performance.now();
  for (let k = 0; k < 2 || performance.now() - warm < 1000; k++) runs.forEach((run) => run());
  const ms = runs.map((): number[] => []);
  const start = performance.now();
  while (ms[0]!.length < min || (performance.now() - start < 3000 && ms[0]!.length < 50))
    runs.forEach((run, k) => {
      const t0 = performance.now();
      run();
      ms[k]!.push(performance.now() - t0);
    });
  return ms.map(median);
}

function benchProblem(p: Problem): void {
  const x = inputs(p, BATCH);
  const small = inputs(p, p.referenceBatch);
  const flops = 3 * egnnForwardFlops(p.op.config, BATCH, p.m.system.n, p.op.config.numTypes > 1);
  const held: number[] = [];
  const wasm = (budget: number | undefined, k: number) => () => {
    setSavedEdgeBudget(budget);
    held[k] = forwardBackward(egnnKernel, p, BATCH, x);
  };
  const forwardOnly = () => {
    const ctx = contextOf(p, BATCH);
    egnnKernel.forward(p.op, [x.P], ctx, false);
    for (const release of ctx.releases.reverse()) release();
  };
  const tfjs = tfjsForwardBackward(p, x);
  const [kept, recomputed, forward, tfjsMs] = timeInterleaved([wasm(undefined, 0), wasm(0, 1), forwardOnly, tfjs.run]);
  setSavedEdgeBudget();
  tfjs.dispose();
  const [reference] = timeInterleaved([() => forwardBackward(perExampleReference, p, p.referenceBatch, small)], 1).map((ms) => (ms * BATCH) / p.referenceBatch);
  const row = (what: string, ms: number, extra = '') => console.log(`  ${what.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms ${(flops / (ms * 1e6)).toFixed(1).padStart(7)} GFLOP/s${extra}`);
  const c = p.op.config;
  console.log(`${p.label}: n = ${p.m.system.n}, d = ${p.m.system.dim}, M = ${c.vectors}${crossPairs(c) ? ' (cross)' : ''}, F = ${c.features}, mlp [${c.mlp.join(', ')}], ${c.blocks} layers; batch ${BATCH}, ${(flops / 1e9).toFixed(2)} GFLOP forward + backward`);
  row('wasm, edges kept', kept!, `   (saved: ${(held[0]! / 2 ** 20).toFixed(1)} MiB)`);
  row('wasm, edges recomputed', recomputed!, `   (saved: ${(held[1]! / 2 ** 20).toFixed(1)} MiB)`);
  console.log(`  ${'wasm, forward only (no save)'.padEnd(44)} ${forward!.toFixed(1).padStart(9)} ms`);
  row('tfjs-wasm (tf.variableGrads)', tfjsMs!, `   wasm kept is ${(tfjsMs! / kept!).toFixed(1)}× faster`);
  row(`per-example reference (${p.referenceBatch} examples, ×${BATCH / p.referenceBatch})`, reference!, `   wasm kept is ${(reference! / kept!).toFixed(0)}× faster`);
}

export async function benchEgnnWasm(): Promise<void> {
  const backend = await useTfBackend('wasm');
  console.log(`EGNN op forward + backward, one thread (tfjs backend: ${backend}).`);
  benchProblem(exampleProblem('DW4 example EGNN', 'dw4.flow', 4));
  benchProblem(exampleProblem('LJ13 example EGNN', 'lj13.flow', 1));
}
