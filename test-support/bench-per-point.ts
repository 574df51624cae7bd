/**
 * `npm run bench -- per-point`: the wasm backend's typed-array per-point kernels (backends/wasm/exec/) against
 * the float64 reference on the examples' own op configurations, in one run. For the first inner op of DW4's
 * and LJ13's inverse (batch 32): forward + backward µs per point (node × channel), against the reference's
 * runInner + innerVjp per example, and the ratio. For ALDP's conditioned scaling block (its StableMLP head
 * runs through the reference per example): µs per example next to that flow's inner op, to show the head is
 * not the bottleneck. Inputs are random normals (the kernels' cost barely depends on the values). Each timing
 * is the fastest of several interleaved rounds after ≥ 0.5 s of warm-up (JIT tiering): on a shared machine
 * the minimum is the stable statistic; the median is printed next to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModule } from '../compiler/compile.js';
import { packageRoot } from '../compiler/bind/modules.js';
import type { IRModule, Op } from '../compiler/ir/ir.js';
import { randomWeights } from '../backends/init.js';
import { NormalStream } from '../backends/rng.js';
import { runInner, type InnerOp } from '../backends/reference/ops/inner.js';
import { innerVjp } from '../backends/reference/ops/inner-adjoint.js';
import type { Batch, ExecContext } from '../backends/wasm/exec/op-kernel.js';
import { perPointKernels } from '../backends/wasm/exec/per-point.js';
import { coefficientsPerPoint } from '../backends/wasm/exec/coordinate.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

interface Timing {
  readonly min: number;
  readonly median: number;
}

/**
 * Milliseconds per call of each of `runs`: the fastest and the median of `repeats` rounds, after ≥ 0.5 s of
 * warm-up (JIT tiering). Rounds interleave the runs, so a burst of load on a shared machine hits all of them.
 */
function timeInterleaved(runs: readonly (() => void)[], repeats: number): Timing[] {
  const warmUntil = performance.now() + 500;
  for (let r = 0; r < 3 || performance.now() < warmUntil; r++) for (const run of runs) run();
  const times = runs.map((): number[] => []);
  for (let r = 0; r < repeats; r++)
    runs.forEach((run, k) => {
      const t0 = performance.now();
      run();
      times[k]!.push(performance.now() - t0);
    });
  return times.map((t) => ({ min: Math.min(...t), median: median(t) }));
}

function moduleOf(spec: string): IRModule {
  const file = join(packageRoot(), spec);
  return compileModule(readFileSync(file, 'utf8'), { file }).module;
}

function firstOp<K extends Op['kind']>(m: IRModule, kind: K): Extract<Op, { kind: K }> {
  const op = m.inverse.ops.find((o): o is Extract<Op, { kind: K }> => o.kind === kind);
  if (!op) throw new Error(`${m.name} has no ${kind} op`);
  return op;
}

const normals = (stream: NormalStream, count: number, scale: number) => Float32Array.from({ length: count }, () => stream.next() * scale);
const context = (m: IRModule, batch: number, params: ReadonlyMap<string, Float32Array> = new Map()): ExecContext => ({ m, batch, params, grads: new Map(), primal: [], releases: [] });

/** Random inputs and seeds for an inner op of m over a batch. */
function innerBatch(m: IRModule, op: InnerOp, batch: number) {
  const { n, half: s, dim: d } = m.system;
  const stream = new NormalStream(17, 1);
  const nvec = op.projection.kind === 'vector' ? 1 : op.projection.kind === 'none' ? 0 : d;
  const points = batch * n * s * d;
  const inputs: Batch[] = [normals(stream, points, 1.5), normals(stream, points, 1.5)];
  if (op.vectors !== undefined) inputs.push(normals(stream, batch * n * nvec * s * op.count * d, 1));
  inputs.push(normals(stream, batch * n * s * coefficientsPerPoint(op, d), 0.5));
  const seeds = [normals(stream, points, 1), Float64Array.from({ length: batch }, () => -1 / batch)];
  return { inputs, seeds, n, s, d };
}

