/**
 * How a kernel touches memory: four float32 lanes at a time, or one (the tail of a row whose length is not a
 * multiple of 4). Every kernel body is emitted once per kind against this interface, so the tail runs the very
 * same arithmetic as the vector part — in lane 0 of a v128 whose other lanes hold zeros — instead of a second,
 * scalar copy of each kernel that could drift from the first.
 */
import binaryen from 'binaryen';
import type { Expr, Local } from './function-builder.js';

export interface Lanes {
  /** 4 (a whole v128) or 1 (lane 0 only). */
  readonly width: 4 | 1;
  /** Loads `width` floats at ptr + offset bytes; with width 1, lanes 1–3 are zero. */
  load(ptr: Expr, offset?: number): Expr;
  /** Stores the first `width` lanes of `value` at ptr + offset bytes. */
  store(ptr: Expr, value: Expr, offset?: number): Expr;
  /** Zeroes the lanes that are not this group's (identity for width 4): for sums whose padding lanes are not 0. */
  mask(value: Expr): Expr;
}

// Element alignment only: rows of odd widths start anywhere on a float boundary (V8 ignores the hint anyway).
const ALIGN = 4;

export function vectorLanes(m: binaryen.Module): Lanes {
  return {
    width: 4,
    load: (ptr, offset = 0) => m.v128.load(offset, ALIGN, ptr),
    store: (ptr, value, offset = 0) => m.v128.store(offset, ALIGN, ptr, value),
    mask: (value) => value,
  };
}

export function singleLane(m: binaryen.Module): Lanes {
  return {
    width: 1,
    load: (ptr, offset = 0) => m.v128.load32_zero(offset, ALIGN, ptr),
    store: (ptr, value, offset = 0) => m.v128.store32_lane(offset, ALIGN, 0, ptr, value),
    mask: (value) => m.v128.and(value, m.v128.const(new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))),
  };
}

/** Float32 arithmetic on v128 values, with a · b + c fused (relaxed SIMD) or as a multiply then an add. */
export class F32x4 {
  constructor(readonly m: binaryen.Module, readonly fused: boolean) {}

  /**
   * a · b + c: f32x4.relaxed_madd when fused (one rounding where the CPU has FMA, as V8 emits it on x64 with
   * FMA3; relaxed SIMD lets an engine round twice), else mul then add (two roundings).
   */
  madd(a: Expr, b: Expr, c: Expr): Expr {
    if (!this.fused) return this.m.f32x4.add(this.m.f32x4.mul(a, b), c);
    // The JS API has no wrapper for relaxed_madd; the C entry point is exported as-is.
    const api = binaryen as unknown as { _BinaryenSIMDTernary(module: number, op: number, a: Expr, b: Expr, c: Expr): Expr; RelaxedMaddVecF32x4: number };
    return api._BinaryenSIMDTernary(this.m.ptr, api.RelaxedMaddVecF32x4, a, b, c);
  }

  splat(value: number): Expr {
    return this.m.f32x4.splat(this.m.f32.const(value));
  }

  /** Broadcasts the float at ptr + offset bytes to all four lanes. */
  loadSplat(ptr: Expr, offset = 0): Expr {
    return this.m.v128.load32_splat(offset, ALIGN, ptr);
  }

  add = (a: Expr, b: Expr): Expr => this.m.f32x4.add(a, b);
  sub = (a: Expr, b: Expr): Expr => this.m.f32x4.sub(a, b);
  mul = (a: Expr, b: Expr): Expr => this.m.f32x4.mul(a, b);
  div = (a: Expr, b: Expr): Expr => this.m.f32x4.div(a, b);

  /** The sum of the four lanes of `v` as an f32, added as (0 + 1) + (2 + 3). */
  laneSum(v: Local): Expr {
    const lane = (k: number) => this.m.f32x4.extract_lane(v.get(), k);
    return this.m.f32.add(this.m.f32.add(lane(0), lane(1)), this.m.f32.add(lane(2), lane(3)));
  }
}
