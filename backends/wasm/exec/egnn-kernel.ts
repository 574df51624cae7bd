/**
 * The batched OpKernel of the IR's `egnn` op (method §4.3; float64 semantics: egnn.ts, egnn-adjoint.ts): all
 * B examples at once on the wasm dense kernels, so a dense layer reads each weight once per call over B·n(n−1)
 * edge rows or B·n node rows. The forward saves, per layer, its input h and V, and the layer's edge tape while
 * the batch's budget allows (wasm-runtime.ts setSavedEdgeBudget); a layer without one recomputes its
 * edges in the backward (compiled-training.md §2). Parameter adjoints are summed in float32 arena buffers over
 * the batch and added into ctx.grads once per backward.
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import { sizesOf } from '../../reference/interpreter.js';
import type { F32Buffer } from '../kernels.js';
import { bufferOf, linearBackward } from '../stable-mlp.js';
import type { Batch, ExecContext, Forward, OpKernel } from './op-kernel.js';
import { flushAdjoints, paramNames, wasmBatch, zeroAdjointsFor } from './wasm-runtime.js';
import { graphIndices, graphOf } from './egnn-edges.js';
import { derivedNames, foldFirstLayerAdjoints } from './egnn-first-layer.js';
import { egclBackward, egclForward, type LayerContext, type LayerTape } from './egnn-layer.js';
import { embeddingAdjoint, embeddingRows, embeddingWidth, initialVectors, initialVectorsAdjoint, softmaxAdjoint, softmaxRows, type VectorSizes } from './egnn-nodes.js';

type EgnnOp = Extract<PrimalOp, { kind: 'egnn' }>;

/** One layer's saved input, and its edge tape when the budget kept it. */
interface SavedLayer {
  readonly h: F32Buffer;
  readonly V: F32Buffer;
  readonly tape: LayerTape | undefined;
}

/** What the backward reads (arena buffers, alive until the batch is released). */
interface EgnnSaved {
  /** The embedding rows e [B·n, width] (h0's input) and softmax(h^L) (h_out's input). */
  readonly e: F32Buffer;
  readonly soft: F32Buffer;
  readonly layers: readonly SavedLayer[];
}

/**
 * Everything a call needs: the batch, the op's shapes, and the arena mark the call releases to (taken before
 * the graph's index buffers are uploaded, which are the call's own).
 */
function setup(op: EgnnOp, ctx: ExecContext) {
  const batch = wasmBatch(ctx);
  const mark = batch.kernels.arena.mark();
  const { n, s: m, d } = sizesOf(ctx.m);
  const graph = graphOf(ctx.batch, n);
  const lc: LayerContext = { kernels: batch.kernels, weights: batch.weights, graph, indices: graphIndices(batch.kernels, graph), c: op.config, d };
  const arena = batch.kernels.arena;
  // N nodes in the batch; a vector value [N, M, d] has vectorSize floats.
  const N = graph.nodes;
  const shared = { k: batch.kernels, W: batch.weights, arena, f: (buffer: F32Buffer) => arena.floats(buffer), c: op.config, N, vectorSize: N * op.config.vectors * d };
  return { batch, lc, vs: { batch: ctx.batch, n, m, d, M: op.config.vectors } as VectorSizes, mark, ...shared };
}

const block = (op: EgnnOp, l: number) => `${op.params}.block${l}`;

