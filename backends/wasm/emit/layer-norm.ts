/**
 * LayerNorm over rows (ε = 1e-5), forward and adjoint, with the statistics computed as mlp.ts rowStatistics
 * does: the mean, then the mean squared deviation (two passes, not E[x²] − E[x]², which cancels badly in
 * float32). Each pass over a row runs f32x4 groups and then the width mod 4 tail in lane 0 (lanes.ts).
 */
import binaryen from 'binaryen';
import { FunctionBuilder, type Expr, type Local } from './function-builder.js';
import { F32x4, singleLane, vectorLanes, type Lanes } from './lanes.js';

const EPSILON = 1e-5;

/** A pointer that a pass over one row walks: reset to `start` before the pass, advanced per group. */
interface Walk {
  readonly pointer: Local;
  readonly start: () => Expr;
}

/** One pass over a row of `width` floats: the body for whole vectors, then for the tail's single lanes. */
function pass(fb: FunctionBuilder, width: Local, walks: readonly Walk[], body: (lanes: Lanes) => Expr[]): Expr {
  const m = fb.m;
  const group = (lanes: Lanes) => [...body(lanes), ...walks.map((w) => fb.advanceBy(w.pointer, 4 * lanes.width))];
  return m.block(null, [
    ...walks.map((w) => w.pointer.set(w.start())),
    fb.repeat(m.i32.shr_u(width.get(), fb.i32(2)), group(vectorLanes(m))),
    fb.repeat(m.i32.and(width.get(), fb.i32(3)), group(singleLane(m))),
  ]);
}

/** Sets the f32x4 locals `mean` and `inv` (splatted) for the row at `row`: rowStatistics of mlp.ts. */
function rowStatistics(fb: FunctionBuilder, math: F32x4, row: Local, width: Local): Expr[] {
  const m = fb.m;
  const px = fb.scratch('px', binaryen.i32);
  const total = fb.scratch('total');
  const mean = fb.scratch('mean');
  const inv = fb.scratch('inv');
  const deviation = fb.scratch('deviation');
  const widthF = () => m.f32.convert_u.i32(width.get());
  const walkX: Walk = { pointer: px, start: () => row.get() };
  return [
    total.set(math.splat(0)),
    pass(fb, width, [walkX], (lanes) => [total.set(math.add(total.get(), lanes.load(px.get())))]),
    mean.set(m.f32x4.splat(m.f32.div(math.laneSum(total), widthF()))),
    total.set(math.splat(0)),
    pass(fb, width, [walkX], (lanes) => [
      // The tail's padding lanes hold 0 − mean: masked, or they would add mean² to the variance.
      deviation.set(lanes.mask(math.sub(lanes.load(px.get()), mean.get()))),
      total.set(math.madd(deviation.get(), deviation.get(), total.get())),
    ]),
    inv.set(m.f32x4.splat(m.f32.div(m.f32.const(1), m.f32.sqrt(m.f32.add(m.f32.div(math.laneSum(total), widthF()), m.f32.const(EPSILON)))))),
  ];
}

/** `layer_norm(x, scale, offset, y, rows, width)`: y = (x − μ)·inv·scale + offset per row. */
function emitForward(m: binaryen.Module, math: F32x4): void {
  const fb = new FunctionBuilder(m, 'layer_norm', ['x', 'scale', 'offset', 'y', 'rows', 'width']);
  const [x, scale, offset, y, rows, width] = ['x', 'scale', 'offset', 'y', 'rows', 'width'].map((p) => fb.local(p)) as Local[] as [Local, Local, Local, Local, Local, Local];
  const rowBytes = fb.declare('rowBytes');
  const [px, ps, po, py] = ['px', 'ps', 'po', 'py'].map((p) => fb.scratch(p, binaryen.i32)) as [Local, Local, Local, Local];
  const mean = fb.scratch('mean');
  const inv = fb.scratch('inv');
  const normalise = pass(fb, width, [{ pointer: px, start: x.get }, { pointer: ps, start: scale.get }, { pointer: po, start: offset.get }, { pointer: py, start: y.get }], (lanes) => {
    const xHat = math.mul(math.sub(lanes.load(px.get()), mean.get()), inv.get());
    return [lanes.store(py.get(), math.madd(xHat, lanes.load(ps.get()), lanes.load(po.get())))];
  });
  fb.finish([
    rowBytes.set(fb.mulConst(width.get(), 4)),
    fb.repeat(rows.get(), [...rowStatistics(fb, math, x, width), normalise, fb.advance(x, rowBytes.get()), fb.advance(y, rowBytes.get())]),
  ]);
}

