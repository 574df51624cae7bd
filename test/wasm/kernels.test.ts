/**
 * The wasm dense-layer kernels (backends/wasm/kernels.ts) against the float64 reference: Linear and its two
 * adjoints (nets/mlp.ts linear, mlp-adjoint.ts linearVjp) for rows ∈ {1, 7, 33} × in, out ∈ {1, 3, 5, 64, 131};
 * the module's own exp on a dense grid of its range; σ, SiLU and SiLU's adjoint; LayerNorm and its adjoint
 * (layerNorm, layerNormVjp) for rows × widths of the same sets — sizes that leave every row and column tail.
 * Both variants: mul + add and, where the engine has relaxed SIMD, fused multiply-add. Errors are
 * componentwise, relative to each entry's magnitude (magnitudes.ts); parameter adjoints start non-zero (the
 * kernels must add to them). Each family has a check that must miss its bound, so the bounds can fail.
 * One file for all kernels: each test process pays ≈ 2.5 s to load binaryen and build both modules.
 */
import { describe, expect, it } from 'vitest';
import { layerNorm, linear, sigmoid, silu } from '../../backends/reference/nets/mlp.js';
import { layerNormVjp, linearVjp, siluDerivative, type GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { createDenseKernels } from '../../backends/wasm/kernels.js';
import { relaxedSimdAvailable } from '../../backends/wasm/relaxed-simd.js';
import { componentwiseError, float32Normals, reportError } from '../helpers/float32-error.js';
import { layerNormMagnitudes, linearMagnitude, transposed } from './magnitudes.js';

const ROWS = [1, 7, 33];
const WIDTHS = [1, 3, 5, 64, 131];
const LINEAR_CASES = ROWS.flatMap((rows) => WIDTHS.flatMap((inDim) => WIDTHS.map((out) => ({ rows, inDim, out }))));
const LAYER_NORM_CASES = ROWS.flatMap((rows) => WIDTHS.map((width) => ({ rows, width })));
const LENGTHS = [1, 3, 5, 64, 131, 1001];

// Bounds ≈ 6–8× the largest error measured over all cases (FLOWC_REPORT_ERRORS=1 prints them; float32 u = 6e-8),
// mul + add / fused: Linear forward 4.2e-7 / 4.5e-7, input adjoint 2.1e-7 / 2.3e-7, weight adjoint 2.2e-7 / 2.4e-7
// (largest at in = 131 terms, ≈ √131·u); exp 7.8e-8 / 7.9e-8 (≈ 1.3 u); σ 1.1e-7 / 1.1e-7; SiLU 1.3e-7 / 1.3e-7;
// SiLU adjoint 1.9e-7 / 1.9e-7; LayerNorm forward 1.6e-7 / 1.8e-7, adjoint 1.6e-7 / 1.7e-7.
const BOUND = { forward: 3e-6, inputAdjoint: 1.5e-6, weightAdjoint: 1.5e-6, exp: 5e-7, sigmoid: 8e-7, silu: 8e-7, siluBackward: 1.2e-6, layerNorm: 1.2e-6, layerNormAdjoint: 1.2e-6 };
type Measured = keyof typeof BOUND;

/** Every 1/512 from −87.3 to 88.3 (≈ 90k points, rounded to float32): exp's whole unclamped range. */
const EXP_GRID = Float64Array.from({ length: Math.floor((88.3 + 87.3) * 512) }, (_, k) => Math.fround(-87.3 + k / 512));

function linearProblem(rows: number, inDim: number, out: number, seed: number) {
  const w = float32Normals(inDim * out, seed + 1, 1 / Math.sqrt(inDim));
  const b = float32Normals(out, seed + 2);
  const p = { x: float32Normals(rows * inDim, seed), w, b, yBar: float32Normals(rows * out, seed + 3) };
  return { ...p, wBar0: float32Normals(inDim * out, seed + 4), bBar0: float32Normals(out, seed + 5), store: new Map([['l.w', w], ['l.b', b]]) };
}

function layerNormProblem(rows: number, width: number, seed: number) {
  // Row means far from 0 (up to 48σ), as activations have: the two-pass variance must not cancel.
  const x = float32Normals(rows * width, seed, 2).map((v, k) => Math.fround(v + 3 * Math.floor(k / width)));
  const scale = float32Normals(width, seed + 1, 0.3).map((v) => Math.fround(1 + v));
  const offset = float32Normals(width, seed + 2, 0.3);
  const p = { x, scale, offset, yBar: float32Normals(rows * width, seed + 3), scaleBar0: float32Normals(width, seed + 4), offsetBar0: float32Normals(width, seed + 5) };
  return { ...p, store: new Map([['n.scale', scale], ['n.offset', offset]]) };
}

const variants = relaxedSimdAvailable() ? [false, true] : [false];

it('the arena grows the memory on demand and keeps earlier buffers', () => {
  const kernels = createDenseKernels({ fused: false });
  const first = kernels.upload([1, 2, 3]);
  const mark = kernels.arena.mark();
  const big = kernels.arena.alloc(4_000_000); // 16 MB: more than the initial 1 MiB
  kernels.arena.floats(big).fill(7);
  expect(Array.from(kernels.read(first))).toEqual([1, 2, 3]);
  kernels.arena.release(mark);
  expect(kernels.arena.alloc(3).ptr).toBe(big.ptr);
});

describe.each(variants.map((fused) => ({ fused, what: fused ? 'fused multiply-add' : 'mul + add' })))('wasm dense kernels, $what', ({ fused }) => {
  const kernels = createDenseKernels({ fused });
  const up = (values: ArrayLike<number>) => kernels.upload(values);
  const worst = Object.fromEntries(Object.keys(BOUND).map((k) => [k, 0])) as Record<Measured, number>;
  /** Records a measured error and checks it against its bound. */
  const expectWithin = (what: Measured, error: number, label = '') => {
    worst[what] = Math.max(worst[what], error);
    expect(error, `${what} ${label}`).toBeLessThan(BOUND[what]);
  };
  /** Runs `f` and frees everything it allocated in the arena. */
  const scoped = <T>(f: () => T): T => {
    const mark = kernels.arena.mark();
    try {
      return f();
    } finally {
      kernels.arena.release(mark);
    }
  };

  it.each(LINEAR_CASES)('Linear, rows $rows, in $inDim, out $out: y, x̄, W̄ and b̄', ({ rows, inDim, out }) => {
    const p = linearProblem(rows, inDim, out, 100 * rows + 10 * inDim + out);
    const got = scoped(() => {
      const [x, w, yBar, wBar, bBar] = [up(p.x), up(p.w), up(p.yBar), up(p.wBar0), up(p.bBar0)];
      const y = kernels.read(kernels.linear(x, rows, w, up(p.b)));
      const xBar = kernels.read(kernels.linearInputAdjoint(yBar, rows, w));
      kernels.linearWeightAdjoint(x, rows, yBar, wBar, bBar);
      return { y, xBar, wBar: kernels.read(wBar), bBar: kernels.read(bBar) };
    });
    const grads: GradStore = new Map();
    const wantXBar = linearVjp(p.x, rows, p.store, 'l', p.yBar, grads);
    const sumRows = (v: Float64Array) => Array.from({ length: out }, (_, o) => v.filter((_, k) => k % out === o).reduce((s, g) => s + Math.abs(g), 0));
    expectWithin('forward', componentwiseError(got.y, linear(p.x, rows, p.store, 'l'), linearMagnitude(p.x, p.w, p.b, rows, inDim, out)));
    // x̄ = ȳ·Wᵀ and W̄ = W̄₀ + xᵀ·ȳ are products too: same magnitudes with the operands they multiply.
    expectWithin('inputAdjoint', componentwiseError(got.xBar, wantXBar, linearMagnitude(p.yBar, transposed(p.w, inDim, out), undefined, rows, out, inDim)));
    const wBarMagnitude = linearMagnitude(transposed(p.x, rows, inDim), p.yBar, undefined, inDim, rows, out).map((m, k) => m + Math.abs(p.wBar0[k]!));
    expectWithin('weightAdjoint', componentwiseError(got.wBar, grads.get('l.w')!.map((v, k) => v + p.wBar0[k]!), wBarMagnitude));
    expectWithin('weightAdjoint', componentwiseError(got.bBar, grads.get('l.b')!.map((v, k) => v + p.bBar0[k]!), sumRows(p.yBar).map((m, o) => m + Math.abs(p.bBar0[o]!))));
  });

  it('Linear misses the bound with the weight transposed (the check can fail)', () => {
    const p = linearProblem(7, 64, 64, 5);
    const y = scoped(() => kernels.read(kernels.linear(up(p.x), 7, up(transposed(p.w, 64, 64)), up(p.b))));
    expect(componentwiseError(y, linear(p.x, 7, p.store, 'l'), linearMagnitude(p.x, p.w, p.b, 7, 64, 64))).toBeGreaterThan(BOUND.forward);
  });

  const map = (kernel: 'exp' | 'sigmoid' | 'silu', values: ArrayLike<number>) => scoped(() => kernels.read(kernels[kernel](up(values))));

  it('exp: relative error over its whole range and at every tail length', () => {
    const want = EXP_GRID.map(Math.exp);
    expectWithin('exp', componentwiseError(map('exp', EXP_GRID), want, want));
    for (const n of LENGTHS) {
      const x = float32Normals(n, n, 20);
      expectWithin('exp', componentwiseError(map('exp', x), x.map(Math.exp), x.map(Math.exp)), `n = ${n}`);
    }
  });

  it('exp: exact at 0, clamped outside [−87.3, 88.3], NaN propagates', () => {
    const [zero, low, high, nan] = map('exp', [0, -1000, 1000, NaN]);
    expect(zero).toBe(1);
    expect(low! / Math.exp(-87.3)).toBeCloseTo(1, 5);
    expect(high! / Math.exp(88.3)).toBeCloseTo(1, 5);
    expect(nan).toBeNaN();
  });

  /** |ȳ|·σ(v)·(1 + |v|·(1 − σ(v))): the adjoint's terms, which cancel near v ≈ −1.28. */
  const siluBackwardMagnitude = (pre: Float64Array, yBar: Float64Array) => pre.map((v, k) => Math.abs(yBar[k]!) * sigmoid(v) * (1 + Math.abs(v) * (1 - sigmoid(v))));
  const siluBackward = (pre: Float64Array, yBar: Float64Array) => scoped(() => kernels.read(kernels.siluBackward(up(pre), up(yBar))));

  it.each(LENGTHS)('σ, SiLU and the SiLU adjoint, n = %i', (n) => {
    const x = float32Normals(n, 10 + n, 6);
    const yBar = float32Normals(n, 30 + n);
    expectWithin('sigmoid', componentwiseError(map('sigmoid', x), x.map(sigmoid), x.map(sigmoid)));
    expectWithin('silu', componentwiseError(map('silu', x), x.map(silu), x.map((v) => Math.abs(silu(v)))));
    expectWithin('siluBackward', componentwiseError(siluBackward(x, yBar), x.map((v, k) => yBar[k]! * siluDerivative(v)), siluBackwardMagnitude(x, yBar)));
  });

  it('the SiLU adjoint misses the bound with v and ȳ swapped (the check can fail)', () => {
    const [pre, yBar] = [float32Normals(64, 40, 6), float32Normals(64, 41)];
    expect(componentwiseError(siluBackward(yBar, pre), pre.map((v, k) => yBar[k]! * siluDerivative(v)), siluBackwardMagnitude(pre, yBar))).toBeGreaterThan(BOUND.siluBackward);
  });

  /** The kernels' y, x̄, scalē and offset̄ (scale and offset swapped in the forward when asked). */
  const runLayerNorm = (p: ReturnType<typeof layerNormProblem>, rows: number, swapParameters = false) =>
    scoped(() => {
      const [x, scale, offset, scaleBar, offsetBar] = [up(p.x), up(p.scale), up(p.offset), up(p.scaleBar0), up(p.offsetBar0)];
      const y = kernels.read(swapParameters ? kernels.layerNorm(x, rows, offset, scale) : kernels.layerNorm(x, rows, scale, offset));
      const xBar = kernels.read(kernels.layerNormBackward(x, rows, scale, up(p.yBar), scaleBar, offsetBar));
      return { y, xBar, scaleBar: kernels.read(scaleBar), offsetBar: kernels.read(offsetBar) };
    });

  it.each(LAYER_NORM_CASES)('LayerNorm, rows $rows, width $width: y, x̄, scalē and offset̄', ({ rows, width }) => {
    const p = layerNormProblem(rows, width, 1000 + 10 * rows + width);
    const got = runLayerNorm(p, rows);
    const magnitude = layerNormMagnitudes(p.x, rows, p);
    const grads: GradStore = new Map();
    const wantXBar = layerNormVjp(p.x, rows, p.store, 'n', p.yBar, grads);
    expectWithin('layerNorm', componentwiseError(got.y, layerNorm(p.x, rows, p.store, 'n'), magnitude.y));
    expectWithin('layerNormAdjoint', componentwiseError(got.xBar, wantXBar, magnitude.xBar), 'x̄');
    expectWithin('layerNormAdjoint', componentwiseError(got.scaleBar, grads.get('n.scale')!.map((v, k) => v + p.scaleBar0[k]!), magnitude.scaleBar), 'scalē');
    expectWithin('layerNormAdjoint', componentwiseError(got.offsetBar, grads.get('n.offset')!.map((v, k) => v + p.offsetBar0[k]!), magnitude.offsetBar), 'offset̄');
  });

  it('LayerNorm misses the bound with scale and offset swapped (the check can fail)', () => {
    const p = layerNormProblem(7, 64, 77);
    expect(componentwiseError(runLayerNorm(p, 7, /* swapParameters */ true).y, layerNorm(p.x, 7, p.store, 'n'), layerNormMagnitudes(p.x, 7, p).y)).toBeGreaterThan(BOUND.layerNorm);
  });

  it('reports the largest errors measured', () => {
    for (const what of Object.keys(BOUND) as Measured[]) expect(reportError(`${what} (fused ${fused})`, worst[what])).toBeLessThan(BOUND[what]);
  });
});
