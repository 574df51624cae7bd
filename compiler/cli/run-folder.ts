/**
 * A `flowc train` run folder (--out): its files, the lock that keeps a second process out while one writes
 * it, and the checks made before step 1 so that no finished run is overwritten and no run is lost to a path
 * that cannot be written.
 */
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeFailure } from '../../backends/safe-write.js';
import { UserError } from './io.js';
import { refuseOutputOverInput } from './same-file.js';

/** The files a run writes at every checkpoint, in its --out folder. */
export const runFiles = (out: string) => ({
  checkpoint: join(out, 'checkpoint.safetensors'),
  weights: join(out, 'weights.safetensors'),
  history: join(out, 'history.json'),
});

/** Who holds a run folder: the lock file's content. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
}

export const lockPath = (out: string) => join(out, '.flowc-train.lock');

/**
 * Claims `out` for this process, or refuses (exit 2) naming the PID that holds it. A lock whose process is
 * gone (killed, crashed) is taken over. Returns the release, which also runs when the process exits.
 * Precondition: `out` exists. Creating the lock is also the check that the folder can be written.
 */
export function lockRunFolder(out: string): () => void {
  const path = lockPath(out);
  if (!tryCreateLock(path)) {
    const owner = readOwner(path);
    if (owner && isAlive(owner)) {
      const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
      throw new UserError(`flowc train: ${out} is being written by another flowc train (PID ${owner.pid}${where}); wait for it or choose another --out (if no such process runs, delete ${path})`, 2);
    }
    // Its process is gone: the lock is stale. Two runs taking over the same stale lock at the same instant
    // could both win; that needs two crashes' restarts within microseconds, which a lock file cannot rule out.
    rmSync(path, { force: true });
    if (!tryCreateLock(path)) throw new UserError(`flowc train: another flowc train took ${out} just now; choose another --out`, 2);
  }
  const release = () => {
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** Creates the lock with this process as owner; false if one exists. The link makes it whole or absent. */
function tryCreateLock(path: string): boolean {
  const temp = `${path}.${process.pid}.tmp`;
  const owner: LockOwner = { pid: process.pid, host: hostname() };
  try {
    writeFileSync(temp, `${JSON.stringify(owner)}\n`);
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UserError(`flowc train: cannot write in ${dirname(path)}: ${writeFailure(error)}; choose another --out`);
  } finally {
    rmSync(temp, { force: true });
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's process still runs; one on another machine cannot be asked and counts as running. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Before step 1 (the caller holds the lock): refuses a folder that holds a run unless resuming it, a run
 * file that is a folder (no checkpoint could be written there), and a run file that is one of the inputs.
 */
export function checkRunFolder(out: string, resume: boolean, inputs: readonly (string | undefined)[]): void {
  const files = Object.values(runFiles(out));
  for (const file of files) {
    if (isFolder(file)) throw new UserError(`flowc train: ${file} is a folder, so no checkpoint could be written there; move it away or choose another --out`, 2);
  }
  refuseOutputOverInput('train', files, inputs);
  if (resume) return;
  const existing = files.filter(exists).map((file) => basename(file));
  if (existing.length > 0) throw new UserError(`flowc train: ${out} already holds a run (${existing.join(', ')}); continue it with --resume, or choose a new --out`, 2);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
