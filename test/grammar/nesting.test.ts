/**
 * Nesting limits (grammar/nesting.ts and the chain guards in elaborate/binder/options): inputs from issue 15 that
 * overflowed the stack (400 nested `repeat`, 1,000 nested `[`, 10,000 nested `spline(`) and chains of definitions
 * get one coded diagnostic at the place, and 64 levels still parse.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/check/checker.js';
import { formatFlow } from '../../compiler/fmt/format.js';
import { MAX_NESTING } from '../../grammar/nesting.js';
import type { SourceHost } from '../../compiler/bind/modules.js';

const system = 'system particles 4, dim 3\n symmetry SE(3)\n';

function errorsOf(text: string, host?: SourceHost) {
  const result = host ? checkSource(text, '/m/main.flow', host) : checkSource(text, 'deep.flow');
  return result.diagnostics.filter((d) => d.severity === 'error');
}

describe('nesting deeper than MAX_NESTING', () => {
  const cases: [string, string, string][] = [
    ['400 nested repeat blocks', `flow f { ${system} ${'repeat 1 { '.repeat(400)}couple x | a ${'} '.repeat(400)}}`, '{'],
    ['1,000 nested [ in mlp', `flow f { ${system} couple x | a condition mlp(hidden ${'['.repeat(1000)} ) }`, '['],
    ['10,000 nested spline(', `flow f { ${system} couple x | a transform ${'spline('.repeat(10_000)} }`, '('],
    ['10,000 braceless repeats (recovery would insert the braces)', `flow f { ${system} ${'repeat 1 '.repeat(10_000)}}`, 'r'],
  ];
  for (const [name, text, bracket] of cases) {
    it(`${name}: one FLOW1105 at the level that goes too deep`, () => {
      const errors = errorsOf(text);
      expect(errors.map((d) => d.code)).toEqual(['FLOW1105']);
      expect(text[errors[0]!.span.start]).toBe(bracket);
      expect(errors[0]!.message).toContain(`more than ${MAX_NESTING} levels`);
    });
  }

  it('accepts exactly MAX_NESTING levels and formats them', () => {
    const inner = MAX_NESTING - 2; // `flow f {` and `mlp(` are two levels
    const text = `flow f { ${system} couple x | a condition mlp(hidden ${'['.repeat(inner)}8${']'.repeat(inner)}) }`;
    const result = checkSource(text, 'deep.flow');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('FLOW1105');
    expect(() => formatFlow(result.ast!, text, result.comments)).not.toThrow();
    const deeper = `flow f { ${system} couple x | a condition mlp(hidden ${'['.repeat(inner + 1)}8${']'.repeat(inner + 1)}) }`;
    expect(errorsOf(deeper).map((d) => d.code)).toEqual(['FLOW1105']);
  });
});

describe('chains of definitions', () => {
  it("10,000 defs each using the previous: FLOW2025 at a 'use', no stack overflow", () => {
    const defs = Array.from({ length: 10_000 }, (_, i) => `def d${i + 1} { use d${i} }`).join('\n');
    const errors = errorsOf(`def d0 { shift }\n${defs}\nflow f { ${system} use d10000 }`);
    expect(errors.map((d) => d.code)).toEqual(['FLOW2025']);
    expect(errors[0]!.message).toContain("'use' of definitions");
  });

  it('a chain of 10,000 lets: FLOW2025 naming the value, not a wrong-type error about a far-away name', () => {
    const lets = Array.from({ length: 10_000 }, (_, i) => `let a${i + 1} = a${i}`).join('\n');
    const errors = errorsOf(`${lets}\nlet a0 = 4\nflow f { system particles a10000, dim 3 symmetry SE(3) couple x | a }`);
    expect(errors.map((d) => d.code)).toEqual(['FLOW2025']);
    expect(errors[0]!.message).toMatch(/^'a10000' goes through more than 64 nested 'let' definitions/);
  });

  it('a chain of 200 imported files: FLOW2025, no stack overflow', () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 200; i++) files.set(`/m/f${i}.flow`, `from "./f${i + 1}.flow" import d\n`);
    files.set('/m/f200.flow', 'def d { shift }\n');
    const host: SourceHost = { readFile: (path) => (files.has(path) ? { text: files.get(path)! } : { error: 'no such file' }) };
    const codes = errorsOf(`from "./f0.flow" import d\nflow f { ${system} use d }`, host).map((d) => d.code);
    expect(codes).toContain('FLOW2025');
  });
});
