/**
 * The per-point kernels on real compiled flows: every op of the gradient function's primal that has a
 * per-point kernel (layout ops, inner, scaling, shift, barrier, log q, loss, mask), with the operand values the
 * float64 reference computes on typical points of random architectures (every projection, spline and affine,
 * 2D and 3D, A = 1 and 3, scaling, shift) and of the DW4 and LJ13 presets, rounded to float32, and random
 * seeds; compared with the reference op by op (test/helpers/kernel-reference.ts). This checks the kernels read
 * the IR's real shapes and layouts, not only the hand-built ones of the other per-point tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, lowerable } from '../../compiler/compile.js';
import { checkSource } from '../../compiler/check/checker.js';
import { buildGradient, primalOperands, primalResults, type PrimalOp } from '../../compiler/ir/gradient.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import { randomWeights, type Weights } from '../../backends/init.js';
import { typicalPoint } from '../../backends/conformance/gradient-check.js';
import type { Values } from '../../backends/reference/interpreter.js';
import { NormalStream } from '../../backends/rng.js';
import type { Batch } from '../../backends/wasm/exec/op-kernel.js';
import { perPointKernelOf } from '../../backends/wasm/exec/per-point.js';
import { arbArchitecture, architectureSource, presetSizes, presetSource } from '../helpers/random-architectures.js';
import { ErrorLedger, float32Normals } from '../helpers/kernel-check.js';
import { kernelGaps, referencePrimalOp } from '../helpers/kernel-reference.js';

/** The bounds of the other per-point tests (float32 half ulp with headroom; float64 values and parameter adjoints). */
const FLOAT32_BOUND = 2e-7;
const FLOAT64_BOUND = 1e-12;
const B = 3;

const ledger = new ErrorLedger();
afterAll(() => ledger.print('per-point kernels on compiled flows vs reference, worst |a − b|/max(1, |b|):'));

/** The gradient primal's values for B typical points (reference, float64), weight 1/B. */
function primalValues(m: IRModule, weights: Weights, primal: readonly PrimalOp[], input: number, weightId: number, seed: number): Values[] {
  return Array.from({ length: B }, (_, b) => {
    const values: Values = [];
    values[input] = typicalPoint(m, weights, seed + b);
    values[weightId] = 1 / B;
    for (const op of primal) referencePrimalOp(op, values, m, weights, primal);
    return values;
  });
}

/** Value id across the examples as the kernels take it: Float64Array(B) for scalars, float32 [B, ...shape] else. */
function batchOf(values: readonly Values[], id: number, scalar: boolean): Batch {
  if (scalar) return Float64Array.from(values, (v) => Number(v[id]));
  const parts = values.map((v) => v[id]);
  const per = parts[0] instanceof Float64Array ? parts[0].length : 0;
  const out = new Float32Array(B * per);
  parts.forEach((p, b) => p instanceof Float64Array && out.set(p, b * per));
  return out;
}

function checkModule(label: string, source: string, seed: number): void {
  const m = compile(source, { noCheck: true }).module;
  const weights = randomWeights(m, seed);
  const params = new Map([...weights].map(([name, v]) => [name, Float32Array.from(v)]));
  const g = buildGradient(m, { auxWeight: 10 });
  const values = primalValues(m, weights, g.primal, g.input, g.weight, seed);
  const stream = new NormalStream(seed, 11);
  const isScalar = (id: number) => g.values[id]!.shape.length === 0;
  let checked = 0;
  for (const op of g.primal) {
    const kernel = perPointKernelOf(op.kind);
    if (!kernel) continue;
    const inputs = primalOperands(op).map((id) => batchOf(values, id, isScalar(id)));
    const seeds = primalResults(op).map((id) => (isScalar(id) ? Float64Array.from({ length: B }, () => stream.next()) : float32Normals(stream, B * g.values[id]!.shape.reduce((a, b) => a * b, 1))));
    const gaps = kernelGaps(kernel, { op, m, batch: B, inputs, seeds, params, primal: g.primal });
    const outputs = kernel.forward(op, inputs, { m, batch: B, params, grads: new Map(), primal: g.primal, releases: [] }, false).outputs;
    const bound = (v: Batch | undefined) => (v instanceof Float64Array ? FLOAT64_BOUND : FLOAT32_BOUND);
    const where = `${label}: ${op.kind}`;
    gaps.forward.forEach((gap, k) => expect(ledger.note(`${op.kind}: results`, gap), `${where} result ${k}`).toBeLessThan(bound(outputs[k])));
    gaps.backward.forEach((gap, k) => expect(ledger.note(`${op.kind}: adjoints`, gap), `${where} operand ${k}`).toBeLessThan(bound(inputs[k])));
    expect(ledger.note(`${op.kind}: parameter adjoints`, gaps.params), where).toBeLessThan(FLOAT64_BOUND);
    checked++;
  }
  expect(checked).toBeGreaterThan(5);
}

describe('per-point kernels on compiled flows', () => {
  const architectures = fc.sample(arbArchitecture.filter((a) => lowerable(checkSource(architectureSource(a), 'random.flow'), true)), { numRuns: 8, seed: 2026 });
  it.each(architectures.map((a, k) => ({ a, k, label: `${a.projection} ${a.dim}D ${a.spline ? 'spline' : 'affine'} A=${a.copies} n=${a.n}${a.scaling ? ' scaling' : ''}${a.shift ? ' shift' : ''}` })))(
    'random architecture $k ($label)',
    ({ a, k, label }) => checkModule(label, architectureSource(a), 40 + k),
  );

  for (const size of presetSizes.slice(0, 2))
    it(`spherical preset at ${size.name} size`, () => checkModule(`spherical ${size.name}`, presetSource('spherical', size), 7));
});
