/**
 * File helpers shared by every reader and writer of flowc: atomic writes (temp file in the same folder, then
 * rename, so readers never see half a file; symlinks, devices and modes kept: safe-write.ts) and one wording
 * for why a file cannot be read.
 */
import { writeFilesAtomic } from './safe-write.js';

/**
 * Writes `data` to `path` atomically; on failure nothing is left behind and a WriteError (its message the
 * reason in a user's words) is thrown for the caller to prefix.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/** Why a read failed, in a user's words ("no such file", "it is a directory", …). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}
