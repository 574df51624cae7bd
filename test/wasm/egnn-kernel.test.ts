/**
 * The batched wasm kernels of `egnn` and `head` (backends/wasm/exec/egnn-kernel.ts, head-kernel.ts) against
 * the float64 reference run per example (per-example-reference.ts: egnnForward/egnnVjp, stableMlp/
 * stableMlpVjp): outputs, the input's adjoint and every parameter's adjoint, B = 3, over 2D/3D, M = 1 and > 1,
 * cross-multiplicity on/off, typed/untyped, 1–3 layers, mlp [8, 8] and [6, 8]; every layer's edges both kept
 * from the forward and recomputed in the backward. Parameters are random everywhere (not the initialisers:
 * x_out's 0.001 scale would hide the vector paths). Errors are normwise per tensor (max |error| / max |value|).
 * A backward whose saved state holds the wrong layer input must miss the bound (the check can fail).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import type { PrimalOp } from '../../compiler/ir/gradient.js';
import { NormalStream } from '../../backends/rng.js';
import type { Batch, ExecContext, OpKernel } from '../../backends/wasm/exec/op-kernel.js';
import { perExampleReference } from '../../backends/wasm/exec/per-example-reference.js';
import { egnnKernel } from '../../backends/wasm/exec/egnn-kernel.js';
import { headKernel } from '../../backends/wasm/exec/head-kernel.js';
import { setSavedEdgeBudget, wasmArenaBytes } from '../../backends/wasm/exec/wasm-runtime.js';
import { normwiseError, reportError } from '../helpers/float32-error.js';

// Bounds ≈ 10× the largest errors measured over CASES with seeds 11–16 (FLOWC_REPORT_ERRORS=1 prints them):
// outputs 4.9e-7; adjoints, the whole vector 7.7e-7 and the worst single tensor 2.7e-5 (x_out's one bias
// with M = 1: a sum over all edges whose terms cancel to 1/60 of their size).
const BOUND = { output: 5e-6, tensor: 3e-4, whole: 1e-5 };

interface Case {
  readonly what: string;
  readonly system: string;
  readonly coupling: string;
}

const egnn = (layers: number, mlp: string, extra = '') => `condition egnn(layers ${layers}, mlp ${mlp}, features 8${extra}, head [8, 8])`;

const CASES: readonly Case[] = [
  { what: '3D, M = 3, cross, untyped, 1 layer, mlp [8, 8]', system: 'particles 4, dim 3', coupling: `couple x | a project spherical ${egnn(1, '[8, 8]')}` },
  { what: '2D, M = 2, cross, untyped, 2 layers, mlp [6, 8]', system: 'particles 4, dim 2', coupling: `couple x | a project spherical ${egnn(2, '[6, 8]')}` },
  { what: '3D, M = 1, typed, 3 layers, mlp [8, 8]', system: 'particles 5, dim 3, types [A, B, A, C, B]', coupling: `couple a | x project vector(inner 1) ${egnn(3, '[8, 8]')}` },
  { what: '3D, M = 3, cross off, typed, 2 layers, mlp [6, 8]', system: 'particles 5, dim 3, types [A, B, A, B, B]', coupling: `couple x | a project spherical ${egnn(2, '[6, 8]', ', cross_multiplicity false')}` },
  { what: '3D, M = 3, cross, typed, 3 layers, mlp [6, 8]', system: 'particles 3, dim 3, types [A, B, A]', coupling: `couple x | a project cartesian transform affine ${egnn(3, '[6, 8]')}` },
];

function flowOf(c: Case): IRModule {
  const symmetry = c.system.includes('types') ? `\n  symmetry SE(${c.system.includes('dim 2') ? 2 : 3}) x S(types)` : '';
  return compile(`flow f {\n  system ${c.system}${symmetry}\n  ${c.coupling}\n}`, { noCheck: true }).module;
}

/** Every parameter random and float32: weights ~ 0.8/√fan_in, LayerNorm scales near 1, the rest ~ 0.3. */
function randomParams(m: IRModule, seed: number): Map<string, Float32Array> {
  const s = new NormalStream(seed, 3);
  return new Map(
    m.params.map(({ name, shape }) => {
      const size = shape.reduce((a, b) => a * b, 1);
      const scale = name.endsWith('.w') ? 0.8 / Math.sqrt(shape[0]!) : 0.3;
      const values = Float32Array.from({ length: size }, () => s.next() * scale);
      if (name.endsWith('.scale')) values.forEach((v, i) => (values[i] = 1 + (2 / 3) * v));
      return [name, values];
    }),
  );
}

