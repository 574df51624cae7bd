/**
 * The EGNN's per-edge and per-node geometry over a batch (forward; adjoints in egnn-edges-adjoint.ts), as
 * JavaScript loops over arena views: O(M·d) work per edge or node. The O(width) gathers and scatters of
 * feature rows run in wasm instead (kernels.ts gatherRowsAxpy and co., on the index buffers of
 * `graphIndices`): as JS loops they took a third of the op's time on LJ13. Semantics are egnn.ts's, batched:
 * node g = b·n + i, edge
 * q = b·n(n−1) + i·(n−1) + j′ with receiver i and sender (i + 1 + j′) mod n (egnn.ts `sender`), channel
 * pairs in `partner` order. Arithmetic is float64 within a loop, stored as float32.
 */
import { partner, sender } from '../../reference/nets/egnn.js';
import type { DenseKernels, F32Buffer } from '../kernels.js';

/** The batch's ordered pairs: receiver and sender node of every edge. */
export interface Graph {
  /** n: particles per example. */
  readonly n: number;
  /** B·n and B·n(n − 1). */
  readonly nodes: number;
  readonly edges: number;
  readonly receiver: Int32Array;
  readonly sender: Int32Array;
}

const graphs = new Map<string, Graph>();

/** The graph of B examples of n particles (cached: a batch size recurs every step). */
export function graphOf(batch: number, n: number): Graph {
  const key = `${batch}×${n}`;
  let g = graphs.get(key);
  if (g) return g;
  const perExample = n * (n - 1);
  const receiver = new Int32Array(batch * perExample);
  const senders = new Int32Array(batch * perExample);
  for (let b = 0; b < batch; b++)
    for (let i = 0; i < n; i++)
      for (let jp = 0; jp < n - 1; jp++) {
        const q = b * perExample + i * (n - 1) + jp;
        receiver[q] = b * n + i;
        senders[q] = b * n + sender(i, jp, n);
      }
  if (graphs.size > 32) graphs.clear();
  g = { n, nodes: batch * n, edges: batch * perExample, receiver, sender: senders };
  graphs.set(key, g);
  return g;
}

/** The graph's sender and receiver row numbers as arena index buffers (for the row kernels). */
export function graphIndices(kernels: DenseKernels, g: Graph): { sender: F32Buffer; receiver: F32Buffer } {
  return { sender: kernels.uploadIndices(g.sender, g.nodes), receiver: kernels.uploadIndices(g.receiver, g.nodes) };
}

/** safe_norm² (egnn.ts safeNormSq): a zero squared length becomes 1. */
const safe = (s: number) => (s === 0 ? 1 : s);

/** Δ [E, M, d] = V_i − V_j, ℓ² [E, M] = safe ‖Δ‖², ℓ [E, M] = √ℓ². */
export function edgeGeometry(g: Graph, V: Float32Array, M: number, d: number, delta: Float32Array, sq: Float32Array, len: Float32Array): void {
  const stride = M * d;
  for (let e = 0; e < g.edges; e++) {
    const vi = g.receiver[e]! * stride;
    const vj = g.sender[e]! * stride;
    for (let c = 0; c < M; c++) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const v = V[vi + c * d + k]! - V[vj + c * d + k]!;
        delta[e * stride + c * d + k] = v;
        s += v * v;
      }
      sq[e * M + c] = safe(s);
      len[e * M + c] = Math.sqrt(safe(s));
    }
  }
}

/** κ [N, P]: safe ‖V^c − V^c′‖² per node and ordered channel pair (c, c′ = partner). */
export function crossFeatures(V: Float32Array, nodes: number, M: number, d: number, kappa: Float32Array): void {
  const P = M * (M - 1);
  for (let g = 0; g < nodes; g++)
    for (let c = 0; c < M; c++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(c, j, M);
        let s = 0;
        for (let k = 0; k < d; k++) s += (V[(g * M + c) * d + k]! - V[(g * M + c2) * d + k]!) ** 2;
        kappa[g * P + c * (M - 1) + j] = safe(s);
      }
}

/** out [rows, a + b] = [x | y] for x [rows, a], y [rows, b]. */
export function concatRows(x: Float32Array, a: number, y: Float32Array, b: number, rows: number, out: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    out.set(x.subarray(r * a, (r + 1) * a), r * (a + b));
    out.set(y.subarray(r * b, (r + 1) * b), r * (a + b) + a);
  }
}

/** ΔV_i^c += s_e^c/(1 + ℓ_e^c)/(n − 1)·Δ_e^c over the edges into receiver i (dV must start at zero). */
export function edgeShift(g: Graph, weights: Float32Array, len: Float32Array, delta: Float32Array, M: number, d: number, dV: Float32Array): void {
  const perPair = 1 / (g.n - 1);
  for (let e = 0; e < g.edges; e++) {
    const i = g.receiver[e]!;
    for (let c = 0; c < M; c++) {
      const w = (weights[e * M + c]! / (1 + len[e * M + c]!)) * perPair;
      for (let k = 0; k < d; k++) dV[(i * M + c) * d + k] = dV[(i * M + c) * d + k]! + w * delta[(e * M + c) * d + k]!;
    }
  }
}

/** ΔV_i^c += t_p/(1 + κ_p)/(M − 1)·(V_i^c − V_i^c′) per node and ordered channel pair p = (c, c′). */
export function crossShift(V: Float32Array, kappa: Float32Array, t: Float32Array, nodes: number, M: number, d: number, dV: Float32Array): void {
  const P = M * (M - 1);
  for (let g = 0; g < nodes; g++)
    for (let c = 0; c < M; c++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(c, j, M);
        const p = g * P + c * (M - 1) + j;
        const w = t[p]! / (1 + kappa[p]!) / (M - 1);
        for (let k = 0; k < d; k++) dV[(g * M + c) * d + k] = dV[(g * M + c) * d + k]! + w * (V[(g * M + c) * d + k]! - V[(g * M + c2) * d + k]!);
      }
}
