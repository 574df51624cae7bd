/**
 * Progress of the long library loops behind `flowc verify`, `eval` and `report` (issue 16): the property
 * suite reports after every run and the metrics after every chunk, through callbacks (they print nothing
 * themselves), and both yield to the event loop between steps so that a signal handler runs within one step.
 */
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../compiler/compile.js';
import { Flow } from '../../backends/flow.js';
import { randomWeights } from '../../backends/init.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { runSuite, type SuiteProgress } from '../../backends/conformance/suite.js';
import { evaluateFlow, type MetricsProgress } from '../../backends/metrics.js';
import { metricsProgress, suiteProgress } from '../../compiler/cli/step-progress.js';
import { tinyDw4Narrow } from '../helpers/tiny-training.js';

const tiny = tinyDw4Narrow;

function tinyFlow(): Flow {
  const { module } = compileModule(tiny);
  return new Flow(module, randomWeights(module, 3), referenceBackend);
}

/** Counts the event-loop turns (setImmediate callbacks) that ran while `work` was in progress. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  return { result, turns };
}

describe('property suite progress', () => {
  it('reports every run up to the planned total and lets the event loop run between runs', async () => {
    const flow = tinyFlow();
    const seen: SuiteProgress[] = [];
    const { result: results, turns } = await turnsDuring(() => runSuite(flow, { runs: 2, seed: 1, jacobianRuns: 0, onProgress: (p) => seen.push(p) }));
    const total = results.reduce((sum, r) => sum + r.runs, 0);
    expect(seen.length).toBeGreaterThanOrEqual(total);
    expect(seen.every((p) => p.runsTotal === total && p.properties === results.length)).toBe(true);
    expect(seen.map((p) => p.runsDone)).toEqual([...seen.map((p) => p.runsDone)].sort((a, b) => a - b));
    expect(seen.at(-1)!.runsDone).toBe(total);
    expect(seen.map((p) => p.property)).toContain(results.at(-1)!.property);
    expect(turns).toBeGreaterThanOrEqual(total);
    flow.dispose();
  }, 60_000);
});

describe('metrics progress', () => {
  it('reports each data chunk, then each chunk of model samples, in flow passes, yielding between them', async () => {
    const flow = tinyFlow();
    const { x } = flow.sample(5, 9);
    const seen: MetricsProgress[] = [];
    const options = { K: 3, samples: 300, seed: 4, chunk: 2 };
    const { result, turns } = await turnsDuring(() => evaluateFlow(flow, x, 5, { ...options, onProgress: (p) => seen.push(p) }));
    expect(seen.map((p) => [p.step, p.done, p.passesDone])).toEqual([
      ['data', 2, 6], ['data', 4, 12], ['data', 5, 15],
      ['samples', 256, 15 + 256], ['samples', 300, 15 + 300],
    ]);
    expect(seen.every((p) => p.passesTotal === 15 + 300)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(seen.length);
    // The samples drawn in chunks are the rows one call draws.
    expect(result.sample!.x).toEqual((await flow.sampleAsync(300, options.seed + 1)).x);
    flow.dispose();
  }, 60_000);
});

describe('progress lines of the commands', () => {
  const collect = () => {
    let clock = 0;
    const lines: string[] = [];
    return { lines, options: { now: () => clock, write: (t: string) => lines.push(t), tty: false, lineSeconds: 30 }, advance: (s: number) => (clock += s) };
  };

  it('verify: runs done, the property, the rate and the time left, a line every 30 s off a terminal', () => {
    const { lines, options, advance } = collect();
    const progress = suiteProgress('verify', options);
    for (let done = 0; done <= 40; done++) {
      // A run every 5 s: the first callback comes after the first run, 5 s after the start.
      advance(5);
      progress.onProgress({ property: done < 20 ? 'round trip' : 'log q invariant under rotation', index: done < 20 ? 1 : 2, properties: 2, runsDone: done, runsTotal: 40 });
    }
    progress.end();
    // 205 s: a line at 30 s from the start, then every 30 s.
    expect(lines.length).toBe(6);
    expect(lines[0]).toBe('verify: 5/40 runs (property 1/2: round trip)  0.20 runs/s  3 min left\n');
    expect(lines.at(-1)).toBe('verify: 35/40 runs (property 2/2: log q invariant under rotation)  0.20 runs/s  25 s left\n');
  });

  it('eval: data rows, then model samples, with one time left over both', () => {
    const { lines, options, advance } = collect();
    const progress = metricsProgress('eval', 20, { ...options, lineSeconds: 0 });
    advance(1);
    progress.onProgress({ step: 'data', done: 100, rows: 200, passesDone: 2000, passesTotal: 5000 });
    advance(10);
    progress.onProgress({ step: 'data', done: 200, rows: 200, passesDone: 4000, passesTotal: 5000 });
    advance(2.5);
    progress.onProgress({ step: 'samples', done: 256, rows: 1000, passesDone: 4256, passesTotal: 5000 });
    expect(lines).toEqual([
      'eval: 100/200 data rows (K = 20 draws each)  measuring the rate…\n',
      'eval: 200/200 data rows (K = 20 draws each)  5 s left\n',
      'eval: 256/1000 model samples  4 s left\n',
    ]);
  });
});
