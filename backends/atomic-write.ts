/**
 * Writes a file so that readers never see half of it: the data go to a temp file in the same folder,
 * which is then renamed over the target (atomic on POSIX). On failure the temp file is removed and the
 * error rethrown for the caller to word.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
