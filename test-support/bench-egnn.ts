/**
 * What the tfjs and WGSL benches time: one EGNN conditioner block, n = 13 particles in 3D, F = h = 64, in two
 * shapes, and the hand-written baseline layer of ../shared/bench/egnn-baseline timed in the same run.
 *
 * - `layer`: MLP [64] — the per-pair work of environment.md's table layer: the factored first layer, then one
 *   64×64 dense and 64→1 outputs per pair (there: the message's second layer and φ_x; here: φ_x's layer, the
 *   coordinate output and the gate). This is the layer the 5× and 2.1k figures of the issues refer to.
 * - `block`: MLP [64, 64] — E-ACF's block as the examples use it: per pair, three 64×64 dense layers (message,
 *   φ_x ×2) with two LayerNorms. Factoring removes the first layer only, so its gain over gathering is smaller.
 */
import { compile } from '../compiler/compile.js';
import { randomWeights, type Weights } from '../backends/init.js';
import type { IRModule, Op } from '../compiler/ir/ir.js';

type EgnnOp = Extract<Op, { kind: 'egnn' }>;

export interface EgnnShape {
  readonly name: 'layer' | 'block' | 'lj13';
  readonly label: string;
  /** The coupling `couple a | x …` of the one-block flow: projection and EGNN conditioner. */
  readonly coupling: string;
}

const vectorCoupling = (mlp: string) => `project vector(inner 1) condition egnn(layers 1, mlp ${mlp}, features 64, cross_multiplicity false)`;

export const EGNN_SHAPES: readonly EgnnShape[] = [
  { name: 'layer', label: 'EGNN layer n=13 h=64 (MLP [64]: environment.md\'s per-pair work)', coupling: vectorCoupling('[64]') },
  { name: 'block', label: 'E-ACF EGNN block n=13 h=64 (MLP [64, 64] + LayerNorm)', coupling: vectorCoupling('[64, 64]') },
];

/** examples/lj13.flow's conditioner block (F = 128, cross-multiplicity terms): WGSL only, where kernels outgrow the bake cap. */
export const LJ13_SHAPE: EgnnShape = {
  name: 'lj13',
  label: 'LJ13 example EGNN block n=13 F=128 (MLP [64, 64], cross-multiplicity)',
  // The example's projection (it sets the EGNN's vector channels) and defaults.
  coupling: 'project spherical transform spline(bins 8, radius_max 10) condition egnn(layers 1, mlp [64, 64], features 128)',
};

/** A one-block flow whose conditioner is the benchmarked EGNN; random weights, seed 1. */
export function egnnBenchFlow(shape: EgnnShape): { module: IRModule; op: EgnnOp; weights: Weights } {
  const source = `flow block {\n  system particles 13, dim 3\n  couple a | x ${shape.coupling}\n}`;
  const flow = compile(source, { noCheck: true });
  const op = flow.module.forward.ops.find((o): o is EgnnOp => o.kind === 'egnn');
  if (!op) throw new Error('flowc bench: the benchmark flow has no egnn op');
  return { module: flow.module, op, weights: randomWeights(flow.module, 1) };
}

export interface BaselineRow {
  readonly key: string;
  readonly sysPerS: number;
  readonly ok: boolean;
}

/**
 * Times the hand-written baseline layer's implementations `impls` ('tfjs', 'wgsl') at batch B; undefined when
 * ../shared is not next to the project (the bench still prints flowc's own figures).
 */
export async function measureBaseline(impls: readonly string[], B: number, reps: number): Promise<BaselineRow[] | undefined> {
  const url = new URL('../../../shared/bench/egnn-baseline/baseline.mjs', import.meta.url);
  let baseline: { measureBaselines(o: object): Promise<BaselineRow[]>; closeBaselines(): void };
  try {
    baseline = (await import(url.href)) as typeof baseline;
  } catch {
    console.log(`(hand-written baseline not found at ${url.pathname}: skipped)`);
    return undefined;
  }
  try {
    return await baseline.measureBaselines({ B: [B], reps, impls });
  } finally {
    baseline.closeBaselines();
  }
}

export const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
