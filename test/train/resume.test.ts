/**
 * Training end to end through the CLI: a run killed (SIGKILL) after a checkpoint and continued with
 * --resume ends with exactly the weights of an uninterrupted run; eval reads the result; npy errors.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flowc, killWhenExists } from '../helpers/cli.js';
import { sharedDw4, tinyDw4Spec, writeTinySpec } from '../helpers/tiny-training.js';
import { encodeNpy, parseNpy, NpyError } from '../../backends/data/npy.js';

const cli = fileURLToPath(new URL('../../dist/compiler/cli/main.js', import.meta.url));
const spec = (data: string) => tinyDw4Spec(['batch 16', 'lr constant(value 1e-3)'], data);
const setup = () => writeTinySpec('train', spec(sharedDw4));

/** Sends SIGTERM once the run has written its first checkpoint; resolves with the exit code and stderr. */
function terminateAfterFirstCheckpoint(args: string[], checkpoint: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (existsSync(checkpoint)) {
        clearInterval(timer);
        child.kill('SIGTERM');
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, stderr });
    });
  });
}

describe('flowc train', () => {
  it('stops on SIGTERM between steps with a checkpoint, and --resume finishes the same run', async () => {
    const { dir, file } = setup();
    const common = ['train', file, '--steps', '40', '--checkpoint-every', '8', '--eval-every', '1000', '--seed', '3'];
    const whole = flowc([...common, '--out', join(dir, 'whole')]);
    expect(whole.status, whole.stderr).toBe(0);
    const stopped = await terminateAfterFirstCheckpoint([...common, '--out', join(dir, 'stopped')], join(dir, 'stopped', 'checkpoint.safetensors'));
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted at step \d+: checkpoint written; continue with --resume/);
    const resumed = flowc([...common, '--out', join(dir, 'stopped'), '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const weights = (run: string) => readFileSync(join(dir, run, 'weights.safetensors')).subarray(8);
    expect(Buffer.compare(weights('whole'), weights('stopped'))).toBe(0);
  }, 120_000);

  it('resumes a killed run to exactly the state of an uninterrupted one', async () => {
    const { dir, file } = setup();
    const common = ['train', file, '--steps', '40', '--checkpoint-every', '8', '--eval-every', '1000', '--seed', '3'];
    const whole = flowc([...common, '--out', join(dir, 'whole')]);
    expect(whole.status, whole.stderr).toBe(0);
    await killWhenExists([...common, '--out', join(dir, 'killed')], join(dir, 'killed', 'checkpoint.safetensors'));
    const resumed = flowc([...common, '--out', join(dir, 'killed'), '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    const weights = (run: string) => readFileSync(join(dir, run, 'weights.safetensors')).subarray(8);
    expect(Buffer.compare(weights('whole'), weights('killed'))).toBe(0);
    const history = JSON.parse(readFileSync(join(dir, 'killed', 'history.json'), 'utf8')) as { step: number }[];
    expect(history.map((r) => r.step)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  }, 120_000);

  it('reduces the loss, and eval reports NLL and ESS', () => {
    const { dir } = setup();
    const file = join(dir, 'wider.flow');
    writeFileSync(file, spec(sharedDw4).replace('mlp [8, 8], features 8, head [8, 8]', 'mlp [16, 16], features 16, head [16, 16]').replace('[0..256]', '[0..512]').replace('batch 16', 'batch 32'));
    const run = flowc(['train', file, '--steps', '96', '--eval-every', '1000', '--out', join(dir, 'run')]);
    expect(run.status, run.stderr).toBe(0);
    const history = JSON.parse(readFileSync(join(dir, 'run', 'history.json'), 'utf8')) as { loss: number }[];
    const mean = (rows: { loss: number }[]) => rows.reduce((s, r) => s + r.loss, 0) / rows.length;
    // measured: mean loss 11.5 over the first 16 steps, 6.0 over the last 16
    expect(mean(history.slice(-16))).toBeLessThan(mean(history.slice(0, 16)) - 2);
    const evaluated = flowc(['eval', file, '--weights', join(dir, 'run', 'weights.safetensors'), '--data', sharedDw4, '--rows', '5000..5100', '--samples', '100', '--json']);
    expect(evaluated.status, evaluated.stderr).toBe(0);
    const metrics = (JSON.parse(evaluated.stdout) as { metrics: Record<string, number> }).metrics;
    expect(metrics['nll']).toBeGreaterThan(0);
    expect(metrics['forward_ess']).toBeGreaterThan(0);
    expect(metrics['reverse_ess']).toBeLessThanOrEqual(1);
  }, 120_000);

  it('gives the same updates with micro-batches as with whole batches', () => {
    const { dir, file } = setup();
    const run = (out: string, extra: string[]) => flowc(['train', file, '--steps', '6', '--eval-every', '1000', '--out', join(dir, out), ...extra]);
    expect(run('whole', []).status).toBe(0);
    expect(run('micro', ['--micro-batch', '4']).status).toBe(0);
    const losses = (out: string) => (JSON.parse(readFileSync(join(dir, out, 'history.json'), 'utf8')) as { loss: number }[]).map((r) => r.loss);
    losses('micro').forEach((v, i) => expect(Math.abs(v - losses('whole')[i]!)).toBeLessThan(1e-4));
  }, 120_000);

  it('refuses bad input with a clear message', () => {
    const { dir, file } = setup();
    const bad = join(dir, 'bad.npy');
    writeFileSync(bad, encodeNpy([10, 6], new Float64Array(60)));
    expect(flowc(['train', file, '--data', bad]).stderr).toContain('n·d = 4·2 = 8');
    expect(flowc(['train', file, '--data', join(dir, 'none.npy')]).stderr).toContain('no such file');
    expect(flowc(['train', file, '--out', join(dir, 'fresh'), '--resume']).stderr).toContain('no checkpoint to resume from');
    expect(flowc(['train', file, '--steps', 'many']).status).toBe(2);
    const nan = join(dir, 'nan.npy');
    writeFileSync(nan, encodeNpy([2, 8], Float64Array.from({ length: 16 }, (_, i) => (i === 9 ? NaN : i))));
    expect(flowc(['train', file, '--data', nan, '--batch', '1']).stderr).toContain('row 1 holds NaN');
  });
});

describe('npy', () => {
  it('round-trips float32 and float64 arrays and refuses other dtypes', () => {
    const data = Float64Array.from([1.5, -2, 3.25, 4]);
    expect([...parseNpy(encodeNpy([2, 2], data, 'f8'), 'x').data]).toEqual([...data]);
    expect(parseNpy(encodeNpy([4], data, 'f4'), 'x').shape).toEqual([4]);
    const ints = encodeNpy([4], data, 'f4');
    ints.write("'<i4'", ints.indexOf("'<f4'"), 'latin1');
    expect(() => parseNpy(ints, 'ints.npy')).toThrow(NpyError);
    expect(() => parseNpy(Buffer.from('hello'), 'x')).toThrow(/not a .npy file/);
  });
});
