/**
 * The blocked float32 matrix product behind every dense kernel: C[M, N] (=|+=) A[M, K] · B[K, N], with B and C
 * row-major and A either row-major (Linear: A = x) or stored transposed (the weight adjoint: A = xᵀ, read
 * from x [K, M]). The register tile is `rows` × (4·`vectors`) outputs of C held in v128 accumulators while k
 * runs; each step loads `vectors` vectors of one B row and broadcasts one A value per tile row. Rows are
 * processed in chunks of `chunkRows` so that, within a chunk, one column panel of B (K × 4·vectors floats)
 * stays in L1 while the chunk's rows of A come from L2. Column tails use a one-vector tile and then single
 * lanes (lanes.ts); row tails a one-row tile.
 */
import binaryen from 'binaryen';
import { F32x4, singleLane, vectorLanes, type Lanes } from './lanes.js';
import { FunctionBuilder, type Expr, type Local } from './function-builder.js';

export interface GemmVariant {
  readonly name: string;
  /** How A is stored: 'rowMajor' A[M, K] (x in Linear), 'transposed' as [K, M] (x in the weight adjoint, A = xᵀ). */
  readonly a: 'rowMajor' | 'transposed';
  /** What C starts from: a bias row broadcast over rows ('bias'), zeros, or C's current contents ('accumulate'). */
  readonly init: 'bias' | 'zero' | 'accumulate';
}

export interface GemmTiling {
  /** Rows of C per register tile. */
  readonly rows: number;
  /** v128 vectors of C per tile row (4 outputs each). */
  readonly vectors: number;
  /** Rows per cache chunk (a multiple of `rows`). */
  readonly chunkRows: number;
}

/** 4 × 8 accumulators + 2 B vectors + 1 broadcast: 11 of x64's 16 xmm registers (V8 keeps one as scratch). */
export const DEFAULT_TILING: GemmTiling = { rows: 4, vectors: 2, chunkRows: 64 };

/** Emits `name(a, b, [bias,] c, M, K, N)`: C [M, N] from A [M, K] and B [K, N] (Linear's order: x, W, b, y, rows, in, out). */
export function emitGemm(m: binaryen.Module, variant: GemmVariant, math: F32x4, tiling: GemmTiling = DEFAULT_TILING): void {
  const params = variant.init === 'bias' ? ['a', 'b', 'bias', 'c', 'M', 'K', 'N'] : ['a', 'b', 'c', 'M', 'K', 'N'];
  const fb = new FunctionBuilder(m, variant.name, params);
  new GemmEmitter(fb, variant, math, tiling).emit();
}

class GemmEmitter {
  private readonly m: binaryen.Module;
  // Byte steps, set once at entry.
  private readonly aRowStep: Local | number;
  private readonly aKStep: Local | number;
  private readonly rowBytes: Local; // of B and of C: N floats
  private readonly aRowOffsets: Local[] = [];

  constructor(private readonly fb: FunctionBuilder, private readonly variant: GemmVariant, private readonly math: F32x4, private readonly tiling: GemmTiling) {
    this.m = fb.m;
    const transposed = variant.a === 'transposed';
    this.aRowStep = transposed ? 4 : fb.declare('aRowStep');
    this.aKStep = transposed ? fb.declare('aKStep') : 4;
    this.rowBytes = fb.declare('rowBytes');
    // Row-major A: rows of a tile are a run-time stride apart, so their offsets live in locals.
    if (!transposed) for (let r = 1; r < tiling.rows; r++) this.aRowOffsets.push(fb.declare(`aRow${r}`));
  }

  emit(): void {
    const { fb, m } = this;
    const { chunkRows } = this.tiling;
    const M = fb.local('M');
    const rowsLeft = fb.declare('rowsLeft');
    const chunk = fb.declare('chunk');
    const aChunk = fb.declare('aChunk');
    const cChunk = fb.declare('cChunk');
    const setup = this.setupSteps();
    const chunkBytesA = (rows: Expr) => (typeof this.aRowStep === 'number' ? fb.mulConst(rows, this.aRowStep) : m.i32.mul(rows, this.aRowStep.get()));
    const chunks = fb.repeat(m.i32.div_u(fb.addConst(M.get(), chunkRows - 1), fb.i32(chunkRows)), [
      chunk.set(m.select(m.i32.lt_u(rowsLeft.get(), fb.i32(chunkRows)), rowsLeft.get(), fb.i32(chunkRows))),
      this.columnPanels(chunk, aChunk, cChunk),
      fb.advance(aChunk, chunkBytesA(chunk.get())),
      fb.advance(cChunk, m.i32.mul(chunk.get(), this.rowBytes.get())),
      rowsLeft.set(m.i32.sub(rowsLeft.get(), chunk.get())),
    ]);
    fb.finish([...setup, rowsLeft.set(M.get()), aChunk.set(fb.local('a').get()), cChunk.set(fb.local('c').get()), chunks]);
  }

  private setupSteps(): Expr[] {
    const { fb } = this;
    const steps = [this.rowBytes.set(fb.mulConst(fb.local('N').get(), 4))];
    if (typeof this.aKStep !== 'number') steps.push(this.aKStep.set(fb.mulConst(fb.local('M').get(), 4)));
    if (typeof this.aRowStep !== 'number') {
      steps.push(this.aRowStep.set(fb.mulConst(fb.local('K').get(), 4)));
      this.aRowOffsets.forEach((local, k) => steps.push(local.set(fb.mulConst(fb.local('K').get(), 4 * (k + 1)))));
    }
    return steps;
  }

