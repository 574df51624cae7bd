import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, FlowcCompileError } from '../../compiler/compile.js';
import { randomWeights, identityWeights } from '../../backends/init.js';
import { philox, normals, Streams } from '../../backends/rng.js';
import { decodeSafetensors, encodeSafetensors, WeightsError } from '../../backends/weights-io.js';
import { comFreeNormalLogProb } from '../../backends/reference/math/densities.js';
import { computeGolden, goldenDir, goldenSpecs, type GoldenFlow } from '../../test-support/golden-flows.js';

const small = `flow small {
  system particles 4, dim 3
  symmetry SE(3) x S(4)
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a condition net
  couple a | x condition net
  target lj
}`;

describe('Philox4x32-10', () => {
  it('matches the Random123 known-answer vectors', () => {
    const hex = (v: number[]) => v.map((x) => x.toString(16).padStart(8, '0'));
    expect(hex(philox(0, 0, 0, 0, 0, 0))).toEqual(['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    expect(hex(philox(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff))).toEqual(['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    expect(hex(philox(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0))).toEqual(['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('gives standard normals (mean ≈ 0, variance ≈ 1 over 40,000 draws) that depend on seed, stream and row', () => {
    const draws = normals(5, Streams.baseX, 0, 40_000);
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const variance = draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    expect(normals(5, Streams.baseX, 1, 4)).not.toEqual(normals(5, Streams.baseX, 0, 4));
    expect(normals(5, Streams.baseA, 0, 4)).not.toEqual(normals(5, Streams.baseX, 0, 4));
    expect(normals(6, Streams.baseX, 0, 4)).not.toEqual(normals(5, Streams.baseX, 0, 4));
  });
});

describe('Flow API', () => {
  it('samples reproducibly, with x on the zero-CoM subspace', () => {
    const flow = compile(small);
    flow.setWeights(randomWeights(flow.module, 2));
    const a = flow.sample(3, 11);
    const b = flow.sample(3, 11);
    expect(a.x).toEqual(b.x);
    expect(a.logQ).toEqual(b.logQ);
    expect(flow.sample(3, 12).x).not.toEqual(a.x);
    for (let k = 0; k < 3; k++) expect(Math.abs(a.x.filter((_, i) => i % 3 === k).slice(0, 4).reduce((s, v) => s + v, 0))).toBeLessThan(1e-12);
  });

  it('identity weights give the base density, and the marginal over a is exactly log q0(x)', () => {
    const flow = compile(small);
    flow.setWeights(identityWeights(flow.module, 0));
    const x = Float64Array.from({ length: 12 }, (_, i) => Math.sin(3 * i));
    const marginal = flow.marginalLogProb(x, 1, 20, 3)[0]!;
    expect(Math.abs(marginal - comFreeNormalLogProb(x, 4, 3))).toBeLessThan(1e-10);
  });

  it('estimates the marginal with K draws of a (method §2.4)', () => {
    const flow = compile(small);
    flow.setWeights(randomWeights(flow.module, 2));
    const s = flow.sample(2, 1);
    const logW = flow.logWeights(s.x, 2, 5, 9);
    expect(logW).toHaveLength(2);
    expect(logW[0]).toHaveLength(5);
    const marginal = flow.marginalLogProb(s.x, 2, 5, 9);
    const lse = (row: number[]) => Math.max(...row) + Math.log(row.reduce((t, v) => t + Math.exp(v - Math.max(...row)), 0));
    expect(marginal[1]).toBeCloseTo(lse(logW[1]!) - Math.log(5), 12);
  });

  it('gives the same log weights and marginal through the async path (which WGSL runs on)', async () => {
    const flow = compile(small);
    flow.setWeights(randomWeights(flow.module, 2));
    const s = flow.sample(3, 1);
    expect(await flow.logWeightsAsync(s.x, 3, 4, 9)).toEqual(flow.logWeights(s.x, 3, 4, 9));
    expect(await flow.marginalLogProbAsync(s.x, 3, 4, 9)).toEqual(flow.marginalLogProb(s.x, 3, 4, 9));
  });

  it('saves and loads weights as safetensors, and rejects weights of another flow', () => {
    const flow = compile(small);
    flow.setWeights(randomWeights(flow.module, 4));
    const dir = mkdtempSync(join(tmpdir(), 'flowc-weights-'));
    const path = join(dir, 'w.safetensors');
    flow.saveWeights(path);
    const again = compile(small);
    again.loadWeights(path);
    expect(again.sample(2, 3).logQ).toEqual(flow.sample(2, 3).logQ);
    const other = compile(small.replace('features 8', 'features 6'));
    expect(() => other.loadWeights(path)).toThrow(WeightsError);
    expect(() => other.loadWeights(join(dir, 'missing.safetensors'))).toThrow(/no such file/);
    writeFileSync(join(dir, 'junk.safetensors'), 'not a tensor file');
    expect(() => again.loadWeights(join(dir, 'junk.safetensors'))).toThrow(WeightsError);
  });

  it('round-trips safetensors with metadata and F32 data', () => {
    const weights = new Map([['a.w', Float64Array.from([1.5, -2, 3.25])], ['b', Float64Array.from([0.1])]]);
    const decoded = decodeSafetensors(encodeSafetensors(weights, { note: 'x' }, 'F32'));
    expect(decoded.metadata).toEqual({ note: 'x' });
    expect([...decoded.weights.get('a.w')!]).toEqual([1.5, -2, 3.25]);
    expect(decoded.weights.get('b')![0]).toBeCloseTo(0.1, 7);
  });

  it('reports a source that does not compile as a FlowcCompileError with diagnostics', () => {
    expect(() => compile('flow f { system particles 4, dim 5 couple x | a }')).toThrow(FlowcCompileError);
    try {
      compile('flow f { system particles 4, dim 5 couple x | a }');
    } catch (error) {
      expect((error as FlowcCompileError).diagnostics.map((d) => d.code)).toContain('FLOW3004');
    }
  });
});

describe('golden flow vectors (test/golden/flows)', () => {
  it.each(goldenSpecs)('the reference reproduces %s', (spec) => {
    const stored = JSON.parse(readFileSync(join(goldenDir, `${spec.replace(/^examples\//, '').replace(/\.flow$/, '')}.json`), 'utf8')) as GoldenFlow;
    const now = computeGolden(spec);
    expect(now.weights.count).toBe(stored.weights.count);
    expect(now.weights.sum).toBeCloseTo(stored.weights.sum, 9);
    const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(b[i]!))));
    close(now.sample.x, stored.sample.x);
    close(now.sample.a, stored.sample.a);
    close(now.sample.logQ, stored.sample.logQ);
    close(now.density.logQ, stored.density.logQ);
  });
});
