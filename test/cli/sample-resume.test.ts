/**
 * `flowc sample --resume`: a run killed mid-way (SIGKILL, after it has saved OUT.npy.partial) continues from the
 * partial file and ends with the same bytes as an uninterrupted run; no output file appears before the end; a
 * partial file is never silently overwritten or used for another run.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc, killWhenExists } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { parseNpy } from '../../backends/data/npy.js';

// 13 particles and a wider net: the reference draws ≈ 200 per second, so 1,500 take several seconds.
const spec = `flow mid {
  system particles 13, dim 3
  let net = egnn(layers 1, mlp [32, 32], features 32, head [32, 32])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
}
`;

describe('flowc sample --resume', () => {
  it('continues a killed run to the bytes of an uninterrupted one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-sample-resume-'));
    const file = join(dir, 'mid.flow');
    writeFileSync(file, spec);
    const { module } = compile(spec);
    const weights = join(dir, 'w.safetensors');
    saveWeights(weights, module, randomWeights(module, 2));
    const args = (out: string, seed = '5') => ['sample', file, '--weights', weights, '-n', '1500', '--seed', seed, '--backend', 'reference', '--with', 'a,logq', '-o', out];

    const full = flowc(args(join(dir, 'full.npy')));
    expect(full.status, full.stderr).toBe(0);
    // Every row sampled (a chunking bug once left rows at zero, and equal zeros compare equal).
    const x = parseNpy(readFileSync(join(dir, 'full.npy')), 'full.npy').data;
    for (let row = 0; row < 1500; row++) expect(x.subarray(row * 39, (row + 1) * 39).some((v) => v !== 0), `row ${row}`).toBe(true);

    const out = join(dir, 'part.npy');
    await killWhenExists(args(out), `${out}.partial`, { FLOWC_SAMPLE_SAVE_SECONDS: '0' }); // saves after every chunk
    expect(existsSync(out)).toBe(false); // nothing half-written
    const refused = flowc(args(out));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('add --resume');
    const otherSeed = flowc([...args(out, '6'), '--resume']);
    expect(otherSeed.status).toBe(1);
    expect(otherSeed.stderr).toMatch(/belongs to another run \(its seed 5, this run's 6\)/);

    const partial = readFileSync(`${out}.partial`);
    // Written by another flowc (other generated code or version): refused, not mixed into this run's rows.
    const other = join(dir, 'other.npy');
    writeFileSync(`${other}.partial`, withKey(partial, { code: 'flowc 0.0.0' }));
    const otherCode = flowc([...args(other), '--resume']);
    expect(otherCode.status).toBe(1);
    expect(otherCode.stderr).toMatch(/belongs to another run \(its code flowc 0\.0\.0, this run's flowc [^:]+: another flowc version wrote it\)/);
    const damaged = join(dir, 'damaged.npy');
    for (const [bytes, why] of [[Buffer.from('junk'), 'is not a flowc sample partial file'], [partial.subarray(0, 25), 'is truncated'], [partial.subarray(0, partial.length - 3), 'is truncated']] as const) {
      writeFileSync(`${damaged}.partial`, bytes);
      const run = flowc([...args(damaged), '--resume']);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(why);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const resumed = flowc([...args(out), '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/resuming from .*part\.npy\.partial: \d+\/1500 samples there/);
    // The summary counts this run's rows only (it once divided all 1,500 by this run's time).
    const there = Number(/: (\d+)\/1500 samples there/.exec(resumed.stderr)![1]);
    expect(resumed.stdout).toContain(`1500 samples on reference, ${1500 - there} of them in this run (resumed at ${there}): ${1500 - there} in `);
    expect(existsSync(`${out}.partial`)).toBe(false);
    for (const part of ['', '.a', '.logq']) expect(readFileSync(join(dir, `part${part}.npy`)).equals(readFileSync(join(dir, `full${part}.npy`))), part).toBe(true);
  }, 120_000);
});

/** The partial file `bytes` with some fields of its key replaced (magic line, u32 header length, JSON header, rows). */
function withKey(bytes: Buffer, fields: Record<string, unknown>): Buffer {
  const magic = bytes.indexOf('\n') + 1;
  const length = bytes.readUInt32LE(magic);
  const header = JSON.parse(bytes.subarray(magic + 4, magic + 4 + length).toString()) as { key: object };
  const text = Buffer.from(JSON.stringify({ ...header, key: { ...header.key, ...fields } }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(text.length);
  return Buffer.concat([bytes.subarray(0, magic), size, text, bytes.subarray(magic + 4 + length)]);
}
