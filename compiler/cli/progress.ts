/**
 * Progress of a long run (`flowc sample`, `verify`, `eval`, `report`) on stderr: count, rate and time left, a
 * line redrawn in place on a terminal, else a line every 30 s (FLOWC_PROGRESS_SECONDS overrides: the tests
 * ask for every update). The rate is over the last ten minutes (all of the run before that): a
 * baked LJ13 run lasts hours on a shared machine, and an average since the start kept reporting the slow
 * stretches long after they ended (10.9 h left at 2.5 samples/s when it was sampling at 7).
 */

const WINDOW_SECONDS = 600;

export interface ProgressOptions {
  /** Seconds on a monotonic clock (tests pass their own). */
  readonly now?: () => number;
  readonly write?: (text: string) => void;
  readonly tty?: boolean;
  /** What the count counts, before it: `sampled 16/1000` (the default) or e.g. `verify: 12/60 runs`. */
  readonly label?: (done: number, total: number) => string;
  /** The rate's unit ('samples' by default); '' leaves the rate out and shows only the time left. */
  readonly unit?: string;
  /** When the work began on `now`'s clock (default: now), e.g. before a first step that fixes the total. */
  readonly started?: number;
  /** Seconds between lines when stderr is not a terminal. */
  readonly lineSeconds?: number;
}

/** Seconds between progress lines off a terminal: 30, or FLOWC_PROGRESS_SECONDS. */
export function progressLineSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['FLOWC_PROGRESS_SECONDS']);
  return env['FLOWC_PROGRESS_SECONDS'] !== undefined && Number.isFinite(value) && value >= 0 ? value : 30;
}

export class Progress {
  private readonly now: () => number;
  private readonly write: (text: string) => void;
  private readonly tty: boolean;
  private readonly label: (done: number, total: number) => string;
  private readonly unit: string;
  private readonly lineSeconds: number;
  private readonly started: number;
  /** Off a terminal, the time of the last line: the start at first, so a run shorter than the interval stays quiet. */
  private lastLine: number;
  /** (time, rows done) after each update, oldest first, trimmed to the window (the newest older one kept). */
  private readonly history: { at: number; done: number }[] = [];

  constructor(private readonly total: number, options: ProgressOptions = {}) {
    this.now = options.now ?? (() => performance.now() / 1000);
    this.write = options.write ?? ((text) => process.stderr.write(text));
    this.tty = options.tty ?? process.stderr.isTTY === true;
    this.label = options.label ?? ((done, total) => `sampled ${done}/${total}`);
    this.unit = options.unit ?? 'samples';
    this.lineSeconds = options.lineSeconds ?? progressLineSeconds();
    this.started = options.started ?? this.now();
    this.lastLine = this.started;
  }

  seconds(): number {
    return this.now() - this.started;
  }

  update(done: number): void {
    const at = this.now();
    // The rate counts from the first update on: the first chunk compiles the pipelines (minutes for a baked
    // LJ13 flow), which is no measure of sampling; a resumed run's earlier rows do not count either.
    this.history.push({ at, done });
    while (this.history.length > 2 && at - this.history[1]!.at >= WINDOW_SECONDS) this.history.shift();
    const text = `${this.label(done, this.total)}  ${this.rateText()}`;
    if (this.tty) this.write(`\r${text}\u001b[K`);
    else if (at - this.lastLine >= this.lineSeconds && done < this.total) {
      this.write(`${text}\n`);
      this.lastLine = at;
    }
  }

  end(): void {
    if (this.tty && this.history.length > 0) this.write('\n');
  }

  /** Samples per second over the window, undefined before two updates. */
  rate(): number | undefined {
    const oldest = this.history[0];
    const newest = this.history[this.history.length - 1];
    if (!oldest || !newest || newest.at <= oldest.at) return undefined;
    return (newest.done - oldest.done) / (newest.at - oldest.at);
  }

  private rateText(): string {
    const rate = this.rate();
    if (rate === undefined || rate <= 0) return 'measuring the rate…';
    const done = this.history[this.history.length - 1]!.done;
    const left = `${formatDuration((this.total - done) / rate)} left`;
    return this.unit === '' ? left : `${formatRate(rate)} ${this.unit}/s  ${left}`;
  }
}

/** Two significant figures below 10 (a 64-sample run behind a 20-minute compile is 0.049/s, not 0.0), whole numbers above. */
export const formatRate = (rate: number) => (rate < 1 ? rate.toPrecision(2) : rate < 10 ? rate.toFixed(1) : rate.toFixed(0));

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
