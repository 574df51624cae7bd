/**
 * Runs an execution plan on tfjs tensors: each IR op maps to one function of ops/. Called inside
 * tf.tidy (inference) or under tf.variableGrads (training); it creates no variables itself.
 */
import type { IRModule, Op } from '../../compiler/ir/ir.js';
import { assertUnreachable } from '../../compiler/diagnostics/invariant.js';
import { tf } from './tf.js';
import type { ExecutionPlan } from './plan.js';
import { egnnTf } from './ops/egnn.js';
import { transformerTf } from './ops/transformer.js';
import { stableMlp, type TfParams } from './ops/nn.js';
import { innerTf } from './ops/inner.js';
import { centerTf, mergeTf, scalingTf, shiftTf, splitTf } from './ops/layers.js';
import { barrierTf } from './ops/barrier.js';
import { barrierWeight, hasBarrier } from '../frame-barrier.js';

type Slots = (tf.Tensor | undefined)[];

/** Collects each 3D frame's weighted mean barrier [B] when training asks for the aux loss. */
interface AuxCollector {
  readonly ops: readonly Op[];
  readonly terms: tf.Tensor[];
}

function step(op: Op, v: Slots, m: IRModule, params: TfParams, batch: number, aux?: AuxCollector): void {
  const get = (id: number) => v[id]!;
  switch (op.kind) {
    case 'center':
      v[op.result] = centerTf(get(op.src), op.channel);
      return;
    case 'split': {
      const halves = splitTf(get(op.src), m.system.half, op.swap);
      v[op.cond] = halves.cond;
      v[op.trans] = halves.trans;
      return;
    }
    case 'merge':
      v[op.result] = mergeTf(get(op.cond), get(op.trans), op.swap);
      return;
    case 'egnn': {
      const out = egnnTf(get(op.src), m.system.typeIds, params, op.params, op.config);
      v[op.features] = out.h;
      v[op.vectors] = out.v;
      return;
    }
    case 'transformer':
      v[op.features] = transformerTf(get(op.src), m.system.typeIds, params, op.params, op.config);
      return;
    case 'head':
      v[op.result] = stableMlp(get(op.src), params, op.params, [...op.units, op.outputs], false);
      return;
    case 'inner': {
      if (aux && op.vectors !== undefined && hasBarrier(op, m.system.dim)) aux.terms.push(barrierTf(op, get(op.vectors), m.system.half).mul(barrierWeight(aux.ops, op)));
      const out = innerTf(op, get(op.trans), get(op.cond), op.vectors === undefined ? undefined : get(op.vectors), get(op.coefficients));
      v[op.result] = out.trans;
      v[op.logDet] = out.logDet;
      return;
    }
    case 'scaling': {
      const out = scalingTf(op, get(op.src), params);
      v[op.result] = out.z;
      v[op.logDet] = out.logDet;
      return;
    }
    case 'shift':
      v[op.result] = shiftTf(op, get(op.trans), get(op.vectors), params);
      return;
    case 'zero':
      v[op.result] = tf.zeros([batch]);
      return;
    case 'add':
      v[op.result] = get(op.a).add(get(op.b));
      return;
    default:
      assertUnreachable(op, 'IR op');
  }
}

/**
 * z [B, n, C, d] → {z, logDet [B]}, and with `withAux` the aux loss [B] (method §9.1). Intermediates are
 * disposed as soon as the plan says they are dead.
 */
export function executePlan(plan: ExecutionPlan, m: IRModule, params: TfParams, z: tf.Tensor, withAux = false): { z: tf.Tensor; logDet: tf.Tensor; aux?: tf.Tensor } {
  const aux: AuxCollector | undefined = withAux ? { ops: plan.steps.map((s) => s.op), terms: [] } : undefined;
  const slots: Slots = [];
  slots[plan.input] = z;
  const batch = z.shape[0]!;
  for (const s of plan.steps) {
    step(s.op, slots, m, params, batch, aux);
    for (const id of s.release) if (id !== plan.input && !tf.engine().state.gradientDepth) slots[id]?.dispose();
  }
  const out = { z: slots[plan.outputs.z]!, logDet: slots[plan.outputs.logDet]! };
  return aux ? { ...out, aux: aux.terms.reduce((sum, t) => sum.add(t), tf.zeros([batch])) } : out;
}
