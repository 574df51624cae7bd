/**
 * The float32 scale of a flow's outputs at one input: how far float32 arithmetic can move z and the log-det
 * there, from the float64 reference.
 */
import type { Direction, Op } from '../../compiler/ir/ir.js';
import type { Flow } from '../flow.js';
import { runFunction, type Values } from '../reference/interpreter.js';

export const EPS32 = 2 ** -23;

export interface Float32Scale {
  readonly z: number;
  readonly logDet: number;
  readonly parts: Record<string, number>;
}

const roundTensor = (v: Float64Array | number | undefined) => (typeof v === 'number' ? Math.fround(v) : v === undefined ? v : v.map(Math.fround));

function outputsOf(op: Op): number[] {
  switch (op.kind) {
    case 'split':
      return [op.cond, op.trans];
    case 'egnn':
      return [op.features, op.vectors];
    case 'transformer':
      return [op.features];
    case 'inner':
    case 'scaling':
      return [op.result, op.logDet];
    default:
      return [op.result];
  }
}

export function float32Scale(reference: Flow, direction: Direction, z: Float64Array): Float32Scale {
  const { module } = reference;
  const f = direction === 'forward' ? module.forward : module.inverse;
  let layers = 0;
  let points = 0;
  const exact = runFunction(f, module, reference.weights, z, undefined, (op, values) => {
    if (op.kind === 'inner' || op.kind === 'scaling') layers += Math.abs(values[op.logDet] as number);
    if (op.kind === 'inner') points += module.system.n * module.system.half;
  });
  const rounded = new Map([...reference.weights].map(([k, v]) => [k, v.map(Math.fround)]));
  const shadow = runFunction(f, module, rounded, z.map(Math.fround), undefined, (op, values: Values) => {
    for (const id of outputsOf(op)) values[id] = roundTensor(values[id]);
  });
  let state = 12345;
  const jitter = (v: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return v * (1 + EPS32 * (2 * (state / 2147483648) - 1));
  };
  const perturbed = runFunction(f, module, rounded, z.map(jitter), undefined, (op, values: Values) => {
    for (const id of outputsOf(op)) {
      const v = values[id];
      values[id] = typeof v === 'number' ? jitter(v) : v?.map(jitter);
    }
  });
  const inputOnly = runFunction(f, module, reference.weights, z.map((v) => jitter(jitter(jitter(v)))));
  let zMax = 1;
  let zShadow = 0;
  for (let k = 0; k < z.length; k++) {
    zMax = Math.max(zMax, Math.abs(exact.z[k]!));
    zShadow = Math.max(zShadow, Math.abs(shadow.z[k]! - exact.z[k]!));
  }
  const parts = { abs: EPS32 * (1 + Math.abs(exact.logDet)), layers: EPS32 * layers, points: EPS32 * points, shadow: Math.abs(shadow.logDet - exact.logDet), jitter: Math.abs(perturbed.logDet - exact.logDet), input: Math.abs(inputOnly.logDet - exact.logDet), zAbs: EPS32 * zMax, zShadow };
  return { z: EPS32 * zMax + zShadow, logDet: parts.abs + parts.layers + parts.points + parts.shadow, parts };
}
