/**
 * Atomic writes that keep what the user's path is (a symlink, a FIFO, a file's mode) and write a set of
 * files all or nothing, with injected failures for the full disk.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileOps, writeFilesAtomic, WriteError, type FileOps } from '../../backends/safe-write.js';
import { writeAtomic } from '../../backends/files.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'flowc-write-'));

/** Node's file operations, except that `fails` throws ENOSPC for the paths it picks (a disk that fills up). */
function failing(fails: { writeFile?: (path: string) => boolean; rename?: (to: string) => boolean }): FileOps {
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    ...nodeFileOps,
    writeFile: (path, data) => {
      if (fails.writeFile?.(path)) throw full();
      nodeFileOps.writeFile(path, data);
    },
    rename: (from, to) => {
      if (fails.rename?.(to)) throw full();
      nodeFileOps.rename(from, to);
    },
  };
}

describe('writeAtomic', () => {
  it('keeps a symlink a symlink and writes the file it points to', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'real.txt'), 'old');
    symlinkSync('real.txt', join(dir, 'link.txt'));
    writeAtomic(join(dir, 'link.txt'), 'new');
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new');
  });

  it("keeps the replaced file's mode", () => {
    const dir = fresh();
    const file = join(dir, 'secret.flow');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('writes a FIFO in place instead of replacing it with a plain file', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const ended = new Promise((resolve) => reader.on('exit', resolve));
    try {
      writeAtomic(fifo, 'through the pipe');
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      await ended;
      expect(received).toBe('through the pipe');
    } finally {
      // With the old rename the FIFO is gone and cat waits for a writer forever.
      if (reader.exitCode === null) reader.kill();
    }
  });

  it('refuses a folder in one line, naming the path', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out.json'));
    expect(() => writeAtomic(join(dir, 'out.json'), '{}')).toThrow(new WriteError(join(dir, 'out.json'), 'it is a folder'));
  });
});

describe('writeFilesAtomic', () => {
  const files = (dir: string, text: string) => ['x.npy', 'x.a.npy', 'x.logq.npy'].map((name) => ({ path: join(dir, name), data: `${text} ${name}` }));

  it('leaves the previous files untouched and no temps when the last write fails', () => {
    const dir = fresh();
    writeFilesAtomic(files(dir, 'run 1'));
    const ops = failing({ writeFile: (path) => path.includes('x.logq.npy') });
    expect(() => writeFilesAtomic(files(dir, 'run 2'), ops)).toThrow(/the disk is full/);
    for (const f of files(dir, 'run 1')) expect(readFileSync(f.path, 'utf8')).toBe(f.data);
    expect(readdirSync(dir).sort()).toEqual(['x.a.npy', 'x.logq.npy', 'x.npy']);
  });

  it('writes none of a new set when one of them cannot be written', () => {
    const dir = fresh();
    const ops = failing({ writeFile: (path) => path.includes('x.logq.npy') });
    expect(() => writeFilesAtomic(files(dir, 'run 1'), ops)).toThrow(WriteError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('puts the earlier files back when a later rename fails', () => {
    const dir = fresh();
    writeFilesAtomic(files(dir, 'run 1'));
    const ops = failing({ rename: (to) => to.endsWith('x.logq.npy') });
    expect(() => writeFilesAtomic(files(dir, 'run 2'), ops)).toThrow(/the disk is full/);
    for (const f of files(dir, 'run 1')) expect(readFileSync(f.path, 'utf8')).toBe(f.data);
    expect(readdirSync(dir).sort()).toEqual(['x.a.npy', 'x.logq.npy', 'x.npy']);
  });
});
