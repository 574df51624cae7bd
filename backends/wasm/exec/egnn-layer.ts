/**
 * One EGCL layer (egnn.ts egclLayer, method §4.3) over a whole batch on the wasm kernels, forward with a tape
 * and backward from it (egnn-adjoint.ts egclLayerVjp): dense layers on B·n(n−1) edge rows or B·n node rows
 * in wasm (stable-mlp.ts), and so are the feature rows' gathers and scatters between nodes and edges
 * (kernels.ts gatherRowsAxpy, scatterRowsAxpy, gatheredRowDots); the O(M·d) geometry in egnn-edges.ts.
 * φ_e's first layer is factorised (egnn-first-layer.ts): two node products broadcast to the edges.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';
import type { DenseKernels, F32Buffer } from '../kernels.js';
import { bufferOf, linearBackward, stableMlpBackward, stableMlpBackwardToFirst, stableMlpForward, stableMlpFromFirst, type MlpTape, type WasmParams } from '../stable-mlp.js';
import { concatRows, crossFeatures, crossShift, edgeGeometry, edgeShift, type Graph } from './egnn-edges.js';
import { crossFeaturesAdjoint, crossShiftAdjoint, edgeGeometryAdjoint, edgeShiftAdjoint, gateAdjoint, splitRowsAdd } from './egnn-edges-adjoint.js';
import { crossPairs, firstLayerNames } from './egnn-first-layer.js';

/** What every layer of one EGNN op reads. */
export interface LayerContext {
  readonly kernels: DenseKernels;
  readonly weights: WasmParams;
  readonly graph: Graph;
  /** The graph's sender and receiver row numbers in the arena (egnn-edges.ts graphIndices). */
  readonly indices: { readonly sender: F32Buffer; readonly receiver: F32Buffer };
  readonly c: EgnnConfig;
  readonly d: number;
}

/** Cross-multiplicity values (present only when the layer has them). */
interface CrossTape {
  readonly kappa: F32Buffer;
  readonly senderSums: F32Buffer;
  readonly phiXc: MlpTape;
  readonly xcFeatures: F32Buffer;
  readonly t: F32Buffer;
}

/** What the layer's backward reads: its intermediates, in forward order. */
export interface LayerTape {
  /** The first layer's node input [N, F + P]: [h | κ] (h itself without cross terms). */
  readonly X: F32Buffer;
  readonly delta: F32Buffer;
  readonly sq: F32Buffer;
  readonly len: F32Buffer;
  readonly phiE: MlpTape;
  readonly message: F32Buffer;
  readonly phiX: MlpTape;
  readonly xFeatures: F32Buffer;
  readonly weights: F32Buffer;
  readonly gate: F32Buffer;
  readonly cross: CrossTape | undefined;
  readonly phiH: MlpTape;
}

/** The message width: the MLPs' last hidden width. */
const last = (c: EgnnConfig) => c.mlp[c.mlp.length - 1]!;

/**
 * Writes h + φ_h(…) into hNext and V + ΔV into VNext, adds ΔV into vSum (when given: the op's output
 * v = Σ ΔV, summed so rather than as V^L − V⁰, which would cancel when ΔV ≪ V); returns the tape.
 */
