/**
 * The wasm backend's GradientEngine on all cores (docs/design/compiled-training.md §5): the rows of each call
 * split into contiguous slices over T worker threads, each with its own WasmGradientEngine for the module, and
 * their gradient sums added here in worker order, so a given T is bitwise reproducible (`flowc train --resume`
 * relies on it). Different T differ by the order of that sum only.
 *
 * gradients() stays synchronous, as the Trainer calls it: the inputs and parameters go through shared memory
 * and the main thread blocks in Atomics.wait until the workers are done (worker-control.ts has the protocol).
 * Failures surface as an Error thrown by gradients(): a worker catches its job's exceptions and reports them
 * (the engine stays usable); a worker that dies hard is reported by the supervisor thread
 * (worker-supervisor.ts), after which every call throws. The supervisor's own death (not expected: it runs only
 * event handlers) is seen between calls and also breaks the engine; only a worker dying hard during a call whose
 * supervisor died too would leave that call waiting.
 *
 * The threads run the compiled JavaScript (worker-files.ts says where it is found, also under vitest).
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { IRModule } from '../../compiler/ir/ir.js';
import type { GradientEngine } from '../train/trainer.js';
import { compiledWorkerFile } from './worker-files.js';
import { AUX_WEIGHT, Command, createInputs, createShared, readMessage, resultIndex, Slot, slot, Status, Word, type SharedInputs, type SharedState } from './worker-control.js';
import type { SupervisorInit } from './worker-supervisor.js';

export interface ParallelOptions {
  /** Worker threads (default: os.availableParallelism()). */
  readonly threads?: number;
  /** Testing only: a worker (0-based) that ends its thread as it starts or on its first job, as a crash would. */
  readonly exiting?: { readonly worker: number; readonly at: 'start' | 'job' };
}

/** Contiguous slices of `count` rows over at most `threads` workers, the first ones a row longer. */
export function splitRows(count: number, threads: number): { start: number; count: number }[] {
  const used = Math.max(1, Math.min(threads, count));
  const base = Math.floor(count / used);
  let start = 0;
  return Array.from({ length: threads }, (_, w) => {
    const rows = w < used ? base + (w < count % used ? 1 : 0) : 0;
    const slice = { start, count: rows };
    start += rows;
    return slice;
  });
}

export class ParallelGradientEngine implements GradientEngine {
  readonly threads: number;
  private readonly shared: SharedState;
  private readonly ports: MessagePort[] = [];
  private readonly supervisor: Worker;
  private inputs: SharedInputs;
  /** The gradient sum gradients() returns (made once: a fresh one per call cost ≈ 100 ms in page faults on DW4). */
  private readonly summed: Float64Array;
  private inputRows = 0;
  private generation = 0;
  /** Set when a worker died: the engine cannot compute a full gradient any more. */
  private broken: Error | undefined;
  private closing = false;
  /** Settles when every worker has loaded (or died) and the supervisor is watching them. */
  private readonly started: Promise<void>;

  /** Starts the threads and waits until they are ready: a file that fails to load is an error here, not a hang later. */
  static async start(module: IRModule, options: ParallelOptions = {}): Promise<ParallelGradientEngine> {
    const engine = new ParallelGradientEngine(module, options);
    try {
      await engine.started;
      const dead = engine.deadWorker();
      if (dead) throw dead;
    } catch (error) {
      engine.dispose();
      throw error;
    }
    return engine;
  }

  private constructor(private readonly module: IRModule, options: ParallelOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
    const parameterCount = module.params.reduce((s, p) => s + p.shape.reduce((t, k) => t * k, 1), 0);
    this.shared = createShared(this.threads, parameterCount);
    this.summed = new Float64Array(parameterCount);
    this.inputs = createInputs(0, module);
    const theirs = Array.from({ length: this.threads }, () => {
      const channel = new MessageChannel();
      this.ports.push(channel.port1);
      return channel.port2;
    });
    const init: SupervisorInit = { module, shared: this.shared, ports: theirs, workerFile: compiledWorkerFile('gradient-worker.js'), exiting: options.exiting };
    // No inherited Node options: the file is plain compiled JavaScript, and some (--input-type) stop a worker from loading.
    this.supervisor = new Worker(compiledWorkerFile('worker-supervisor.js'), { workerData: init, transferList: theirs, execArgv: [] });
    this.started = new Promise((resolve, reject) => {
      this.supervisor.once('message', () => resolve());
      this.supervisor.once('error', (error) => reject(new Error(`the gradient workers' supervisor failed: ${error.message}`)));
      this.supervisor.once('exit', (code) => reject(new Error(`the gradient workers' supervisor ended (exit code ${code}) before the workers started`)));
    });
    // The supervisor itself failing later (not expected: it only runs event handlers) breaks the engine, from the
    // next call on, and must not crash the process.
    const lost = (why: string) => (this.broken ??= new Error(`the gradient workers' supervisor ${why}; this engine cannot go on (dispose it)`));
    this.supervisor.on('error', (error) => lost(`failed: ${error.message}`));
    this.supervisor.on('exit', (code) => this.closing || lost(`ended (exit code ${code})`));
    // Once started, neither the supervisor nor (through it) the workers keep the process alive.
    void this.started.then(() => this.supervisor.unref(), () => {});
  }

