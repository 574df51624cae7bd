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
  linear_weight_adjoint(x: number, yBar: number, wBar: number, bBar: number, rows: number, inDim: number, out: number): void;
  exp(x: number, out: number, n: number): void;
  sigmoid(x: number, out: number, n: number): void;
  silu(x: number, out: number, n: number): void;
  silu_backward(pre: number, yBar: number, out: number, n: number): void;
  add(a: number, b: number, out: number, n: number): void;
  layer_norm(x: number, scale: number, offset: number, y: number, rows: number, width: number): void;
  layer_norm_backward(x: number, scale: number, yBar: number, xBar: number, scaleBar: number, offsetBar: number, rows: number, width: number): void;
}

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

  /** A copy of a buffer's contents. */
  read(buffer: F32Buffer): Float32Array {
    return this.arena.floats(buffer).slice();
  }

  /** y [rows, out] = x [rows, in] · W [in, out] + b [out]. */
  linear(x: F32Buffer, rows: number, w: F32Buffer, b: F32Buffer, y = this.arena.alloc(rows * b.length)): F32Buffer {
    const { inDim, out } = this.dims(x, rows, w, b.length);
    check(y.length === rows * out, `y of ${y.length} floats for ${rows}×${out}`);
    this.k.linear(x.ptr, w.ptr, b.ptr, y.ptr, rows, inDim, out);
    return y;
  }

  /** x̄ [rows, in] = ȳ [rows, out] · Wᵀ (W [in, out]). */
  linearInputAdjoint(yBar: F32Buffer, rows: number, w: F32Buffer, xBar?: F32Buffer): F32Buffer {
    const out = yBar.length / rows;
    const inDim = w.length / out;
    check(Number.isInteger(out) && Number.isInteger(inDim), `ȳ of ${yBar.length} floats, W of ${w.length} for ${rows} rows`);
    const result = xBar ?? this.arena.alloc(rows * inDim);
    check(result.length === rows * inDim, `x̄ of ${result.length} floats for ${rows}×${inDim}`);
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
