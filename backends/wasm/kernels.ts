/**
 * The host side of the dense-layer kernels: compile the binaryen-built module once per process (per variant),
 * instantiate it with its own memory and arena, and call kernels on arena buffers. Shapes follow
 * backends/reference/nets/mlp.ts: x [rows, in], W [in, out] row-major, b [out]; every method checks that the
 * buffers' lengths fit those shapes before handing raw offsets to wasm, where nothing is checked.
 */
import { Arena, type F32Buffer } from './arena.js';
import { buildDenseModule, type BuiltModule } from './emit/module.js';
import { relaxedSimdAvailable } from './relaxed-simd.js';

export type { F32Buffer } from './arena.js';

/** The module's exports (module.ts lists their contracts). */
interface DenseExports {
  readonly memory: WebAssembly.Memory;
  linear(x: number, w: number, b: number, y: number, rows: number, inDim: number, out: number): void;
  matmul(a: number, b: number, c: number, M: number, K: number, N: number): void;
  linear_input_adjoint(yBar: number, w: number, wT: number, xBar: number, rows: number, inDim: number, out: number): void;
  transpose(src: number, dst: number, rows: number, cols: number): void;
  linear_weight_adjoint(x: number, yBar: number, wBar: number, bBar: number, rows: number, inDim: number, out: number): void;
  exp(x: number, out: number, n: number): void;
  sigmoid(x: number, out: number, n: number): void;
  silu(x: number, out: number, n: number): void;
  silu_backward(pre: number, yBar: number, out: number, n: number): void;
  add(a: number, b: number, out: number, n: number): void;
  layer_norm(x: number, scale: number, offset: number, y: number, rows: number, width: number): void;
  layer_norm_backward(x: number, scale: number, yBar: number, xBar: number, scaleBar: number, offsetBar: number, rows: number, width: number): void;
  gather_rows_axpy(src: number, idx: number, scale: number, factor: number, dst: number, rows: number, width: number): void;
  scatter_rows_axpy(src: number, idx: number, scale: number, factor: number, dst: number, rows: number, width: number): void;
  gathered_row_dots(a: number, idx: number, b: number, out: number, rows: number, width: number): void;
  row_dots(a: number, b: number, bias: number, out: number, rows: number, width: number, count: number): void;
}

/**
 * Products with at most this many outputs run as dots of rows (row_dots) instead of the blocked product,
 * which would run them one lane at a time: measured at 4992 rows × 64 inputs, 3 outputs took 1.8 ms blocked.
 */
const NARROW_OUTPUTS = 4;

export interface DenseKernelOptions {
  /** Fused multiply-add through relaxed SIMD: 'auto' (default) uses it when relaxedSimdAvailable(). */
  readonly fused?: boolean | 'auto';
}

const compiled = new Map<boolean, { module: WebAssembly.Module; built: BuiltModule; compileMs: number }>();

/** The compiled module of a variant, built on first use. */
export function denseModule(fused: boolean): { module: WebAssembly.Module; built: BuiltModule; compileMs: number } {
  let entry = compiled.get(fused);
  if (!entry) {
    if (fused && !relaxedSimdAvailable()) throw new Error('WebAssembly relaxed SIMD is not available in this engine, so fused multiply-add kernels cannot run');
    const built = buildDenseModule({ fused });
    const start = performance.now();
    entry = { module: new WebAssembly.Module(built.binary), built, compileMs: performance.now() - start };
    compiled.set(fused, entry);
  }
  return entry;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`flowc internal error: wasm dense kernel called with ${what}`);
}

export class DenseKernels {
  readonly arena: Arena;
  private readonly k: DenseExports;

  constructor(readonly fused: boolean) {
    this.k = new WebAssembly.Instance(denseModule(fused).module, {}).exports as unknown as DenseExports;
    this.arena = new Arena(this.k.memory);
  }

  /** A new arena buffer holding `values` rounded to float32. */
  upload(values: ArrayLike<number>): F32Buffer {
    const buffer = this.arena.alloc(values.length);
    this.arena.floats(buffer).set(values);
    return buffer;
  }

  /**
   * A new arena buffer of int32 row numbers, each checked to lie in [0, bound): the row kernels below index
   * with them unchecked, so the check happens once here.
   */
  uploadIndices(values: Int32Array, bound: number): F32Buffer {
    for (const v of values) check(v >= 0 && v < bound, `row index ${v} outside [0, ${bound})`);
    const buffer = this.arena.alloc(values.length);
    this.arena.ints(buffer).set(values);
    return buffer;
  }

  /** A copy of a buffer's contents. */
  read(buffer: F32Buffer): Float32Array {
    return this.arena.floats(buffer).slice();
  }

