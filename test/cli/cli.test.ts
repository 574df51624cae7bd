import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc } from '../helpers/cli.js';

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

describe('flowc check', () => {
  it('exits 0 and names the proven group for a valid file', () => {
    const run = flowc(['check', 'examples/lj13.flow']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('examples/lj13.flow: ok (SE(3) x S(13) proven)');
  });

  it('exits 1 with a located, coded diagnostic, an excerpt and a fix', () => {
    const run = flowc(['check', 'test/diagnostics/cases/unsound-e3-spherical.flow']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^test\/diagnostics\/cases\/unsound-e3-spherical\.flow:4:12: error FLOW4001: claim E\(3\) x S\(4\) includes reflections/m);
    expect(run.stderr).toContain('^~~~');
    expect(run.stderr).toContain('fix: spherical builds its frame with a cross product');
    noStackTrace(run.stderr);
  });

  it('checks several files and fails if any fails', () => {
    const run = flowc(['check', 'examples/dw4.flow', 'test/diagnostics/cases/shapes-dim-4.flow']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('examples/dw4.flow: ok');
    expect(run.stdout).toContain('shapes-dim-4.flow: failed');
  });

  it('reports a missing file without a stack trace', () => {
    const run = flowc(['check', 'no/such.flow']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot read 'no/such.flow': no such file");
    noStackTrace(run.stderr);
  });

  it('gives JSON for tools', () => {
    const run = flowc(['check', '--json', 'test/diagnostics/cases/shapes-dim-4.flow']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: { diagnostics: { code: string; line: number; column: number }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.files[0]?.diagnostics[0]).toMatchObject({ code: 'FLOW3004', line: 3, column: 27 });
  });

  it('rejects usage mistakes with status 2', () => {
    expect(flowc(['check']).status).toBe(2);
    expect(flowc(['check', '--frobnicate', 'x.flow']).status).toBe(2);
    const unknown = flowc(['chek', 'x.flow']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("did you mean 'check'?");
  });
});

describe('flowc fmt', () => {
  function scratch(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-fmt-'));
    const file = join(dir, 'f.flow');
    writeFileSync(file, text);
    return file;
  }

  it('--check passes on canonical files and fails, without writing, on others', () => {
    expect(flowc(['fmt', '--check', 'examples/lj13.flow']).status).toBe(0);
    const file = scratch('flow f {system particles 4,dim 2   couple x|a}\n');
    const run = flowc(['fmt', '--check', file]);
    expect(run.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('flow f {system particles 4,dim 2   couple x|a}\n');
  });

  it('rewrites a file in place, atomically, leaving no temporary files', () => {
    const file = scratch('// hi\nflow f {system particles 4,dim 2   couple x|a // tail\n}\n');
    expect(flowc(['fmt', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('// hi\nflow f {\n  system particles 4, dim 2\n  couple x | a // tail\n}\n');
    expect(readdirSync(join(file, '..'))).toEqual(['f.flow']);
  });

  it('refuses to format a file with syntax errors and leaves it untouched', () => {
    const file = scratch('flow f { system particles }\n');
    const run = flowc(['fmt', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('FLOW1102');
    expect(readFileSync(file, 'utf8')).toBe('flow f { system particles }\n');
  });

  it('prints to stdout with --stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-fmt-'));
    copyFileSync('examples/dw4.flow', join(dir, 'dw4.flow'));
    const run = flowc(['fmt', '--stdout', join(dir, 'dw4.flow')]);
    expect(run.stdout).toBe(readFileSync('examples/dw4.flow', 'utf8'));
  });
});

describe('flowc explain', () => {
  it('prints the certificate, degrees of freedom and parameters of lj13', () => {
    const run = flowc(['explain', 'examples/lj13.flow']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('proven     SE(3) x S(13)');
    expect(run.stdout).toContain('(n−1)·d = 36');
    expect(run.stdout).toMatch(/couple x \| a project spherical \(line \d+\) ×12/);
    expect(run.stdout).toContain('breaks reflections');
    expect(run.stdout).toMatch(/total: [\d,]+ in 24 layers/);
  });

  it('gives JSON, and fails on a file without a flow', () => {
    const json = JSON.parse(flowc(['explain', '--json', 'examples/dw4.flow']).stdout) as { proven: string };
    expect(json.proven).toBe('SE(2) x S(4)');
    const library = flowc(['explain', 'stdlib/presets/eacf.flow']);
    expect(library.status).toBe(1);
    expect(library.stderr).toContain('no flow to explain');
  });
});

