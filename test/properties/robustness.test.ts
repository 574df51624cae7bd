/**
 * The fuzzer's input classes, small (npm run fuzz runs 10⁵ inputs): no exception escapes, no input takes more
 * than 1 s (a hang guard, not a speed test), every rejection is a coded diagnostic; the file classes go through
 * `flowc check`'s whole path (bounded read, UTF-8 and binary refusal, check, render without raw control characters).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbMutatedExample, arbSyntacticSpec, arbTokenSoup } from '../../test-support/arbitraries.js';
import { checkFileRobustly, checkRobustly } from '../../test-support/robustness.js';
import { runClass, specInputClasses } from '../../test-support/fuzz-classes.js';

const property = (arb: fc.Arbitrary<string>) =>
  fc.property(arb, (input) => {
    expect(checkRobustly(input)).toBeUndefined();
  });

describe('robustness', () => {
  it('handles 4,000 mutated examples', () => fc.assert(property(arbMutatedExample), { numRuns: 4000 }));
  it('handles 4,000 token soups', () => fc.assert(property(arbTokenSoup), { numRuns: 4000 }));
  it('handles 2,000 generated specs with arbitrary names and values', () => fc.assert(property(arbSyntacticSpec), { numRuns: 2000 }));
  for (const input of specInputClasses.filter((c) => c.name.endsWith('(file)'))) {
    const runs = input.name.startsWith('long') ? 10 : 150;
    it(`handles ${runs} inputs of class '${input.name}'`, () => {
      const report = runClass(input, runs, Date.now() % 2 ** 31);
      expect(report.report).toBeUndefined();
      expect(report.runs).toBe(runs);
    });
  }
  it('handles edge cases', () => {
    for (const input of ['', '\u0000', '"', '//', 'flow', 'flow f {', 'flow f {}', '}'.repeat(1000), '{'.repeat(1000), 'flow f { repeat 10000 { repeat 10000 { couple x | a } } system particles 4 }', `flow f { system particles ${'9'.repeat(400)} }`, `flow f { ${'repeat 1 '.repeat(5000)}}`, `let a = ${'x'.repeat(200_000)}`]) {
      expect(checkRobustly(input), JSON.stringify(input.slice(0, 40))).toBeUndefined();
    }
  });
  it('handles edge-case files', () => {
    const bytes = (...list: number[]) => new Uint8Array(list);
    for (const input of [bytes(), bytes(0), bytes(0xef, 0xbb, 0xbf), bytes(0xef, 0xbb), bytes(0xff, 0xfe, 0x66, 0x00), bytes(0xc0, 0x80), bytes(0xed, 0xa0, 0x80), new TextEncoder().encode(`flow f { ${'spline('.repeat(10_000)} }`)]) {
      expect(checkFileRobustly(input), JSON.stringify([...input.slice(0, 8)])).toBeUndefined();
    }
  });
});
