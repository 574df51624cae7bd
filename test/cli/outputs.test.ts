/**
 * Outputs never cost the user a file: several outputs are written all or none, a replaced file keeps its
 * mode, and an output that is one of the command's inputs is refused.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { flowc, repoRoot } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { setupTinyFlow, tinyLjSpec as spec } from '../helpers/tiny-flow.js';

const setup = () => setupTinyFlow('outputs');

const noStackTrace = /\n\s+at .*:\d+:\d+/;

describe('flowc outputs', () => {
  it('sample --with writes all files or none: one that cannot be written leaves the previous run whole', () => {
    const { dir, file, weights } = setup();
    const sample = (seed: string) => flowc(['sample', file, '--weights', weights, '-n', '4', '--backend', 'reference', '--seed', seed, '--with', 'a,logq', '-o', join(dir, 'x.npy')]);
    expect(sample('1').status).toBe(0);
    const before = ['x.npy', 'x.a.npy'].map((f) => readFileSync(join(dir, f)));
    // The last file's path is now a folder: its write fails after the other two were ready.
    rmSync(join(dir, 'x.logq.npy'));
    mkdirSync(join(dir, 'x.logq.npy'));
    const failed = sample('2');
    ['x.npy', 'x.a.npy'].forEach((f, i) => expect(Buffer.compare(readFileSync(join(dir, f)), before[i]!), f).toBe(0));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/flowc sample: cannot write '.*x\.logq\.npy': it is a folder/);
    expect(failed.stderr).not.toMatch(noStackTrace);
  }, 60_000);

  it('writes a pipe named by a path (/proc/self/fd/1, what /dev/stdout links to) in place', () => {
    const { file } = setup();
    // /proc/self/fd/1 rather than /dev/stdout: a regression that renames over it fails here instead of
    // replacing the machine's /dev/stdout. The shell's `| cat` makes stdout a pipe (Node's own is a socket).
    const cli = join(repoRoot, 'dist/compiler/cli/main.js');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" compile "${file}" --emit ir -o /proc/self/fd/1 | cat`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(flowc(['compile', file, '--emit', 'ir']).stdout);
  });

  it("fmt keeps a file's mode (600 stays 600)", () => {
    const { dir } = setup();
    const file = join(dir, 'messy.flow');
    writeFileSync(file, spec.replace('system particles 4, dim 3', 'system   particles 4,dim 3'));
    chmodSync(file, 0o600);
    const run = flowc(['fmt', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(spec);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('an output that is an input', () => {
  it('compile --emit ir refuses -o the spec itself, by any spelling: same path, ./ path, symlink', () => {
    const { dir, file } = setup();
    symlinkSync(file, join(dir, 'alias.flow'));
    for (const [out, cwd] of [[file, undefined], ['./tiny.flow', dir], [join(dir, 'alias.flow'), undefined]] as const) {
      const run = flowc(['compile', file, '--emit', 'ir', '-o', out], cwd);
      expect(run.status, out).toBe(2);
      expect(run.stderr).toMatch(/is the input '.*tiny\.flow'; writing it would destroy the input/);
      expect(readFileSync(file, 'utf8')).toBe(spec);
    }
    expect(flowc(['compile', file, '--emit', 'ir', '-o', join(dir, 'tiny.ir')]).status).toBe(0);
  });

  it('plot training refuses -o the history it reads', () => {
    const { dir, file } = setup();
    const history = join(dir, 'h.json');
    const text = `${JSON.stringify([0, 1, 2].map((step) => ({ step, loss: 3 - step, lr: 1e-3, gradNorm: 1, skipped: false, seconds: step })))}\n`;
    writeFileSync(history, text);
    const run = flowc(['plot', 'training', file, '--history', history, '-o', history]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/flowc plot: the output '.*h\.json' is the input/);
    expect(readFileSync(history, 'utf8')).toBe(text);
  });
});

describe('compile --target wgsl output folders', () => {
  const compileTo = (file: string, weights: string, out: string) => flowc(['compile', file, '--weights', weights, '--target', 'wgsl', '-o', out]);

  it("refuses a user's folder that happens to hold a manifest.json, and deletes nothing", () => {
    const { dir, file, weights } = setup();
    const out = join(dir, 'project');
    mkdirSync(join(out, 'src'), { recursive: true });
    const mine = { 'src/precious.txt': 'keep me', 'NOTES.md': '# notes', 'manifest.json': '{}' };
    for (const [name, text] of Object.entries(mine)) writeFileSync(join(out, name), text);
    const run = compileTo(file, weights, out);
    for (const [name, text] of Object.entries(mine)) expect(readFileSync(join(out, name), 'utf8'), name).toBe(text);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/project is not empty and is not a flowc output folder \(no flowc-output\.json\); choose another -o/);
  });

  it('marks its folder with name, version and IR digest, replaces it, but not once the user added a file', () => {
    const { dir, file, weights } = setup();
    const out = join(dir, 'sampler');
    mkdirSync(out);
    expect(compileTo(file, weights, out).status, 'an empty folder is fine').toBe(0);
    const marker = JSON.parse(readFileSync(join(out, 'flowc-output.json'), 'utf8')) as { tool: string; version: string; ir: string; files: string[] };
    expect(marker.tool).toBe('flowc');
    expect(marker.version).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
    expect(marker.ir).toMatch(/^[0-9a-f]{16}$/);
    expect(marker.files).toEqual(expect.arrayContaining(['manifest.json', 'flow.js', 'index.html', 'kernels/sample-0.wgsl']));
    expect(compileTo(file, weights, out).status, 'its own folder is replaced').toBe(0);
    writeFileSync(join(out, 'NOTES.md'), 'mine');
    const run = compileTo(file, weights, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/sampler holds files flowc did not write \(NOTES\.md\); move them out, or choose another -o/);
    expect(readFileSync(join(out, 'NOTES.md'), 'utf8')).toBe('mine');
  });
});
