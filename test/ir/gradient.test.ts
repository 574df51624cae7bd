/**
 * The gradient function's structure (compiler/ir/gradient.ts): it verifies on every example and on random
 * architectures, every parameter gets a gradient, each value read twice has its adjoints accumulated,
 * barriers appear only with 3D frames and w_aux > 0, and the verifier catches broken functions (it can fail),
 * including ones that are well-defined and well-shaped but pair an adjoint with the wrong value, lose a
 * contribution or differentiate an op twice.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compile, compileModule, lowerable } from '../../compiler/compile.js';
import { checkSource } from '../../compiler/check/checker.js';
import { arbArchitecture, architectureSource } from '../helpers/random-architectures.js';
import { buildGradient, primalResults, type AdjointOp, type GradientFunction } from '../../compiler/ir/gradient.js';
import { verifyGradient } from '../../compiler/ir/verify-gradient.js';
import { printGradient } from '../../compiler/ir/print-gradient.js';

const dir = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(dir).filter((f) => f.endsWith('.flow'));
const moduleOf = (name: string) => compileModule(readFileSync(dir + name, 'utf8'), { file: dir + name }).module;

describe('the gradient function', () => {
  it.each(examples)('%s: verifies, and every parameter gets a gradient', (name) => {
    const m = moduleOf(name);
    const g = buildGradient(m, { auxWeight: 10 });
    expect(verifyGradient(g)).toEqual([]);
    expect(g.params).toEqual(m.params.map((p) => p.name));
    // One vjp per op that reads parameters, at least.
    const withParams = g.primal.filter((op) => 'params' in op).length;
    expect(g.adjoint.filter((op) => op.kind === 'vjp' && 'params' in g.primal[op.op]!).length).toBe(withParams);
  });

  it('verifies on random architectures, with and without the barriers and the input adjoint', () => {
    fc.assert(
      fc.property(arbArchitecture, fc.boolean(), fc.boolean(), (arch, aux, inputAdjoint) => {
        fc.pre(lowerable(checkSource(architectureSource(arch), 'random.flow'), true));
        const { module } = compile(architectureSource(arch), { noCheck: true });
        expect(verifyGradient(buildGradient(module, { auxWeight: aux ? 10 : 0, inputAdjoint }))).toEqual([]);
      }),
      { numRuns: 50, seed: 2026 },
    );
  });

  it('adds barriers only for 3D frames and a positive w_aux', () => {
    const barriers = (g: GradientFunction) => g.primal.filter((op) => op.kind === 'barrier').length;
    const lj = moduleOf('lj13.flow');
    const inner = lj.inverse.ops.filter((op) => op.kind === 'inner').length;
    expect(barriers(buildGradient(lj, { auxWeight: 10 }))).toBe(inner);
    expect(barriers(buildGradient(lj, { auxWeight: 0 }))).toBe(0);
    expect(barriers(buildGradient(moduleOf('dw4.flow'), { auxWeight: 10 }))).toBe(0);
    expect(barriers(buildGradient(moduleOf('lj13-vector.flow'), { auxWeight: 10 }))).toBe(0);
  });

  it('accumulates the adjoints of values read more than once (a conditioning half feeds the EGNN, the inner op and the merge)', () => {
    const g = buildGradient(moduleOf('dw4.flow'), { auxWeight: 0 });
    expect(g.adjoint.some((op) => op.kind === 'accumulate')).toBe(true);
    expect(printGradient(g)).toMatch(/= accumulate %\d+, %\d+/);
  });

  it('gives the input an adjoint only when asked', () => {
    const m = moduleOf('dw4.flow');
    expect(buildGradient(m, { auxWeight: 0 }).outputs.inputAdjoint).toBeUndefined();
    const g = buildGradient(m, { auxWeight: 0, inputAdjoint: true });
    expect(g.outputs.inputAdjoint).toBeDefined();
    expect(verifyGradient(g)).toEqual([]);
  });

  it('prints deterministically, seeds the loss with the mask, and ends with the outputs', () => {
    const m = moduleOf('dw4.flow');
    const text = printGradient(buildGradient(m, { auxWeight: 0 }));
    expect(text).toBe(printGradient(buildGradient(m, { auxWeight: 0 })));
    expect(text).toMatch(/^func gradient\(%0: f64\[4,2,2\], %\d+: f64\[\]\) \{/);
    expect(text).toMatch(/= mask %\d+ if finite %\d+ and %\d+ >= -10000/);
    expect(text).toMatch(/= vjp\.loss #\d+ seeds %\d+/);
    expect(text).toMatch(/return loss=%\d+, logq=%\d+, aux=%\d+, weight=%\d+, grads=\d+ tensors\n\}\n$/);
  });

  it('the verifier catches a vjp whose adjoint is used before it is defined, and one with a seed missing', () => {
    const g = buildGradient(moduleOf('dw4.flow'), { auxWeight: 0 });
    const swapped = { ...g, adjoint: [...g.adjoint].reverse() };
    expect(verifyGradient(swapped).some((p) => p.includes('before it is defined'))).toBe(true);
    const first = g.adjoint.findIndex((op) => op.kind === 'vjp' && op.seeds.length > 1);
    const broken = g.adjoint.map((op, i) => (i === first && op.kind === 'vjp' ? { ...op, seeds: op.seeds.slice(1) } : op));
    expect(verifyGradient({ ...g, adjoint: broken }).some((p) => p.includes('seeds for'))).toBe(true);
  });

  // Shapes and definition order alone cannot see these: every value below is defined before use and shaped
  // like the value it stands for.
  it('the verifier catches a vjp seeded with a primal value instead of its adjoint', () => {
    const g = buildGradient(moduleOf('lj13.flow'), { auxWeight: 10 });
    const at = g.adjoint.findIndex((op) => op.kind === 'vjp' && g.primal[op.op]!.kind === 'inner' && op.seeds[0] !== undefined);
    const wrong = g.adjoint.map((op, i) => (i === at && op.kind === 'vjp' ? { ...op, seeds: [primalResults(g.primal[op.op]!)[0]!, ...op.seeds.slice(1)] } : op));
    expect(verifyGradient({ ...g, adjoint: wrong }).some((p) => p.includes('is not an adjoint of'))).toBe(true);
  });

  it('the verifier catches a contribution that is never accumulated (an accumulate dropped)', () => {
    const g = buildGradient(moduleOf('dw4.flow'), { auxWeight: 0 });
    const at = g.adjoint.findIndex((op) => op.kind === 'accumulate');
    const dropped = g.adjoint[at]!;
    if (dropped.kind !== 'accumulate') throw new Error('no accumulate');
    // Readers of the sum read its first term instead: the second contribution is lost.
    const rename = (id: number | undefined) => (id === dropped.result ? dropped.a : id);
    const lost = g.adjoint.flatMap((op, i): AdjointOp[] => {
      if (i === at) return [];
      return [op.kind === 'accumulate' ? { ...op, a: rename(op.a)!, b: rename(op.b)! } : { ...op, seeds: op.seeds.map(rename) }];
    });
    const outputs = { ...g.outputs, inputAdjoint: rename(g.outputs.inputAdjoint) };
    expect(verifyGradient({ ...g, adjoint: lost, outputs }).some((p) => p.includes(`%${dropped.b}`) && p.includes('never read'))).toBe(true);
  });

  it('the verifier catches a primal op differentiated twice', () => {
    const g = buildGradient(moduleOf('dw4.flow'), { auxWeight: 0 });
    const first = g.adjoint.find((op) => op.kind === 'vjp' && op.results.every((r) => r === undefined));
    if (!first) throw new Error('no vjp for parameters only');
    expect(verifyGradient({ ...g, adjoint: [...g.adjoint, first] }).some((p) => p.includes('differentiated twice'))).toBe(true);
  });
});
