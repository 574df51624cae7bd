/**
 * The wasm backend's layout, shift and scaling kernels (backends/wasm/exec/layout-kernels.ts,
 * scaling-kernel.ts) against the float64 reference (interpreter.ts runOp and vjp.ts, per example on float64
 * copies of the same float32 inputs and parameters): results, operand adjoints and parameter adjoints
 * (summed over the batch), batches of 3, n = 3–5, s = 1 and 2, 2D and 3D, both directions. Error:
 * max |kernel − reference| / max(1, |reference|) over each array.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Op } from '../../compiler/ir/ir.js';
import { stableMlp } from '../../compiler/ir/layout.js';
import { perPointKernels } from '../../backends/wasm/exec/per-point.js';
import type { Batch, OpKernel } from '../../backends/wasm/exec/op-kernel.js';
import { NormalStream } from '../../backends/rng.js';
import { randomStore } from '../helpers/adjoint-check.js';
import { ErrorLedger, float32Normals, kernelContext, kernelModule, type KernelSizes } from '../helpers/kernel-check.js';
import { kernelGaps, type KernelCase } from '../helpers/kernel-reference.js';

/**
 * Tensor results and adjoints are float32 roundings of float64 values that agree with the reference's
 * (measured worst 5.9e-8, float32's half ulp 2⁻²⁴): 2e-7 leaves 3× headroom. Log-dets and parameter adjoints
 * stay float64 (measured worst 1.6e-15, shift_w and the scaling head's summed over the batch): 1e-12.
 */
const FLOAT32_BOUND = 2e-7;
const FLOAT64_BOUND = 1e-12;

const ledger = new ErrorLedger();
afterAll(() => ledger.print('layout, shift and scaling kernels vs reference, worst |a − b|/max(1, |b|):'));

const B = 3;

/** Checks one case: float32 tensors against FLOAT32_BOUND, float64 scalars and parameter adjoints against FLOAT64_BOUND. */
function check(label: string, kernel: OpKernel, c: KernelCase): void {
  const gaps = kernelGaps(kernel, c);
  const bound = (v: Batch | undefined) => (v instanceof Float64Array ? FLOAT64_BOUND : FLOAT32_BOUND);
  const kind = (v: Batch | undefined) => (v instanceof Float64Array ? 'f64' : 'f32');
  const outputs = kernel.forward(c.op, c.inputs, kernelContext(c.m, c.batch, c.params, c.primal), false).outputs;
  gaps.forward.forEach((gap, k) => expect(ledger.note(`${label}: results (${kind(outputs[k])})`, gap), `result ${k}`).toBeLessThan(bound(outputs[k])));
  gaps.backward.forEach((gap, k) => expect(ledger.note(`${label}: adjoints (${kind(c.inputs[k])})`, gap), `operand ${k}`).toBeLessThan(bound(c.inputs[k])));
  expect(ledger.note(`${label}: parameter adjoints`, gaps.params)).toBeLessThan(FLOAT64_BOUND);
}

const tensor = (stream: NormalStream, count: number) => float32Normals(stream, B * count);
const scalars = (stream: NormalStream) => Float64Array.from({ length: B }, () => stream.next());

const sizeCases: (KernelSizes & { label: string })[] = [
  { n: 3, C: 2, d: 2, label: 'n 3, s 1, 2D' },
  { n: 4, C: 4, d: 3, label: 'n 4, s 2, 3D' },
  { n: 5, C: 4, d: 2, label: 'n 5, s 2, 2D' },
];

