/** fmt properties over generated specs: parse(fmt(s)) has the same AST as s, fmt is idempotent, no comment is lost. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFlow } from '../../grammar/parse.js';
import { formatFlow } from '../../compiler/fmt/format.js';
import { arbSyntacticSpec, exampleTexts } from '../../test-support/arbitraries.js';
import type { FlowFile } from '../../grammar/ast.js';

const withoutSpans = (ast: FlowFile) => JSON.parse(JSON.stringify(ast, (key, value) => (key === 'span' || key === 'transformedSpan' || key === 'givenSpan' ? undefined : value)));

function format(text: string): string {
  const parsed = parseFlow(text, 'gen.flow');
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return formatFlow(parsed.ast, text, parsed.comments);
}

describe('fmt', () => {
  it('round-trips generated specs: same AST, idempotent, every comment kept', () => {
    fc.assert(
      fc.property(arbSyntacticSpec, (source) => {
        const original = parseFlow(source, 'gen.flow');
        if (original.diagnostics.some((d) => d.severity === 'error')) return; // e.g. `1e999` is rejected on purpose
        const once = format(source);
        const reparsed = parseFlow(once, 'gen.flow');
        expect(withoutSpans(reparsed.ast)).toEqual(withoutSpans(original.ast));
        expect(reparsed.comments.map((c) => c.image.trimEnd())).toEqual(original.comments.map((c) => c.image.trimEnd()));
        expect(format(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('generated specs parse (the generator is not vacuous)', () => {
    const samples = fc.sample(arbSyntacticSpec, { numRuns: 200, seed: 7 });
    const clean = samples.filter((s) => parseFlow(s, 'g.flow').diagnostics.length === 0);
    expect(clean.length).toBeGreaterThan(180);
  });

  it('leaves the examples as they are', () => {
    for (const text of exampleTexts) expect(format(text)).toBe(text);
  });
});