export function egclForward(lc: LayerContext, b: string, h: F32Buffer, V: F32Buffer, next: { hNext: F32Buffer; VNext: F32Buffer; vSum?: F32Buffer }): LayerTape {
  const { kernels: k, weights: W, graph: g, c, d } = lc;
  const arena = k.arena;
  const f = (buffer: F32Buffer) => arena.floats(buffer);
  const { features: F, vectors: M, mlp } = c;
  const P = crossPairs(c);
  const { nodes: N, edges: E } = g;
  const u0 = mlp[0]!;
  const [delta, sq, len] = [arena.alloc(E * M * d), arena.alloc(E * M), arena.alloc(E * M)];
  edgeGeometry(g, f(V), M, d, f(delta), f(sq), f(len));
  const kappa = P > 0 ? arena.alloc(N * P) : undefined;
  let X = h;
  if (kappa) {
    crossFeatures(f(V), N, M, d, f(kappa));
    X = arena.alloc(N * (F + P));
    concatRows(f(h), F, f(kappa), P, N, f(X));
  }
  // pre0 = ℓ²·W_d + b per edge, plus [h, κ]·W_send of its sender and ·W_recv of its receiver.
  const names = firstLayerNames(b);
  const pre0 = k.linear(sq, E, bufferOf(W, names.lengths), bufferOf(W, `${b}.phi_e.lin0.b`));
  k.gatherRowsAxpy(k.matmul(X, N, bufferOf(W, names.send), u0), lc.indices.sender, pre0, u0);
  k.gatherRowsAxpy(k.matmul(X, N, bufferOf(W, names.recv), u0), lc.indices.receiver, pre0, u0);
  const { y: message, tape: phiE } = stableMlpFromFirst(k, pre0, undefined, E, W, `${b}.phi_e`, mlp, true);
  const { y: xFeatures, tape: phiX } = stableMlpForward(k, message, E, W, `${b}.phi_x`, mlp, true);
  const weights = k.linear(xFeatures, E, bufferOf(W, `${b}.x_out.w`), bufferOf(W, `${b}.x_out.b`));
  const gatePre = k.linear(message, E, bufferOf(W, `${b}.gate.w`), bufferOf(W, `${b}.gate.b`));
  const gate = k.sigmoid(gatePre, gatePre);
  // a_i = Σ σ_e·m_e/√(n − 1) over the edges into i; g_j = Σ m_e over the edges j sends (cross terms only).
  const aggregated = k.scatterRowsAxpy(message, lc.indices.receiver, arena.zeros(N * last(c)), last(c), 1 / Math.sqrt(g.n - 1), gate);
  const senderSums = kappa ? k.scatterRowsAxpy(message, lc.indices.sender, arena.zeros(N * last(c)), last(c)) : undefined;
  const dV = arena.zeros(N * M * d);
  edgeShift(g, f(weights), f(len), f(delta), M, d, f(dV));
  const cross = kappa && senderSums ? crossForward(lc, b, V, kappa, senderSums, dV) : undefined;
  const hIn = arena.alloc(N * (last(c) + F));
  concatRows(f(aggregated), last(c), f(h), F, N, f(hIn));
  const { y: update, tape: phiH } = stableMlpForward(k, hIn, N, W, `${b}.phi_h`, [...mlp, F], false);
  k.add(h, update, next.hNext);
  k.add(V, dV, next.VNext);
  if (next.vSum) k.add(next.vSum, dV, next.vSum);
  return { X, delta, sq, len, phiE, message, phiX, xFeatures, weights, gate, cross, phiH };
}

/** t = xc_out(φ_xc(g)) from the sender sums g, and the cross shift added into dV. */
function crossForward(lc: LayerContext, b: string, V: F32Buffer, kappa: F32Buffer, senderSums: F32Buffer, dV: F32Buffer): CrossTape {
  const { kernels: k, weights: W, graph: g, c, d } = lc;
  const { y: xcFeatures, tape: phiXc } = stableMlpForward(k, senderSums, g.nodes, W, `${b}.phi_xc`, c.mlp, true);
  const t = k.linear(xcFeatures, g.nodes, bufferOf(W, `${b}.xc_out.w`), bufferOf(W, `${b}.xc_out.b`));
  const f = (buffer: F32Buffer) => k.arena.floats(buffer);
  crossShift(f(V), f(kappa), f(t), g.nodes, c.vectors, d, f(dV));
  return { kappa, senderSums, phiXc, xcFeatures, t };
}

/**
 * The layer backwards: from the adjoints of its outputs writes those of its inputs into hBar and VBar and
 * adds every parameter's adjoint into `adjoints` (including the first layer's stacked layouts, folded into W
 * later: egnn-first-layer.ts). V's adjoint comes in two parts so that the caller can keep out a term common to
 * all layers (egnn-kernel.ts): ΔV's paths read VNextBar, and V's identity path carries VCarry into VBar
 * (V̄ = VCarry + the ΔV paths' share; VCarry = VNextBar gives the plain adjoint).
 */
