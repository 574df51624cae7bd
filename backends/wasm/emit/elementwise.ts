/**
 * Element-wise kernels over flat float32 buffers (exp, σ, SiLU, SiLU's adjoint, addition), the bias adjoint's
 * column sums and the transpose that the input adjoint multiplies by. Each map body is emitted twice, for
 * whole vectors and for the n mod 4 tail (lanes.ts); outputs may alias inputs (each element is read before
 * it is written, in the same step).
 */
import binaryen from 'binaryen';
import { FunctionBuilder, type Expr, type Local } from './function-builder.js';
import { F32x4, singleLane, vectorLanes, type Lanes } from './lanes.js';
import { emitExp, emitSigmoid, emitSilu, emitSiluBackward } from './exp.js';

/** Computes one output group from loaded inputs (locals), appending any statements it needs to `out`. */
type MapBody = (fb: FunctionBuilder, inputs: readonly Local[], out: Expr[]) => Expr;

/** `name(input…, output, n)`: output[i] = body(input…[i]) for i < n. */
export function emitMap(m: binaryen.Module, name: string, inputNames: readonly string[], body: MapBody): void {
  const fb = new FunctionBuilder(m, name, [...inputNames, 'out', 'n']);
  const pointers = [...inputNames, 'out'].map((p) => fb.local(p));
  const values = inputNames.map((p) => fb.declare(`${p}.value`, binaryen.v128));
  const step = (lanes: Lanes): Expr[] => {
    const out: Expr[] = values.map((v, k) => v.set(lanes.load(pointers[k]!.get())));
    const result = body(fb, values, out);
    out.push(lanes.store(fb.local('out').get(), result));
    for (const p of pointers) out.push(fb.advanceBy(p, 4 * lanes.width));
    return out;
  };
  const n = fb.local('n');
  fb.finish([fb.repeat(m.i32.shr_u(n.get(), fb.i32(2)), step(vectorLanes(m))), fb.repeat(m.i32.and(n.get(), fb.i32(3)), step(singleLane(m)))]);
}

/** The element-wise kernels of the dense layers. */
export function emitElementwise(m: binaryen.Module, math: F32x4): void {
  emitMap(m, 'exp', ['x'], (fb, [x], out) => emitExp(fb, math, x!.get(), out));
  emitMap(m, 'sigmoid', ['x'], (fb, [x], out) => emitSigmoid(fb, math, x!.get(), out));
  emitMap(m, 'silu', ['x'], (fb, [x], out) => emitSilu(fb, math, () => x!.get(), out));
  emitMap(m, 'silu_backward', ['pre', 'yBar'], (fb, [pre, yBar], out) => emitSiluBackward(fb, math, () => pre!.get(), yBar!.get(), out));
  emitMap(m, 'add', ['a', 'b'], (_fb, [a, b]) => math.add(a!.get(), b!.get()));
  emitColumnSums(m, math);
  emitTranspose(m);
}

/** `column_sums_add(x, sums, rows, cols)`: sums[c] += Σ_r x[r, c] (b̄ += Σ_rows ȳ), rows added in order. */
function emitColumnSums(m: binaryen.Module, math: F32x4): void {
  const fb = new FunctionBuilder(m, 'column_sums_add', ['x', 'sums', 'rows', 'cols']);
  const [x, sums, rows, cols] = ['x', 'sums', 'rows', 'cols'].map((p) => fb.local(p)) as [Local, Local, Local, Local];
  const rowBytes = fb.declare('rowBytes');
  const px = fb.declare('px');
  const total = fb.declare('total', binaryen.v128);
  const group = (lanes: Lanes): Expr[] => [
    total.set(lanes.load(sums.get())),
    px.set(x.get()),
    fb.repeat(rows.get(), [total.set(math.add(total.get(), lanes.load(px.get()))), fb.advance(px, rowBytes.get())]),
    lanes.store(sums.get(), total.get()),
    fb.advanceBy(x, 4 * lanes.width),
    fb.advanceBy(sums, 4 * lanes.width),
  ];
  fb.finish([
    rowBytes.set(fb.mulConst(cols.get(), 4)),
    fb.repeat(m.i32.shr_u(cols.get(), fb.i32(2)), group(vectorLanes(m))),
    fb.repeat(m.i32.and(cols.get(), fb.i32(3)), group(singleLane(m))),
  ]);
}

/**
 * `transpose(src, dst, rows, cols)`: dst [cols, rows] = src [rows, cols]ᵀ, in 4 × 4 blocks transposed in
 * registers (four loads, eight shuffles, four stores), walking down a strip of four source columns so that
 * the four destination rows being written are written contiguously; then the rows mod 4 and cols mod 4 edges
 * one float at a time. Element by element, a 512² transpose cost half as much as the product it prepares.
 */
