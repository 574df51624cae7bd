/** eval and report measure at most 1,000 data rows unless --rows says otherwise, and say so (issue 16). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capRows, evalRows } from '../../compiler/cli/eval-rows.js';
import { EVAL_ROWS } from '../../compiler/cli/defaults.js';
import { flowc } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { encodeNpy } from '../../backends/data/npy.js';

describe('the default data rows of eval and report', () => {
  it('caps at EVAL_ROWS without --rows, with a line naming the flag for all', () => {
    const capped = capRows('eval', evalRows(undefined), 10_000, 20);
    expect(capped.count).toBe(EVAL_ROWS);
    expect(capped.note).toBe('flowc eval: the first 1,000 of 10,000 data rows × K = 20 (the default; --rows 0..10000 for all)');
    expect(capRows('eval', evalRows(undefined), 999, 20)).toEqual({ count: 999, note: undefined });
    expect(capRows('eval', evalRows('0..10000'), 10_000, 20)).toEqual({ count: 10_000, note: undefined });
  });

  it('flowc eval on 1,005 rows uses 1,000 and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-evalrows-'));
    const spec = 'flow tiny {\n  system particles 4, dim 2\n  let net = egnn(layers 1, mlp [4, 4], features 4, head [4, 4])\n  couple x | a project vector condition net\n}\n';
    const file = join(dir, 'tiny.flow');
    writeFileSync(file, spec);
    const { module } = compile(spec);
    saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 1));
    writeFileSync(join(dir, 'd.npy'), encodeNpy([1005, 8], Array.from({ length: 1005 * 8 }, (_, i) => Math.sin(i * 0.37) * 2)));
    const run = flowc(['eval', file, '--weights', join(dir, 'w.safetensors'), '--data', join(dir, 'd.npy'), '--marginal-samples', '1', '--samples', '1', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('flowc eval: the first 1,000 of 1,005 data rows × K = 1 (the default; --rows 0..1005 for all)');
  }, 120_000);
});