const normals = (count: number, seed: number) => {
  const s = new NormalStream(seed, 5);
  return Float32Array.from({ length: count }, () => s.next());
};

function contextOf(m: IRModule, params: Map<string, Float32Array>, batch: number): ExecContext {
  return { m, batch, params, grads: new Map(), primal: m.inverse.ops, releases: [] };
}

function release(ctx: ExecContext): void {
  for (const r of ctx.releases.reverse()) r();
}

/** One op forward (outputs) and backward (the input's adjoint, parameter adjoints) on `kernel`. */
function run(kernel: OpKernel, op: PrimalOp, m: IRModule, params: Map<string, Float32Array>, input: Float32Array, seeds: Batch[], corrupt?: (saved: unknown) => unknown) {
  const ctx = contextOf(m, params, B);
  try {
    const fwd = kernel.forward(op, [input], ctx, true);
    const saved = corrupt ? corrupt(fwd.saved) : fwd.saved;
    const [inputBar] = kernel.backward(op, [input], saved, seeds, [true], ctx);
    return { outputs: fwd.outputs, inputBar: inputBar!, grads: ctx.grads };
  } finally {
    release(ctx);
  }
}

const B = 3;

/**
 * Normwise errors of the adjoints: the worst single tensor (input's adjoint or a parameter's) and the whole
 * adjoint vector (every entry against the largest of all). A tensor made of one sum over many edges whose
 * terms cancel (a one-output bias) has a large relative error of its own; the vector measure bounds the rest
 * tightly.
 */
function adjointErrors(got: ReturnType<typeof run>, want: ReturnType<typeof run>): { tensor: number; whole: number } {
  let tensor = normwiseError(got.inputBar, want.inputBar);
  const all = { have: [...got.inputBar], want: [...want.inputBar] };
  for (const [name, values] of want.grads) {
    const have = got.grads.get(name) ?? new Float64Array(values.length).fill(NaN);
    tensor = Math.max(tensor, normwiseError(have, values));
    all.have.push(...have);
    all.want.push(...values);
  }
  return { tensor, whole: normwiseError(all.have, all.want) };
}

/** Checks both adjoint errors against their bounds, reporting them under `label`. */
function expectAdjoints(label: string, got: ReturnType<typeof run>, want: ReturnType<typeof run>): void {
  const { tensor, whole } = adjointErrors(got, want);
  expect(reportError(`${label}: worst tensor`, tensor)).toBeLessThan(BOUND.tensor);
  expect(reportError(`${label}: whole vector`, whole)).toBeLessThan(BOUND.whole);
}

function problem(c: Case, seed: number) {
  const m = flowOf(c);
  const params = randomParams(m, seed);
  const { n, half: s, dim: d } = m.system;
  const ops = m.inverse.ops;
  const egnnOp = ops.find((op) => op.kind === 'egnn')!;
  const headOp = ops.find((op) => op.kind === 'head')!;
  if (egnnOp.kind !== 'egnn' || headOp.kind !== 'head') throw new Error('the test flow has no egnn or head op');
  const P = normals(B * n * s * d, seed + 1);
  const seeds = [normals(B * n * egnnOp.config.features, seed + 2), normals(B * n * egnnOp.config.vectors * d, seed + 3)];
  return { m, params, egnnOp, headOp, P, seeds };
}