  /** y [rows, out] = x [rows, in] · W [in, out] + b [out]. */
  linear(x: F32Buffer, rows: number, w: F32Buffer, b: F32Buffer, y = this.arena.alloc(rows * b.length)): F32Buffer {
    const { inDim, out } = this.dims(x, rows, w, b.length);
    check(y.length === rows * out, `y of ${y.length} floats for ${rows}×${out}`);
    if (out > NARROW_OUTPUTS) {
      this.k.linear(x.ptr, w.ptr, b.ptr, y.ptr, rows, inDim, out);
      return y;
    }
    // y[r, o] = b[o] + ⟨x[r], Wᵀ[o]⟩, with Wᵀ in scratch above y.
    const mark = this.arena.mark();
    const wT = this.arena.alloc(w.length);
    this.k.transpose(w.ptr, wT.ptr, inDim, out);
    this.k.row_dots(x.ptr, wT.ptr, b.ptr, y.ptr, rows, inDim, out);
    this.arena.release(mark);
    return y;
  }

  /** c [rows, out] = a [rows, in] · B [in, out]: Linear without a bias. */
  matmul(a: F32Buffer, rows: number, b: F32Buffer, out: number, c = this.arena.alloc(rows * out)): F32Buffer {
    const inDim = b.length / out;
    check(Number.isInteger(inDim) && a.length === rows * inDim && c.length === rows * out, `a of ${a.length} floats, B of ${b.length}, ${out} outputs, ${rows} rows`);
    this.k.matmul(a.ptr, b.ptr, c.ptr, rows, inDim, out);
    return c;
  }

  /** x̄ [rows, in] = ȳ [rows, out] · Wᵀ (W [in, out]). */
  linearInputAdjoint(yBar: F32Buffer, rows: number, w: F32Buffer, xBar?: F32Buffer): F32Buffer {
    const out = yBar.length / rows;
    const inDim = w.length / out;
    check(Number.isInteger(out) && Number.isInteger(inDim), `ȳ of ${yBar.length} floats, W of ${w.length} for ${rows} rows`);
    const result = xBar ?? this.arena.alloc(rows * inDim);
    check(result.length === rows * inDim, `x̄ of ${result.length} floats for ${rows}×${inDim}`);
    if (inDim <= NARROW_OUTPUTS) {
      // x̄[r, i] = ⟨ȳ[r], W[i]⟩: W's rows as they are.
      this.k.row_dots(yBar.ptr, w.ptr, 0, result.ptr, rows, out, inDim);
      return result;
    }
    // Wᵀ lives in scratch above the result, freed on return.
    const mark = this.arena.mark();
    const wT = this.arena.alloc(w.length);
    this.k.linear_input_adjoint(yBar.ptr, w.ptr, wT.ptr, result.ptr, rows, inDim, out);
    this.arena.release(mark);
    return result;
  }

  /** W̄ += xᵀ·ȳ and b̄ += Σ_rows ȳ (accumulated, not overwritten). */
  linearWeightAdjoint(x: F32Buffer, rows: number, yBar: F32Buffer, wBar: F32Buffer, bBar: F32Buffer): void {
    const { inDim, out } = this.dims(x, rows, wBar, bBar.length);
    check(yBar.length === rows * out, `ȳ of ${yBar.length} floats for ${rows}×${out}`);
    this.k.linear_weight_adjoint(x.ptr, yBar.ptr, wBar.ptr, bBar.ptr, rows, inDim, out);
  }

  /**
   * dst[r] += factor·scale[r]·src[idx[r]] for each row r of dst (rows of `width` floats; no scale: 1). idx: from
   * uploadIndices with src's row count as bound.
   */
  gatherRowsAxpy(src: F32Buffer, idx: F32Buffer, dst: F32Buffer, width: number, factor = 1, scale?: F32Buffer): F32Buffer {
    this.checkRows(idx, dst, src, width, scale);
    this.k.gather_rows_axpy(src.ptr, idx.ptr, scale?.ptr ?? 0, factor, dst.ptr, idx.length, width);
    return dst;
  }

  /** dst[idx[r]] += factor·scale[r]·src[r] for each row r of src, in order of r. idx: bound dst's row count. */
  scatterRowsAxpy(src: F32Buffer, idx: F32Buffer, dst: F32Buffer, width: number, factor = 1, scale?: F32Buffer): F32Buffer {
    this.checkRows(idx, src, dst, width, scale);
    this.k.scatter_rows_axpy(src.ptr, idx.ptr, scale?.ptr ?? 0, factor, dst.ptr, idx.length, width);
    return dst;
  }

