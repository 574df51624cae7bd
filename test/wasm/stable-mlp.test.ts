/**
 * StableMLP on the wasm kernels (backends/wasm/stable-mlp.ts) against the float64 reference (nets/mlp.ts
 * stableMlp, nets/mlp-adjoint.ts stableMlpVjp): the output, x̄ and every parameter's adjoint, for residual
 * blocks, width changes, an `out` layer or an activated last layer, at odd sizes; mul + add and, where the
 * engine has it, fused multiply-add. Errors are normwise per tensor (max |error| / max |value|). An adjoint
 * whose tape holds the wrong block input must miss the bound.
 */
import { describe, expect, it } from 'vitest';
import { stableMlp } from '../../backends/reference/nets/mlp.js';
import { stableMlpVjp, type GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { createDenseKernels } from '../../backends/wasm/kernels.js';
import { relaxedSimdAvailable } from '../../backends/wasm/relaxed-simd.js';
import { stableMlpBackward, stableMlpForward, uploadParams, zeroAdjoints, type MlpTape } from '../../backends/wasm/stable-mlp.js';
import { float32Normals, normwiseError, reportError } from '../helpers/float32-error.js';

const CASES = [
  { rows: 7, inDim: 3, units: [5, 5, 3], activateFinal: false, what: 'residual block and an out layer' },
  { rows: 1, inDim: 5, units: [4, 6], activateFinal: true, what: 'a width change, activated last' },
  { rows: 33, inDim: 131, units: [64, 64, 64], activateFinal: true, what: 'two residual blocks at width 64' },
  { rows: 33, inDim: 64, units: [131, 131, 1], activateFinal: false, what: 'width 131 and one output' },
];

// Bounds ≈ 6× the largest error measured over CASES and all tensors (FLOWC_REPORT_ERRORS=1 prints them),
// mul + add / fused: output 3.4e-7 / 4.8e-7, adjoints 9.5e-7 / 1.6e-6 (the largest: one row, LayerNorm width 4,
// where x̄'s entries are differences of terms of their own size).
const BOUND = { output: 3e-6, adjoint: 1e-5 };

/** Float32-valued parameters of StableMLP `m`, named as compiler/ir/layout.ts names them. */
function mlpStore(inDim: number, units: readonly number[], activateFinal: boolean, seed: number): Map<string, Float64Array> {
  const store = new Map<string, Float64Array>();
  const hidden = activateFinal ? units : units.slice(0, -1);
  let width = inDim;
  const layer = (name: string, out: number, k: number) => {
    store.set(`m.${name}.w`, float32Normals(width * out, seed + 10 * k, 1 / Math.sqrt(width)));
    store.set(`m.${name}.b`, float32Normals(out, seed + 10 * k + 1, 0.3));
    width = out;
  };
  hidden.forEach((u, k) => {
    if (k > 0) {
      store.set(`m.ln${k}.scale`, float32Normals(width, seed + 10 * k + 2, 0.2).map((v) => Math.fround(1 + v)));
      store.set(`m.ln${k}.offset`, float32Normals(width, seed + 10 * k + 3, 0.2));
    }
    layer(`lin${k}`, u, k);
  });
  if (!activateFinal) layer('out', units.at(-1)!, hidden.length);
  return store;
}

const variants = relaxedSimdAvailable() ? [false, true] : [false];

describe.each(variants.map((fused) => ({ fused, what: fused ? 'fused multiply-add' : 'mul + add' })))('wasm StableMLP, $what', ({ fused }) => {
  const kernels = createDenseKernels({ fused });
  const arena = kernels.arena;

  /** Output, x̄ and parameter adjoints from the wasm kernels; `corruptTape` may edit the tape first. */
  function runWasm(c: (typeof CASES)[number], store: Map<string, Float64Array>, x: Float64Array, yBar: Float64Array, corruptTape = (t: MlpTape) => t) {
    const mark = arena.mark();
    const params = uploadParams(kernels, store);
    const adjoints = zeroAdjoints(kernels, params);
    const { y, tape } = stableMlpForward(kernels, kernels.upload(x), c.rows, params, 'm', c.units, c.activateFinal);
    const xBar = stableMlpBackward(kernels, corruptTape(tape), kernels.upload(yBar), params, adjoints);
    const result = { y: kernels.read(y), xBar: kernels.read(xBar), grads: new Map([...adjoints].map(([name, b]) => [name, kernels.read(b)])) };
    arena.release(mark);
    return result;
  }

  function problem(c: (typeof CASES)[number], seed: number) {
    const store = mlpStore(c.inDim, c.units, c.activateFinal, seed);
    const x = float32Normals(c.rows * c.inDim, seed + 100);
    const yBar = float32Normals(c.rows * c.units.at(-1)!, seed + 101);
    const grads: GradStore = new Map();
    const wantXBar = stableMlpVjp(x, c.rows, store, 'm', c.units, c.activateFinal, yBar, grads);
    return { store, x, yBar, want: { y: stableMlp(x, c.rows, store, 'm', c.units, c.activateFinal), xBar: wantXBar, grads } };
  }

  it.each(CASES)('$what (rows $rows, in $inDim, units $units): output, x̄ and parameter adjoints', (c) => {
    const p = problem(c, c.rows + c.inDim);
    const got = runWasm(c, p.store, p.x, p.yBar);
    expect(reportError(`StableMLP output, ${c.what} (fused ${fused})`, normwiseError(got.y, p.want.y))).toBeLessThan(BOUND.output);
    let worst = normwiseError(got.xBar, p.want.xBar);
    for (const [name, want] of p.want.grads) worst = Math.max(worst, normwiseError(got.grads.get(name)!, want));
    expect(got.grads.size).toBe(p.store.size);
    expect(reportError(`StableMLP adjoints, ${c.what} (fused ${fused})`, worst)).toBeLessThan(BOUND.adjoint);
  });

  it('misses the bound when the tape holds the wrong block input (the check can fail)', () => {
    const c = CASES[2]!;
    const p = problem(c, 9);
    // The first block's LayerNorm adjoint then differentiates at the second block's input.
    const got = runWasm(c, p.store, p.x, p.yBar, (t) => ({ ...t, blocks: [{ ...t.blocks[0]!, input: t.blocks[1]!.input }, t.blocks[1]!] }));
    expect(normwiseError(got.xBar, p.want.xBar)).toBeGreaterThan(BOUND.adjoint);
  });
});
