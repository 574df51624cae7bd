/**
 * What `flowc check` and `flowc fmt` do with files that are not .flow text (compiler/bind/source-file.ts):
 * endless inputs are read only up to the cap, binary and non-UTF-8 files are refused in one line naming the
 * place, a BOM is accepted (and kept by fmt), and nothing from the file or its name reaches the terminal raw.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc, repoRoot } from '../helpers/cli.js';
import { MAX_SOURCE_BYTES } from '../../compiler/bind/source-file.js';

const dir = mkdtempSync(join(tmpdir(), 'flowc-input-'));
const cli = join(repoRoot, 'dist', 'compiler', 'cli', 'main.js');
const dw4 = readFileSync(join(repoRoot, 'examples', 'dw4.flow'), 'utf8');
const stackTrace = /\n\s+at .*:\d+:\d+/;
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** One line on stderr, no stack trace, exit 1. */
function expectOneLineRefusal(run: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.status).toBe(1);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(stackTrace);
}

describe('inputs that never end', () => {
  // A bounded read returns at once; the old whole-file read grew past 4 GB (killed here after 20 s).
  const bounded = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });

  it('check /dev/zero is refused as too large', () => {
    expectOneLineRefusal(bounded(`node ${cli} check /dev/zero`), /^flowc: cannot read '\/dev\/zero': it is larger than 256 KiB/);
  });

  it('a pipe that never ends is refused as too large', () => {
    expectOneLineRefusal(bounded(`node ${cli} check <(yes 'let a = 1')`), /it is larger than 256 KiB/);
  });

  it('a file one byte over the cap is refused; one at the cap is read', () => {
    const padded = (n: number) => `${dw4}\n${'/'.repeat(n - Buffer.byteLength(dw4) - 1)}`;
    expectOneLineRefusal(flowc(['check', file('big.flow', padded(MAX_SOURCE_BYTES + 1))]), /big\.flow': it is larger than 256 KiB/);
    expect(flowc(['check', file('cap.flow', padded(MAX_SOURCE_BYTES))]).status).toBe(0);
  });
});

describe('files that are not UTF-8 text', () => {
  it('a binary file (NUL bytes) is one line naming the place', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i * 7919) % 256);
    bytes[5] = 0;
    expectOneLineRefusal(flowc(['check', file('data.bin', bytes)]), /data\.bin': it is a binary file, not a \.flow spec \(a NUL byte at line \d+, byte offset \d+\)$/m);
  });

  it('invalid UTF-8 in a comment: check and fmt refuse it with line and offset, and fmt leaves the file alone', () => {
    const bytes = Buffer.concat([Buffer.from(`${dw4}// caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    const path = file('latin1.flow', bytes);
    const line = dw4.split('\n').length;
    const where = new RegExp(`not UTF-8 text \\(byte 0xe9 at line ${line}, byte offset ${Buffer.byteLength(dw4) + 6}\\)`);
    expectOneLineRefusal(flowc(['check', path]), where);
    expectOneLineRefusal(flowc(['fmt', path]), where);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('a byte order mark is accepted, and fmt keeps it', () => {
    const path = file('bom.flow', `\uFEFF${dw4.replace('flow ', 'flow   ')}`);
    expect(flowc(['check', path]).status).toBe(0);
    expect(flowc(['fmt', path]).stdout).toContain('formatted');
    const formatted = readFileSync(path);
    expect([...formatted.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(formatted.subarray(3).toString('utf8')).toBe(dw4);
    expect(flowc(['fmt', '--check', path]).status).toBe(0);
  });
});

describe('terminal control characters', () => {
  it('from a spec and from its file name are escaped in everything check prints', () => {
    const path = file('evil\u001b]0;PWNED\u0007.flow', `flow f { \u001b]0;PWNED\u0007\u001b[2J }\n`);
    const run = flowc(['check', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('\\x1b]0;PWNED\\x07');
    expect(run.stderr + run.stdout).not.toMatch(rawControl);
  });

  it('in a file that cannot be read, the one-line error escapes the name', () => {
    const run = flowc(['check', join(dir, 'missing\u001b[2J.flow')]);
    expect(run.stderr).toBe(`flowc: cannot read '${join(dir, 'missing\\x1b[2J.flow')}': no such file\n`);
  });
});

describe('deeply nested specs at the command line', () => {
  it('print one diagnostic, exit 1 and no stack trace', () => {
    for (const [name, text] of [
      ['repeat.flow', `flow f { ${'repeat 1 { '.repeat(400)}${'} '.repeat(400)}}`],
      ['mlp.flow', `flow f { couple x | a condition mlp(hidden ${'['.repeat(1000)} ) }`],
      ['spline.flow', `flow f { couple x | a transform ${'spline('.repeat(10_000)} }`],
    ] as const) {
      const run = flowc(['check', file(name, text)]);
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toMatch(/error FLOW1105: nested too deeply/);
      expect(run.stderr.split('\n').length, name).toBeLessThan(6);
    }
  });
});
