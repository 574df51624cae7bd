/**
 * A bad weights or .npy file is the user's mistake: every command that reads one says which file and why in
 * one line, exits non-zero and prints no stack trace (`readingInputs` in compiler/cli/io.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc, repoRoot } from '../helpers/cli.js';
import { readingInputs, UserError } from '../../compiler/cli/io.js';
import { WeightsError } from '../../backends/weights-io.js';
import { NpyError } from '../../backends/data/npy.js';

describe('readingInputs', () => {
  it('turns weights and .npy errors (and the classes it is given) into UserErrors, and passes others', () => {
    const fail = (error: Error) => () => readingInputs('flowc x', () => { throw error; }, [SyntaxError]);
    expect(fail(new WeightsError('w.safetensors: bad header'))).toThrow(new UserError('flowc x: w.safetensors: bad header'));
    expect(fail(new NpyError('d.npy: not a .npy file'))).toThrow(UserError);
    expect(fail(new SyntaxError('history.json: bad JSON'))).toThrow(UserError);
    expect(fail(new RangeError('a bug'))).toThrow(RangeError);
    expect(readingInputs('flowc x', () => 42)).toBe(42);
  });
});

describe('commands given a bad weights or data file', () => {
  it('name the file in one line, exit 1 and print no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-bad-'));
    const flow = join(repoRoot, 'examples', 'dw4.flow');
    const junk = join(dir, 'junk.safetensors');
    writeFileSync(junk, 'not weights at all');
    const junkNpy = join(dir, 'junk.npy');
    writeFileSync(junkNpy, 'not an array');
    const data = join(repoRoot, '..', 'shared', 'data', 'val_split_DW4.npy');
    const cases: string[][] = [
      ['eval', flow, '--weights', junk, '--data', data],
      ['report', flow, '--weights', junk, '-o', join(dir, 'r.html')],
      ['verify', flow, '--weights', junk],
      ['compile', flow, '--weights', junk, '--target', 'wgsl', '-o', join(dir, 'out')],
      ['plot', 'distances', flow, '--data', junkNpy, '-o', join(dir, 'd.svg')],
      ['train', flow, '--data', junkNpy, '--steps', '1', '--out', join(dir, 'run')],
    ];
    for (const args of cases) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(new RegExp(`^flowc ${args[0]}: .*junk\\.(safetensors|npy)`));
      expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    }
  }, 120_000);
});
