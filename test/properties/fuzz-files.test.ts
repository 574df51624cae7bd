/**
 * The file fuzz classes (test-support/fuzz-files.ts) in the suite, a few hundred inputs each (`npm run fuzz`
 * runs more): mutated .npy, safetensors, .partial and history.json files and count/seed texts go through the
 * CLI's readers in-process; each is read, or refused with one UserError line, never another exception.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileFuzzClasses } from '../../test-support/fuzz-files.js';

describe('bad files and counts, fuzzed', () => {
  for (const fuzzClass of fileFuzzClasses)
    it(`${fuzzClass.name}: read, or one UserError line`, () => {
      fc.assert(fc.property(fuzzClass.arbitrary, (input) => {
        expect(fuzzClass.check(input)).toBeUndefined();
      }), { numRuns: 300 });
    }, 60_000);
});
