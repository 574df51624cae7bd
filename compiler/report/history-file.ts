/**
 * Reading a run's `history.json` (written by `flowc train`: one object per logged step). The file is the
 * user's, so it is checked row by row before any figure is drawn: a damaged file is one HistoryError line
 * naming the file and the first bad row, not a crash or an empty figure.
 */
import { readFileSync } from 'node:fs';
import { readFailure } from '../../backends/files.js';
import type { HistoryPoint } from './figures.js';

/** A history file that cannot be read or is not a list of training steps. */
export class HistoryError extends Error {}

/** Fields that must be numbers when present. `null` is allowed: JSON.stringify writes a NaN loss as null. */
const NUMBER_FIELDS = ['loss', 'aux', 'valNll', 'lr', 'gradNorm', 'seconds'] as const;

/** The rows of the history file at `path`, each checked (see `checkRow`). */
export function readHistory(path: string): HistoryPoint[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HistoryError(`cannot read '${path}': ${readFailure(error)}`);
  }
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (error) {
    throw new HistoryError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(rows)) throw new HistoryError(`${path}: expected a JSON array of training steps, as flowc train writes`);
  rows.forEach((row, index) => {
    const problem = rowProblem(row);
    if (problem) throw new HistoryError(`${path}: row ${index} ${problem}; expected objects like {"step": 1, "loss": 2.5}, as flowc train writes`);
  });
  return rows as HistoryPoint[];
}

/** Why one row is not a training step, or undefined when it is one. */
function rowProblem(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return `is ${JSON.stringify(row)}, not an object`;
  const fields = row as Record<string, unknown>;
  if (typeof fields['step'] !== 'number' || !Number.isSafeInteger(fields['step']) || fields['step'] < 0) return `has step ${JSON.stringify(fields['step'])}, not a step number`;
  if (!('loss' in fields)) return 'has no loss';
  for (const name of NUMBER_FIELDS) {
    const value = fields[name];
    if (value !== undefined && value !== null && typeof value !== 'number') return `has ${name} ${JSON.stringify(value)}, not a number`;
  }
  return undefined;
}
