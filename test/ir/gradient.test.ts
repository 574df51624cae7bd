/**
 * The gradient function's structure (compiler/ir/gradient.ts): it verifies on every example, every parameter
 * gets a gradient, each value read twice has its adjoints accumulated, barriers appear only with 3D frames
 * and w_aux > 0, and the verifier catches a broken function (it can fail).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { compileModule } from '../../compiler/compile.js';
import { buildGradient, type GradientFunction } from '../../compiler/ir/gradient.js';
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
});
