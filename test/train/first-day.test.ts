/**
 * `flowc train` as a first day's run meets it, through the CLI on a tiny flow whose validation is made long by
 * flags (all 10,000 validation rows × K = 500: half an hour and more): Ctrl-C during validation stops it with a checkpoint
 * that --resume accepts; --max-minutes skips a last validation that does not fit; --fit-schedule compresses
 * the recipe's warm-up into a short run.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flowc } from '../helpers/cli.js';
import { sharedData, tinyDw4Spec, writeTinySpec } from '../helpers/tiny-training.js';

const cli = fileURLToPath(new URL('../../dist/compiler/cli/main.js', import.meta.url));
const spec = tinyDw4Spec([`validation "${sharedData('val_split_DW4.npy')}"`, 'batch 16', 'lr warmup_cosine(start 2e-5, peak 2e-4, end 2e-5, warmup_epochs 30)']);
const setup = () => writeTinySpec('first-day', spec);

/** Every validation row at K = 500: half an hour and more of validation on the tiny flow. */
const longValidation = ['--val-rows', '0..10000', '--marginal-samples', '500'];

/** Starts flowc and sends `signal` once stderr matches `when`; resolves with the exit code and stderr. */
function signalWhen(args: readonly string[], when: RegExp, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && when.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

const history = (out: string) => JSON.parse(readFileSync(join(out, 'history.json'), 'utf8')) as { step: number; lr: number; valNll?: number }[];

describe('flowc train on a first day', () => {
  it('stops on Ctrl-C during a validation with a checkpoint that --resume accepts', async () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    const args = ['train', file, '--steps', '3', '--eval-every', '2', '--out', out, ...longValidation];
    // The validation of step 2 has begun and drawn its first rows.
    const stopped = await signalWhen(args, /step 2: validating 10,000 rows × K = 500/, 'SIGINT');
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted at step 2: checkpoint written; continue with --resume/);
    expect(history(out).map((r) => r.step)).toEqual([0, 1]);
    const resumed = flowc(['train', file, '--steps', '3', '--eval-every', '1000', '--out', out, '--resume', '--val-rows', '0..8', '--marginal-samples', '2']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('trained 1 steps (3/3)');
  }, 120_000);

  it('--max-minutes skips a last validation that does not fit, and leaves a resumable checkpoint', () => {
    const { dir, file } = setup();
    const out = join(dir, 'run');
    // A budget of 15 s: the validation's half hour cannot fit, whatever this machine's speed.
    const run = flowc(['train', file, '--steps', '100000', '--eval-every', '100000', '--out', out, '--max-minutes', '0.25', ...longValidation]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/validation: 10,000 rows × K = 500, ≈ .* \(the rows asked for\)/);
    expect(run.stderr).toMatch(/skipping the validation at step \d+: it needs ≈ .* left of --max-minutes/);
    expect(run.stderr).toMatch(/stopped by --max-minutes at step \d+ of 100000: checkpoint written; continue with --resume/);
    expect(existsSync(join(out, 'checkpoint.safetensors'))).toBe(true);
    expect(history(out).every((r) => r.valNll === undefined)).toBe(true);
    const again = flowc(['train', file, '--steps', String(history(out).length + 1), '--eval-every', '1000', '--out', out, '--resume', '--val-rows', '0..8', '--marginal-samples', '2']);
    expect(again.status, again.stderr).toBe(0);
  }, 120_000);

  it('--fit-schedule compresses the warm-up into a short run; without it the run says it stops inside the warm-up', () => {
    const { dir, file } = setup();
    const common = ['train', file, '--steps', '20', '--eval-every', '1000', '--val-rows', '0..4', '--marginal-samples', '2'];
    const cut = flowc([...common, '--out', join(dir, 'cut')]);
    expect(cut.status, cut.stderr).toBe(0);
    expect(cut.stderr).toContain('lr schedule: warm-up 480 steps of 1,600; this run stops at 20, inside the warm-up (use --fit-schedule to compress it)');
    expect(Math.max(...history(join(dir, 'cut')).map((r) => r.lr))).toBeLessThan(4e-5);
    const fitted = flowc([...common, '--out', join(dir, 'fitted'), '--fit-schedule']);
    expect(fitted.status, fitted.stderr).toBe(0);
    expect(fitted.stderr).toContain('lr schedule: fitted to this run: warm-up 6 steps, cosine decay to step 20');
    const lrs = history(join(dir, 'fitted')).map((r) => r.lr);
    expect(lrs[6]).toBeCloseTo(2e-4, 10);
    expect(lrs[19]).toBeLessThan(lrs[6]!);
  }, 120_000);
});
