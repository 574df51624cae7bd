/**
 * Writing outputs without losing anything: every file of a set goes to a temp file next to its target first,
 * and only when all temps are whole are they renamed into place, so a full disk or a bad path leaves the
 * previous files exactly as they were (all or nothing). What the user's path is stays what it was: a symlink
 * is kept and its target written, a device or FIFO is written in place (a rename would replace `/dev/full`
 * with a plain file), and a replaced file keeps its mode (and, where allowed, its owner).
 */
import { chmodSync, chownSync, linkSync, lstatSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** One output: where it goes and its bytes. */
export interface OutputFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** The file-system calls a write makes; tests inject failing ones to check that nothing is left half-written. */
export interface FileOps {
  writeFile(path: string, data: string | Uint8Array): void;
  rename(from: string, to: string): void;
  link(existing: string, alias: string): void;
  chmod(path: string, mode: number): void;
  remove(path: string): void;
}

export const nodeFileOps: FileOps = {
  writeFile: (path, data) => writeFileSync(path, data),
  rename: renameSync,
  link: linkSync,
  chmod: chmodSync,
  remove: (path) => rmSync(path, { force: true }),
};

/** A write that failed: `path` is the user's path, the message says why in a user's words. */
export class WriteError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/** Why a write failed, in a user's words ("the disk is full", "it is a folder", …). */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return (error as Error).message;
}

/** The path a write to `path` must land on: the end of its symlink chain (so the link stays a link). */
export function writeTarget(path: string): string {
  let target = path;
  // 40 hops is Linux's own limit; a longer chain is a loop, which the write then reports.
  for (let hops = 0; hops < 40; hops++) {
    const stats = lstatOrUndefined(target);
    if (!stats?.isSymbolicLink()) return target;
    target = resolve(dirname(target), readlinkSync(target));
  }
  return target;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A planned write: the resolved target, what is there now, and the names of its temp and backup. */
interface Planned {
  readonly file: OutputFile;
  readonly target: string;
  readonly before: Stats | undefined;
  readonly temp: string;
  readonly backup: string;
}

function plan(file: OutputFile): Planned {
  // A device reached through links (/dev/stdout → /proc/self/fd/1 → pipe:[…]) is opened by its own path:
  // the kernel follows such links, readlink's text cannot be followed.
  const device = statOrUndefined(file.path);
  const target = device && !device.isFile() && !device.isDirectory() ? file.path : writeTarget(file.path);
  const before = target === file.path ? device : statOrUndefined(target);
  if (before?.isDirectory()) throw new WriteError(file.path, 'it is a folder');
  const hidden = (suffix: string) => join(dirname(target), `.${basename(target)}.${process.pid}.${suffix}`);
  return { file, target, before, temp: hidden('tmp'), backup: hidden('bak') };
}

/** Devices, FIFOs and sockets are written in place: renaming over them would replace them. */
const inPlace = (p: Planned) => p.before !== undefined && !p.before.isFile();

/** The replaced file's mode and owner on the temp, so `fmt` on a 600 file leaves it 600. */
function keepPermissions(p: Planned, ops: FileOps): void {
  if (!p.before) return;
  // writeFileSync's mode would be filtered by the umask; chmod is not.
  ops.chmod(p.temp, p.before.mode & 0o7777);
  if (p.before.uid === process.getuid?.() && p.before.gid === process.getgid?.()) return;
  try {
    chownSync(p.temp, p.before.uid, p.before.gid);
  } catch {
    // Only root may give a file away: a non-root writer's replacement is its own, as with any editor.
  }
}

/**
 * Writes every file or none: temps first (any failure removes them and leaves the targets untouched), then
 * the renames, each previous file kept as a hard-linked backup until all renames are done so a failed
 * rename puts the earlier ones back. In-place targets (devices, FIFOs) are written last and cannot be undone.
 * Throws a WriteError naming the user's path.
 */
export function writeFilesAtomic(files: readonly OutputFile[], ops: FileOps = nodeFileOps): void {
  const planned = files.map(plan);
  const replaced = planned.filter((p) => !inPlace(p));
  writeTemps(replaced, ops);
  renameAll(replaced, ops);
  for (const p of planned.filter(inPlace)) attempt(p, () => ops.writeFile(p.target, p.file.data));
}

/** Runs `action`, turning a failure into a WriteError for `p`'s path. */
function attempt(p: Planned, action: () => void): void {
  try {
    action();
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(p.file.path, writeFailure(error));
  }
}

function writeTemps(planned: readonly Planned[], ops: FileOps): void {
  const written: Planned[] = [];
  try {
    for (const p of planned) {
      written.push(p);
      attempt(p, () => {
        ops.writeFile(p.temp, p.file.data);
        keepPermissions(p, ops);
      });
    }
  } catch (error) {
    for (const p of written) removeQuietly(p.temp, ops);
    throw error;
  }
}

function renameAll(planned: readonly Planned[], ops: FileOps): void {
  const backedUp = new Set<Planned>();
  for (const p of planned) {
    if (!p.before) continue;
    try {
      removeQuietly(p.backup, ops); // a stale backup of a killed run with the same PID
      ops.link(p.target, p.backup);
      backedUp.add(p);
    } catch {
      // A file system without hard links: this file cannot be put back, the others still can.
    }
  }
  const done: Planned[] = [];
  try {
    for (const p of planned) {
      attempt(p, () => ops.rename(p.temp, p.target));
      done.push(p);
    }
  } catch (error) {
    for (const p of planned) if (!done.includes(p)) removeQuietly(p.temp, ops);
    for (const p of done) undo(p, backedUp.has(p), ops);
    for (const p of backedUp) removeQuietly(p.backup, ops);
    throw error;
  }
  for (const p of backedUp) removeQuietly(p.backup, ops);
}

/** Cleaning up never hides the error being reported (a folder in a temp's place is not ours to remove). */
function removeQuietly(path: string, ops: FileOps): void {
  try {
    ops.remove(path);
  } catch {
    // Left behind: a hidden, PID-named file the next write of this name replaces.
  }
}

/** Puts back what was at `p.target` before the rename: its backup, or nothing when it was new. */
function undo(p: Planned, hasBackup: boolean, ops: FileOps): void {
  try {
    if (hasBackup) ops.rename(p.backup, p.target);
    else if (!p.before) ops.remove(p.target);
  } catch {
    // Best effort: the original error is the one to report.
  }
}
