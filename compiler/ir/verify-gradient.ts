/**
 * Invariants of a gradient function (compiler bugs, never user errors): every value defined once before use;
 * each vjp naming a primal op (at most one vjp per op) with one seed per result and one adjoint per operand,
 * shaped like it; and the pairing of adjoints with primal values, which shapes cannot see: a vjp's k-th
 * result is the adjoint of the op's k-th operand, an accumulate sums two adjoints of the same value, a seed is
 * an adjoint of its result (the loss's: the masked weight), and every adjoint value is read exactly once
 * (by an accumulate, as a seed or as the input's adjoint). The last makes the accumulation complete: all the
 * contributions to one value's adjoint meet in one sum, read by that value's one vjp after they are all made.
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
  // Adjoint value → the primal value it is an adjoint of; reads of each adjoint the program defines.
  const adjointOf = new Map<number, number>([[g.outputs.weight, g.outputs.loss]]);
  const reads = new Map<number, number>();
  const read = (id: number, of: number | undefined, where: string) => {
    if (adjointOf.get(id) !== of) problems.push(`${where} reads %${id}, which is not an adjoint of %${of}`);
    if (reads.has(id)) reads.set(id, reads.get(id)! + 1);
  };
  const defineAdjoint = (id: number, of: number) => {
    adjointOf.set(id, of);
    reads.set(id, 0);
  };
  g.primal.forEach((op, i) => {
    for (const operand of primalOperands(op)) use(operand, `primal #${i} ${op.kind}`);
    for (const result of primalResults(op)) define(result, `primal #${i} ${op.kind}`);
  });
  const differentiated = new Set<number>();
  for (const op of g.adjoint) {
    if (op.kind === 'accumulate') {
      use(op.a, 'accumulate');
      use(op.b, 'accumulate');
      if (!sameShape(shape(op.a), shape(op.b)) || !sameShape(shape(op.a), shape(op.result))) problems.push(`accumulate %${op.result}: shapes differ`);
      const of = adjointOf.get(op.a);
      if (of === undefined) problems.push(`accumulate %${op.result} reads %${op.a}, which is not an adjoint`);
      read(op.a, of, `accumulate %${op.result}`);
      read(op.b, of, `accumulate %${op.result}`);
      define(op.result, 'accumulate');
      if (of !== undefined) defineAdjoint(op.result, of);
      continue;
    }
    const primal = g.primal[op.op];
    const where = `vjp #${op.op}`;
    if (!primal) {
      problems.push(`${where}: no such primal op`);
      continue;
    }
    if (differentiated.has(op.op)) problems.push(`${where} ${primal.kind}: differentiated twice`);
    differentiated.add(op.op);
    const results = primalResults(primal);
    const operands = primalOperands(primal);
    if (op.seeds.length !== results.length) problems.push(`${where} ${primal.kind}: ${op.seeds.length} seeds for ${results.length} results`);
    if (op.results.length !== operands.length) problems.push(`${where} ${primal.kind}: ${op.results.length} adjoints for ${operands.length} operands`);
    op.seeds.forEach((seed, k) => {
      use(seed, where);
      if (seed === undefined) return;
      if (!sameShape(shape(seed), shape(results[k]!))) problems.push(`${where} ${primal.kind}: seed %${seed} is not shaped like %${results[k]}`);
      read(seed, results[k], `${where} ${primal.kind}`);
    });
    op.results.forEach((result, k) => {
      define(result, where);
      if (result === undefined) return;
      if (!sameShape(shape(result), shape(operands[k]!))) problems.push(`${where} ${primal.kind}: adjoint %${result} is not shaped like %${operands[k]}`);
      if (operands[k] !== undefined) defineAdjoint(result, operands[k]);
    });
  }
  for (const out of [g.outputs.loss, g.outputs.logQ, g.outputs.aux, g.outputs.weight, g.outputs.inputAdjoint]) if (out !== undefined && !defined.has(out)) problems.push(`output %${out} is never defined`);
  if (g.outputs.inputAdjoint !== undefined) read(g.outputs.inputAdjoint, g.input, 'output z_bar');
  for (const [id, count] of reads) {
    if (count === 0) problems.push(`adjoint %${id} of %${adjointOf.get(id)} is never read: a contribution is lost`);
    if (count > 1) problems.push(`adjoint %${id} of %${adjointOf.get(id)} is read ${count} times: a contribution counts more than once`);
  }
  return problems;
}
