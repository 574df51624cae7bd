/**
 * The float64 reference's gradient: runs a gradient function (compiler/ir/gradient.ts) on one example —
 * the primal (inverse, barriers, log q, loss, mask), then, unless the example is masked, the adjoint
 * program — and returns the loss pieces and the weighted parameter gradients. The oracle the float32
 * trainers' gradients are compared against, and what `flowc verify` checks with finite differences.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { GradientFunction, PrimalOp } from '../../compiler/ir/gradient.js';
import { runOp, sizesOf, type Values } from './interpreter.js';
import type { GradStore } from './nets/mlp-adjoint.js';
import type { ParamStore } from './nets/params.js';
import { baseLogProb, meanBarrier } from './ops/loss.js';
import type { Sizes } from './ops/layers.js';
import { vjp, type Seed, type VjpContext } from './vjp.js';

export interface ExampleGradient {
  readonly loss: number;
  readonly logQ: number;
  readonly aux: number;
  /** The effective weight: the given one, or 0 when the example is masked. */
  readonly weight: number;
  /** weight·∂ℓ/∂θ by parameter name (absent: zero). */
  readonly grads: GradStore;
  readonly inputAdjoint: Float64Array | undefined;
}

const scalar = (values: Values, id: number) => values[id] as number;

/** One primal op of a gradient function on one example (the IR's ops through the interpreter). */
export function runPrimalOp(op: PrimalOp, values: Values, m: IRModule, sizes: Sizes, store: ParamStore, primal: readonly PrimalOp[]): void {
  switch (op.kind) {
    case 'barrier': {
      const inner = primal[op.inner];
      if (inner?.kind !== 'inner') throw new Error(`barrier reads op ${op.inner}, which is not an inner op`);
      values[op.result] = meanBarrier(inner, values[op.vectors] as Float64Array, sizes) * op.weight;
      return;
    }
    case 'log_q':
      values[op.result] = baseLogProb(values[op.z] as Float64Array, sizes, m.base) + scalar(values, op.logDet);
      return;
    case 'loss': {
      const aux = op.barriers.reduce((sum, b) => sum + scalar(values, b), 0);
      values[op.aux] = aux;
      values[op.result] = -scalar(values, op.logQ) + op.auxWeight * aux;
      return;
    }
    case 'mask': {
      const keep = Number.isFinite(scalar(values, op.loss)) && scalar(values, op.logQ) >= op.floor;
      values[op.result] = keep ? scalar(values, op.weight) : 0;
      return;
    }
    default:
      runOp(op, values, m, sizes, store);
  }
}

function add(a: Seed, b: Seed): Seed {
  if (typeof a === 'number' || typeof b === 'number') return (typeof a === 'number' ? a : 0) + (typeof b === 'number' ? b : 0);
  if (!a || !b) return a ?? b;
  const sum = new Float64Array(a.length);
  for (let i = 0; i < sum.length; i++) sum[i] = a[i]! + b[i]!;
  return sum;
}

/**
 * One example z [n·C·d] (centred, as the inverse receives it) with loss weight `weight`. `adjointOf` is the
 * vjp dispatch; tests pass a mutant one to show that the gradient checks can fail.
 */
export function runGradient(g: GradientFunction, m: IRModule, store: ParamStore, z: Float64Array, weight: number, adjointOf: typeof vjp = vjp): ExampleGradient {
  const values: Values = new Array(g.values.length);
  values[g.input] = z;
  values[g.weight] = weight;
  const sizes = sizesOf(m);
  for (const op of g.primal) runPrimalOp(op, values, m, sizes, store, g.primal);
  const out = { loss: scalar(values, g.outputs.loss), logQ: scalar(values, g.outputs.logQ), aux: scalar(values, g.outputs.aux), weight: scalar(values, g.outputs.weight) };
  const grads: GradStore = new Map();
  if (out.weight === 0) return { ...out, grads, inputAdjoint: g.outputs.inputAdjoint === undefined ? undefined : new Float64Array(z.length) };
  const context: VjpContext = { m, sizes, store, grads, values, primal: g.primal };
  const adjoints: Seed[] = new Array(g.values.length);
  adjoints[g.outputs.weight] = out.weight;
  for (const op of g.adjoint) {
    if (op.kind === 'accumulate') {
      adjoints[op.result] = add(adjoints[op.a], adjoints[op.b]);
      continue;
    }
    const primalOp = g.primal[op.op]!;
    const bars = adjointOf(primalOp, op.seeds.map((id) => (id === undefined ? undefined : adjoints[id])), context);
    op.results.forEach((id, k) => {
      if (id !== undefined) adjoints[id] = bars[k];
    });
  }
  const inputAdjoint = g.outputs.inputAdjoint === undefined ? undefined : (adjoints[g.outputs.inputAdjoint] as Float64Array);
  return { ...out, grads, inputAdjoint };
}
