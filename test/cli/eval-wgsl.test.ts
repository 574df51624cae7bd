/**
 * `flowc eval --backend wgsl`: the paper's metrics (NLL with K augmented draws, var log w, forward and reverse
 * ESS) on WebGPU agree with the float64 reference's for the same data, draws and seed.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { writeNpy } from '../../backends/data/npy.js';

const spec = `flow tiny {
  system particles 4, dim 3
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
  target dw4
}
`;

describe('flowc eval --backend wgsl', () => {
  it('gives the reference metrics within float32 error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-eval-wgsl-'));
    const file = join(dir, 'tiny.flow');
    writeFileSync(file, spec);
    const flow = compile(spec);
    const weights = randomWeights(flow.module, 2);
    saveWeights(join(dir, 'w.safetensors'), flow.module, weights);
    // "Data": 30 configurations the flow itself drew with another seed (log q of them is O(10), var log w O(1)).
    flow.setWeights(weights);
    writeNpy(join(dir, 'data.npy'), [30, 4, 3], flow.sample(30, 99).x);
    const metrics = (backend: string) => {
      const run = flowc(['eval', file, '--weights', join(dir, 'w.safetensors'), '--data', join(dir, 'data.npy'), '--marginal-samples', '4', '--samples', '64', '--backend', backend, '--json']);
      expect(run.status, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { backend: string; metrics: Record<string, number> });
    };
    const wgsl = metrics('wgsl');
    const reference = metrics('reference');
    expect(wgsl.backend).toMatch(/^wgsl/);
    expect(Object.keys(wgsl.metrics).sort()).toEqual(Object.keys(reference.metrics).sort());
    // log q on WGSL is within ≈ 1e-4 of the reference's (test/wgsl); these are means, variances and ESS of it.
    expect(Math.abs(wgsl.metrics['nll']! - reference.metrics['nll']!)).toBeLessThan(1e-3);
    expect(Math.abs(wgsl.metrics['var_log_w']! - reference.metrics['var_log_w']!)).toBeLessThan(1e-3);
    for (const ess of ['forward_ess', 'reverse_ess']) {
      // Untrained weights: the ESS are tiny (measured 8.7e-78 forward, 0.036 reverse), but each is a ratio of
      // sums of exp(log w), so their relative error is that of the weights themselves (measured ≤ 1e-4).
      expect(reference.metrics[ess]!, ess).toBeGreaterThan(0);
      expect(Math.abs(wgsl.metrics[ess]! / reference.metrics[ess]! - 1), ess).toBeLessThan(1e-3);
    }
    expect(wgsl.metrics['nll']).not.toBe(reference.metrics['nll']); // two backends ran, not one twice
  }, 120_000);
});