  /** out[r] = ⟨a[idx[r]], b[r]⟩ for each row r of b. idx: bound a's row count. */
  gatheredRowDots(a: F32Buffer, idx: F32Buffer, b: F32Buffer, width: number, out = this.arena.alloc(idx.length)): F32Buffer {
    this.checkRows(idx, b, a, width, out);
    this.k.gathered_row_dots(a.ptr, idx.ptr, b.ptr, out.ptr, idx.length, width);
    return out;
  }

  exp(x: F32Buffer, out = this.arena.alloc(x.length)): F32Buffer {
    return this.map('exp', x, out);
  }

  sigmoid(x: F32Buffer, out = this.arena.alloc(x.length)): F32Buffer {
    return this.map('sigmoid', x, out);
  }

  silu(x: F32Buffer, out = this.arena.alloc(x.length)): F32Buffer {
    return this.map('silu', x, out);
  }

  /** pre̅ = ȳ·SiLU'(pre). */
  siluBackward(pre: F32Buffer, yBar: F32Buffer, out = this.arena.alloc(pre.length)): F32Buffer {
    check(yBar.length === pre.length && out.length === pre.length, 'buffers of different lengths');
    this.k.silu_backward(pre.ptr, yBar.ptr, out.ptr, pre.length);
    return out;
  }

  /** a + b, element-wise (out may be a or b). */
  add(a: F32Buffer, b: F32Buffer, out = this.arena.alloc(a.length)): F32Buffer {
    check(b.length === a.length && out.length === a.length, 'buffers of different lengths');
    this.k.add(a.ptr, b.ptr, out.ptr, a.length);
    return out;
  }

  /** LayerNorm over rows of width scale.length (ε = 1e-5). */
  layerNorm(x: F32Buffer, rows: number, scale: F32Buffer, offset: F32Buffer, y = this.arena.alloc(x.length)): F32Buffer {
    const width = scale.length;
    check(x.length === rows * width && offset.length === width && y.length === x.length, `x of ${x.length} floats for ${rows}×${width}`);
    this.k.layer_norm(x.ptr, scale.ptr, offset.ptr, y.ptr, rows, width);
    return y;
  }

  /** LayerNorm's adjoint: returns x̄; scalē and offset̄ are accumulated. */
  layerNormBackward(x: F32Buffer, rows: number, scale: F32Buffer, yBar: F32Buffer, scaleBar: F32Buffer, offsetBar: F32Buffer, xBar = this.arena.alloc(x.length)): F32Buffer {
    const width = scale.length;
    check(x.length === rows * width && yBar.length === x.length && xBar.length === x.length, `x of ${x.length} floats for ${rows}×${width}`);
    check(scaleBar.length === width && offsetBar.length === width, 'parameter adjoints of the wrong width');
    this.k.layer_norm_backward(x.ptr, scale.ptr, yBar.ptr, xBar.ptr, scaleBar.ptr, offsetBar.ptr, rows, width);
    return xBar;
  }

  private map(kernel: 'exp' | 'sigmoid' | 'silu', x: F32Buffer, out: F32Buffer): F32Buffer {
    check(out.length === x.length, 'buffers of different lengths');
    this.k[kernel](x.ptr, out.ptr, x.length);
    return out;
  }

  /** One row of `dense` per index (and per scale value); `indexed` a whole number of rows. */
  private checkRows(idx: F32Buffer, dense: F32Buffer, indexed: F32Buffer, width: number, perRow?: F32Buffer): void {
    check(width > 0 && dense.length === idx.length * width && indexed.length % width === 0, `rows of ${width} floats: ${idx.length} indices, buffers of ${dense.length} and ${indexed.length}`);
    check(perRow === undefined || perRow.length === idx.length, `${perRow?.length} per-row values for ${idx.length} rows`);
  }

  /** in and out of a Linear from x [rows, in], W [in, out] and out; checks that they agree. */
  private dims(x: F32Buffer, rows: number, w: F32Buffer, out: number): { inDim: number; out: number } {
    const inDim = w.length / out;
    check(Number.isInteger(inDim) && x.length === rows * inDim, `x of ${x.length} floats, W of ${w.length}, ${out} outputs, ${rows} rows`);
    return { inDim, out };
  }
}

/** Kernels on a fresh instance; fused multiply-add when asked, or (by default) when the engine has it. */
export function createDenseKernels(options: DenseKernelOptions = {}): DenseKernels {
  const fused = options.fused === undefined || options.fused === 'auto' ? relaxedSimdAvailable() : options.fused;
  return new DenseKernels(fused);
}