describe('wasm layout kernels vs the float64 reference', () => {
  it.each(sizeCases)('center, split, merge ($label)', (sizes) => {
    const { n, C, d } = sizes;
    const m = kernelModule(sizes);
    const stream = new NormalStream(n * C * d, 8);
    const whole = n * C * d;
    const half = (n * C * d) / 2;
    for (const channel of [0, 1]) {
      const op: Op = { kind: 'center', result: 1, src: 0, channel };
      check('center', perPointKernels.center, { op, m, batch: B, inputs: [tensor(stream, whole)], seeds: [tensor(stream, whole)] });
    }
    for (const swap of [false, true]) {
      const split: Op = { kind: 'split', cond: 1, trans: 2, src: 0, swap };
      // One half's adjoint absent (zero), as when only the transformed half is read again.
      check('split', perPointKernels.split, { op: split, m, batch: B, inputs: [tensor(stream, whole)], seeds: [undefined, tensor(stream, half)] });
      const merge: Op = { kind: 'merge', result: 2, cond: 0, trans: 1, swap };
      check('merge', perPointKernels.merge, { op: merge, m, batch: B, inputs: [tensor(stream, half), tensor(stream, half)], seeds: [tensor(stream, whole)] });
    }
  });

  it('zero and add (the log-det accumulator)', () => {
    const m = kernelModule(sizeCases[0]!);
    const stream = new NormalStream(5, 8);
    check('zero/add', perPointKernels.zero, { op: { kind: 'zero', result: 0 }, m, batch: B, inputs: [], seeds: [scalars(stream)] });
    check('zero/add', perPointKernels.add, { op: { kind: 'add', result: 2, a: 0, b: 1 }, m, batch: B, inputs: [scalars(stream), scalars(stream)], seeds: [scalars(stream)] });
  });

  // Fewer, as many and more vectors per node than channels in the half (src = min(ch, M − 1)).
  it.each([
    { n: 4, C: 4, d: 3, M: 1 },
    { n: 3, C: 4, d: 2, M: 2 },
    { n: 5, C: 2, d: 3, M: 3 },
  ])('shift (n $n, C $C, d $d, M $M), both directions', ({ M, ...sizes }) => {
    const { n, C, d } = sizes;
    const m = kernelModule(sizes);
    const stream = new NormalStream(M, 8);
    const params = new Map([['sh.shift_w', float32Normals(stream, 1)]]);
    for (const direction of ['forward', 'inverse'] as const) {
      const op: Op = { kind: 'shift', result: 2, trans: 0, vectors: 1, params: 'sh', direction };
      const half = (n * C * d) / 2;
      check('shift', perPointKernels.shift, { op, m, batch: B, inputs: [tensor(stream, half), tensor(stream, n * M * d)], seeds: [tensor(stream, half)], params });
    }
  });
});

type ScalingOp = Extract<Op, { kind: 'scaling' }>;

/** The scaling block's parameters as lower.ts declares them, random (not the zero initialisers), as float32. */
function scalingParams(op: ScalingOp, C: number, seed: number): Map<string, Float32Array> {
  const store = randomStore(seed, (sink) => {
    if (op.conditioned) stableMlp(sink, 'sc.scale_head', C - 1, [...op.units, C], false);
    else sink({ name: 'sc.scale_logits', shape: [C], init: { kind: 'zeros' } });
    sink({ name: 'sc.com_logits', shape: [C - 1], init: { kind: 'zeros' } });
  });
  return new Map([...store].map(([name, v]) => [name, Float32Array.from(v)]));
}

const scalingCases = [false, true].flatMap((conditioned) =>
  (['forward', 'inverse'] as const).flatMap((direction) => [1, 3].flatMap((A) => [2, 3].map((d) => ({ conditioned, direction, A, d, n: 3 + ((A + d) % 3) })))),
);

describe('wasm scaling kernel vs the float64 reference', () => {
  it.each(scalingCases)('scaling (conditioned $conditioned, $direction, A $A, d $d, n $n)', ({ conditioned, direction, A, d, n }) => {
    const sizes = { n, C: A + 1, d };
    const op: ScalingOp = { kind: 'scaling', result: 1, logDet: 2, src: 0, params: 'sc', conditioned, units: [6, 6], direction };
    const stream = new NormalStream(10 * A + d, 8);
    const whole = n * (A + 1) * d;
    check('scaling', perPointKernels.scaling, { op, m: kernelModule(sizes), batch: B, inputs: [tensor(stream, whole)], seeds: [tensor(stream, whole), scalars(stream)], params: scalingParams(op, A + 1, A + d) });
  });

  it('gives a masked example (all seeds zero) exactly zero adjoints even when its input is NaN', () => {
    const op: ScalingOp = { kind: 'scaling', result: 1, logDet: 2, src: 0, params: 'sc', conditioned: true, units: [6, 6], direction: 'inverse' };
    const sizes = { n: 4, C: 4, d: 3 };
    const stream = new NormalStream(3, 9);
    const z = tensor(stream, 48);
    z.fill(NaN, 48, 96);
    const [zSeed, logDetSeed] = [tensor(stream, 48), scalars(stream)];
    zSeed.fill(0, 48, 96);
    logDetSeed[1] = 0;
    const ctx = kernelContext(kernelModule(sizes), B, scalingParams(op, 4, 1));
    const [zBar] = perPointKernels.scaling.backward(op, [z], undefined, [zSeed, logDetSeed], [true], ctx);
    expect(zBar!.subarray(48, 96).every((v) => v === 0)).toBe(true);
    for (const [name, g] of ctx.grads) expect(g.every(Number.isFinite), name).toBe(true);
  });
});
