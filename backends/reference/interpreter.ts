/**
 * The float64 reference interpreter: runs an IR function on one system at a time, op by op, with the
 * formulas of method.md. It is the oracle the other backends are tested against, so it favours
 * clarity over speed. It reads only the IR and the parameter tensors.
 */
import type { IRFunction, IRModule, Op } from '../../compiler/ir/ir.js';
import { assertUnreachable } from '../../compiler/diagnostics/invariant.js';
import { egnnForward } from './nets/egnn.js';
import { transformerForward } from './nets/transformer.js';
import { stableMlp } from './nets/mlp.js';
import type { ParamStore } from './nets/params.js';
import { runInner } from './ops/inner.js';
import { center, merge, scaling, shift, split, type Sizes } from './ops/layers.js';

/** SSA values by id: tensors, scalars (log-dets), or not yet computed. */
export type Values = (Float64Array | number | undefined)[];

const tensor = (values: Values, id: number): Float64Array => values[id] as Float64Array;
const scalar = (values: Values, id: number): number => values[id] as number;

/** Sees every inner op's reference vectors [n, M, d] (the aux loss reads its frame vectors from them). */
export type InnerObserver = (op: Extract<Op, { kind: 'inner' }>, vectors: Float64Array | undefined) => void;

/** Runs after every op with its values (the float32 scale model reads per-layer log-dets and rounds outputs). */
export type OpHook = (op: Op, values: Values) => void;

export function runOp(op: Op, values: Values, m: IRModule, sizes: Sizes, store: ParamStore, observe?: InnerObserver): void {
  const { n, s, d } = sizes;
  switch (op.kind) {
    case 'center':
      values[op.result] = center(tensor(values, op.src), sizes, op.channel);
      return;
    case 'split': {
      const halves = split(tensor(values, op.src), sizes, op.swap);
      values[op.cond] = halves.cond;
      values[op.trans] = halves.trans;
      return;
    }
    case 'merge':
      values[op.result] = merge(tensor(values, op.cond), tensor(values, op.trans), sizes, op.swap);
      return;
    case 'egnn': {
      const out = egnnForward(tensor(values, op.src), n, s, d, m.system.typeIds, store, op.params, op.config);
      values[op.features] = out.h;
      values[op.vectors] = out.v;
      return;
    }
    case 'transformer':
      values[op.features] = transformerForward(tensor(values, op.src), n, s, d, m.system.typeIds, store, op.params, op.config);
      return;
    case 'head':
      values[op.result] = stableMlp(tensor(values, op.src), n, store, op.params, [...op.units, op.outputs], false);
      return;
    case 'inner': {
      const vectors = op.vectors === undefined ? undefined : tensor(values, op.vectors);
      observe?.(op, vectors);
      const out = runInner(op, { trans: tensor(values, op.trans), cond: tensor(values, op.cond), vectors, coefficients: tensor(values, op.coefficients), n, s, d });
      values[op.result] = out.trans;
      values[op.logDet] = out.logDet;
      return;
    }
    case 'scaling': {
      const out = scaling(op, tensor(values, op.src), sizes, store);
      values[op.result] = out.z;
      values[op.logDet] = out.logDet;
      return;
    }
    case 'shift':
      values[op.result] = shift(op, tensor(values, op.trans), tensor(values, op.vectors), sizes, store);
      return;
    case 'zero':
      values[op.result] = 0;
      return;
    case 'add':
      values[op.result] = scalar(values, op.a) + scalar(values, op.b);
      return;
    default:
      assertUnreachable(op, 'IR op');
  }
}

export function sizesOf(m: IRModule): Sizes {
  return { n: m.system.n, C: m.system.channels, s: m.system.half, d: m.system.dim };
}

/** Runs `f` on one joint sample z [n·C·d]; returns the output sample and the log-determinant. */
export function runFunction(f: IRFunction, m: IRModule, store: ParamStore, z: Float64Array, observe?: InnerObserver, afterOp?: OpHook): { z: Float64Array; logDet: number } {
  const values: Values = new Array(f.values.length);
  values[f.input] = z;
  const sizes = sizesOf(m);
  for (const op of f.ops) {
    runOp(op, values, m, sizes, store, observe);
    afterOp?.(op, values);
  }
  return { z: tensor(values, f.outputs.z), logDet: scalar(values, f.outputs.logDet) };
}
