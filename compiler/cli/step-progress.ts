/**
 * Progress lines for the commands whose long steps are library loops: the property suite (`flowc verify`,
 * `report`) and the metrics (`flowc eval`, `report`). The loops report through callbacks (suite.ts
 * `onProgress`, metrics.ts `onProgress`) and print nothing; these turn the callbacks into `Progress` lines.
 */
import type { SuiteProgress } from '../../backends/conformance/suite.js';
import type { MetricsProgress } from '../../backends/metrics.js';
import { Progress, type ProgressOptions } from './progress.js';

/** The options with the start fixed now: the first callback (which brings the total) comes after a whole step. */
function startingNow(options: ProgressOptions): ProgressOptions {
  return { ...options, started: options.started ?? (options.now ?? (() => performance.now() / 1000))() };
}

export interface StepProgress<T> {
  readonly onProgress: (progress: T) => void;
  /** Ends a redrawn terminal line (nothing when no update came, or when already ended). */
  end(): void;
}

/**
 * `verify: 12/60 runs (property 5/21: log q invariant under rotation)  0.8 runs/s  1 min left`. The Progress
 * is made at the first callback (its total is only known then), with the start taken when this is made.
 */
export function suiteProgress(command: string, givenOptions: ProgressOptions = {}): StepProgress<SuiteProgress> {
  const options = startingNow(givenOptions);
  let latest: SuiteProgress | undefined;
  let progress: Progress | undefined;
  const label = (done: number, total: number) => `${command}: ${done}/${total} runs (property ${latest!.index}/${latest!.properties}: ${latest!.property})`;
  return {
    onProgress(p) {
      latest = p;
      progress ??= new Progress(p.runsTotal, { ...options, label, unit: 'runs' });
      progress.update(p.runsDone);
    },
    end: once(() => progress?.end()),
  };
}

/**
 * `eval: 300/1000 data rows (K = 20 draws each)  4 min left`, then `eval: 256/1000 model samples  1 min left`:
 * one time left over both steps, measured in flow passes (K per data row, one per sample).
 */
export function metricsProgress(command: string, K: number, givenOptions: ProgressOptions = {}): StepProgress<MetricsProgress> {
  const options = startingNow(givenOptions);
  let latest: MetricsProgress | undefined;
  let progress: Progress | undefined;
  const label = () => (latest!.step === 'data' ? `${command}: ${latest!.done}/${latest!.rows} data rows (K = ${K} draws each)` : `${command}: ${latest!.done}/${latest!.rows} model samples`);
  return {
    onProgress(p) {
      latest = p;
      progress ??= new Progress(p.passesTotal, { ...options, label, unit: '' });
      progress.update(p.passesDone);
    },
    end: once(() => progress?.end()),
  };
}

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (!done) f();
    done = true;
  };
}
