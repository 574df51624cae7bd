/**
 * IR invariants, checked after lowering in tests: every operand defined before use and defined once,
 * shapes that fit each op, parameters that exist with the shapes the ops need. Returns problems as
 * strings (compiler bugs, never user errors).
 */
import type { IRFunction, IRModule, Op } from './ir.js';
import { operandsOf, resultsOf } from './print.js';

function checkOp(op: Op, f: IRFunction, m: IRModule, problems: string[]): void {
  const shape = (id: number) => f.values[id]?.shape ?? [];
  const { n, dim: d, channels: C, half: s } = m.system;
  const expect = (cond: boolean, what: string) => {
    if (!cond) problems.push(`${f.name}: ${op.kind}: ${what}`);
  };
  const is = (id: number, want: readonly number[]) => shape(id).length === want.length && shape(id).every((v, i) => v === want[i]);
  const params = new Set(m.params.map((p) => p.name));
  switch (op.kind) {
    case 'center':
      expect(is(op.src, [n, C, d]) && is(op.result, [n, C, d]) && op.channel >= 0 && op.channel < C, 'shapes or channel');
      break;
    case 'split':
      expect(is(op.src, [n, C, d]) && is(op.cond, [n, s, d]) && is(op.trans, [n, s, d]), 'shapes');
      break;
    case 'merge':
      expect(is(op.result, [n, C, d]) && is(op.cond, [n, s, d]) && is(op.trans, [n, s, d]), 'shapes');
      break;
    case 'egnn':
      expect(is(op.features, [n, op.config.features]) && is(op.vectors, [n, op.config.vectors, d]), 'shapes');
      expect(params.has(`${op.params}.h0.w`), `missing parameters ${op.params}`);
      break;
    case 'transformer':
      expect(is(op.features, [n, op.config.output]), 'shapes');
      expect(params.has(`${op.params}.in.w`), `missing parameters ${op.params}`);
      break;
    case 'head':
      expect(is(op.result, [n, op.outputs]), 'shapes');
      expect(params.has(`${op.params}.out.w`), `missing parameters ${op.params}`);
      break;
    case 'inner':
      expect(is(op.trans, [n, s, d]) && is(op.result, [n, s, d]) && is(op.logDet, []), 'shapes');
      expect(op.projection.kind === 'none' || op.vectors !== undefined, 'an equivariant projection needs vectors');
      break;
    case 'scaling':
      expect(is(op.src, [n, C, d]) && is(op.result, [n, C, d]) && is(op.logDet, []), 'shapes');
      break;
    case 'shift':
      expect(is(op.trans, [n, s, d]) && is(op.result, [n, s, d]), 'shapes');
      break;
    case 'zero':
    case 'add':
      expect(is(op.result, []), 'a log-det is a scalar');
      break;
  }
}

function verifyFunction(f: IRFunction, m: IRModule, problems: string[]): void {
  const defined = new Set<number>([f.input]);
  f.values.forEach((v, i) => {
    if (v.id !== i) problems.push(`${f.name}: value ${i} has id ${v.id}`);
  });
  for (const op of f.ops) {
    for (const operand of operandsOf(op)) if (!defined.has(operand)) problems.push(`${f.name}: ${op.kind} uses %${operand} before it is defined`);
    for (const result of resultsOf(op)) {
      if (defined.has(result)) problems.push(`${f.name}: %${result} is defined twice`);
      if (f.values[result] === undefined) problems.push(`${f.name}: %${result} has no type`);
      defined.add(result);
    }
    checkOp(op, f, m, problems);
  }
  for (const out of [f.outputs.z, f.outputs.logDet]) if (!defined.has(out)) problems.push(`${f.name}: output %${out} is never defined`);
}

export function verifyModule(m: IRModule): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const p of m.params) {
    if (names.has(p.name)) problems.push(`parameter ${p.name} is declared twice`);
    names.add(p.name);
    if (p.shape.some((v) => !Number.isInteger(v) || v < 1)) problems.push(`parameter ${p.name} has shape [${p.shape.join(',')}]`);
  }
  verifyFunction(m.forward, m, problems);
  verifyFunction(m.inverse, m, problems);
  return problems;
}
