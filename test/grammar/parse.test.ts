import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFlow } from '../../grammar/parse.js';
import { cstDtsText } from '../../grammar/gen-cst-dts.js';
import type { CoupleLayer, FlowDecl, RepeatLayer, TrainDecl } from '../../grammar/ast.js';

const lj13 = readFileSync(new URL('../../examples/lj13.flow', import.meta.url), 'utf8');

describe('parser', () => {
  it('parses the LJ13 example into a typed AST', () => {
    const { ast, diagnostics, comments } = parseFlow(lj13, 'lj13.flow');
    expect(diagnostics).toEqual([]);
    const flow = ast.items[0] as FlowDecl;
    expect(flow.kind).toBe('FlowDecl');
    expect(flow.name.text).toBe('lj13');
    expect(flow.items.map((i) => i.kind)).toEqual(['SystemDecl', 'SymmetryDecl', 'AugmentDecl', 'BaseDecl', 'LetDecl', 'RepeatLayer', 'TargetDecl', 'TrainDecl']);
    const repeat = flow.items[5] as RepeatLayer;
    expect(repeat.count.value).toBe(12);
    const couple = repeat.body[0] as CoupleLayer;
    expect([couple.transformed, couple.given]).toEqual(['x', 'a']);
    expect(couple.clauses.map((c) => c.keyword)).toEqual(['project', 'transform', 'condition']);
    expect(comments.length).toBeGreaterThan(3);
  });

  it('gives every node a span that covers its source text', () => {
    const { ast } = parseFlow(lj13, 'lj13.flow');
    const flow = ast.items[0] as FlowDecl;
    const repeat = flow.items[5] as RepeatLayer;
    const couple = repeat.body[1] as CoupleLayer;
    expect(lj13.slice(couple.span.start, couple.span.end)).toBe('couple a | x project spherical transform spline(bins 8, radius_max 10) condition net');
    expect(lj13.slice(repeat.count.span.start, repeat.count.span.end)).toBe('12');
  });

  it('reads data slices, open ranges and negative numbers', () => {
    const { ast, diagnostics } = parseFlow('flow f { train { data "a.npy"[1000..] lr 2e-5 x0 -4 } }', 'f.flow');
    expect(diagnostics).toEqual([]);
    const train = (ast.items[0] as FlowDecl).items[0] as TrainDecl;
    const [data, lr, neg] = train.options;
    expect(data?.value).toMatchObject({ kind: 'SliceLit', source: { value: 'a.npy' }, rows: { kind: 'RangeLit', lo: { value: 1000 }, hi: undefined } });
    expect(lr?.value).toMatchObject({ kind: 'NumberLit', value: 2e-5, text: '2e-5' });
    expect(neg?.value).toMatchObject({ kind: 'NumberLit', value: -4, text: '-4' });
  });

  it('recovers to report several syntax errors in one file', () => {
    const { diagnostics } = parseFlow('flow f {\n  augment copies\n  couple x | a project\n  system particles 4 dim\n}\n', 'f.flow');
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    expect(diagnostics.every((d) => /^FLOW1\d{3}$/.test(d.code))).toBe(true);
  });

  it('lexes keywords as names when they are prefixes of identifiers', () => {
    const { diagnostics, ast } = parseFlow('let systems = flows(xs 1)', 'f.flow');
    expect(diagnostics).toEqual([]);
    expect(ast.items[0]).toMatchObject({ kind: 'LetDecl', name: { text: 'systems' }, value: { kind: 'CallExpr', callee: { text: 'flows' } } });
  });

  it('keeps the generated CST typings in step with the grammar', () => {
    const committed = readFileSync(new URL('../../grammar/cst.generated.d.ts', import.meta.url), 'utf8');
    expect(committed, 'run npm run build && npm run gen:cst').toBe(cstDtsText());
  });
});
