/**
 * The supervisor of the parallel gradient engine (parallel-engine.ts): a thread that starts the gradient
 * workers and watches them. It exists because the main thread, blocked in Atomics.wait for a job, cannot run
 * the 'error' and 'exit' handlers of its workers; a worker that dies hard (its thread ends, it runs out of
 * memory, its file fails to load) would leave it waiting forever. This thread's event loop stays free, gets
 * those events, and reports the death through shared memory (status dead, a message, an event), which wakes the
 * main thread. It does no work of its own.
 *
 * It also tells the main thread when the workers have started: each worker posts 'ready' once its modules are
 * loaded, and when every worker is ready or dead the supervisor posts 'ready' itself.
 */
import { parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { IRModule } from '../../compiler/ir/ir.js';
import { Command, signal, slot, Slot, Status, Word, writeMessage, type SharedState, type WorkerInit } from './worker-control.js';

export interface SupervisorInit {
  readonly module: IRModule;
  readonly shared: SharedState;
  /** One port per worker (see WorkerInit.port). */
  readonly ports: readonly MessagePort[];
  /** The compiled gradient-worker.js. */
  readonly workerFile: string;
  /** Testing only: a worker that ends its thread (see WorkerInit.exitAt). */
  readonly exiting: { readonly worker: number; readonly at: 'start' | 'job' } | undefined;
}

const init = workerData as SupervisorInit;
const { control } = init.shared;
/** Workers that are ready or dead. */
const settled = new Set<number>();

function settle(index: number): void {
  if (settled.has(index)) return;
  settled.add(index);
  if (settled.size === init.ports.length) parentPort!.postMessage('ready');
}

/** Records a worker's death (the first cause only: 'error' is followed by 'exit') unless the engine is closing. */
function reportDeath(index: number, cause: string): void {
  if (Atomics.load(control, Word.command) === Command.exit) return;
  if (Atomics.load(control, slot(index, Slot.status)) === Status.dead) return;
  writeMessage(init.shared, index, cause);
  Atomics.store(control, slot(index, Slot.status), Status.dead);
  signal(control);
  settle(index);
}

init.ports.forEach((port, index) => {
  const data: WorkerInit = { module: init.module, index, shared: init.shared, port, exitAt: index === init.exiting?.worker ? init.exiting.at : undefined };
  // No inherited Node options: the file is plain compiled JavaScript, and some (--input-type) stop a worker from loading.
  const worker = new Worker(init.workerFile, { workerData: data, transferList: [port], execArgv: [] });
  worker.on('message', () => settle(index));
  worker.on('error', (error) => reportDeath(index, `died: ${error.message}`));
  worker.on('exit', (code) => reportDeath(index, `ended (exit code ${code})`));
});
