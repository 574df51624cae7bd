/**
 * `flowc train --backend wasm --threads N` (backends/wasm/parallel-engine.ts) end to end: it says how many
 * threads it uses, and a killed run resumed with the same count ends with exactly the weights of an
 * uninterrupted one (the workers' sums are added in a fixed order).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flowc, killWhenExists } from '../helpers/cli.js';
import { sharedDw4, tinyDw4Spec, writeTinySpec } from '../helpers/tiny-training.js';

describe('flowc train --threads', () => {
  it('trains on worker threads, says so, and resumes a killed run bit for bit', async () => {
    const { dir, file } = writeTinySpec('threads', tinyDw4Spec(['batch 16', 'lr constant(value 1e-3)'], sharedDw4));
    const common = ['train', file, '--backend', 'wasm', '--threads', '2', '--steps', '16', '--checkpoint-every', '4', '--eval-every', '1000', '--seed', '3'];
    const whole = flowc([...common, '--out', join(dir, 'whole')]);
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stderr).toContain('training on wasm, 2 threads');
    await killWhenExists([...common, '--out', join(dir, 'killed')], join(dir, 'killed', 'checkpoint.safetensors'));
    const resumed = flowc([...common, '--out', join(dir, 'killed'), '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const weights = (run: string) => readFileSync(join(dir, run, 'weights.safetensors')).subarray(8);
    expect(Buffer.compare(weights('whole'), weights('killed'))).toBe(0);
  }, 60_000);
});
