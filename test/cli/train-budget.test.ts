/**
 * `flowc train`'s budget, validation plan, progress, signals and schedule, on injected clocks and signal
 * sources: a "long" run is a clock that jumps, never a wait.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { RunBudget } from '../../compiler/cli/train-budget.js';
import { planValidation, validationLine, CHUNK_ROWS } from '../../compiler/cli/train-validation.js';
import { TrainProgress } from '../../compiler/cli/train-progress.js';
import { listenForInterrupt, type SignalSource } from '../../compiler/cli/interrupt.js';
import { fitSchedule, scheduleLine, warmupSteps } from '../../compiler/cli/train-schedule.js';
import { formatDuration } from '../../compiler/cli/progress.js';
import { warmupCosine } from '../../backends/train/schedule.js';

describe('--max-minutes budget', () => {
  it('stops before a step that would leave no room for the last validation and the checkpoint', () => {
    let clock = 0;
    const budget = new RunBudget(300, () => clock);
    budget.recordStep(5);
    budget.recordCheckpoint(1);
    clock = 250; // 50 s left: a 5 s step + 40 s validation + 1 s checkpoint + 2 s margin fit
    expect(budget.roomForStep(40)).toBe(true);
    clock = 254; // 46 s left: they do not
    expect(budget.roomForStep(40)).toBe(false);
    // …but the validation alone still fits, then the checkpoint.
    expect(budget.roomForValidation(40)).toBe(true);
    clock = 270;
    expect(budget.roomForValidation(40)).toBe(false);
    expect(budget.mustAbandonValidation()).toBe(false);
    clock = 298;
    expect(budget.mustAbandonValidation()).toBe(true);
  });

  it('plans with the slowest step seen, and has no bound without --max-minutes', () => {
    let clock = 0;
    const budget = new RunBudget(100, () => clock);
    budget.recordStep(30);
    budget.recordStep(1);
    clock = 60; // 40 s left: a 30 s step, the 1 s checkpoint and the margin fit
    expect(budget.roomForStep(0)).toBe(true);
    clock = 70; // 30 s left: the slowest step would not fit, though the last one took 1 s
    expect(budget.roomForStep(0)).toBe(false);
    const unbounded = new RunBudget(Infinity, () => 1e9);
    expect(unbounded.bounded).toBe(false);
    expect(unbounded.roomForStep(1e6)).toBe(true);
  });
});

describe('default validation', () => {
  it('is at most 1,000 rows and 30 s at the measured rate, and says so', () => {
    // DW4's 12-block flow at 0.3 s per row × K = 20: 100 rows, not 10,000.
    const plan = planValidation(10_000, 20, 0.3, { explicit: false, maxSeconds: Infinity });
    expect(plan.rows).toBe(100);
    expect(validationLine(plan, formatDuration)).toBe('validation: 100 rows × K = 20, ≈ 30 s (default: at most 1,000 rows and 30 s; --val-rows A..B to choose)');
    expect(planValidation(10_000, 20, 0.001, { explicit: false, maxSeconds: Infinity }).rows).toBe(1000);
    expect(planValidation(300, 20, 0.001, { explicit: false, maxSeconds: Infinity }).rows).toBe(300);
  });

  it('takes a tenth of a short --max-minutes, at least one chunk; rows asked for are all used', () => {
    expect(planValidation(10_000, 20, 0.1, { explicit: false, maxSeconds: 60 }).rows).toBe(60);
    expect(planValidation(10_000, 20, 100, { explicit: false, maxSeconds: 60 }).rows).toBe(CHUNK_ROWS);
    expect(planValidation(5_000, 20, 100, { explicit: true, maxSeconds: 60 }).rows).toBe(5000);
  });
});

describe('train progress', () => {
  it('writes a line every 30 s without a terminal (not every 50 steps), and every result', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = new TrainProgress({ now: () => clock, write: (t) => lines.push(t), tty: false });
    for (let step = 1; step <= 100; step++) {
      clock += 2; // 2 s a step: 200 s in all
      progress.step(`step ${step}`);
    }
    expect(lines).toEqual(['step 1\n', 'step 16\n', 'step 31\n', 'step 46\n', 'step 61\n', 'step 76\n', 'step 91\n']);
    progress.validationStarts(100, 200, 20, 40);
    for (let done = 4; done <= 200; done += 4) {
      clock += 1;
      progress.validationProgress(done, 200, 200 - done);
    }
    expect(lines.slice(7)).toEqual(['step 100: validating 200 rows × K = 20, ≈ 40 s\n', 'validating 120/200 rows, 80 s left\n']);
  });

  it('redraws one line on a terminal and clears it before a note', () => {
    const lines: string[] = [];
    const progress = new TrainProgress({ now: () => 0, write: (t) => lines.push(t), tty: true });
    progress.validationProgress(8, 200, 50);
    progress.note('stopped');
    expect(lines).toEqual(['\rvalidating 8/200 rows, 50 s left\u001b[K', '\r\u001b[K', 'stopped\n']);
  });
});

describe('Ctrl-C and SIGTERM', () => {
  it('asks the work to stop at the first signal and exits at once at the second', () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    const lines: string[] = [];
    const interrupt = listenForInterrupt({ source: source as SignalSource, exit: (code) => exits.push(code), log: (l) => lines.push(l) });
    expect(interrupt.requested()).toBe(false);
    source.emit('SIGINT');
    expect(interrupt.requested()).toBe(true);
    expect(exits).toEqual([]);
    source.emit('SIGTERM');
    expect(exits).toEqual([130]);
    expect(lines[1]).toMatch(/exiting at once/);
    interrupt.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('lr schedule of a short run', () => {
  const dw4 = { kind: 'warmup_cosine', start: 2e-5, peak: 2e-4, end: 2e-5, warmupEpochs: 30 } as const;

  it('says when the run stops inside the recipe warm-up', () => {
    expect(scheduleLine(dw4, 31, 3100, 50, false)).toBe('lr schedule: warm-up 930 steps of 3,100; this run stops at 50, inside the warm-up (use --fit-schedule to compress it)');
    expect(scheduleLine({ kind: 'constant', value: 1e-3 }, 31, 3100, 50, false)).toBeUndefined();
  });

  it('--fit-schedule scales the warm-up to the run, so the peak is reached and the decay ends at the last step', () => {
    const fitted = fitSchedule(dw4, 3100, 50);
    const warmup = warmupSteps(fitted, 31);
    expect(warmup).toBe(15);
    expect(scheduleLine(fitted, 31, 3100, 50, true)).toBe('lr schedule: fitted to this run: warm-up 15 steps, cosine decay to step 50 (the recipe: 3,100 steps)');
    const lr = (step: number) => warmupCosine(step, { start: 2e-5, peak: 2e-4, end: 2e-5, warmupSteps: warmup, totalSteps: 50 });
    expect(lr(15)).toBeCloseTo(2e-4, 12);
    expect(lr(50)).toBeCloseTo(2e-5, 12);
  });
});
