/**
 * Row gathers and scatters by an index buffer (int32 row numbers): what a message-passing layer does between
 * its dense layers — broadcast node rows to the edges, sum edge rows into nodes, dot an edge row with its
 * node's — and products with few outputs as dots of rows; f32x4 along the row, the width mod 4 tail in lane 0
 * (lanes.ts). Rows of src/dst are `width`
 * floats; idx, scale and out hold one value per row r. A scale pointer of 0 means 1 for every row.
 */
import binaryen from 'binaryen';
import { FunctionBuilder, type Expr, type Local } from './function-builder.js';
import { F32x4, singleLane, vectorLanes, type Lanes } from './lanes.js';

const PARAMS: readonly (string | [string, binaryen.Type])[] = ['src', 'idx', 'scale', ['factor', binaryen.f32], 'dst', 'rows', 'width'];

/** Runs `group` over one row: width / 4 whole vectors, then width mod 4 single lanes; `walks` advance per group. */
function overRow(fb: FunctionBuilder, walks: readonly Local[], group: (lanes: Lanes) => Expr[]): Expr {
  const m = fb.m;
  const width = fb.local('width');
  const step = (lanes: Lanes) => [...group(lanes), ...walks.map((w) => fb.advanceBy(w, 4 * lanes.width))];
  return m.block(null, [fb.repeat(m.i32.shr_u(width.get(), fb.i32(2)), step(vectorLanes(m))), fb.repeat(m.i32.and(width.get(), fb.i32(3)), step(singleLane(m)))]);
}

/** Sets `coefficient` to factor · scale[r] (or factor when scale is 0), splatted; ps walks scale. */
function rowCoefficient(fb: FunctionBuilder, ps: Local, coefficient: Local): Expr {
  const m = fb.m;
  const factor = fb.local('factor').get();
  return m.if(fb.local('scale').get(), coefficient.set(m.f32x4.splat(m.f32.mul(factor, m.f32.load(0, 4, ps.get())))), coefficient.set(m.f32x4.splat(factor)));
}

/**
 * `gather_rows_axpy(src, idx, scale, factor, dst, rows, width)`: dst[r] += factor·scale[r]·src[idx[r]]; or,
 * as `scatter_rows_axpy` (same arguments), dst[idx[r]] += factor·scale[r]·src[r]. Scattered rows are added in
 * order of r, so the sums are deterministic.
 */
function emitAxpy(m: binaryen.Module, math: F32x4, name: string, indexed: 'src' | 'dst'): void {
  const fb = new FunctionBuilder(m, name, PARAMS);
  const [rowBytes, pi, ps, pSrc, pDst, rowSrc, rowDst] = ['rowBytes', 'pi', 'ps', 'pSrc', 'pDst', 'rowSrc', 'rowDst'].map((p) => fb.declare(p));
  const coefficient = fb.declare('coefficient', binaryen.v128);
  const indexedRow = (base: string) => fb.add(fb.local(base).get(), m.i32.mul(m.i32.load(0, 4, pi!.get()), rowBytes!.get()));
  const dense = indexed === 'src' ? pDst! : pSrc!;
  const row = [
    rowCoefficient(fb, ps!, coefficient),
    indexed === 'src' ? rowSrc!.set(indexedRow('src')) : rowSrc!.set(pSrc!.get()),
    indexed === 'dst' ? rowDst!.set(indexedRow('dst')) : rowDst!.set(pDst!.get()),
    overRow(fb, [rowSrc!, rowDst!], (lanes) => [lanes.store(rowDst!.get(), math.madd(coefficient.get(), lanes.load(rowSrc!.get()), lanes.load(rowDst!.get())))]),
    fb.advance(dense, rowBytes!.get()),
    fb.advanceBy(pi!, 4),
    fb.advanceBy(ps!, 4),
  ];
  fb.finish([rowBytes!.set(fb.mulConst(fb.local('width').get(), 4)), pi!.set(fb.local('idx').get()), ps!.set(fb.local('scale').get()), pSrc!.set(fb.local('src').get()), pDst!.set(fb.local('dst').get()), fb.repeat(fb.local('rows').get(), row)]);
}

