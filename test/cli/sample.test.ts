/**
 * `flowc sample`: .npy outputs, the same bytes for the same seed whatever the chunking, log q on WGSL
 * against the float64 reference's for the same draws, and clear errors for bad arguments.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { setupTinyFlow, tinyLjSpec as spec } from '../helpers/tiny-flow.js';
import { parseNpy } from '../../backends/data/npy.js';

const setup = () => setupTinyFlow('sample');

const load = (path: string) => parseNpy(readFileSync(path), path);

describe('flowc sample', () => {
  it('writes x, a, log q, log w; WGSL agrees with the reference and repeats itself byte for byte', () => {
    const { dir, file, weights } = setup();
    const common = ['sample', file, '--weights', weights, '-n', '40', '--seed', '7', '--with', 'a,logq,logw'];
    const wgsl = ['--backend', 'wgsl']; // the default only on a GPU adapter (not SwiftShader)
    const first = flowc([...common, ...wgsl, '-o', join(dir, 'one.npy')]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/40 samples on wgsl/);
    const again = flowc([...common, ...wgsl, '-o', join(dir, 'two.npy'), '--check-logq', '5']);
    expect(again.status, again.stderr).toBe(0);
    for (const part of ['', '.a', '.logq', '.logw']) expect(readFileSync(join(dir, `one${part}.npy`)).equals(readFileSync(join(dir, `two${part}.npy`))), part).toBe(true);
    // Chunks start at 16 systems: rows 16–19 are computed in a chunk of 4 here and inside a larger chunk above.
    const prefix = flowc(['sample', file, '--weights', weights, '-n', '20', '--seed', '7', '--with', 'logq', ...wgsl, '-o', join(dir, 'prefix.npy')]);
    expect(prefix.status, prefix.stderr).toBe(0);
    expect(Array.from(load(join(dir, 'prefix.npy')).data)).toEqual(Array.from(load(join(dir, 'one.npy')).data.subarray(0, 20 * 4 * 3)));
    expect(Array.from(load(join(dir, 'prefix.logq.npy')).data)).toEqual(Array.from(load(join(dir, 'one.logq.npy')).data.subarray(0, 20)));
    const ref = flowc([...common, '--backend', 'reference', '-o', join(dir, 'ref.npy')]);
    expect(ref.status, ref.stderr).toBe(0);
    const x = load(join(dir, 'one.npy'));
    expect(x.shape).toEqual([40, 4, 3]);
    for (let row = 0; row < 40; row++) expect(x.data.subarray(row * 12, (row + 1) * 12).some((v) => v !== 0), `row ${row} sampled`).toBe(true);
    const q = load(join(dir, 'one.logq.npy')).data;
    const qRef = load(join(dir, 'ref.logq.npy')).data;
    // Plumbing check (same draws, same model): log q here is O(1) and a float32 sum of O(10) log-dets, so the
    // bound is absolute; test/wgsl holds the kernels to 1e-4 of the reference. Measured: ≤ 1.2e-4.
    q.forEach((v, i) => expect(Math.abs(v - qRef[i]!)).toBeLessThan(5e-4));
    // --check-logq 5: the reference's log q of rows 0, 10, 20, 29, 39 (x and a as sampled on WGSL; float32
    // values, so the .npy files hold them exactly) against the sampled log q — recomputed here the same way.
    const printed = /log q of 5 rows recomputed by the float64 reference \([\d.]+ s\): largest difference (\S+)/.exec(again.stdout);
    expect(printed, again.stdout).not.toBeNull();
    const rows = [0, 10, 20, 29, 39];
    const a = load(join(dir, 'one.a.npy')).data;
    const pick = (v: Float32Array | Float64Array, width: number) => Float64Array.from(rows.flatMap((row) => Array.from(v.subarray(row * width, (row + 1) * width))));
    const reference = compile(spec);
    reference.setWeights(randomWeights(reference.module, 2));
    const expected = reference.logProb(pick(x.data, 12), pick(a, a.length / 40), rows.length);
    const largest = Math.max(...rows.map((row, k) => Math.abs(q[row]! - expected[k]!)));
    expect(largest).toBeGreaterThan(0); // float32 against float64: a check that compares anything differs
    expect(Number(printed![1])).toBeCloseTo(largest, 6);
    expect(largest).toBeLessThan(5e-4);
    expect(load(join(dir, 'one.logw.npy')).shape).toEqual([40]);
  }, 120_000);

  it('refuses bad arguments without writing anything', () => {
    const { dir, file, weights } = setup();
    const out = join(dir, 'bad.npy');
    const cases: [string[], RegExp][] = [
      [['sample', file, '--weights', weights, '-o', join(dir, 'bad.txt')], /-o names the \.npy file/],
      [['sample', file, '--weights', weights, '-n', '0', '-o', out], /-n expects a positive integer/],
      [['sample', file, '--weights', weights, '--with', 'x', '-o', out], /--with takes a comma list/],
      [['sample', file, '--weights', weights, '--check-logq', '0', '-o', out], /--check-logq expects a positive integer/],
      [['sample', file, '--weights', join(dir, 'missing.safetensors'), '-o', out], /missing\.safetensors/],
      [['sample', file, '--weights', weights, '--backend', 'cuda', '-o', out], /--backend must be wgsl, wasm, tfjs or reference/],
      [['eval', file, '--weights', weights, '--data', out, '--backend', 'cuda'], /--backend must be wgsl, wasm, tfjs \(or tfjs-wasm, tfjs-cpu, tfjs-tensorflow\) or reference/],
      [['eval', file, '--weights', weights, '--data', out, '--backend', 'wasm', '--bake'], /--bake applies to the wgsl backend only/],
    ];
    for (const [args, message] of cases) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    }
    expect(existsSync(out)).toBe(false);
    // Non-E flows (transformer conditioner) sample on WGSL too, with log q equal to the reference's.
    const transformer = join(dir, 'transformer.flow');
    writeFileSync(transformer, spec.replace(/project spherical condition net/g, 'project none transform affine condition transformer(layers 1, heads 2, key_size 2, mlp [8], output 8, head [8])'));
    const { module } = compile(readFileSync(transformer, 'utf8'));
    saveWeights(join(dir, 'tw.safetensors'), module, randomWeights(module, 2));
    const logQ = (backend: string) => {
      const file = join(dir, `t-${backend}.npy`);
      const run = flowc(['sample', transformer, '--weights', join(dir, 'tw.safetensors'), '-n', '4', '--backend', backend, '--with', 'logq', '-o', file]);
      expect(run.status, run.stderr).toBe(0);
      return parseNpy(readFileSync(join(dir, `t-${backend}.logq.npy`)), backend).data;
    };
    const want = logQ('reference');
    logQ('wgsl').forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(want[i]!))));
  }, 60_000);
});
