/**
 * A bump allocator for float32 buffers in a wasm instance's linear memory. Kernels take byte offsets, so a
 * buffer is just (ptr, length): callers chain kernels on arena buffers without copying through JS. Memory
 * grows when an allocation does not fit; growing detaches earlier typed-array views of the memory, so views
 * are made per access (`floats`) and never kept.
 */

/** `length` float32 values at byte offset `ptr` of the arena's memory. */
export interface F32Buffer {
  readonly ptr: number;
  readonly length: number;
}

const PAGE_BYTES = 65536;
// Offsets 0–15 stay unused so that no buffer sits at address 0; buffers start 16-byte aligned (one v128).
const FIRST_OFFSET = 16;
const ALIGNMENT = 16;

export class Arena {
  private top = FIRST_OFFSET;

  constructor(private readonly memory: WebAssembly.Memory) {}

  /** A fresh buffer of `length` floats (contents unspecified: zero on fresh memory, stale after `release`). */
  alloc(length: number): F32Buffer {
    if (!Number.isInteger(length) || length < 0) throw new Error(`flowc internal error: cannot allocate ${length} floats`);
    const ptr = this.top;
    const end = ptr + Math.ceil((4 * length) / ALIGNMENT) * ALIGNMENT;
    this.ensure(end);
    this.top = end;
    return { ptr, length };
  }

  /** A buffer of `length` zeros. */
  zeros(length: number): F32Buffer {
    const buffer = this.alloc(length);
    this.floats(buffer).fill(0);
    return buffer;
  }

  /** The current top, to hand back to `release`: everything allocated after it is freed at once. */
  mark(): number {
    return this.top;
  }

  release(mark: number): void {
    if (mark < FIRST_OFFSET || mark > this.top) throw new Error(`flowc internal error: arena mark ${mark} is not below the top ${this.top}`);
    this.top = mark;
  }

  /** Bytes in use. */
  get used(): number {
    return this.top - FIRST_OFFSET;
  }

  /** A live view of `buffer` (valid until the next allocation that grows the memory). */
  floats(buffer: F32Buffer): Float32Array {
    return new Float32Array(this.memory.buffer, buffer.ptr, buffer.length);
  }

  /** The same bytes read as int32 (index buffers: kernels.ts uploadIndices). */
  ints(buffer: F32Buffer): Int32Array {
    return new Int32Array(this.memory.buffer, buffer.ptr, buffer.length);
  }

  /**
   * Grows the memory to hold `end` bytes, by at least half its size: growing copies the memory, so growing by
   * exactly what each allocation needs made an upload of many tensors quadratic (0.4 s for LJ13's 5.4M weights).
   */
  private ensure(end: number): void {
    const have = this.memory.buffer.byteLength;
    if (end <= have) return;
    const needed = Math.ceil((end - have) / PAGE_BYTES);
    const headroom = Math.ceil(have / 2 / PAGE_BYTES);
    try {
      this.memory.grow(Math.max(needed, headroom));
    } catch {
      // Near the maximum, the headroom may not fit where the allocation itself does.
      this.memory.grow(needed);
    }
  }
}
