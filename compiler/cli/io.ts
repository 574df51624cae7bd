/**
 * File I/O for the command line: reading inputs with user-facing errors, and atomic writes (a temp file
 * in the same folder, then rename) so that an interrupted run never leaves a half-written output.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { writeAtomic } from '../../backends/files.js';
import { writeFilesAtomic, WriteError, type OutputFile } from '../../backends/safe-write.js';
import { readSourceFile, type SourceText } from '../bind/source-file.js';
import { WeightsError } from '../../backends/weights-io.js';
import { NpyError } from '../../backends/data/npy.js';
import { HistoryError } from '../report/history-file.js';
import { printable } from '../diagnostics/printable.js';

/** A mistake of the user's (missing file, bad flag): printed as one line, exit status 1 or 2. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs `read`; a bad weights, .npy or history file (or an error of a class in `also`) becomes one UserError line
 * prefixed by the command, since it is the user's file that is wrong, not flowc. Other errors pass through.
 */
export function readingInputs<T>(command: string, read: () => T, also: readonly ErrorClass[] = []): T {
  try {
    return read();
  } catch (error) {
    // A reader's message may quote the file (JSON.parse does): escaped, so it stays one line whatever the file holds.
    if ([WeightsError, NpyError, HistoryError, ...also].some((kind) => error instanceof kind)) throw new UserError(`${command}: ${printable((error as Error).message)}`);
    throw error;
  }
}

/** A .flow spec's text (see compiler/bind/source-file.ts: size cap, no binary, UTF-8, BOM dropped). */
export function readInput(path: string): string {
  return readSpec(path).text;
}

/** A .flow spec with whether it began with a byte order mark (`fmt` writes it back). One line on failure. */
export function readSpec(path: string): SourceText {
  const read = readSourceFile(path);
  if ('error' in read) throw new UserError(`flowc: cannot read '${path}': ${read.error}`);
  return read;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  try {
    writeAtomic(path, data);
  } catch (error) {
    throw new UserError(`flowc: cannot write '${path}': ${(error as Error).message}`);
  }
}

/** Writes a command's outputs all or none (safe-write.ts); a failure is one line naming the file and why. */
export function writeFilesOrFail(command: string, files: readonly OutputFile[]): void {
  try {
    writeFilesAtomic(files);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new UserError(`flowc ${command}: cannot write '${error.path}': ${error.message}`);
  }
}

/** Refuses an output path whose folder does not exist — before any work, so no run is lost to a typo. */
export function checkOutputFolder(path: string, command: string): void {
  if (!existsSync(dirname(path))) throw new UserError(`flowc ${command}: the folder of '${path}' does not exist; create it first`, 2);
}

/** Creates a folder (and its parents) for outputs, or says why it cannot. */
export function ensureDir(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new UserError(`flowc: cannot create the folder '${path}': ${(error as Error).message}`);
  }
}

/** Paths as users typed them: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel.length < file.length ? rel : file;
}

/** flowc's version from package.json ('unknown' when it cannot be read). */
export function flowcVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
