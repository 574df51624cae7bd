import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { compileModule } from '../../compiler/compile.js';
import { verifyModule } from '../../compiler/ir/verify.js';
import { printModule } from '../../compiler/ir/print.js';
import { layerParameters } from '../../stdlib/params.js';
import { checkSource } from '../../compiler/check/checker.js';

const dir = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(dir).filter((f) => f.endsWith('.flow'));

describe('lowering', () => {
  it.each(examples)('%s lowers to a module that verifies', (name) => {
    const { module } = compileModule(readFileSync(dir + name, 'utf8'), { file: dir + name });
    expect(verifyModule(module)).toEqual([]);
    expect(module.forward.ops.length).toBeGreaterThan(0);
    // forward and inverse apply the same inner transforms in opposite orders and directions
    const inner = (f: typeof module.forward) => f.ops.filter((o) => o.kind === 'inner').map((o) => (o.kind === 'inner' ? `${o.direction}:${o.index}` : ''));
    expect(inner(module.forward).every((s) => s.startsWith('forward'))).toBe(true);
    expect(inner(module.inverse).every((s) => s.startsWith('inverse'))).toBe(true);
    expect(inner(module.inverse).length).toBe(inner(module.forward).length);
  });

  it('agrees with `flowc explain` on the parameter count of every example', () => {
    for (const name of examples) {
      const text = readFileSync(dir + name, 'utf8');
      const checked = checkSource(text, dir + name);
      const { module } = compileModule(text, { file: dir + name });
      const fromLayout = module.params.reduce((s, p) => s + p.shape.reduce((a, b) => a * b, 1), 0);
      const fromExplain = checked.model!.layers.reduce((s, l) => s + layerParameters(l.facts, checked.model!).reduce((t, p) => t + p.count, 0), 0);
      expect(fromLayout, name).toBe(fromExplain);
    }
  });

  it('prints deterministically', () => {
    const text = readFileSync(dir + 'dw4.flow', 'utf8');
    const a = printModule(compileModule(text, { file: 'dw4.flow' }).module);
    const b = printModule(compileModule(text, { file: 'dw4.flow' }).module);
    expect(a).toBe(b);
    expect(a).toContain('func forward(%0: f64[4,2,2])');
    expect(a).toMatch(/inner\.inverse .* spherical\(reflection_invariant=false\) spline\(8@\[0,10\] 8@\[-3\.1415927,3\.1415927\]circ\)/);
  });

  it('matches the IR snapshot of a small flow', () => {
    const source = `flow small {
  system particles 3, dim 2
  couple x | a project vector condition egnn(layers 1, mlp [4, 4], features 4, head [4])
  couple a | x project none condition transformer(layers 1, heads 1, key_size 1, mlp [4], output 4, head [4])
}`;
    expect(printModule(compileModule(source, { file: 'small.flow', noCheck: true }).module)).toMatchSnapshot();
  });
});
