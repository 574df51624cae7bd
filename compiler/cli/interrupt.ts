/**
 * Ctrl-C and SIGTERM for a long command: the first one asks the work to stop at its next check (the caller
 * then writes its checkpoint); a second one exits at once, without waiting for it. Node delivers signals from
 * the event loop only, so every long loop must yield (`nextTurn`) between pieces of work for either to land.
 */

/** What the listener needs of `process` (tests pass their own). */
export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
  off(signal: 'SIGINT' | 'SIGTERM', handler: () => void): unknown;
}

export interface InterruptOptions {
  readonly source?: SignalSource;
  readonly log?: (line: string) => void;
  /** Ends the process at the second signal (130: the shell's status for SIGINT). */
  readonly exit?: (code: number) => void;
}

export interface Interrupt {
  /** Whether a first signal has arrived. */
  requested(): boolean;
  /** Stops listening (the default handlers are back). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until `dispose`. */
export function listenForInterrupt(options: InterruptOptions = {}): Interrupt {
  const source = options.source ?? process;
  const log = options.log ?? ((line: string) => process.stderr.write(`\n${line}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let signals = 0;
  const handler = () => {
    signals++;
    if (signals === 1) log('stopping: a checkpoint is written after the current piece of work (Ctrl-C again to exit at once, without it)');
    else {
      log('exiting at once: no checkpoint written for the steps since the last one');
      exit(130);
    }
  };
  source.on('SIGINT', handler);
  source.on('SIGTERM', handler);
  return {
    requested: () => signals > 0,
    dispose: () => {
      source.off('SIGINT', handler);
      source.off('SIGTERM', handler);
    },
  };
}

/** One turn of the event loop: pending signal handlers run before the promise resolves. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
