/**
 * Output folders that flowc replaces whole (`compile --target wgsl -o DIR`). flowc marks its own with
 * flowc-output.json (its name, version, the IR digest and the files it wrote) and replaces only a folder that
 * is absent, empty, or marked and holding nothing but the files the marker lists: a stray manifest.json does
 * not make a user's folder flowc's, and a note the user put into a flowc folder is not deleted with it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './io.js';

export const MARKER_FILE = 'flowc-output.json';

/** The marker's content. */
export interface OutputMarker {
  /** Always 'flowc': what makes the folder flowc's. */
  readonly tool: 'flowc';
  readonly version: string;
  /** sha256 (16 hex digits) of the printed IR the folder was compiled from. */
  readonly ir: string;
  /** Every file flowc wrote there, relative to the folder, '/'-separated, sorted. */
  readonly files: readonly string[];
}

export const irDigest = (printedIr: string) => createHash('sha256').update(printedIr).digest('hex').slice(0, 16);

export function markerText(version: string, ir: string, files: readonly string[]): string {
  const marker: OutputMarker = { tool: 'flowc', version, ir, files: [...files].sort() };
  return `${JSON.stringify(marker, null, 1)}\n`;
}

/** The files under `dir`, relative and '/'-separated (folders are walked, links are not followed). */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

function readMarker(dir: string): OutputMarker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as Partial<OutputMarker>;
    return marker.tool === 'flowc' && Array.isArray(marker.files) ? (marker as OutputMarker) : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses (exit 2) to replace `dir` unless it is absent, empty, or flowc's own with nothing added. */
export function checkReplaceable(dir: string, command: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return; // absent
  }
  if (!isFolder) throw new UserError(`flowc ${command}: ${dir} is a file, not a folder; choose another -o`, 2);
  const present = filesUnder(dir);
  if (present.length === 0) return;
  const marker = readMarker(dir);
  if (!marker) throw new UserError(`flowc ${command}: ${dir} is not empty and is not a flowc output folder (no ${MARKER_FILE}); choose another -o, or empty it`, 2);
  const ours = new Set([...marker.files, MARKER_FILE]);
  const added = present.filter((file) => !ours.has(file));
  if (added.length > 0) throw new UserError(`flowc ${command}: ${dir} holds files flowc did not write (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''}); move them out, or choose another -o`, 2);
}

/**
 * Puts the assembled folder `temp` in the place of `dir` (checked by checkReplaceable): the old folder is
 * moved aside first and put back if the rename fails, so `dir` is always the old output or the new one.
 */
export function replaceFolder(temp: string, dir: string): void {
  const aside = `${temp}.old`;
  let moved = false;
  try {
    renameSync(dir, aside);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(temp, dir);
  } catch (error) {
    if (moved) renameSync(aside, dir);
    throw error;
  }
  if (moved) rmSync(aside, { recursive: true, force: true });
}