export function egclBackward(lc: LayerContext, b: string, V: F32Buffer, tape: LayerTape, hNextBar: F32Buffer, VNextBar: F32Buffer, VCarry: F32Buffer, adjoints: WasmParams, hBar: F32Buffer, VBar: F32Buffer): void {
  const { kernels: k, weights: W, graph: g, c, d } = lc;
  const arena = k.arena;
  const f = (buffer: F32Buffer) => arena.floats(buffer);
  const { features: F, vectors: M } = c;
  const { nodes: N, edges: E } = g;
  // The residual paths: h̄ = h̄Next + (φ_h's h part), V̄ = VCarry + (the ΔV paths).
  f(hBar).set(f(hNextBar));
  f(VBar).set(f(VCarry));
  const hInBar = stableMlpBackward(k, tape.phiH, hNextBar, W, adjoints);
  const aggregatedBar = arena.zeros(N * last(c));
  splitRowsAdd(f(hInBar), last(c), F, N, f(aggregatedBar), f(hBar));
  const kappaBar = tape.cross ? arena.zeros(N * crossPairs(c)) : undefined;
  const senderSumsBar = tape.cross && kappaBar ? crossBackward(lc, b, V, tape.cross, VNextBar, adjoints, VBar, kappaBar) : undefined;
  // m̄_e = σ_e·ā_i/√(n − 1) + ḡ_j; σ̄_e = ⟨ā_i, m_e⟩/√(n − 1).
  const messageBar = k.gatherRowsAxpy(aggregatedBar, lc.indices.receiver, arena.zeros(E * last(c)), last(c), 1 / Math.sqrt(g.n - 1), tape.gate);
  if (senderSumsBar) k.gatherRowsAxpy(senderSumsBar, lc.indices.sender, messageBar, last(c));
  const gatePreBar = k.gatheredRowDots(aggregatedBar, lc.indices.receiver, tape.message, last(c));
  gateAdjoint(g, f(gatePreBar), f(tape.gate), f(gatePreBar));
  const bars = { weightsBar: arena.alloc(E * M), lenBar: arena.alloc(E * M), deltaBar: arena.alloc(E * M * d) };
  edgeShiftAdjoint(g, f(tape.weights), f(tape.len), f(tape.delta), f(VNextBar), M, d, { weightsBar: f(bars.weightsBar), lenBar: f(bars.lenBar), deltaBar: f(bars.deltaBar) });
  k.add(messageBar, linearBackward(k, E, tape.message, `${b}.gate`, gatePreBar, W, adjoints), messageBar);
  const xFeaturesBar = linearBackward(k, E, tape.xFeatures, `${b}.x_out`, bars.weightsBar, W, adjoints);
  k.add(messageBar, stableMlpBackward(k, tape.phiX, xFeaturesBar, W, adjoints), messageBar);
  const pre0Bar = stableMlpBackwardToFirst(k, tape.phiE, messageBar, W, adjoints);
  const sqBar = firstLayerBackward(lc, b, tape, pre0Bar, adjoints, hBar, kappaBar);
  edgeGeometryAdjoint(g, f(tape.delta), f(tape.len), f(bars.deltaBar), f(sqBar), f(bars.lenBar), M, d, f(VBar));
  if (tape.cross && kappaBar) crossFeaturesAdjoint(f(V), f(kappaBar), N, M, d, f(VBar));
}

/** The cross shift backwards: adds into V̄ and κ̄, accumulates xc_out's and φ_xc's adjoints, returns ḡ. */
function crossBackward(lc: LayerContext, b: string, V: F32Buffer, cross: CrossTape, VNextBar: F32Buffer, adjoints: WasmParams, VBar: F32Buffer, kappaBar: F32Buffer): F32Buffer {
  const { kernels: k, weights: W, graph: g, c, d } = lc;
  const f = (buffer: F32Buffer) => k.arena.floats(buffer);
  const tBar = k.arena.alloc(cross.t.length);
  crossShiftAdjoint(f(V), f(cross.kappa), f(cross.t), f(VNextBar), g.nodes, c.vectors, d, { VBar: f(VBar), tBar: f(tBar), kappaBar: f(kappaBar) });
  const xcFeaturesBar = linearBackward(k, g.nodes, cross.xcFeatures, `${b}.xc_out`, tBar, W, adjoints);
  return stableMlpBackward(k, cross.phiXc, xcFeaturesBar, W, adjoints);
}

/**
 * The factorised first layer backwards from pre0̄: the ℓ² rows' and the bias's adjoints, S̄ and R̄ summed per
 * node, the stacked layouts' adjoints, X̄ = S̄·W_sendᵀ + R̄·W_recvᵀ split into h̄ (added) and κ̄ (added);
 * returns ℓ̄² [E, M].
 */
function firstLayerBackward(lc: LayerContext, b: string, tape: LayerTape, pre0Bar: F32Buffer, adjoints: WasmParams, hBar: F32Buffer, kappaBar: F32Buffer | undefined): F32Buffer {
  const { kernels: k, weights: W, graph: g, c } = lc;
  const arena = k.arena;
  const f = (buffer: F32Buffer) => arena.floats(buffer);
  const u0 = c.mlp[0]!;
  const N = g.nodes;
  const names = firstLayerNames(b);
  const sqBar = linearBackward(k, g.edges, tape.sq, `${b}.phi_e.lin0`, pre0Bar, W, adjoints, names.lengths);
  const SBar = k.scatterRowsAxpy(pre0Bar, lc.indices.sender, arena.zeros(N * u0), u0);
  const RBar = k.scatterRowsAxpy(pre0Bar, lc.indices.receiver, arena.zeros(N * u0), u0);
  // The node products have no bias of their own (b went with the ℓ² rows): their column sums go to scratch.
  k.linearWeightAdjoint(tape.X, N, SBar, bufferOf(adjoints, names.send), arena.zeros(u0));
  k.linearWeightAdjoint(tape.X, N, RBar, bufferOf(adjoints, names.recv), arena.zeros(u0));
  const XBar = k.linearInputAdjoint(SBar, N, bufferOf(W, names.send));
  k.add(XBar, k.linearInputAdjoint(RBar, N, bufferOf(W, names.recv)), XBar);
  if (kappaBar) splitRowsAdd(f(XBar), c.features, crossPairs(c), N, f(hBar), f(kappaBar));
  else k.add(hBar, XBar, hBar);
  return sqBar;
}
