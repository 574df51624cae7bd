/**
 * A run folder is never lost: a finished run is not replaced without --resume, a second process on the same
 * --out is refused while the first writes it (a dead one's lock is taken over), a checkpoint path that cannot
 * be written is refused before step 1, and state that cannot be written mid-run is kept and rescued.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flowc } from '../helpers/cli.js';
import { tinyDw4Spec, writeTinySpec } from '../helpers/tiny-training.js';
import { lockPath } from '../../compiler/cli/run-folder.js';

const cli = fileURLToPath(new URL('../../dist/compiler/cli/main.js', import.meta.url));
const spec = tinyDw4Spec(['batch 16', 'lr constant(value 1e-3)']);
const setup = () => writeTinySpec('run', spec);

const train = (file: string, out: string, ...extra: string[]) => flowc(['train', file, '--steps', '2', '--eval-every', '1000', '--out', out, ...extra]);
const runFiles = ['checkpoint.safetensors', 'weights.safetensors', 'history.json'];
const noStackTrace = /\n\s+at .*:\d+:\d+/;

/** Resolves once one of `paths` exists (polled). */
async function untilOneExists(paths: readonly string[]): Promise<void> {
  while (!paths.some((path) => existsSync(path))) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('flowc train run folders', () => {
  it('refuses to replace a finished run without --resume, and leaves its files as they were', () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    expect(train(file, out).status).toBe(0);
    const before = runFiles.map((f) => readFileSync(join(out, f)));
    const again = train(file, out, '--seed', '9');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already holds a run .*; continue it with --resume, or choose a new --out/);
    expect(again.stderr).not.toMatch(noStackTrace);
    runFiles.forEach((f, i) => expect(Buffer.compare(readFileSync(join(out, f)), before[i]!), f).toBe(0));
  }, 60_000);

  it('refuses a second process on the same --out at once, naming the PID that holds it', async () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    const first = spawn(process.execPath, [cli, 'train', file, '--steps', '100000', '--eval-every', '100000', '--out', out], { stdio: 'ignore' });
    const ended = new Promise((resolve) => first.on('exit', resolve));
    try {
      // The lock comes before step 1; without one, the first checkpoint (step 16) ends the wait.
      await untilOneExists([lockPath(out), join(out, 'checkpoint.safetensors')]);
      const second = train(file, out);
      expect(second.status).toBe(2);
      expect(second.stderr).toContain(`being written by another flowc train (PID ${first.pid})`);
      expect(second.stderr).not.toMatch(noStackTrace);
    } finally {
      first.kill('SIGTERM');
      await ended;
    }
    // The first run let go of the folder when it stopped: it can be continued.
    expect(existsSync(lockPath(out))).toBe(false);
    expect(train(file, out, '--resume').status).toBe(0);
  }, 120_000);

  it('takes over the lock of a process that is gone', () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockPath(out), `${JSON.stringify({ pid: gone, host: hostname() })}\n`);
    const run = train(file, out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, 'weights.safetensors'))).toBe(true);
    expect(existsSync(lockPath(out))).toBe(false);
  }, 60_000);

  it('refuses, before step 1, a run file path that is a folder', () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    mkdirSync(join(out, 'checkpoint.safetensors'), { recursive: true });
    const run = train(file, out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/checkpoint\.safetensors is a folder, so no checkpoint could be written there/);
    expect(run.stderr).not.toMatch(/step 1\//);
    expect(existsSync(join(out, 'history.json'))).toBe(false);
  }, 60_000);

  it('keeps training when a checkpoint cannot be written, rescues the last state, and exits 1', async () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    mkdirSync(out);
    const child = spawn(process.execPath, [cli, 'train', file, '--steps', '6', '--checkpoint-every', '2', '--eval-every', '1000', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    // A folder where this process's temp file for history.json goes: every write of the run's files fails
    // (as on a full disk) while the folder itself stays writable. flowc takes seconds to start, so it is
    // in place before the first checkpoint.
    const blocker = join(out, `.history.json.${child.pid}.tmp`);
    mkdirSync(blocker);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    rmdirSync(blocker);
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/cannot write '.*history\.json' at step 2: it is a folder; training goes on with the state in memory and retries at the next checkpoint/);
    expect(stderr).toMatch(/cannot write '.*history\.json' at step 4/);
    expect(stderr).not.toMatch(noStackTrace);
    for (const f of runFiles) expect(existsSync(join(out, f)), f).toBe(false);
    const rescue = /saved in (\S+) instead: continue with --out \S+ --resume/.exec(stderr)?.[1];
    expect(rescue, stderr).toBeDefined();
    const history = JSON.parse(readFileSync(join(rescue!, 'history.json'), 'utf8')) as { step: number }[];
    expect(history.map((r) => r.step)).toEqual([0, 1, 2, 3, 4, 5]);
    // The rescued state is a whole run: it continues (and finishes) from there.
    const resumed = flowc(['train', file, '--steps', '8', '--eval-every', '1000', '--out', rescue!, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/trained 2 steps \(8\/8\)/);
  }, 120_000);
});
