/**
 * The wasm backend's loss pieces (backends/wasm/exec/loss-kernels.ts: barrier, log_q, loss, mask) against the
 * float64 reference's semantics (backends/reference/gradient.ts runPrimalOp, vjp.ts), per example on float64
 * copies of the same float32 inputs: batches of 3, the frame barrier of spherical and Cartesian
 * (small_identity) inner ops with s = 1 and 2 and the second of two transforms, one frame past the
 * barrier's cut-off; log q0 with C = 2 and 4; the mask on finite, non-finite and below-floor losses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BarrierOp, LogQOp, LossOp, MaskOp, PrimalOp } from '../../compiler/ir/gradient.js';
import type { InnerOp } from '../../backends/reference/ops/inner.js';
import { perPointKernels } from '../../backends/wasm/exec/per-point.js';
import type { OpKernel } from '../../backends/wasm/exec/op-kernel.js';
import { NormalStream } from '../../backends/rng.js';
import { ErrorLedger, float32Normals, kernelContext, kernelModule } from '../helpers/kernel-check.js';
import { kernelGaps, type KernelCase } from '../helpers/kernel-reference.js';

/**
 * Vector adjoints and z̄ are float32 roundings (measured worst 5.4e-8, under float32's half ulp): 2e-7. Scalars
 * stay float64 (measured 0: the same sums in the same order): 1e-12.
 */
const FLOAT32_BOUND = 2e-7;
const FLOAT64_BOUND = 1e-12;
const B = 3;

const ledger = new ErrorLedger();
afterAll(() => ledger.print('loss kernels vs reference, worst |a − b|/max(1, |b|):'));

const scalars = (stream: NormalStream, scale = 1) => Float64Array.from({ length: B }, () => stream.next() * scale);

function expectClose<O extends PrimalOp>(label: string, kernel: OpKernel<O>, c: KernelCase<O>, float32Operands: readonly number[] = []): void {
  const gaps = kernelGaps(kernel, c);
  gaps.forward.forEach((gap) => expect(ledger.note(`${label}: results (f64)`, gap)).toBeLessThan(FLOAT64_BOUND));
  gaps.backward.forEach((gap, k) => {
    const f32 = float32Operands.includes(k);
    expect(ledger.note(`${label}: adjoints (${f32 ? 'f32' : 'f64'})`, gap), `operand ${k}`).toBeLessThan(f32 ? FLOAT32_BOUND : FLOAT64_BOUND);
  });
}

const innerOp = (projection: InnerOp['projection']): InnerOp => ({
  kind: 'inner', result: 1, logDet: 2, trans: 3, cond: 4, vectors: 5, coefficients: 6, index: 1, count: 2, projection, transform: { kind: 'affine' }, direction: 'inverse',
});

describe('wasm loss kernels vs the float64 reference', () => {
  it.each([
    { what: 'spherical, s 1, n 3', projection: { kind: 'spherical', reflectionInvariant: false } as const, s: 1, n: 3 },
    { what: 'cartesian small_identity, s 2, n 5', projection: { kind: 'cartesian', smallIdentity: true } as const, s: 2, n: 5 },
  ])('barrier ($what)', ({ projection, s, n }) => {
    const inner = innerOp(projection);
    const m = kernelModule({ n, C: 2 * s, d: 3 });
    const stream = new NormalStream(n, 10);
    const perExample = n * 3 * s * inner.count * 3;
    const vectors = float32Normals(stream, B * perExample);
    // Example 1, node 0, channel 0: v₂ = 2·v₁, past the cut-off (the barrier is the constant 0 there).
    const at = perExample + (inner.index * 3 + 1) * 3;
    for (let j = 0; j < 3; j++) vectors[at + 3 + j] = 2 * vectors[at + j]!;
    const op: BarrierOp = { kind: 'barrier', result: 10, vectors: 5, inner: 0, weight: 0.3 };
    expectClose('barrier', perPointKernels.barrier, { op, m, batch: B, inputs: [vectors], seeds: [scalars(stream)], primal: [inner] }, [0]);
  });

  it.each([
    { n: 4, C: 2, d: 2, scale: 1, augmentScale: 0.1 },
    { n: 5, C: 4, d: 3, scale: 0.7, augmentScale: 0.3 },
  ])('log_q (n $n, C $C, d $d)', ({ scale, augmentScale, ...sizes }) => {
    const m = kernelModule(sizes, { scale, augmentScale });
    const stream = new NormalStream(sizes.C, 10);
    const op: LogQOp = { kind: 'log_q', result: 2, z: 0, logDet: 1 };
    const z = float32Normals(stream, B * sizes.n * sizes.C * sizes.d);
    expectClose('log_q', perPointKernels.log_q, { op, m, batch: B, inputs: [z, scalars(stream, 5)], seeds: [scalars(stream)] }, [0]);
  });

  it('loss (two barriers, aux weight 10, with and without an aux seed)', () => {
    const m = kernelModule({ n: 3, C: 2, d: 3 });
    const stream = new NormalStream(1, 10);
    const op: LossOp = { kind: 'loss', result: 3, aux: 4, logQ: 0, barriers: [1, 2], auxWeight: 10 };
    const inputs = [scalars(stream, 10), scalars(stream), scalars(stream)];
    expectClose('loss', perPointKernels.loss, { op, m, batch: B, inputs, seeds: [scalars(stream), undefined] });
    expectClose('loss', perPointKernels.loss, { op, m, batch: B, inputs, seeds: [scalars(stream), scalars(stream)] });
  });

  it('mask keeps finite losses with log q ≥ floor and zeroes the rest', () => {
    const m = kernelModule({ n: 3, C: 2, d: 3 });
    const op: MaskOp = { kind: 'mask', result: 3, loss: 0, logQ: 1, weight: 2, floor: -1e4 };
    const c: KernelCase<MaskOp> = { op, m, batch: B, inputs: [Float64Array.of(1.5, NaN, 2), Float64Array.of(-1.5, 3, -2e4), Float64Array.of(0.25, 0.5, 0.75)], seeds: [] };
    expectClose('mask', perPointKernels.mask, c);
    expect(Array.from(perPointKernels.mask.forward(op, c.inputs, kernelContext(m, B), false).outputs[0]!)).toEqual([0.25, 0, 0]);
    expect(() => perPointKernels.mask.backward(op, c.inputs, undefined, [], [false, false, false], kernelContext(m, B))).toThrow();
  });
});
