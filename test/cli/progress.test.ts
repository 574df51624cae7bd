/**
 * `flowc sample`'s progress line: the rate is measured from the first chunk on (not the pipeline compile)
 * and over the last ten minutes, so a slow stretch stops counting once it is over.
 */
import { describe, expect, it } from 'vitest';
import { formatRate, Progress } from '../../compiler/cli/progress.js';
import { summaryLine } from '../../compiler/cli/sample-command.js';

function simulate(steps: readonly { seconds: number; rows: number }[], total = 100_000) {
  let clock = 0;
  const lines: string[] = [];
  const progress = new Progress(total, { now: () => clock, write: (t) => lines.push(t), tty: false });
  let done = 0;
  for (const step of steps) {
    clock += step.seconds;
    done += step.rows;
    progress.update(done);
  }
  return { progress, lines };
}

describe('sample progress', () => {
  it('leaves the compile out of the rate', () => {
    // 20 minutes of compiling, then 16 rows per 2 s.
    const { progress, lines } = simulate([{ seconds: 1200, rows: 16 }, ...Array.from({ length: 60 }, () => ({ seconds: 2, rows: 16 }))]);
    expect(progress.rate()).toBeCloseTo(8, 10);
    expect(lines[0]).toMatch(/^sampled 16\/100000 {2}measuring the rate…/);
    expect(lines.at(-1)).toMatch(/8\.0 samples\/s {2}3\.4 h left/);
  });

  it('forgets a slow stretch ten minutes after it ended', () => {
    // An hour at 2 samples/s (the machine busy), then 15 minutes at 8.
    const slow = Array.from({ length: 360 }, () => ({ seconds: 10, rows: 20 }));
    const fast = Array.from({ length: 90 }, () => ({ seconds: 10, rows: 80 }));
    const { progress } = simulate([{ seconds: 1, rows: 1 }, ...slow, ...fast]);
    expect(progress.rate()).toBeCloseTo(8, 10);
    const early = simulate([{ seconds: 1, rows: 1 }, ...slow, ...fast.slice(0, 30)]).progress.rate()!;
    expect(early).toBeGreaterThan(2); // five minutes in, the window still holds part of the slow hour
    expect(early).toBeLessThan(8);
  });

  it('writes a line every 30 s when stderr is not a terminal', () => {
    const { lines } = simulate(Array.from({ length: 100 }, () => ({ seconds: 5, rows: 10 })));
    expect(lines.length).toBe(16); // 500 s: every 30 s from the start (a shorter run stays quiet)
  });

  it('keeps two significant figures of a slow rate, and the summary counts a resumed run\'s own rows', () => {
    expect([0.0489, 7.34, 24.4, 1234.5].map(formatRate)).toEqual(['0.049', '7.3', '24', '1235']);
    expect(summaryLine(64, 0, 1310, 'wgsl (baked)')).toBe('64 samples on wgsl (baked): 64 in 1310.0 s, start-up included (0.049 samples/s)');
    expect(summaryLine(100_000, 77_290, 4106.6, 'wgsl (baked)')).toBe(
      '100000 samples on wgsl (baked), 22710 of them in this run (resumed at 77290): 22710 in 4106.6 s, start-up included (5.5 samples/s)',
    );
  });
});