/** `gathered_row_dots(a, idx, b, out, rows, width)`: out[r] = ⟨a[idx[r]], b[r]⟩. */
function emitGatheredDots(m: binaryen.Module, math: F32x4): void {
  const fb = new FunctionBuilder(m, 'gathered_row_dots', ['a', 'idx', 'b', 'out', 'rows', 'width']);
  const [rowBytes, pi, pa, pb, pOut] = ['rowBytes', 'pi', 'pa', 'pb', 'pOut'].map((p) => fb.declare(p));
  const total = fb.declare('total', binaryen.v128);
  const row = [
    pa!.set(fb.add(fb.local('a').get(), m.i32.mul(m.i32.load(0, 4, pi!.get()), rowBytes!.get()))),
    total.set(math.splat(0)),
    // A tail's padding lanes load as 0 on both sides, so they add nothing.
    overRow(fb, [pa!, pb!], (lanes) => [total.set(math.madd(lanes.load(pa!.get()), lanes.load(pb!.get()), total.get()))]),
    m.f32.store(0, 4, pOut!.get(), math.laneSum(total)),
    fb.advanceBy(pi!, 4),
    fb.advanceBy(pOut!, 4),
  ];
  fb.finish([rowBytes!.set(fb.mulConst(fb.local('width').get(), 4)), pi!.set(fb.local('idx').get()), pb!.set(fb.local('b').get()), pOut!.set(fb.local('out').get()), fb.repeat(fb.local('rows').get(), row)]);
}

/**
 * `row_dots(a, b, bias, out, rows, width, count)`: out[r, o] = bias[o] + ⟨a[r], b[o]⟩ for o < count (bias 0:
 * none), a [rows, width], b [count, width]. A product with few outputs (an EGNN's x_out and gate, the ℓ²
 * rows' adjoint): the blocked product (gemm.ts) runs those in single lanes, one broadcast per multiply-add,
 * where this runs four multiply-adds per load pair along the row.
 */
function emitRowDots(m: binaryen.Module, math: F32x4): void {
  const fb = new FunctionBuilder(m, 'row_dots', ['a', 'b', 'bias', 'out', 'rows', 'width', 'count']);
  const [rowBytes, pa, pb, pBias, pOut, rowA] = ['rowBytes', 'pa', 'pb', 'pBias', 'pOut', 'rowA'].map((p) => fb.declare(p));
  const total = fb.declare('total', binaryen.v128);
  const bias = m.if(fb.local('bias').get(), m.f32.load(0, 4, pBias!.get()), m.f32.const(0));
  const output = [
    pa!.set(rowA!.get()),
    total.set(math.splat(0)),
    overRow(fb, [pa!, pb!], (lanes) => [total.set(math.madd(lanes.load(pa!.get()), lanes.load(pb!.get()), total.get()))]),
    m.f32.store(0, 4, pOut!.get(), m.f32.add(math.laneSum(total), bias)),
    fb.advanceBy(pOut!, 4),
    fb.advanceBy(pBias!, 4),
  ];
  const row = [pb!.set(fb.local('b').get()), pBias!.set(fb.local('bias').get()), fb.repeat(fb.local('count').get(), output), fb.advance(rowA!, rowBytes!.get())];
  fb.finish([rowBytes!.set(fb.mulConst(fb.local('width').get(), 4)), rowA!.set(fb.local('a').get()), pOut!.set(fb.local('out').get()), fb.repeat(fb.local('rows').get(), row)]);
}

/** The row kernels. */
export function emitRows(m: binaryen.Module, math: F32x4): void {
  emitAxpy(m, math, 'gather_rows_axpy', 'src');
  emitAxpy(m, math, 'scatter_rows_axpy', 'dst');
  emitGatheredDots(m, math);
  emitRowDots(m, math);
}