/**
 * `layer_norm_backward(x, scale, yBar, xBar, scaleBar, offsetBar, rows, width)`: scaleBar += Σ ȳ·x̂,
 * offsetBar += Σ ȳ, and x̄ = (ĝ − mean(ĝ) − x̂·mean(ĝ·x̂))·inv with ĝ = ȳ·scale (mlp-adjoint.ts layerNormVjp).
 * x̂ and ĝ are recomputed in the second pass rather than stored.
 */
function emitBackward(m: binaryen.Module, math: F32x4): void {
  const names = ['x', 'scale', 'yBar', 'xBar', 'scaleBar', 'offsetBar', 'rows', 'width'];
  const fb = new FunctionBuilder(m, 'layer_norm_backward', names);
  const [x, scale, yBar, xBar, scaleBar, offsetBar, rows, width] = names.map((p) => fb.local(p)) as [Local, Local, Local, Local, Local, Local, Local, Local];
  const rowBytes = fb.declare('rowBytes');
  const [px, ps, pg, pxBar, psBar, poBar] = ['px', 'ps', 'pg', 'pxBar', 'psBar', 'poBar'].map((p) => fb.scratch(p, binaryen.i32)) as [Local, Local, Local, Local, Local, Local];
  const [mean, inv, xHat, g, gHat, sumG, sumGX] = ['mean', 'inv', 'xHat', 'g', 'gHat', 'sumG', 'sumGX'].map((p) => fb.scratch(p)) as [Local, Local, Local, Local, Local, Local, Local];
  const load = (lanes: Lanes) => [
    g.set(lanes.load(pg.get())),
    xHat.set(math.mul(math.sub(lanes.load(px.get()), mean.get()), inv.get())),
    gHat.set(math.mul(g.get(), lanes.load(ps.get()))),
  ];
  const walks = (extra: Walk[]): Walk[] => [{ pointer: px, start: x.get }, { pointer: ps, start: scale.get }, { pointer: pg, start: yBar.get }, ...extra];
  // Padding lanes of the tail have ȳ = scale = 0, so they add nothing to the sums below.
  const sums = pass(fb, width, walks([{ pointer: psBar, start: scaleBar.get }, { pointer: poBar, start: offsetBar.get }]), (lanes) => [
    ...load(lanes),
    lanes.store(psBar.get(), math.madd(g.get(), xHat.get(), lanes.load(psBar.get()))),
    lanes.store(poBar.get(), math.add(lanes.load(poBar.get()), g.get())),
    sumG.set(math.add(sumG.get(), gHat.get())),
    sumGX.set(math.madd(gHat.get(), xHat.get(), sumGX.get())),
  ]);
  const widthF = () => m.f32.convert_u.i32(width.get());
  const meanOf = (sum: Local) => m.f32x4.splat(m.f32.div(math.laneSum(sum), widthF()));
  const inputAdjoint = pass(fb, width, walks([{ pointer: pxBar, start: xBar.get }]), (lanes) => [
    ...load(lanes),
    lanes.store(pxBar.get(), math.mul(math.sub(math.sub(gHat.get(), sumG.get()), math.mul(xHat.get(), sumGX.get())), inv.get())),
  ]);
  fb.finish([
    rowBytes.set(fb.mulConst(width.get(), 4)),
    fb.repeat(rows.get(), [
      ...rowStatistics(fb, math, x, width),
      sumG.set(math.splat(0)),
      sumGX.set(math.splat(0)),
      sums,
      // From here on sumG and sumGX hold the (splatted) means mean(ĝ) and mean(ĝ·x̂).
      sumG.set(meanOf(sumG)),
      sumGX.set(meanOf(sumGX)),
      inputAdjoint,
      ...[x, yBar, xBar].map((p) => fb.advance(p, rowBytes.get())),
    ]),
  ]);
}

export function emitLayerNorm(m: binaryen.Module, math: F32x4): void {
  emitForward(m, math);
  emitBackward(m, math);
}
