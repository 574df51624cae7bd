/**
 * `--max-minutes` as a budget for the whole `flowc train` command: compile, loading, steps, the last
 * validation and the checkpoint. Before each step the loop asks whether one more step still leaves room for
 * the last validation and the checkpoint; at the end, whether the last validation fits, or is skipped with a
 * line. Times are estimates from what the run measured (the slowest recent step, the last validation's rate,
 * the last checkpoint), so a shared machine's slow stretches make the plan stop early rather than late.
 */

/** Seconds on a monotonic clock from the start of the process (tests pass their own). */
export type Clock = () => number;

export const processClock: Clock = () => performance.now() / 1000;

/** A checkpoint's cost before one has been measured (three small files). */
const FIRST_CHECKPOINT_SECONDS = 1;
/** Kept back from every plan: process exit and the last lines. */
const MARGIN_SECONDS = 2;

export class RunBudget {
  private slowestStep = 0;
  private checkpointSeconds = FIRST_CHECKPOINT_SECONDS;

  /** `maxSeconds` counts from the clock's zero (the process's start); Infinity: no budget. */
  constructor(
    readonly maxSeconds: number,
    private readonly now: Clock = processClock,
  ) {}

  get bounded(): boolean {
    return Number.isFinite(this.maxSeconds);
  }

  /** Seconds left of the budget (Infinity without one). */
  left(): number {
    return this.maxSeconds - this.now();
  }

  recordStep(seconds: number): void {
    // The slowest of the run so far: one more step must fit even when the machine is busy.
    this.slowestStep = Math.max(this.slowestStep, seconds);
  }

  recordCheckpoint(seconds: number): void {
    this.checkpointSeconds = Math.max(FIRST_CHECKPOINT_SECONDS, seconds);
  }

  /** Whether one more step still leaves room for `lastValidation` seconds of validation and the checkpoint. */
  roomForStep(lastValidation: number): boolean {
    return this.left() >= this.slowestStep + lastValidation + this.checkpointSeconds + MARGIN_SECONDS;
  }

  /** Whether `validation` seconds of validation fit before the checkpoint that must follow it. */
  roomForValidation(validation: number): boolean {
    return this.left() >= validation + this.checkpointSeconds + MARGIN_SECONDS;
  }

  /** Whether a running validation must be abandoned now to leave time for the checkpoint. */
  mustAbandonValidation(): boolean {
    return this.left() < this.checkpointSeconds + MARGIN_SECONDS;
  }
}
