/** RunWriter: a failed checkpoint write keeps the run going, is retried, and is rescued if it never succeeds. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunWriter } from '../../compiler/cli/run-writer.js';
import { writeFilesAtomic, WriteError, type OutputFile } from '../../backends/safe-write.js';

const state = (dir: string, step: number): OutputFile[] => [{ path: join(dir, 'history.json'), data: `step ${step}` }];

/** A writer whose first `failures` calls fail as a full disk does, then writes for real. */
function flakyWriter(failures: number) {
  let calls = 0;
  return (files: readonly OutputFile[]) => {
    if (calls++ < failures) throw new WriteError(files[0]!.path, 'the disk is full');
    writeFilesAtomic(files);
  };
}

describe('RunWriter', () => {
  it('says so in one line when a write fails, retries at the next checkpoint, and ends 0 once it succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-writer-'));
    const lines: string[] = [];
    const writer = new RunWriter(flakyWriter(1), (line) => lines.push(line));
    expect(writer.save(2, state(dir, 2))).toBe(false);
    expect(lines).toEqual([`flowc train: cannot write '${join(dir, 'history.json')}' at step 2: the disk is full; training goes on with the state in memory and retries at the next checkpoint`]);
    expect(writer.save(4, state(dir, 4))).toBe(true);
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe('step 4');
    expect(writer.finish()).toBe(0);
    expect(lines).toHaveLength(2);
  });

  it('rescues the last unwritten state to a new folder and ends 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-writer-'));
    const lines: string[] = [];
    const writer = new RunWriter(flakyWriter(2), (line) => lines.push(line));
    expect(writer.save(2, state(dir, 2))).toBe(false);
    expect(writer.save(4, state(dir, 4))).toBe(false);
    expect(writer.finish()).toBe(1);
    const rescue = /saved in (\S+) instead/.exec(lines.at(-1)!)?.[1];
    expect(readFileSync(join(rescue!, 'history.json'), 'utf8')).toBe('step 4');
  });
});
