/** Runs the built `flowc` (dist/, made by `npm test`'s tsc step) as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/compiler/cli/main.js', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function flowc(args: readonly string[], cwd = repoRoot, env: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Starts flowc and kills it with SIGKILL as soon as `path` exists (a checkpoint, a partial file): a crash at
 * the worst moment. Rejects if the run ends by itself first.
 */
export function killWhenExists(args: readonly string[], path: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore', env: { ...process.env, ...env } });
    const timer = setInterval(() => {
      if (existsSync(path)) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the run ended by itself (code ${code}) before it could be killed`));
    });
  });
}
