/**
 * Adjoints of egnn-edges.ts's geometry (the batched form of egnn-adjoint.ts's loops, same formulas):
 * JavaScript over arena views; the feature rows' gathers and scatters run in wasm (egnn-layer.ts). Functions that write an adjoint "add" into it unless they say
 * "write", so the callers can sum several paths into one buffer.
 */
import { partner } from '../../reference/nets/egnn.js';
import type { Graph } from './egnn-edges.js';

/**
 * The cross shift ΔV_i^c += t_p·(V_i^c − V_i^c′)/(1 + κ_p)/(M − 1) backwards from ΔV̄ (= V̄ of the layer's
 * output): adds into V̄ and κ̄, writes t̄.
 */
export function crossShiftAdjoint(V: Float32Array, kappa: Float32Array, t: Float32Array, dVBar: Float32Array, nodes: number, M: number, d: number, out: { VBar: Float32Array; tBar: Float32Array; kappaBar: Float32Array }): void {
  const P = M * (M - 1);
  const { VBar, tBar, kappaBar } = out;
  for (let g = 0; g < nodes; g++)
    for (let c = 0; c < M; c++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(c, j, M);
        const p = g * P + c * (M - 1) + j;
        const scale = 1 / (1 + kappa[p]!) / (M - 1);
        let along = 0;
        for (let k = 0; k < d; k++) {
          const a = (g * M + c) * d + k;
          const b = (g * M + c2) * d + k;
          const bar = dVBar[a]!;
          along += bar * (V[a]! - V[b]!);
          const diffBar = t[p]! * scale * bar;
          VBar[a] = VBar[a]! + diffBar;
          VBar[b] = VBar[b]! - diffBar;
        }
        tBar[p] = scale * along;
        kappaBar[p] = kappaBar[p]! - (t[p]! * scale * along) / (1 + kappa[p]!);
      }
}

/** The gate's pre-activation adjoint from ⟨ā_i, m_e⟩ (dots): σ̄ = dots/√(n − 1), then σ' = σ(1 − σ). */
export function gateAdjoint(g: Graph, dots: Float32Array, gate: Float32Array, gatePreBar: Float32Array): void {
  const norm = 1 / Math.sqrt(g.n - 1);
  for (let e = 0; e < g.edges; e++) gatePreBar[e] = dots[e]! * norm * gate[e]! * (1 - gate[e]!);
}

/** What the edge shift's adjoint writes: s̄ [E, M], ℓ̄ [E, M] and Δ̄ [E, M, d] (through the product only). */
export interface EdgeShiftBars {
  readonly weightsBar: Float32Array;
  readonly lenBar: Float32Array;
  readonly deltaBar: Float32Array;
}

/** ΔV_i^c += s_e^c/(1 + ℓ_e^c)/(n − 1)·Δ_e^c backwards from ΔV̄: writes s̄, ℓ̄ and Δ̄. */
export function edgeShiftAdjoint(g: Graph, weights: Float32Array, len: Float32Array, delta: Float32Array, dVBar: Float32Array, M: number, d: number, out: EdgeShiftBars): void {
  const { weightsBar, lenBar, deltaBar } = out;
  const perPair = 1 / (g.n - 1);
  for (let e = 0; e < g.edges; e++) {
    const i = g.receiver[e]!;
    for (let c = 0; c < M; c++) {
      const q = e * M + c;
      const scale = (1 / (1 + len[q]!)) * perPair;
      let along = 0;
      for (let k = 0; k < d; k++) {
        const bar = dVBar[(i * M + c) * d + k]!;
        along += bar * delta[q * d + k]!;
        deltaBar[q * d + k] = weights[q]! * scale * bar;
      }
      weightsBar[q] = scale * along;
      lenBar[q] = (-weights[q]! * scale * along) / (1 + len[q]!);
    }
  }
}

/**
 * Δ = V_i − V_j, ℓ² = safe ‖Δ‖², ℓ = √ℓ² backwards: adds ±(Δ̄ + 2Δ·(ℓ̄² + ℓ̄/(2ℓ))) into V̄ of receiver and
 * sender. Where ‖Δ‖² = 0 the safe norm's derivative is 0, and so is the 2Δ factor: no branch needed.
 */
export function edgeGeometryAdjoint(g: Graph, delta: Float32Array, len: Float32Array, deltaBar: Float32Array, sqBar: Float32Array, lenBar: Float32Array, M: number, d: number, VBar: Float32Array): void {
  const stride = M * d;
  for (let e = 0; e < g.edges; e++) {
    const vi = g.receiver[e]! * stride;
    const vj = g.sender[e]! * stride;
    for (let c = 0; c < M; c++) {
      const q = e * M + c;
      const sqTotal = sqBar[q]! + lenBar[q]! / (2 * len[q]!);
      for (let k = 0; k < d; k++) {
        const bar = deltaBar[q * d + k]! + 2 * delta[q * d + k]! * sqTotal;
        VBar[vi + c * d + k] = VBar[vi + c * d + k]! + bar;
        VBar[vj + c * d + k] = VBar[vj + c * d + k]! - bar;
      }
    }
  }
}

/** κ = safe ‖V^c − V^c′‖² backwards: V̄^c ± 2(V^c − V^c′)·κ̄. */
export function crossFeaturesAdjoint(V: Float32Array, kappaBar: Float32Array, nodes: number, M: number, d: number, VBar: Float32Array): void {
  const P = M * (M - 1);
  for (let g = 0; g < nodes; g++)
    for (let c = 0; c < M; c++)
      for (let j = 0; j < M - 1; j++) {
        const c2 = partner(c, j, M);
        const bar = kappaBar[g * P + c * (M - 1) + j]!;
        for (let k = 0; k < d; k++) {
          const a = (g * M + c) * d + k;
          const b = (g * M + c2) * d + k;
          const v = 2 * (V[a]! - V[b]!) * bar;
          VBar[a] = VBar[a]! + v;
          VBar[b] = VBar[b]! - v;
        }
      }
}

/** x̄ [rows, a + b] = [x̄₁ | x̄₂] split: adds x̄₁ into first [rows, a] and x̄₂ into second [rows, b]. */
export function splitRowsAdd(xBar: Float32Array, a: number, b: number, rows: number, first: Float32Array, second: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < a; k++) first[r * a + k] = first[r * a + k]! + xBar[r * (a + b) + k]!;
    for (let k = 0; k < b; k++) second[r * b + k] = second[r * b + k]! + xBar[r * (a + b) + a + k]!;
  }
}
