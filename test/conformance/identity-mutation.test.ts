/**
 * Mutation test of "identity init = base density": a bug planted in backends/base.ts, the base density that
 * Flow.logProb uses (here: the log σ normalisation dropped), must fail the property. Before, the property
 * compared with those same functions, so the bug cancelled. vi.mock replaces the module for this file only.
 */
import { describe, expect, it, vi } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { runSuite } from '../../backends/conformance/suite.js';

vi.mock(import('../../backends/base.js'), async (original) => {
  const real = await original();
  // The planted bug: the x part without its −(n−1)·d·log σ term (scale 0.5 here, so it is off by 1.6 nats).
  const comFreeNormalLogProb = (x: ArrayLike<number>, n: number, d: number, scale = 1) => real.comFreeNormalLogProb(x, n, d, scale) + (n - 1) * d * Math.log(scale);
  const densityFrom: typeof real.densityFrom = (sizes, base, z0, logDet, batch) => {
    const { n, d, A } = sizes;
    const { x, a } = real.unpackJoint(sizes, z0, batch);
    return Float64Array.from({ length: batch }, (_, b) => logDet[b]! + comFreeNormalLogProb(x.subarray(b * n * d, (b + 1) * n * d), n, d, base.scale) + real.augmentedLogProb(x.subarray(b * n * d, (b + 1) * n * d), a.subarray(b * n * A * d, (b + 1) * n * A * d), n, A, d, base.augmentScale));
  };
  return { ...real, comFreeNormalLogProb, densityFrom };
});

describe('identity init = base density against a planted base-density bug', () => {
  it('fails when the base density Flow uses is wrong', async () => {
    const flow = compile('flow f {\n  system particles 3, dim 2\n  base com_free_normal(scale 0.5)\n  couple x | a project vector condition egnn(layers 1, mlp [8], features 8, head [8])\n}', { noCheck: true });
    flow.setWeights(randomWeights(flow.module, 1));
    const results = await runSuite(flow, { runs: 2, seed: 1, jacobianRuns: 0 });
    const row = results.find((r) => r.property === 'identity init = base density');
    expect(row).toBeDefined();
    expect(row!.pass).toBe(false);
    expect(row!.worstError).toBeGreaterThan(1e-2);
  });
});
