/**
 * Builds the dense-layer kernel module in process with binaryen: every kernel below, one exported linear
 * memory, SIMD on (and relaxed SIMD when fused multiply-add is asked for), validated, then run through
 * binaryen's optimiser at -O3. The result is plain wasm bytes; kernels.ts compiles and instantiates them.
 * Measured here: building takes ≈ 30 ms, optimising 0.4–0.9 s (binaryen.js is a wasm2js build, slow until
 * V8 has warmed it up), and the optimised kernels run no faster than unoptimised ones — V8's own compiler does
 * the register allocation and unrolling that matter; -O1 even halved the product's speed once. What binaryen
 * gives here is the construction API with validation, not the speed.
 *
 * Exports (all pointers are byte offsets into `memory`, all buffers row-major float32):
 *   linear(x, w, b, y, rows, in, out)                       y = x·W + b
 *   matmul(a, b, c, M, K, N)                                c [M, N] = a [M, K] · b [K, N]
 *   matmul_at_accumulate(a, b, c, M, K, N)                  c [M, N] += aᵀ · b, a stored [K, M]
 *   linear_input_adjoint(yBar, w, wT, xBar, rows, in, out)  x̄ = ȳ·Wᵀ (wT: in·out floats of scratch)
 *   linear_weight_adjoint(x, yBar, wBar, bBar, rows, in, out)  W̄ += xᵀ·ȳ, b̄ += Σ_rows ȳ
 *   exp, sigmoid, silu(x, out, n); silu_backward(pre, yBar, out, n); add(a, b, out, n)
 *   layer_norm(x, scale, offset, y, rows, width)
 *   layer_norm_backward(x, scale, yBar, xBar, scaleBar, offsetBar, rows, width)
 *   transpose(src, dst, rows, cols); column_sums_add(x, sums, rows, cols)
 *   gather_rows_axpy / scatter_rows_axpy(src, idx, scale, factor, dst, rows, width); gathered_row_dots(a, idx, b, out, rows, width)
 *   row_dots(a, b, bias, out, rows, width, count)           out[r, o] = bias[o] + ⟨a[r], b[o]⟩
 */
import binaryen from 'binaryen';
import { emitGemm, DEFAULT_TILING, type GemmTiling } from './gemm.js';
import { emitElementwise } from './elementwise.js';
import { emitLayerNorm } from './layer-norm.js';
import { emitRows } from './rows.js';
import { FunctionBuilder } from './function-builder.js';
import { F32x4 } from './lanes.js';

export interface DenseModuleOptions {
  /** a·b + c as f32x4.relaxed_madd (needs relaxed SIMD in the engine) rather than mul then add. */
  readonly fused: boolean;
  readonly tiling?: GemmTiling;
  /** Rows of x and ȳ per block of the weight adjoint (emitWeightAdjoint). */
  readonly weightRowBlock?: number;
}

export const DEFAULT_WEIGHT_ROW_BLOCK = 128;

export interface BuiltModule {
  readonly binary: Uint8Array<ArrayBuffer>;
  /** Wall time of constructing + validating, and of optimising, in ms. */
  readonly buildMs: number;
  readonly optimiseMs: number;
}

/** 64 KiB wasm pages: start at 1 MiB, grow on demand up to 2 GiB. */
export const INITIAL_PAGES = 16;
export const MAXIMUM_PAGES = 32768;

export function buildDenseModule(options: DenseModuleOptions): BuiltModule {
  const start = performance.now();
  const m = new binaryen.Module();
  try {
    m.setFeatures(binaryen.Features.SIMD128 | (options.fused ? binaryen.Features.RelaxedSIMD : 0));
    m.setMemory(INITIAL_PAGES, MAXIMUM_PAGES, 'memory');
    const math = new F32x4(m, options.fused);
    const tiling = options.tiling ?? DEFAULT_TILING;
    emitGemm(m, { name: 'linear', a: 'rowMajor', init: 'bias' }, math, tiling);
    emitGemm(m, { name: 'matmul', a: 'rowMajor', init: 'zero' }, math, tiling);
    emitGemm(m, { name: 'matmul_at_accumulate', a: 'transposed', init: 'accumulate' }, math, tiling);
    emitElementwise(m, math);
    emitLayerNorm(m, math);
    emitRows(m, math);
    emitLinearAdjoints(m, options.weightRowBlock ?? DEFAULT_WEIGHT_ROW_BLOCK);
    if (!m.validate()) throw new Error('flowc internal error: the wasm dense-kernel module does not validate');
    const built = performance.now();
    binaryen.setOptimizeLevel(3);
    binaryen.setShrinkLevel(0);
    m.optimize();
    // Copied out of binaryen's heap into a buffer of its own (and typed as one, for WebAssembly.Module).
    const binary = new Uint8Array(m.emitBinary());
    return { binary, buildMs: built - start, optimiseMs: performance.now() - built };
  } finally {
    m.dispose();
  }
}

/** The two adjoints of Linear, as calls into the kernels above. */
function emitLinearAdjoints(m: binaryen.Module, weightRowBlock: number): void {
  const none = binaryen.none;
  const input = new FunctionBuilder(m, 'linear_input_adjoint', ['yBar', 'w', 'wT', 'xBar', 'rows', 'in', 'out']);
  const i = (name: string) => input.local(name).get();
  // x̄ [rows, in] = ȳ [rows, out] · Wᵀ [out, in]: W is transposed once so the product reads rows of Wᵀ as vectors.
  input.finish([m.call('transpose', [i('w'), i('wT'), i('in'), i('out')], none), m.call('matmul', [i('yBar'), i('wT'), i('xBar'), i('rows'), i('out'), i('in')], none)]);
  emitWeightAdjoint(m, weightRowBlock);
}

/**
 * W̄ [in, out] += xᵀ [in, rows] · ȳ [rows, out], a product whose A is x read transposed, taken over blocks of
 * `rowBlock` rows: its k loop runs down the rows, so without blocking every tile would stream all of x and ȳ
 * from memory (4992 rows × 260 inputs is 5 MB); a block's x and ȳ stay in L2 while all tiles of W̄ visit it.
 * Then b̄ += Σ_rows ȳ.
 */
function emitWeightAdjoint(m: binaryen.Module, rowBlock: number): void {
  const fb = new FunctionBuilder(m, 'linear_weight_adjoint', ['x', 'yBar', 'wBar', 'bBar', 'rows', 'in', 'out']);
  const p = (name: string) => fb.local(name).get();
  const [px, pg, left, block] = ['px', 'pg', 'left', 'block'].map((name) => fb.declare(name));
  const blocks = fb.repeat(m.i32.div_u(fb.addConst(p('rows'), rowBlock - 1), fb.i32(rowBlock)), [
    block!.set(m.select(m.i32.lt_u(left!.get(), fb.i32(rowBlock)), left!.get(), fb.i32(rowBlock))),
    m.call('matmul_at_accumulate', [px!.get(), pg!.get(), p('wBar'), p('in'), block!.get(), p('out')], binaryen.none),
    fb.advance(px!, fb.mulConst(m.i32.mul(block!.get(), p('in')), 4)),
    fb.advance(pg!, fb.mulConst(m.i32.mul(block!.get(), p('out')), 4)),
    left!.set(m.i32.sub(left!.get(), block!.get())),
  ]);
  fb.finish([px!.set(p('x')), pg!.set(p('yBar')), left!.set(p('rows')), blocks, m.call('column_sums_add', [p('yBar'), p('bBar'), p('rows'), p('out')], binaryen.none)]);
}
