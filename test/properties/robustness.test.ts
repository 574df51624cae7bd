/**
 * 10⁴ random and mutated inputs per run (npm run fuzz goes to 10⁵): no exception escapes, no input takes
 * more than 1 s (a hang guard, not a speed test), and every rejection is a coded diagnostic.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbMutatedExample, arbSyntacticSpec, arbTokenSoup } from '../../test-support/arbitraries.js';
import { checkRobustly } from '../../test-support/robustness.js';

const property = (arb: fc.Arbitrary<string>) =>
  fc.property(arb, (input) => {
    expect(checkRobustly(input)).toBeUndefined();
  });

describe('robustness', () => {
  it('handles 4,000 mutated examples', () => fc.assert(property(arbMutatedExample), { numRuns: 4000 }));
  it('handles 4,000 token soups', () => fc.assert(property(arbTokenSoup), { numRuns: 4000 }));
  it('handles 2,000 generated specs with arbitrary names and values', () => fc.assert(property(arbSyntacticSpec), { numRuns: 2000 }));
  it('handles edge cases', () => {
    for (const input of ['', '\u0000', '"', '//', 'flow', 'flow f {', 'flow f {}', '}'.repeat(1000), '{'.repeat(1000), 'flow f { repeat 10000 { repeat 10000 { couple x | a } } system particles 4 }', `flow f { system particles ${'9'.repeat(400)} }`]) {
      expect(checkRobustly(input), JSON.stringify(input.slice(0, 40))).toBeUndefined();
    }
  });
});