function forward(op: EgnnOp, inputs: readonly Batch[], ctx: ExecContext, save: boolean): Forward {
  const { batch, lc, vs, mark, k, W, arena, f, c, N, vectorSize } = setup(op, ctx);
  const e = arena.alloc(N * embeddingWidth(c));
  embeddingRows(f(bufferOf(W, `${op.params}.embed`)), ctx.m.system.typeIds, vs.n, vs.batch, c, f(e));
  let h = k.linear(e, N, bufferOf(W, `${op.params}.h0.w`), bufferOf(W, `${op.params}.h0.b`));
  let V = arena.alloc(vectorSize);
  initialVectors(inputs[0]!, vs, f(V));
  const vSum = arena.zeros(vectorSize);
  const layers: SavedLayer[] = [];
  for (let l = 0; l < c.blocks; l++) {
    const next = { hNext: arena.alloc(N * c.features), VNext: arena.alloc(vectorSize), vSum };
    const layerMark = arena.mark();
    const tape = egclForward(lc, block(op, l), h, V, next);
    // A layer's tape (its edges: most of the memory) is kept while the batch's budget allows, else freed and
    // recomputed by the backward.
    const keep = save && batch.reserve(arena.mark() - layerMark);
    if (!keep) arena.release(layerMark);
    layers.push({ h, V, tape: keep ? tape : undefined });
    ({ hNext: h, VNext: V } = next);
  }
  const soft = arena.alloc(N * c.features);
  softmaxRows(f(h), N, c.features, f(soft));
  const features = f(k.linear(soft, N, bufferOf(W, `${op.params}.h_out.w`), bufferOf(W, `${op.params}.h_out.b`))).slice();
  const vectors = f(vSum).slice();
  if (!save) {
    arena.release(mark);
    return { outputs: [features, vectors] };
  }
  const saved: EgnnSaved = { e, soft, layers };
  return { outputs: [features, vectors], saved };
}

function backward(op: EgnnOp, saved: EgnnSaved, seeds: readonly (Batch | undefined)[], needed: readonly boolean[], ctx: ExecContext): (Batch | undefined)[] {
  const { batch, lc, vs, mark, k, W, arena, f, c, N, vectorSize } = setup(op, ctx);
  const adjoints = zeroAdjointsFor(batch, [...paramNames(ctx.m, op.params), ...derivedNames(op.params, c)]);
  const [hSeed, vSeed] = seeds;
  let hBar = arena.zeros(N * c.features);
  if (hSeed) {
    const softBar = linearBackward(k, N, saved.soft, `${op.params}.h_out`, k.upload(hSeed), W, adjoints);
    softmaxAdjoint(f(saved.soft), f(softBar), N, c.features, f(hBar));
  }
  // v = V^L − V⁰ puts v̄ on every layer's V̄; it is kept out of the carried adjoint U = V̄ − v̄ (which ends as
  // V⁰'s adjoint) so that U, often much smaller than v̄, is not the difference of two large numbers.
  const vBar = vSeed ? k.upload(vSeed) : arena.zeros(vectorSize);
  let carry = arena.zeros(vectorSize);
  for (let l = c.blocks - 1; l >= 0; l--) {
    const layer = saved.layers[l]!;
    const [hBarIn, carryIn] = [arena.alloc(N * c.features), arena.alloc(vectorSize)];
    const layerMark = arena.mark();
    const VNextBar = k.add(carry, vBar);
    const tape = layer.tape ?? egclForward(lc, block(op, l), layer.h, layer.V, { hNext: arena.alloc(N * c.features), VNext: arena.alloc(vectorSize) });
    egclBackward(lc, block(op, l), layer.V, tape, hBar, VNextBar, carry, adjoints, hBarIn, carryIn);
    arena.release(layerMark);
    hBar = hBarIn;
    carry = carryIn;
  }
  const eBar = linearBackward(k, N, saved.e, `${op.params}.h0`, hBar, W, adjoints);
  embeddingAdjoint(f(eBar), ctx.m.system.typeIds, vs.n, vs.batch, c, f(bufferOf(adjoints, `${op.params}.embed`)));
  const PBar = initialVectorsAdjoint(f(carry), vs);
  foldFirstLayerAdjoints(k, adjoints, op.params, c);
  flushAdjoints(batch, adjoints, ctx.grads);
  arena.release(mark);
  return [needed[0] ? PBar : undefined];
}

export const egnnKernel: OpKernel<EgnnOp> = {
  forward,
  backward: (op, _inputs, saved, seeds, needed, ctx) => backward(op, saved as EgnnSaved, seeds, needed, ctx),
};