function emitTranspose(m: binaryen.Module): void {
  const fb = new FunctionBuilder(m, 'transpose', ['src', 'dst', 'rows', 'cols']);
  const [src, dst, rows, cols] = ['src', 'dst', 'rows', 'cols'].map((p) => fb.local(p)) as [Local, Local, Local, Local];
  const [ps, pd, srcRowBytes, dstRowBytes, rows4, cols4] = ['ps', 'pd', 'srcRowBytes', 'dstRowBytes', 'rows4', 'cols4'].map((p) => fb.declare(p)) as [Local, Local, Local, Local, Local, Local];
  const v = [0, 1, 2, 3].map((k) => fb.declare(`v${k}`, binaryen.v128));
  const t = [0, 1, 2, 3].map((k) => fb.declare(`t${k}`, binaryen.v128));
  // i32-lane shuffle of a (lanes 0–3) and b (lanes 4–7), as the byte indices i8x16.shuffle takes.
  const shuffle = (a: Local, b: Local, lanes: number[]) => m.i8x16.shuffle(a.get(), b.get(), lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]));
  const rowOf = (k: number) => (k === 0 ? ps.get() : fb.add(ps.get(), fb.mulConst(srcRowBytes.get(), k)));
  const colOf = (k: number) => (k === 0 ? pd.get() : fb.add(pd.get(), fb.mulConst(dstRowBytes.get(), k)));
  const block = [
    ...v.map((local, k) => local.set(m.v128.load(0, 4, rowOf(k)))),
    t[0]!.set(shuffle(v[0]!, v[1]!, [0, 4, 1, 5])),
    t[1]!.set(shuffle(v[0]!, v[1]!, [2, 6, 3, 7])),
    t[2]!.set(shuffle(v[2]!, v[3]!, [0, 4, 1, 5])),
    t[3]!.set(shuffle(v[2]!, v[3]!, [2, 6, 3, 7])),
    m.v128.store(0, 4, colOf(0), shuffle(t[0]!, t[2]!, [0, 1, 4, 5])),
    m.v128.store(0, 4, colOf(1), shuffle(t[0]!, t[2]!, [2, 3, 6, 7])),
    m.v128.store(0, 4, colOf(2), shuffle(t[1]!, t[3]!, [0, 1, 4, 5])),
    m.v128.store(0, 4, colOf(3), shuffle(t[1]!, t[3]!, [2, 3, 6, 7])),
    fb.advance(ps, fb.mulConst(srcRowBytes.get(), 4)),
    fb.advanceBy(pd, 16),
  ];
  const strip = fb.declare('strip');
  fb.finish([
    srcRowBytes.set(fb.mulConst(cols.get(), 4)),
    dstRowBytes.set(fb.mulConst(rows.get(), 4)),
    rows4.set(m.i32.and(rows.get(), fb.i32(~3))),
    cols4.set(m.i32.and(cols.get(), fb.i32(~3))),
    strip.set(fb.i32(0)),
    fb.repeat(m.i32.shr_u(cols.get(), fb.i32(2)), [
      ps.set(fb.add(src.get(), fb.mulConst(strip.get(), 4))),
      pd.set(fb.add(dst.get(), m.i32.mul(strip.get(), dstRowBytes.get()))),
      fb.repeat(m.i32.shr_u(rows.get(), fb.i32(2)), block),
      fb.advanceBy(strip, 4),
    ]),
    // The edges: columns cols4… of the first rows4 rows, then the last rows mod 4 rows whole.
    transposeScalar(fb, fb.i32(0), rows4.get(), cols4.get(), cols.get()),
    transposeScalar(fb, rows4.get(), rows.get(), fb.i32(0), cols.get()),
  ]);
}

/** dst[c, r] = src[r, c] one float at a time for r in [r0, r1), c in [c0, c1) (inside `transpose`). */
function transposeScalar(fb: FunctionBuilder, r0: Expr, r1: Expr, c0: Expr, c1: Expr): Expr {
  const m = fb.m;
  const [r, c] = [fb.scratch('r', binaryen.i32), fb.scratch('c', binaryen.i32)];
  const at = (base: string, row: Expr, col: Expr, width: string) => fb.add(fb.local(base).get(), fb.mulConst(fb.add(m.i32.mul(row, fb.local(width).get()), col), 4));
  const element = m.f32.store(0, 4, at('dst', c.get(), r.get(), 'rows'), m.f32.load(0, 4, at('src', r.get(), c.get(), 'cols')));
  return m.block(null, [
    r.set(r0),
    fb.repeat(m.i32.sub(r1, r.get()), [c.set(c0), fb.repeat(m.i32.sub(c1, c.get()), [element, fb.advanceBy(c, 1)]), fb.advanceBy(r, 1)]),
  ]);
}
