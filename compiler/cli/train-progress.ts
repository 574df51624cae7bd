/**
 * `flowc train`'s progress on stderr: on a terminal one line redrawn in place (steps with their ETA, then the
 * validation's rows with its time left); otherwise a line every 30 s (it was every 50 steps: 15 minutes of
 * silence on a DW4 run), one when a validation starts and one with each result.
 */
import { formatDuration } from './progress.js';
import type { Clock } from './train-budget.js';

const LINE_SECONDS = 30;

export interface TrainProgressOptions {
  readonly now: Clock;
  readonly write?: (text: string) => void;
  readonly tty?: boolean;
}

export class TrainProgress {
  private readonly write: (text: string) => void;
  private readonly tty: boolean;
  private lastLine = -Infinity;
  /** Whether the terminal's current line is a progress line (to be cleared before a note). */
  private drawn = false;

  constructor(private readonly options: TrainProgressOptions) {
    this.write = options.write ?? ((text) => process.stderr.write(text));
    this.tty = options.tty ?? process.stderr.isTTY === true;
  }

  /** A step's line; `force` writes it without a terminal even within 30 s of the last (results, the end). */
  step(line: string, force = false): void {
    this.show(line, force);
  }

  /** Validation has begun: `rows` × K, about `seconds`. */
  validationStarts(step: number, rows: number, K: number, seconds: number): void {
    this.show(`step ${step}: validating ${rows.toLocaleString('en-US')} rows × K = ${K}, ≈ ${formatDuration(seconds)}`, true);
  }

  validationProgress(done: number, rows: number, secondsLeft: number): void {
    this.show(`validating ${done.toLocaleString('en-US')}/${rows.toLocaleString('en-US')} rows, ${formatDuration(secondsLeft)} left`, false);
  }

  /** A line that stays (a decision, a stop): on a terminal it replaces the progress line. */
  note(line: string): void {
    if (this.drawn) this.write('\r\u001b[K');
    this.drawn = false;
    this.write(`${line}\n`);
  }

  end(): void {
    if (this.drawn) this.write('\n');
    this.drawn = false;
  }

  private show(line: string, force: boolean): void {
    const at = this.options.now();
    if (this.tty) {
      this.write(`\r${line}\u001b[K`);
      this.drawn = true;
    } else if (force || at - this.lastLine >= LINE_SECONDS) {
      this.write(`${line}\n`);
      this.lastLine = at;
    }
  }
}

/** "ETA 3 min" from the steps left and the rate of this invocation (steps per second). */
export function etaText(stepsLeft: number, rate: number): string {
  return rate > 0 ? `ETA ${formatDuration(stepsLeft / rate)}` : 'ETA ?';
}
