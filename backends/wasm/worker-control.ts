/**
 * The shared memory of the parallel gradient engine (parallel-engine.ts), the one contract between the main
 * thread, the supervisor (worker-supervisor.ts) and the gradient workers (gradient-worker.ts). Everything a job
 * needs lives in SharedArrayBuffers, so the main thread can hand out work and collect results while it stays
 * synchronous (it blocks in Atomics.wait; it cannot receive messages or events meanwhile).
 *
 * Protocol, one job: the main thread writes each worker's slot (start, count), the batch and w_aux, then bumps
 * GENERATION and notifies it. Each worker (waiting on GENERATION) runs its rows, writes its gradient sum, loss,
 * kept count and aux into its own buffers, sets its status, stores DONE = generation, and then bumps EVENTS and
 * notifies it. The main thread sleeps on EVENTS (an event count: every state change is written first and
 * EVENTS bumped after, so a wake-up cannot be lost) until every worker is done or one is dead.
 */
import type { MessagePort } from 'node:worker_threads';
import type { IRModule } from '../../compiler/ir/ir.js';

/** Words of the control block before the per-worker slots. */
export const Word = {
  /** Bumped by the main thread for every job (and for the exit command); workers wait on it. */
  generation: 0,
  command: 1,
  /** Bumped by every worker that finishes and by the supervisor when a worker dies; the main thread waits on it. */
  events: 2,
  /** Bumped by every setParams: a worker reloads the shared parameters when it changed. */
  paramsVersion: 3,
  /** B of the masked mean: each example's weight is 1/B. */
  batch: 4,
} as const;
const HEADER = 5;

/** Words of one worker's slot. */
export const Slot = { start: 0, count: 1, done: 2, status: 3 } as const;
const SLOT = 4;

export const Command = { run: 0, exit: 1 } as const;
export const Status = { ok: 0, error: 1, dead: 2 } as const;

/** Room for one worker's error message (UTF-8, cut to fit). */
const MESSAGE_BYTES = 2048;
/** Float64 scalars: w_aux, then per worker: loss, kept, mean aux. */
export const AUX_WEIGHT = 0;
const RESULTS = 3;

export interface SharedState {
  readonly control: Int32Array;
  readonly scalars: Float64Array;
  readonly messages: Uint8Array;
  /** The flat parameters (layout order), written by setParams. */
  readonly params: Float32Array;
  /** One gradient sum per worker: the module's parameter count each. */
  readonly grads: readonly Float64Array[];
}

/** The rows of one job: x [count][n][d] and a [count][n][A][d], replaced by bigger buffers when a job needs more. */
export interface SharedInputs {
  readonly x: Float32Array;
  readonly a: Float32Array;
}

/** What each gradient worker starts with (its workerData). */
export interface WorkerInit {
  readonly module: IRModule;
  readonly index: number;
  readonly shared: SharedState;
  /** Where the main thread posts new SharedInputs; read synchronously with receiveMessageOnPort. */
  readonly port: MessagePort;
  /** Testing only: this worker ends its thread with process.exit (a hard death) as it starts or on its first job. */
  readonly exitAt: 'start' | 'job' | undefined;
}

const shared = <T>(Array: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T => new Array(new SharedArrayBuffer(length * Array.BYTES_PER_ELEMENT));

export function createShared(threads: number, parameterCount: number): SharedState {
  return {
    control: shared(Int32Array, HEADER + SLOT * threads),
    scalars: shared(Float64Array, 1 + RESULTS * threads),
    messages: shared(Uint8Array, MESSAGE_BYTES * threads),
    params: shared(Float32Array, parameterCount),
    grads: Array.from({ length: threads }, () => shared(Float64Array, parameterCount)),
  };
}

export function createInputs(rows: number, module: IRModule): SharedInputs {
  const { n, dim: d, augmented: A } = module.system;
  return { x: shared(Float32Array, rows * n * d), a: shared(Float32Array, rows * n * A * d) };
}

/** The index of a worker's slot word in the control block. */
export const slot = (worker: number, field: number): number => HEADER + SLOT * worker + field;

/** A worker's results: loss, kept, mean aux. */
export const resultIndex = (worker: number): number => 1 + RESULTS * worker;

/** Wakes the main thread: call after writing the state it should see. */
export function signal(control: Int32Array): void {
  Atomics.add(control, Word.events, 1);
  Atomics.notify(control, Word.events);
}

export function writeMessage(state: SharedState, worker: number, text: string): void {
  const bytes = new TextEncoder().encode(text).subarray(0, MESSAGE_BYTES - 4);
  const view = state.messages.subarray(worker * MESSAGE_BYTES, (worker + 1) * MESSAGE_BYTES);
  new DataView(view.buffer, view.byteOffset).setUint32(0, bytes.length, true);
  view.set(bytes, 4);
}

export function readMessage(state: SharedState, worker: number): string {
  const view = state.messages.subarray(worker * MESSAGE_BYTES, (worker + 1) * MESSAGE_BYTES);
  const length = new DataView(view.buffer, view.byteOffset).getUint32(0, true);
  // TextDecoder refuses views of shared memory: copy first.
  return new TextDecoder().decode(view.slice(4, 4 + length));
}
