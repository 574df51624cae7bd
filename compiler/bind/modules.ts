/**
 * Loading `.flow` modules: the stdlib presets (`from eacf import spherical`) and relative files
 * (`from "./common.flow" import net`). File access goes through a `SourceHost`, so tests can run on
 * in-memory files and the compiler itself does no I/O of its own.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceFile } from './source-file.js';

export interface SourceHost {
  /** The text of a file, or an error message saying why it cannot be read. */
  readFile(path: string): { text: string } | { error: string };
}

export const nodeHost: SourceHost = {
  readFile(path) {
    const read = readSourceFile(path);
    return 'error' in read ? read : { text: read.text };
  },
};

/** The package root (the folder holding package.json), found from this module's location. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'stdlib'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

const stdlibDir = join(packageRoot(), 'stdlib', 'presets');

/** Stdlib modules by import name. */
export const stdlibModules: ReadonlyMap<string, string> = new Map([['eacf', join(stdlibDir, 'eacf.flow')]]);

/** Where an import points: a stdlib module by name, or a file relative to the importing file. */
export function resolveImport(fromFile: string, module: { kind: 'name'; name: string } | { kind: 'path'; path: string }): string | undefined {
  if (module.kind === 'name') return stdlibModules.get(module.name);
  return resolve(dirname(fromFile), module.path);
}