  /** All columns of one row chunk: panels of 4·vectors outputs, then of 4, then single outputs. */
  private columnPanels(chunk: Local, aChunk: Local, cChunk: Local): Expr {
    const { fb, m } = this;
    const wide = 4 * this.tiling.vectors;
    const pb = fb.scratch('pb', binaryen.i32);
    const pc = fb.scratch('pcPanel', binaryen.i32);
    const pBias = fb.scratch('pBias', binaryen.i32);
    const N = fb.local('N');
    const panelsOf = (count: Expr, vectors: number, lanes: Lanes) => {
      const bytes = 4 * vectors * lanes.width;
      return fb.repeat(count, [this.rowTiles(chunk, aChunk, vectors, lanes), fb.advanceBy(pb, bytes), fb.advanceBy(pc, bytes), fb.advanceBy(pBias, bytes)]);
    };
    return m.block(null, [
      pb.set(fb.local('b').get()),
      pc.set(cChunk.get()),
      pBias.set(this.variant.init === 'bias' ? fb.local('bias').get() : fb.i32(0)),
      panelsOf(m.i32.div_u(N.get(), fb.i32(wide)), this.tiling.vectors, vectorLanes(m)),
      panelsOf(m.i32.shr_u(m.i32.rem_u(N.get(), fb.i32(wide)), fb.i32(2)), 1, vectorLanes(m)),
      panelsOf(m.i32.and(N.get(), fb.i32(3)), 1, singleLane(m)),
    ]);
  }

  /** One column panel over the chunk's rows: full row tiles, then one-row tiles for the rest. */
  private rowTiles(chunk: Local, aChunk: Local, vectors: number, lanes: Lanes): Expr {
    const { fb, m } = this;
    const R = this.tiling.rows;
    const pa = fb.scratch('pa', binaryen.i32);
    const pc = fb.scratch('pc', binaryen.i32);
    // Advances pa by `rows` rows of A.
    const skipRows = (rows: number) => (typeof this.aRowStep === 'number' ? fb.advanceBy(pa, rows * this.aRowStep) : fb.advance(pa, fb.mulConst(this.aRowStep.get(), rows)));
    return m.block(null, [
      pa.set(aChunk.get()),
      pc.set(fb.local('pcPanel').get()),
      fb.repeat(m.i32.div_u(chunk.get(), fb.i32(R)), [this.tile(R, vectors, lanes), skipRows(R), fb.advance(pc, fb.mulConst(this.rowBytes.get(), R))]),
      fb.repeat(m.i32.rem_u(chunk.get(), fb.i32(R)), [this.tile(1, vectors, lanes), skipRows(1), fb.advance(pc, this.rowBytes.get())]),
    ]);
  }

  /** C[pc: rows × vectors·width] = init + Σ_k A[pa rows, k] · B[k, pb columns]. */
  private tile(rows: number, vectors: number, lanes: Lanes): Expr {
    const { fb, m, math } = this;
    const acc = (r: number, v: number) => fb.scratch(`acc${r}_${v}`);
    const bVec = (v: number) => fb.scratch(`b${v}`);
    const broadcast = fb.scratch('aBroadcast');
    const pak = fb.scratch('pak', binaryen.i32);
    const pbk = fb.scratch('pbk', binaryen.i32);
    const pa = fb.local('pa');
    const pc = fb.local('pc');
    const cRow = (r: number) => (r === 0 ? pc.get() : fb.add(pc.get(), fb.mulConst(this.rowBytes.get(), r)));
    const offset = (v: number) => 16 * v;
    const body: Expr[] = [];
    for (let v = 0; v < vectors; v++) body.push(bVec(v).set(lanes.load(pbk.get(), offset(v))));
    for (let r = 0; r < rows; r++) {
      body.push(broadcast.set(this.loadA(pak, r)));
      for (let v = 0; v < vectors; v++) body.push(acc(r, v).set(math.madd(broadcast.get(), bVec(v).get(), acc(r, v).get())));
    }
    body.push(typeof this.aKStep === 'number' ? fb.advanceBy(pak, this.aKStep) : fb.advance(pak, this.aKStep.get()), fb.advance(pbk, this.rowBytes.get()));
    const init: Expr[] = [];
    const stores: Expr[] = [];
    for (let r = 0; r < rows; r++)
      for (let v = 0; v < vectors; v++) {
        init.push(acc(r, v).set(this.initialValue(lanes, cRow(r), offset(v))));
        stores.push(lanes.store(cRow(r), acc(r, v).get(), offset(v)));
      }
    return m.block(null, [...init, pak.set(pa.get()), pbk.set(fb.local('pb').get()), fb.repeat(fb.local('K').get(), body), ...stores]);
  }

  /** Broadcast of A(tile row r, k) with pak at A(tile row 0, k). */
  private loadA(pak: Local, r: number): Expr {
    if (typeof this.aRowStep === 'number') return this.math.loadSplat(pak.get(), r * this.aRowStep);
    return this.math.loadSplat(r === 0 ? pak.get() : this.fb.add(pak.get(), this.aRowOffsets[r - 1]!.get()));
  }

  private initialValue(lanes: Lanes, cRowPtr: Expr, offset: number): Expr {
    switch (this.variant.init) {
      case 'bias':
        return lanes.load(this.fb.local('pBias').get(), offset);
      case 'accumulate':
        return lanes.load(cRowPtr, offset);
      case 'zero':
        return this.math.splat(0);
    }
  }
}