  setParams(flat: Float32Array): void {
    this.shared.params.set(flat);
    Atomics.add(this.shared.control, Word.paramsVersion, 1);
  }

  gradients(x: Float32Array, a: Float32Array, start: number, count: number, batch: number, auxWeight: number): { grads: Float64Array; loss: number; kept: number; aux: number } {
    if (this.broken) throw this.broken;
    const slices = splitRows(count, this.threads);
    this.shareRows(x, a, start, count);
    const { control, scalars } = this.shared;
    slices.forEach((s, w) => {
      Atomics.store(control, slot(w, Slot.start), s.start);
      Atomics.store(control, slot(w, Slot.count), s.count);
    });
    Atomics.store(control, Word.batch, batch);
    scalars[AUX_WEIGHT] = auxWeight;
    const generation = ++this.generation;
    Atomics.store(control, Word.command, Command.run);
    Atomics.store(control, Word.generation, generation);
    Atomics.notify(control, Word.generation);
    this.waitForWorkers(generation);
    this.throwFailures(generation);
    return this.sum(slices);
  }

  /** Copies rows [start, start + count) of x and a into the shared inputs, posting bigger buffers first if needed. */
  private shareRows(x: Float32Array, a: Float32Array, start: number, count: number): void {
    const { n, dim: d, augmented: A } = this.module.system;
    if (count > this.inputRows) {
      this.inputs = createInputs(count, this.module);
      this.inputRows = count;
      for (const port of this.ports) port.postMessage(this.inputs);
    }
    this.inputs.x.set(x.subarray(start * n * d, (start + count) * n * d));
    this.inputs.a.set(a.subarray(start * n * A * d, (start + count) * n * A * d));
  }

  /** Blocks until every worker finished this job or one is dead; no timeout (see worker-control.ts). */
  private waitForWorkers(generation: number): void {
    const { control } = this.shared;
    const settled = (w: number) => Atomics.load(control, slot(w, Slot.done)) === generation || Atomics.load(control, slot(w, Slot.status)) === Status.dead;
    for (;;) {
      const events = Atomics.load(control, Word.events);
      let all = true;
      for (let w = 0; w < this.threads && all; w++) all = settled(w);
      if (all) return;
      Atomics.wait(control, Word.events, events);
    }
  }

  /** The error of the first dead worker, if one died. */
  private deadWorker(): Error | undefined {
    for (let w = 0; w < this.threads; w++)
      if (Atomics.load(this.shared.control, slot(w, Slot.status)) === Status.dead) return new Error(`gradient worker ${w + 1} of ${this.threads} ${readMessage(this.shared, w)}; this engine cannot go on (dispose it)`);
    return undefined;
  }

  /** A dead worker breaks the engine; a worker's caught error fails this call only. The first worker's wins. */
  private throwFailures(generation: number): void {
    const { control } = this.shared;
    const dead = this.deadWorker();
    if (dead) throw (this.broken = dead);
    for (let w = 0; w < this.threads; w++)
      if (Atomics.load(control, slot(w, Slot.status)) === Status.error && Atomics.load(control, slot(w, Slot.done)) === generation) throw new Error(`gradient worker ${w + 1} of ${this.threads}: ${readMessage(this.shared, w)}`);
  }

  /** The workers' results added in worker order: the same order every call, hence reproducible. Returned in `summed`, valid until the next call. */
  private sum(slices: readonly { count: number }[]): { grads: Float64Array; loss: number; kept: number; aux: number } {
    const { scalars, grads: buffers } = this.shared;
    const grads = this.summed;
    let loss = 0;
    let kept = 0;
    let auxSum = 0;
    let first = true;
    slices.forEach((s, w) => {
      if (s.count === 0) return;
      // The first copied, not added to zeros: the same sums except that −0 stays −0, which no later step can tell.
      if (first) grads.set(buffers[w]!);
      else addInto(grads, buffers[w]!);
      first = false;
      const r = resultIndex(w);
      loss += scalars[r]!;
      kept += scalars[r + 1]!;
      auxSum += scalars[r + 2]! * scalars[r + 1]!;
    });
    return { grads, loss, kept, aux: auxSum / Math.max(1, kept) };
  }

  dispose(): void {
    const { control } = this.shared;
    this.closing = true;
    // Workers leave their loop on the exit command; terminating the supervisor then ends any that did not.
    Atomics.store(control, Word.command, Command.exit);
    Atomics.add(control, Word.generation, 1);
    Atomics.notify(control, Word.generation);
    for (const port of this.ports) port.close();
    void this.supervisor.terminate();
  }
}

/** target += source, in a small function of its own: inlined into sum()'s closure, the loop ran 3× slower (measured). */
function addInto(target: Float64Array, source: Float64Array): void {
  const length = target.length;
  for (let k = 0; k < length; k++) target[k]! += source[k]!;
}
