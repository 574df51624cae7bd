/**
 * Writing a training run's checkpoint, weights and history at each checkpoint, as one set (all three from the
 * same step, or none). A write that fails does not end the run: the state stays in memory, one line says so,
 * the next checkpoint retries. If the last one fails too, the files go to a fresh rescue folder instead, so
 * no step is lost, and the run ends non-zero.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeFilesAtomic, WriteError, type OutputFile } from '../../backends/safe-write.js';

type Write = (files: readonly OutputFile[]) => void;

export class RunWriter {
  /** The newest state that could not be written, and why. */
  private unsaved: { step: number; files: readonly OutputFile[]; error: WriteError } | undefined;

  /** `write` and `log` are injectable so tests can fail a write without a full disk. */
  constructor(
    private readonly write: Write = writeFilesAtomic,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  /** Writes the state of `step`; false, after one line on stderr, when it could not be written. */
  save(step: number, files: readonly OutputFile[]): boolean {
    try {
      this.write(files);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      this.log(`flowc train: cannot write '${error.path}' at step ${step}: ${error.message}; training goes on with the state in memory and retries at the next checkpoint`);
      this.unsaved = { step, files, error };
      return false;
    }
    if (this.unsaved) this.log(`flowc train: step ${step} written; the earlier failed writes are made good`);
    this.unsaved = undefined;
    return true;
  }

  /**
   * After the last save: 0 when the final state is on disk. Otherwise the state goes to a new folder under
   * the system's temp folder, one line says where and how to continue, and the status is 1.
   */
  finish(): number {
    if (!this.unsaved) return 0;
    const { step, files, error } = this.unsaved;
    const rescue = mkdtempSync(join(tmpdir(), 'flowc-train-rescue-'));
    try {
      this.write(files.map((f) => ({ path: join(rescue, basename(f.path)), data: f.data })));
    } catch (rescueError) {
      this.log(`flowc train: the state of step ${step} could not be written ('${error.path}': ${error.message}; the rescue folder ${rescue}: ${(rescueError as Error).message}); it is lost`);
      return 1;
    }
    this.log(`flowc train: could not write '${error.path}' (${error.message}); the state of step ${step} is saved in ${rescue} instead: continue with --out ${rescue} --resume, or copy its files into place`);
    return 1;
  }
}
