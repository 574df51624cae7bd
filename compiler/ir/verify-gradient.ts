/**
 * Invariants of a gradient function (compiler bugs, never user errors): every value defined once before use,
 * each vjp naming a primal op with one seed per result and one adjoint per operand, shaped like it, and
 * adjoints only for values that have a primal.
 */
import type { GradientFunction } from './gradient.js';
import { primalOperands, primalResults } from './gradient.js';

const sameShape = (a: readonly number[] | undefined, b: readonly number[] | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

export function verifyGradient(g: GradientFunction): string[] {
  const problems: string[] = [];
  const defined = new Set<number>([g.input, g.weight]);
  const shape = (id: number) => g.values[id]?.shape;
  const use = (id: number | undefined, where: string) => {
    if (id !== undefined && !defined.has(id)) problems.push(`${where} uses %${id} before it is defined`);
  };
  const define = (id: number | undefined, where: string) => {
    if (id === undefined) return;
    if (defined.has(id)) problems.push(`${where} defines %${id} twice`);
    defined.add(id);
  };
  g.primal.forEach((op, i) => {
    for (const operand of primalOperands(op)) use(operand, `primal #${i} ${op.kind}`);
    for (const result of primalResults(op)) define(result, `primal #${i} ${op.kind}`);
  });
  for (const op of g.adjoint) {
    if (op.kind === 'accumulate') {
      use(op.a, 'accumulate');
      use(op.b, 'accumulate');
      if (!sameShape(shape(op.a), shape(op.b)) || !sameShape(shape(op.a), shape(op.result))) problems.push(`accumulate %${op.result}: shapes differ`);
      define(op.result, 'accumulate');
      continue;
    }
    const primal = g.primal[op.op];
    const where = `vjp #${op.op}`;
    if (!primal) {
      problems.push(`${where}: no such primal op`);
      continue;
    }
    const results = primalResults(primal);
    const operands = primalOperands(primal);
    if (op.seeds.length !== results.length) problems.push(`${where} ${primal.kind}: ${op.seeds.length} seeds for ${results.length} results`);
    if (op.results.length !== operands.length) problems.push(`${where} ${primal.kind}: ${op.results.length} adjoints for ${operands.length} operands`);
    op.seeds.forEach((seed, k) => {
      use(seed, where);
      if (seed !== undefined && !sameShape(shape(seed), shape(results[k]!))) problems.push(`${where} ${primal.kind}: seed %${seed} is not shaped like %${results[k]}`);
    });
    op.results.forEach((result, k) => {
      define(result, where);
      if (result !== undefined && !sameShape(shape(result), shape(operands[k]!))) problems.push(`${where} ${primal.kind}: adjoint %${result} is not shaped like %${operands[k]}`);
    });
  }
  for (const out of [g.outputs.loss, g.outputs.logQ, g.outputs.aux, g.outputs.weight, g.outputs.inputAdjoint]) if (out !== undefined && !defined.has(out)) problems.push(`output %${out} is never defined`);
  return problems;
}
