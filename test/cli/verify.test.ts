import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc } from '../helpers/cli.js';

function scratch(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'flowc-verify-')), name);
  writeFileSync(file, text);
  return file;
}

const small = (claim: string, projection = 'spherical') => `flow small {
  system particles 4, dim 3
  symmetry ${claim}
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project ${projection} condition net
  couple a | x project ${projection} condition net
}
`;

describe('flowc verify', () => {
  it('passes on a sound spec and prints the table', () => {
    const run = flowc(['verify', scratch('ok.flow', small('SE(3) x S(4)')), '--runs', '3', '--seed', '5']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/inverse ∘ forward = id\s+\S+\s+≤ 1e-10\s+holds\s+pass/);
    expect(run.stdout).toMatch(/forward equivariant under reflection\s+\S+\s+> 1e-6\s+counterexample\s+pass/);
    expect(run.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('refuses an unsound claim without --no-check, and shows the counterexample with it', () => {
    const file = scratch('e3.flow', small('E(3) x S(4)'));
    const refused = flowc(['verify', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('FLOW4001');
    const run = flowc(['verify', file, '--no-check', '--runs', '3']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('verifying it anyway');
    expect(run.stdout).toMatch(/log q invariant under reflection\s+\S+\s+≤ 1e-10\s+holds\s+FAIL\s+fc seed 0, data seed \d+/);
    expect(run.stdout).not.toMatch(/under rotation\s+.*FAIL/);
  });

  it('gives JSON and rejects bad flags', () => {
    const json = JSON.parse(flowc(['verify', scratch('ok.flow', small('E(3) x S(4)', 'vector')), '--runs', '2', '--json']).stdout) as { results: { property: string; pass: boolean }[] };
    expect(json.results.every((r) => r.pass)).toBe(true);
    expect(flowc(['verify', 'x.flow', '--runs', 'many']).status).toBe(2);
    expect(flowc(['verify', 'x.flow', '--backend', 'cuda']).status).toBe(2);
  });

  it.each(['tfjs', 'wgsl'])('runs on the float32 backend %s with float32 tolerances and the reference as oracle', (backend) => {
    const run = flowc(['verify', scratch('ok.flow', small('SE(3) x S(4)')), '--backend', backend, '--runs', '2']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`backend ${backend}`);
    // Float32 bounds are in σ32, the value's own float32 round-off scale (backends/conformance/yardstick.ts).
    expect(run.stdout).toMatch(/inverse ∘ forward = id\s+\S+\s+≤ 2e\+2 σ32\s+holds\s+pass/);
    expect(run.stdout).toMatch(/forward = float64 reference\s+\S+\s+≤ 2e\+2 σ32\s+holds\s+pass/);
    expect(run.stdout).toMatch(/forward equivariant under reflection\s+\S+\s+> 1e\+3 σ32\s+counterexample\s+pass/);
    expect(run.stdout).toMatch(/x stays centre-of-mass free\s+\S+\s+≤ 1e-4\s+holds\s+pass/);
    expect(run.stdout).not.toContain('finite differences  ');
  }, 120_000);

  it('reports weights that do not fit the flow', () => {
    const file = scratch('ok.flow', small('SE(3) x S(4)'));
    const weights = scratch('w.safetensors', 'junk');
    const run = flowc(['verify', file, '--weights', weights]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not a safetensors file');
  });
});

describe('flowc compile --emit ir', () => {
  it('prints the IR, or writes it to a file', () => {
    const run = flowc(['compile', 'examples/dw4.flow', '--emit', 'ir']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('module dw4 version=1 dtype=f64');
    expect(run.stdout).toContain('func inverse(');
    const out = join(mkdtempSync(join(tmpdir(), 'flowc-ir-')), 'dw4.ir');
    expect(flowc(['compile', 'examples/dw4.flow', '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
  });

  it('names what a target needs, and the targets there are', () => {
    const run = flowc(['compile', 'examples/dw4.flow', '--target', 'wgsl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--target wgsl needs --weights W.safetensors and -o DIR');
    const other = flowc(['compile', 'examples/dw4.flow', '--target', 'cuda']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('use --target wgsl');
  });
});
