/**
 * `import … from 'flowc'` as a user gets it: the package is packed (`npm pack`, the dist/ that `npm test`
 * just built), installed from the tarball into a fresh project and imported by name; examples/library.mjs
 * runs there, and tsc checks a typed consumer against the published declarations (a wrong type must fail).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const consumer = (mistake: string) => `import { compile, createBackend, verify, type Flow, type PropertyResult } from 'flowc';
const flow: Flow = compile('flow f { system particles 3, dim 3\\n symmetry SE(3) x S(3)\\n couple x | a }');
const logQ: Float64Array = flow.sample(2, 0).logQ;
const results: Promise<PropertyResult[]> = verify(flow, { runs: 1 });
void createBackend('reference');
${mistake}
export { logQ, results };
`;

describe('the packed package', () => {
  it('installs from its tarball, imports by name with types, and runs the library example', () => {
    const project = mkdtempSync(join(tmpdir(), 'flowc-consumer-'));
    const pack = run(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', project], repoRoot);
    expect(pack.status, pack.out).toBe(0);
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
    expect(tarball, pack.out).toBeDefined();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // From npm's cache where it can (CI and the set-up filled it); install scripts are not needed to import.
    const install = run(npm, ['install', join(project, tarball!), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
    expect(install.status, install.out).toBe(0);

    const example = readFileSync(join(repoRoot, 'examples', 'library.mjs'), 'utf8').replace("new URL('../../shared/data/train_split_DW4.npy', import.meta.url)", `new URL(${JSON.stringify(`file://${join(repoRoot, '..', 'shared', 'data', 'train_split_DW4.npy')}`)})`);
    writeFileSync(join(project, 'example.mjs'), example);
    const ran = run(process.execPath, ['example.mjs'], project);
    expect(ran.status, ran.out).toBe(0);
    expect(ran.out).toMatch(/refused as expected: FLOW4001/);
    expect(ran.out).toMatch(/verify: (\d+) of \1 properties pass/);
    expect(ran.out).toMatch(/trained 5 steps/);

    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, typeRoots: [join(repoRoot, 'node_modules', '@types')], types: ['node'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    writeFileSync(join(project, 'consumer.ts'), consumer(''));
    const typed = run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(typed.status, typed.out).toBe(0);
    // The declarations are real: a wrong use is a type error, not `any`.
    writeFileSync(join(project, 'consumer.ts'), consumer("const wrong: string = flow.sample(2, 0).logQ;\nvoid wrong;"));
    const mistyped = run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(mistyped.status).not.toBe(0);
    expect(mistyped.out).toMatch(/Type 'Float64Array.*' is not assignable to type 'string'/);
  }, 300_000);
});
