/**
 * Counts and seeds are read exactly from the flag's text (compiler/cli/counts.ts), and a count whose run cannot
 * fit in memory is refused up front with the estimate (compiler/cli/memory-estimates.ts): one line, exit 2,
 * never "flowc internal error … Invalid typed array length".
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFits, countFlag, ROWS_PER_SEED } from '../../compiler/cli/counts.js';
import { seedValue } from '../../compiler/cli/args.js';
import { sampleMemory } from '../../compiler/cli/memory-estimates.js';
import { UserError } from '../../compiler/cli/io.js';
import { flowc } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { encodeNpy } from '../../backends/data/npy.js';

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    return (error as UserError).message;
  }
  throw new Error('expected a refusal');
};

describe('count and seed flags', () => {
  it('accept digits only, exactly', () => {
    expect(countFlag('000123', '-n', 1)).toBe(123);
    expect(countFlag(undefined, '-n', 1000)).toBe(1000);
    expect(seedValue('9007199254740991', '--seed', 0)).toBe(2 ** 53 - 1);
    for (const text of ['1e12', '1.5', '-1', '0x10', ' 7', ''])
      expect(refusal(() => countFlag(text, '-n', 1))).toBe(`flowc: -n expects a positive integer written in digits, got '${text}'`);
    expect(refusal(() => countFlag('0', '-n', 1))).toBe("flowc: -n expects a positive integer, got '0'");
  });
  it('refuse seeds and counts a JS number cannot hold or a seed cannot draw', () => {
    // 2^53 and 2^53 + 1 are the same JS number: as seeds they would give the same bytes.
    for (const seed of ['9007199254740992', '9007199254740993']) expect(refusal(() => seedValue(seed, '--seed', 0))).toMatch(/--seed \d+ is too large: seeds go up to 2\^53 − 1/);
    expect(refusal(() => countFlag('9007199254740993', '-n', 1, ROWS_PER_SEED))).toBe('flowc: -n 9007199254740993 is too large: at most 4,294,967,296 (one seed draws at most 2^32 rows)');
  });
});

describe('checkFits', () => {
  const system = { n: 13, dim: 3, augmented: 1 };
  it('refuses a count over the limit with the estimate and the largest count that fits', () => {
    const limit = 10_000_000;
    const message = refusal(() => checkFits('sample', '-n', 100_000, (rows) => sampleMemory(rows, system, []), limit));
    // 10⁵ rows × (8 · (x 39 + a 39 + log q 1) + the float32 x .npy 4 · 39) bytes = 78.8 MB
    expect(message).toMatch(/^flowc sample: -n 100000 needs ≈ 78\.8 MB for the samples .*, more than this machine's 10\.0 MB of memory; use -n ([\d,]+) or less$/);
    const fits = Number(/use -n ([\d,]+)/.exec(message)![1]!.replaceAll(',', ''));
    expect(sampleMemory(fits, system, []).bytes).toBeLessThanOrEqual(limit);
    expect(sampleMemory(fits + 1, system, []).bytes).toBeGreaterThan(limit);
    expect(() => checkFits('sample', '-n', fits, (rows) => sampleMemory(rows, system, []), limit)).not.toThrow();
  });
});

describe('flowc given counts it cannot run', () => {
  it('refuses them in one line, exit 2, before any work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-counts-'));
    const spec = 'flow tiny {\n  system particles 4, dim 2\n  let net = egnn(layers 1, mlp [4, 4], features 4, head [4, 4])\n  couple x | a project cartesian condition net\n  couple a | x project cartesian condition net\n}\n';
    const file = join(dir, 'tiny.flow');
    writeFileSync(file, spec);
    const weights = join(dir, 'w.safetensors');
    saveWeights(weights, compile(spec).module, randomWeights(compile(spec).module, 1));
    const data = join(dir, 'd.npy');
    writeFileSync(data, encodeNpy([10, 8], Array.from({ length: 80 }, (_, i) => Math.sin(i))));
    const sample = (...flags: string[]) => ['sample', file, '--weights', weights, '--backend', 'reference', '-o', join(dir, 's.npy'), ...flags];
    const cases: [string[], RegExp][] = [
      [sample('-n', '1e12'), /^flowc sample: -n expects a positive integer like 1000, got '1e12' \(see flowc sample --help\)\n$/],
      [sample('-n', '9007199254740993'), /^flowc sample: -n 9007199254740993 is too large/],
      [sample('-n', '4294967296'), /^flowc sample: -n 4294967296 needs ≈ [\d.]+ [GTP]B for the samples .*; use -n [\d,]+ or less\n$/],
      [sample('-n', '5', '--seed', '9007199254740993'), /^flowc sample: --seed 9007199254740993 is too large: seeds go up to 2\^53 − 1/],
      [['eval', file, '--weights', weights, '--data', data, '--backend', 'reference', '--marginal-samples', '1000000000'], /^flowc eval: --marginal-samples 1000000000 needs ≈ [\d.]+ [GTP]B for the marginal estimate \(10 data rows × K = 1000000000 draws\)/],
      [['eval', file, '--weights', weights, '--data', data, '--backend', 'reference', '--marginal-samples', '1e9'], /^flowc eval: --marginal-samples expects a positive integer like 1000, got '1e9'/],
      [['report', file, '--weights', weights, '--data', data, '--backend', 'reference', '--marginal-samples', '1000000000', '-o', join(dir, 'r.html')], /^flowc report: --marginal-samples 1000000000 needs ≈ [\d.]+ [GTP]B/],
      [['report', file, '--weights', weights, '--seed', '9007199254740992', '-o', join(dir, 'r.html')], /^flowc report: --seed 9007199254740992 is too large/],
    ];
    for (const [args, message] of cases) {
      const run = flowc(args);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  }, 120_000);
});
