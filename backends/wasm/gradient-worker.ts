/**
 * One gradient worker of the parallel engine (parallel-engine.ts; protocol in worker-control.ts): its own
 * WasmGradientEngine for the module, run on the rows the main thread assigns it. The loop is synchronous (the
 * thread blocks in Atomics.wait between jobs) and catches every exception of a job, so an error becomes a
 * status and a message in shared memory and the worker stays ready for the next job. What it cannot catch (the
 * thread ending, running out of memory) the supervisor reports.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { WasmGradientEngine } from './train-engine.js';
// The backend module, for its side effects: kernels it registers (exec/kernel-table.ts) are then registered in
// this thread too, so every thread runs the same kernels as the main thread.
import './index.js';
import { AUX_WEIGHT, Command, resultIndex, Slot, signal, slot, Status, Word, writeMessage, type SharedInputs, type WorkerInit } from './worker-control.js';

const init = workerData as WorkerInit;
if (init.exitAt === 'start') process.exit(71);
const { control, scalars, params, grads } = init.shared;
// The engine adds its gradients straight into this worker's shared buffer: no copy per job.
const engine = new WasmGradientEngine(init.module, grads[init.index]);
let inputs: SharedInputs = { x: new Float32Array(0), a: new Float32Array(0) };
let paramsVersion = -1;

/** The newest input buffers the main thread posted (it posts before it starts the job that needs them). */
function takeNewInputs(): void {
  for (let message = receiveMessageOnPort(init.port); message; message = receiveMessageOnPort(init.port)) inputs = message.message as SharedInputs;
}

function runRows(start: number, count: number): void {
  const version = Atomics.load(control, Word.paramsVersion);
  if (version !== paramsVersion) {
    engine.setParams(params);
    paramsVersion = version;
  }
  const r = engine.gradients(inputs.x, inputs.a, start, count, Atomics.load(control, Word.batch), scalars[AUX_WEIGHT]!);
  scalars.set([r.loss, r.kept, r.aux], resultIndex(init.index));
}

function runJob(generation: number): void {
  const start = Atomics.load(control, slot(init.index, Slot.start));
  const count = Atomics.load(control, slot(init.index, Slot.count));
  let status: number = Status.ok;
  try {
    if (init.exitAt === 'job') process.exit(70);
    takeNewInputs();
    if (count > 0) runRows(start, count);
  } catch (error) {
    writeMessage(init.shared, init.index, error instanceof Error ? error.message : String(error));
    status = Status.error;
  }
  Atomics.store(control, slot(init.index, Slot.status), status);
  Atomics.store(control, slot(init.index, Slot.done), generation);
  signal(control);
}

// Loaded and ready: the supervisor waits for every worker's word before the engine is handed out.
parentPort!.postMessage('ready');
let seen = 0;
for (;;) {
  Atomics.wait(control, Word.generation, seen);
  seen = Atomics.load(control, Word.generation);
  if (Atomics.load(control, Word.command) === Command.exit) break;
  runJob(seen);
}
init.port.close();