/** µs per point of the kernel's forward + backward and of the reference's, for the first inner op of `spec`. */
function benchInner(spec: string, batch: number, repeats: number): { kernelPerExample: number } {
  const m = moduleOf(spec);
  const op = firstOp(m, 'inner');
  const { inputs, seeds, n, s, d } = innerBatch(m, op, batch);
  const kernel = perPointKernels.inner;
  const needed = inputs.map(() => true);
  const per = (v: Batch, b: number) => Float64Array.from(v.subarray((b * v.length) / batch, ((b + 1) * v.length) / batch));
  const examples = Array.from({ length: batch }, (_, b) => ({
    x: { trans: per(inputs[0]!, b), cond: per(inputs[1]!, b), vectors: op.vectors === undefined ? undefined : per(inputs[2]!, b), coefficients: per(inputs[inputs.length - 1]!, b), n, s, d },
    tBar: per(seeds[0]!, b),
    ldBar: seeds[1]![b]!,
  }));
  const timings = timeInterleaved(
    [
      () => kernel.forward(op, inputs, context(m, batch), /* save */ false),
      () => {
        const ctx = context(m, batch);
        const saved = kernel.forward(op, inputs, ctx, /* save */ true).saved;
        kernel.backward(op, inputs, saved, seeds, needed, ctx);
      },
      () => {
        for (const e of examples) {
          runInner(op, e.x);
          innerVjp(op, e.x, e.tBar, e.ldBar);
        }
      },
    ],
    repeats,
  );
  const [forward, both, reference] = [timings[0]!, timings[1]!, timings[2]!];
  const points = batch * n * s;
  const us = (t: Timing) => `${((1000 * t.min) / points).toFixed(2)} µs/point (median ${((1000 * t.median) / points).toFixed(2)})`;
  const transform = op.transform.kind === 'spline' ? `spline ${op.transform.splines[0]?.bins} bins` : 'affine';
  console.log(`${spec} inner (${op.projection.kind} ${d}D, ${transform}, ${op.direction}), batch ${batch} × ${n * s} points:`);
  console.log(`  wasm-js forward           ${us(forward)}`);
  console.log(`  wasm-js forward+backward  ${us(both)}`);
  console.log(`  reference runInner+innerVjp per example ${us(reference)}: wasm-js ${(reference.min / both.min).toFixed(0)}× faster`);
  const opsPerInverse = m.inverse.ops.filter((o) => o.kind === 'inner').length;
  const perExample = (t: Timing) => (1000 * t.min * opsPerInverse) / batch;
  console.log(`  one example's ${opsPerInverse} inner ops, forward+backward: wasm-js ${perExample(both).toFixed(0)} µs, reference ${perExample(reference).toFixed(0)} µs`);
  return { kernelPerExample: (1000 * both.min) / batch };
}

/** The conditioned scaling block's forward + backward per example, against the same flow's inner op. */
function benchScaling(spec: string, batch: number, repeats: number, innerPerExample: number): void {
  const m = moduleOf(spec);
  const op = firstOp(m, 'scaling');
  const weights = randomWeights(m, 1);
  const params = new Map([...weights].map(([name, v]) => [name, Float32Array.from(v)]));
  const stream = new NormalStream(19, 1);
  const size = m.system.n * m.system.channels * m.system.dim;
  const inputs = [normals(stream, batch * size, 1)];
  const seeds = [normals(stream, batch * size, 1), Float64Array.from({ length: batch }, () => -1 / batch)];
  const kernel = perPointKernels.scaling;
  const both = timeInterleaved(
    [
      () => {
        const ctx = context(m, batch, params);
        kernel.backward(op, inputs, kernel.forward(op, inputs, ctx, true).saved, seeds, [true], ctx);
      },
    ],
    repeats,
  )[0]!;
  const perExample = (1000 * both.min) / batch;
  console.log(`${spec} scaling (conditioned ${op.conditioned}, head [${op.units.join(', ')}] through the reference's StableMLP per example), batch ${batch}:`);
  console.log(`  wasm-js forward+backward ${perExample.toFixed(1)} µs/example (median ${((1000 * both.median) / batch).toFixed(1)}); one inner op of this flow ${innerPerExample.toFixed(1)} µs/example`);
}

export function benchPerPoint(): void {
  benchInner('examples/dw4.flow', 32, 40);
  benchInner('examples/lj13.flow', 32, 40);
  const aldp = benchInner('examples/aldp.flow', 32, 20);
  benchScaling('examples/aldp.flow', 32, 40, aldp.kernelPerExample);
}
