/**
 * The reference's `vjp` op (compiler/ir/gradient.ts): the adjoints of one primal op's operands from those of
 * its results, float64, by dispatching on the op's kind to the adjoint written next to its forward
 * (nets/*-adjoint.ts, ops/*-adjoint.ts, ops/loss.ts). Parameter adjoints go into `grads` by name.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { PrimalOp } from '../../compiler/ir/gradient.js';
import { assertUnreachable } from '../../compiler/diagnostics/invariant.js';
import type { Values } from './interpreter.js';
import type { GradStore } from './nets/mlp-adjoint.js';
import { stableMlpVjp } from './nets/mlp-adjoint.js';
import { egnnVjp } from './nets/egnn-adjoint.js';
import { transformerVjp } from './nets/transformer-adjoint.js';
import type { ParamStore } from './nets/params.js';
import { centerVjp, mergeVjp, scalingVjp, shiftVjp, splitVjp } from './ops/layers-adjoint.js';
import { innerVjp } from './ops/inner-adjoint.js';
import { baseLogProbGrad, meanBarrierVjp } from './ops/loss.js';
import type { Sizes } from './ops/layers.js';

/** An adjoint seed: a tensor, a scalar, or undefined (zero). */
export type Seed = Float64Array | number | undefined;

export interface VjpContext {
  readonly m: IRModule;
  readonly sizes: Sizes;
  readonly store: ParamStore;
  readonly grads: GradStore;
  /** The primal values, by id. */
  readonly values: Values;
  readonly primal: readonly PrimalOp[];
}

const tensor = (c: VjpContext, id: number) => c.values[id] as Float64Array;
/** A tensor seed, zeros of the value's length when absent. */
const seedTensor = (c: VjpContext, seed: Seed, like: number): Float64Array => (seed instanceof Float64Array ? seed : new Float64Array(tensor(c, like).length));
const seedScalar = (seed: Seed): number => (typeof seed === 'number' ? seed : 0);

/** Operand adjoints in primalOperands order (undefined where the op gives none). */
export function vjp(op: PrimalOp, seeds: readonly Seed[], c: VjpContext): Seed[] {
  const { sizes, store, grads, m } = c;
  const { n, s, d } = sizes;
  switch (op.kind) {
    case 'center':
      return [centerVjp(seedTensor(c, seeds[0], op.result), sizes, op.channel)];
    case 'split':
      return [splitVjp(seedTensor(c, seeds[0], op.cond), seedTensor(c, seeds[1], op.trans), sizes, op.swap)];
    case 'merge': {
      const halves = mergeVjp(seedTensor(c, seeds[0], op.result), sizes, op.swap);
      return [halves.cond, halves.trans];
    }
    case 'egnn': {
      const [hBar, vBar] = seeds.map((x) => (x instanceof Float64Array ? x : undefined));
      return [egnnVjp(tensor(c, op.src), n, s, d, m.system.typeIds, store, op.params, op.config, hBar, vBar, grads)];
    }
    case 'transformer':
      return [transformerVjp(tensor(c, op.src), n, s, d, m.system.typeIds, store, op.params, op.config, seedTensor(c, seeds[0], op.features), grads)];
    case 'head':
      return [stableMlpVjp(tensor(c, op.src), n, store, op.params, [...op.units, op.outputs], false, seedTensor(c, seeds[0], op.result), grads)];
    case 'inner': {
      const vectors = op.vectors === undefined ? undefined : tensor(c, op.vectors);
      const x = { trans: tensor(c, op.trans), cond: tensor(c, op.cond), vectors, coefficients: tensor(c, op.coefficients), n, s, d };
      const bars = innerVjp(op, x, seedTensor(c, seeds[0], op.result), seedScalar(seeds[1]));
      return op.vectors === undefined ? [bars.trans, bars.cond, bars.coefficients] : [bars.trans, bars.cond, bars.vectors, bars.coefficients];
    }
    case 'scaling':
      return [scalingVjp(op, tensor(c, op.src), sizes, store, seedTensor(c, seeds[0], op.result), seedScalar(seeds[1]), grads)];
    case 'shift': {
      const bars = shiftVjp(op, tensor(c, op.trans), tensor(c, op.vectors), sizes, store, seedTensor(c, seeds[0], op.result), grads);
      return [bars.trans, bars.vectors];
    }
    case 'zero':
      return [];
    case 'add':
      return [seeds[0], seeds[0]];
    case 'barrier': {
      const inner = c.primal[op.inner];
      if (inner?.kind !== 'inner') throw new Error(`barrier reads op ${op.inner}, which is not an inner op`);
      const vectorsBar = new Float64Array(tensor(c, op.vectors).length);
      meanBarrierVjp(inner, tensor(c, op.vectors), sizes, seedScalar(seeds[0]) * op.weight, vectorsBar);
      return [vectorsBar];
    }
    case 'log_q': {
      const g = seedScalar(seeds[0]);
      const zBar = baseLogProbGrad(tensor(c, op.z), sizes, m.base);
      for (let i = 0; i < zBar.length; i++) zBar[i] = zBar[i]! * g;
      return [zBar, g];
    }
    case 'loss': {
      // ℓ = −log q + w_aux·aux with aux = Σ barriers: the second result (aux) is an output, never read again.
      const g = seedScalar(seeds[0]);
      const auxBar = op.auxWeight * g + seedScalar(seeds[1]);
      return [-g, ...op.barriers.map(() => auxBar)];
    }
    case 'mask':
      throw new Error('the mask seeds the adjoint program; it has no vjp');
    default:
      return assertUnreachable(op, 'primal op');
  }
}
