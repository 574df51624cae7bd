/**
 * Issue 16: `flowc verify`, `eval` and `report` print progress on stderr while they work (a line every 30 s
 * off a terminal; FLOWC_PROGRESS_SECONDS=0 asks for every update), and `flowc sample` without --backend
 * takes the fastest backend that is there and says which on stderr.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flowc } from '../helpers/cli.js';
import { compileModule } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { defaultSampleBackend, sampleBackend } from '../../compiler/cli/backends.js';
import { tinyDw4Narrow } from '../helpers/tiny-training.js';

const valDw4 = fileURLToPath(new URL('../../../shared/data/val_split_DW4.npy', import.meta.url));
const spec = tinyDw4Narrow;
const everyUpdate = { FLOWC_PROGRESS_SECONDS: '0' };

let dir = '';
let file = '';
let weights = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowc-progress-'));
  file = join(dir, 'tiny.flow');
  writeFileSync(file, spec);
  const { module } = compileModule(spec);
  weights = join(dir, 'w.safetensors');
  saveWeights(weights, module, randomWeights(module, 2));
});

describe('progress of the long commands', () => {
  it('verify prints runs done, the property and the time left', () => {
    const run = flowc(['verify', file, '--runs', '2'], undefined, everyUpdate);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^verify: 1\/\d+ runs \(property 1\/\d+: .+\) {2}measuring the rate…$/);
    expect(lines.at(-1)).toMatch(/^verify: \d+\/\d+ runs \(property \d+\/\d+: .+\) {2}\S+ runs\/s {2}\S+ (s|min|h) left$/);
  }, 60_000);

  it('eval prints data rows, then model samples, with the time left', () => {
    const run = flowc(['eval', file, '--weights', weights, '--data', valDw4, '--rows', '0..250', '--marginal-samples', '2', '--samples', '300', '--backend', 'reference'], undefined, everyUpdate);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('eval: 100/250 data rows (K = 2 draws each)  measuring the rate…\n');
    expect(run.stderr).toMatch(/^eval: 200\/250 data rows \(K = 2 draws each\) {2}\S+ (s|min|h) left$/m);
    expect(run.stderr).toMatch(/^eval: 256\/300 model samples {2}\S+ (s|min|h) left$/m);
    expect(run.stdout).toMatch(/^nll\s/m);
  }, 60_000);

  it('report prints the metrics, then the property suite', () => {
    const out = join(dir, 'report.html');
    const run = flowc(['report', file, '--weights', weights, '--data', valDw4, '--rows', '0..150', '--marginal-samples', '2', '--samples', '300', '--verify-runs', '1', '--jacobian-runs', '0', '--backend', 'reference', '-o', out], undefined, everyUpdate);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter(Boolean);
    const firstSuite = lines.findIndex((l) => l.startsWith('report: property suite: '));
    expect(lines[0]).toBe('report: 100/150 data rows (K = 2 draws each)  measuring the rate…');
    expect(lines.slice(0, firstSuite).some((l) => /^report: 256\/300 model samples {2}\S+ (s|min|h) left$/.test(l))).toBe(true);
    expect(lines[firstSuite]).toMatch(/^report: property suite: 1\/\d+ runs \(property 1\/\d+: .+\) {2}measuring the rate…$/);
  }, 120_000);
});

describe("sample's default backend", () => {
  it('is WGSL on a hardware adapter, tfjs on SwiftShader or with no adapter, WGSL when --bake asks', () => {
    const gpu = { software: false, adapterInfo: 'nvidia / hopper / NVIDIA H200' };
    const swiftShader = { software: true, adapterInfo: 'google / swiftshader / SwiftShader driver 5.0.0' };
    expect(defaultSampleBackend(gpu, false)).toEqual({ name: 'wgsl', line: 'backend: wgsl (GPU adapter: nvidia / hopper / NVIDIA H200) — --backend tfjs to override' });
    expect(defaultSampleBackend(swiftShader, false)).toEqual({ name: 'tfjs', line: 'backend: tfjs (no GPU adapter; SwiftShader would be slower) — --backend wgsl to override' });
    expect(defaultSampleBackend(undefined, false)).toEqual({ name: 'tfjs', line: 'backend: tfjs (no WebGPU adapter) — --backend wgsl to override' });
    expect(defaultSampleBackend(swiftShader, true).name).toBe('wgsl');
  });

  it('prints the choice on stderr, and nothing when --backend is given', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((text) => (written.push(String(text)), true));
    try {
      const chosen = await sampleBackend('sample', undefined, false, async () => ({ software: true, adapterInfo: 'SwiftShader' }));
      expect(chosen.name).toBe('tfjs');
      expect(chosen.backend.name).toMatch(/^tfjs/);
      const given = await sampleBackend('sample', 'reference', false, async () => {
        throw new Error('no probe when --backend is given');
      });
      expect(given.name).toBe('reference');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(['backend: tfjs (no GPU adapter; SwiftShader would be slower) — --backend wgsl to override\n']);
  }, 60_000);

  it('flowc sample without --backend says which it took and samples on it', () => {
    const run = flowc(['sample', file, '--weights', weights, '-n', '20', '-o', join(dir, 's.npy')]);
    expect(run.status, run.stderr).toBe(0);
    const chosen = /^backend: (tfjs|wgsl) \((.+)\) — --backend (tfjs|wgsl) to override$/m.exec(run.stderr);
    expect(chosen, run.stderr).not.toBeNull();
    expect(chosen![1]).not.toBe(chosen![3]);
    expect(run.stdout).toMatch(new RegExp(`^20 samples on ${chosen![1]}`));
  }, 60_000);
});
