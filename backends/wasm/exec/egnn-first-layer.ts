/**
 * The EGNN message MLP's first layer, factorised (environment.md): φ_e's input per edge is
 * [h_j, h_i, ℓ²_1…M, κ_j, κ_i] (sender j, receiver i; egnn.ts edgeInputs), so
 *
 *   W·input + b = [h_j, κ_j]·W_send + [h_i, κ_i]·W_recv + (ℓ²·W_d + b)
 *
 * where W_send and W_recv stack the rows of W that read a node's features, and W_d the M rows that read the
 * squared lengths. The two node products run on B·n rows instead of B·n(n−1) edges (2.3× fewer FLOPs on
 * LJ13) and are gathered onto the edges' ℓ²·W_d + b (egnn-layer.ts). This file holds the stacked layouts:
 * made from W when weights are uploaded (wasm-runtime.ts), and their adjoints folded back into W's rows
 * before parameter adjoints leave the arena.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import type { ExecContext } from './op-kernel.js';
import type { DenseKernels } from '../kernels.js';
import type { WasmParams } from '../stable-mlp.js';

type EgnnOp = Extract<PrimalOp, { kind: 'egnn' }>;

/** Names of block `b`'s derived layouts: [F + P, u0], [F + P, u0] and [M, u0]. */
export const firstLayerNames = (b: string) => ({ send: `${b}.phi_e.lin0.w/send`, recv: `${b}.phi_e.lin0.w/recv`, lengths: `${b}.phi_e.lin0.w/lengths` });

/** P: ordered channel pairs, the κ features per node (0 without cross-multiplicity). */
export const crossPairs = (c: EgnnConfig) => (c.crossMultiplicity && c.vectors > 1 ? c.vectors * (c.vectors - 1) : 0);

/** Where each stacked row comes from in W [2F + M + 2P, u0]: row r of the stack is W's row rows[r]. */
function rowMaps(c: EgnnConfig) {
  const { features: F, vectors: M } = c;
  const P = crossPairs(c);
  const range = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k);
  return {
    send: [...range(0, F), ...range(2 * F + M, P)],
    recv: [...range(F, F), ...range(2 * F + M + P, P)],
    lengths: range(2 * F, M),
  };
}

function gatherRows(w: Float32Array, rows: readonly number[], width: number): Float32Array {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, r) => out.set(w.subarray(row * width, (row + 1) * width), r * width));
  return out;
}

function egnnOps(ctx: ExecContext): EgnnOp[] {
  const ops = [...ctx.m.forward.ops, ...ctx.m.inverse.ops, ...ctx.primal];
  return ops.filter((op): op is EgnnOp => op.kind === 'egnn');
}

/** The stacked layouts of every EGNN block of ctx's module, by name (float32, from ctx.params). */
export function egnnDerivedWeights(ctx: ExecContext): Map<string, Float32Array> {
  const derived = new Map<string, Float32Array>();
  for (const op of egnnOps(ctx))
    for (let l = 0; l < op.config.blocks; l++) {
      const b = `${op.params}.block${l}`;
      const names = firstLayerNames(b);
      if (derived.has(names.send)) continue;
      const w = ctx.params.get(`${b}.phi_e.lin0.w`);
      if (!w) throw new Error(`flowc internal error: parameter '${b}.phi_e.lin0.w' is missing`);
      const width = op.config.mlp[0]!;
      const maps = rowMaps(op.config);
      derived.set(names.send, gatherRows(w, maps.send, width));
      derived.set(names.recv, gatherRows(w, maps.recv, width));
      derived.set(names.lengths, gatherRows(w, maps.lengths, width));
    }
  return derived;
}

/**
 * Adds the stacked layouts' adjoints into the adjoint of W (`${b}.phi_e.lin0.w`, row by row) and removes them
 * from `adjoints`, so that only the IR's parameter names remain.
 */
export function foldFirstLayerAdjoints(kernels: DenseKernels, adjoints: WasmParams, name: string, c: EgnnConfig): void {
  const width = c.mlp[0]!;
  const maps = rowMaps(c);
  for (let l = 0; l < c.blocks; l++) {
    const b = `${name}.block${l}`;
    const target = adjoints.get(`${b}.phi_e.lin0.w`);
    if (!target) throw new Error(`flowc internal error: no adjoint buffer for '${b}.phi_e.lin0.w'`);
    const names = firstLayerNames(b);
    for (const part of ['send', 'recv', 'lengths'] as const) {
      const stacked = adjoints.get(names[part])!;
      const w = kernels.arena.floats(target);
      const s = kernels.arena.floats(stacked);
      maps[part].forEach((row, r) => {
        for (let o = 0; o < width; o++) w[row * width + o] = w[row * width + o]! + s[r * width + o]!;
      });
      adjoints.delete(names[part]);
    }
  }
}

/** The derived names of op `name`'s blocks (for zeroAdjointsFor). */
export function derivedNames(name: string, c: EgnnConfig): string[] {
  return Array.from({ length: c.blocks }, (_, l) => Object.values(firstLayerNames(`${name}.block${l}`))).flat();
}
