/**
 * IR function → execution plan: the ops in order with, for each, the values that die after it (so the
 * executor can free them early). Planning is pure data — no tf calls — and the plan is serialisable.
 */
import type { IRFunction, Op } from '../../compiler/ir/ir.js';
import { operandsOf, resultsOf } from '../../compiler/ir/print.js';

export interface PlanStep {
  readonly op: Op;
  /** Values last used by this step (not outputs). */
  readonly release: readonly number[];
}

export interface ExecutionPlan {
  readonly input: number;
  readonly steps: readonly PlanStep[];
  readonly outputs: { readonly z: number; readonly logDet: number };
}

export function planFunction(f: IRFunction): ExecutionPlan {
  const lastUse = new Map<number, number>();
  f.ops.forEach((op, i) => operandsOf(op).forEach((v) => lastUse.set(v, i)));
  const kept = new Set([f.outputs.z, f.outputs.logDet]);
  const steps = f.ops.map((op, i) => ({
    op,
    release: [...new Set(operandsOf(op))].filter((v) => lastUse.get(v) === i && !kept.has(v) && !resultsOf(op).includes(v)),
  }));
  return { input: f.input, steps, outputs: f.outputs };
}