describe('wasm egnn kernel against the float64 reference', () => {
  afterEach(() => setSavedEdgeBudget());

  describe.each([
    { policy: 'edges kept', budget: undefined },
    { policy: 'edges recomputed', budget: 0 },
  ])('$policy', ({ budget }) => {
    it.each(CASES)('$what: outputs, P̄ and parameter adjoints', (c) => {
      setSavedEdgeBudget(budget);
      const p = problem(c, 11);
      const want = run(perExampleReference, p.egnnOp, p.m, p.params, p.P, p.seeds);
      const got = run(egnnKernel, p.egnnOp, p.m, p.params, p.P, p.seeds);
      expect(reportError(`egnn h, ${c.what}`, normwiseError(got.outputs[0]!, want.outputs[0]!))).toBeLessThan(BOUND.output);
      expect(reportError(`egnn v, ${c.what}`, normwiseError(got.outputs[1]!, want.outputs[1]!))).toBeLessThan(BOUND.output);
      expectAdjoints(`egnn adjoints, ${c.what} (${budget === 0 ? 'recomputed' : 'kept'})`, got, want);
      expect(got.grads.size).toBe([...p.params.keys()].filter((k) => k.startsWith(`${p.egnnOp.params}.`)).length);
    });
  });

  it('takes only h̄ or only v̄ (the other seed absent)', () => {
    const p = problem(CASES[1]!, 5);
    for (const seeds of [[p.seeds[0]!, undefined], [undefined, p.seeds[1]!]]) {
      const want = run(perExampleReference, p.egnnOp, p.m, p.params, p.P, seeds as Batch[]);
      const got = run(egnnKernel, p.egnnOp, p.m, p.params, p.P, seeds as Batch[]);
      expectAdjoints('egnn adjoints, one seed', got, want);
    }
  });

  it('misses the bound when the saved state holds the wrong layer input (the check can fail)', () => {
    const p = problem(CASES[2]!, 7);
    const want = run(perExampleReference, p.egnnOp, p.m, p.params, p.P, p.seeds);
    setSavedEdgeBudget(0);
    // Layer 0's backward then recomputes its edges from layer 1's input h.
    const wrongInput = (saved: unknown) => {
      const s = saved as { layers: { h: unknown; tape: unknown }[] };
      return { ...s, layers: [{ ...s.layers[0]!, h: s.layers[1]!.h }, ...s.layers.slice(1)] };
    };
    const got = run(egnnKernel, p.egnnOp, p.m, p.params, p.P, p.seeds, wrongInput);
    expect(reportError('egnn adjoints from the wrong layer input (must be large)', adjointErrors(got, want).whole)).toBeGreaterThan(BOUND.whole);
  });

  it('frees everything a batch held, and keeps the weights of one parameter set', () => {
    const p = problem(CASES[0]!, 3);
    run(egnnKernel, p.egnnOp, p.m, p.params, p.P, p.seeds);
    const settled = wasmArenaBytes();
    run(egnnKernel, p.egnnOp, p.m, p.params, p.P, p.seeds);
    expect(wasmArenaBytes()).toBe(settled);
    const ctx = contextOf(p.m, p.params, B);
    egnnKernel.forward(p.egnnOp, [p.P], ctx, false);
    expect(wasmArenaBytes()).toBe(settled);
    release(ctx);
  });
});

describe('wasm head kernel against the float64 reference', () => {
  it.each(CASES)('$what: outputs, h̄ and parameter adjoints', (c) => {
    const p = problem(c, 21);
    const x = normals(B * p.m.system.n * p.egnnOp.config.features, 4);
    const seeds = [normals(B * p.m.system.n * (p.headOp.kind === 'head' ? p.headOp.outputs : 0), 5)];
    const want = run(perExampleReference, p.headOp, p.m, p.params, x, seeds);
    const got = run(headKernel, p.headOp, p.m, p.params, x, seeds);
    expect(reportError(`head output, ${c.what}`, normwiseError(got.outputs[0]!, want.outputs[0]!))).toBeLessThan(BOUND.output);
    expectAdjoints(`head adjoints, ${c.what}`, got, want);
  });
});
