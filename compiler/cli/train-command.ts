/**
 * `flowc train`: maximum likelihood with the file's train block as defaults (method §9). Progress on
 * stderr (loss, lr, gradient norm, ETA), validation NLL every N steps, checkpoints written atomically;
 * `--resume` continues a killed run exactly; Ctrl-C checkpoints before exiting.
 */
import { dirname, join, resolve } from 'node:path';
import type { FlowModel } from '../bind/model.js';
import type { IRModule } from '../ir/ir.js';
import { Flow } from '../../backends/flow.js';
import { initWeights } from '../../backends/init.js';
import { readConfigurations } from '../../backends/data/npy.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import type { TfBackendName } from '../../backends/tfjs/tf.js';
import { Trainer } from '../../backends/tfjs/train/trainer.js';
import { recipeNumber, trainConfig } from '../train-recipe.js';
import { encodeCheckpoint, loadCheckpoint, specHash, type HistoryRow } from '../../backends/tfjs/train/checkpoint.js';
import { encodeWeights } from '../../backends/weights-io.js';
import { ensureDir, readingInputs, UserError } from './io.js';
import { checkRunFolder, lockRunFolder, runFiles } from './run-folder.js';
import { RunWriter } from './run-writer.js';
import { parseRows, positiveInt, positiveNumber, seedValue } from './args.js';
import { compileChecked } from './compile-helpers.js';
import { printable } from '../diagnostics/printable.js';
import { DEFAULT_SEED, EVAL_EVERY_EPOCHS, MARGINAL_SAMPLES, TRAIN_BATCH, TRAIN_EPOCHS } from './defaults.js';

export interface TrainFlags {
  readonly data?: string;
  readonly rows?: string;
  readonly val?: string;
  readonly valRows?: string;
  readonly steps?: string;
  readonly epochs?: string;
  readonly batch?: string;
  readonly out?: string;
  readonly resume: boolean;
  readonly seed?: string;
  readonly backend?: string;
  readonly evalEvery?: string;
  readonly checkpointEvery?: string;
  readonly marginal?: string;
  readonly microBatch?: string;
  readonly maxMinutes?: string;
}

const num = recipeNumber;

interface DataSource {
  readonly path: string;
  readonly rows: { lo: number; hi: number | undefined } | undefined;
}

function source(model: FlowModel, key: 'data' | 'validation', flagPath: string | undefined, flagRows: string | undefined, rowsFlag: string): DataSource | undefined {
  const fromSpec = model.train?.values[key] as { path: string; rows?: { lo: number; hi: number | undefined } } | undefined;
  const path = flagPath ?? (fromSpec ? resolve(dirname(model.file), fromSpec.path) : undefined);
  if (!path) return undefined;
  return { path, rows: parseRows(flagRows, rowsFlag) ?? (flagPath ? undefined : fromSpec?.rows) };
}

function load(module: IRModule, s: DataSource): { x: Float64Array; count: number } {
  const { data, count } = readingInputs('flowc train', () => readConfigurations(s.path, module.system.n, module.system.dim, s.rows));
  return { x: data, count };
}

/** Validation NLL: −mean log q̂(x) with K augmented draws (method §2.4), on the tfjs backend. */
function validationNll(flow: Flow, val: { x: Float64Array; count: number }, K: number, limit = 1000): number {
  const { n, d } = flow;
  const count = Math.min(limit, val.count);
  let sum = 0;
  for (let start = 0; start < count; start += 100) {
    const b = Math.min(100, count - start);
    const q = flow.marginalLogProb(val.x.subarray(start * n * d, (start + b) * n * d), b, K, 1234);
    for (const v of q) sum += v;
  }
  return -sum / count;
}

export async function runTrain(files: readonly string[], flags: TrainFlags): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc train: give exactly one .flow file, e.g. flowc train examples/dw4.flow', 2);
  const compiled = compileChecked(files[0]!);
  if (!compiled) return 1;
  const { module, model, source: text } = compiled;
  const values = model.train?.values ?? {};
  const trainSource = source(model, 'data', flags.data, flags.rows, '--rows');
  if (!trainSource) throw new UserError("flowc train: no training data: give --data FILE.npy or add `data \"file.npy\"` to the train block", 2);
  const data = load(module, trainSource);
  const valSource = source(model, 'validation', flags.val, flags.valRows, '--val-rows');
  const val = valSource ? load(module, valSource) : undefined;
  const batch = positiveInt(flags.batch, '--batch') ?? num(values['batch'], TRAIN_BATCH);
  const stepsPerEpoch = Math.floor(data.count / batch);
  if (stepsPerEpoch < 1) throw new UserError(`flowc train: the batch (${batch}) is larger than the training data (${data.count} rows)`);
  const epochs = positiveInt(flags.epochs, '--epochs');
  const steps = positiveInt(flags.steps, '--steps');
  const fromSpec = num(values['epochs'], 0) * stepsPerEpoch || num(values['steps'], 0) || TRAIN_EPOCHS * stepsPerEpoch;
  const totalSteps = steps ?? (epochs === undefined ? fromSpec : epochs * stepsPerEpoch);
  const seed = seedValue(flags.seed, '--seed', num(values['seed'], DEFAULT_SEED));
  const config = trainConfig(module, values, { batch, totalSteps, seed, microBatch: positiveInt(flags.microBatch, '--micro-batch') ?? batch });

  const evalEvery = positiveInt(flags.evalEvery, '--eval-every') ?? num(values['eval_every'], stepsPerEpoch * EVAL_EVERY_EPOCHS);
  const checkpointEvery = positiveInt(flags.checkpointEvery, '--checkpoint-every') ?? stepsPerEpoch;
  const K = positiveInt(flags.marginal, '--marginal-samples') ?? num(values['marginal_samples'], MARGINAL_SAMPLES);
  const maxMinutes = positiveNumber(flags.maxMinutes, '--max-minutes');
  const out = flags.out ?? join('runs', model.name);
  ensureDir(out);
  // One process per run folder: a second one would interleave its checkpoints with ours.
  const release = lockRunFolder(out);
  try {
    checkRunFolder(out, flags.resume, [files[0], trainSource.path, valSource?.path]);
    const hash = specHash(text);
    const backend = await tfjsBackend(flags.backend);
    let history: HistoryRow[] = [];
    const trainer = readingInputs('flowc train', () => {
      if (!flags.resume) return new Trainer(module, config, data, initWeights(module, seed));
      const c = loadCheckpoint(runFiles(out).checkpoint, module, hash);
      history = c.history.filter((r) => r.step < c.state.step);
      return new Trainer(module, config, data, c.weights, c.moments, c.state);
    });
    return await loop(trainer, { out, hash, history, val, evalEvery, checkpointEvery, K, backend, maxSeconds: maxMinutes === undefined ? Infinity : maxMinutes * 60 });
  } finally {
    release();
  }
}

async function tfjsBackend(name: string | undefined): Promise<Awaited<ReturnType<typeof createTfjsBackend>>> {
  try {
    return await createTfjsBackend(name as TfBackendName | undefined);
  } catch (error) {
    throw new UserError(`flowc train: ${(error as Error).message}; use --backend wasm or cpu`);
  }
}

interface LoopOptions {
  readonly out: string;
  readonly hash: string;
  readonly history: HistoryRow[];
  readonly val: { x: Float64Array; count: number } | undefined;
  readonly evalEvery: number;
  readonly checkpointEvery: number;
  readonly K: number;
  readonly backend: Awaited<ReturnType<typeof createTfjsBackend>>;
  /** Wall-time budget of this invocation: stop (validate, checkpoint) after the step that crosses it. */
  readonly maxSeconds: number;
}

async function loop(trainer: Trainer, o: LoopOptions): Promise<number> {
  const { module, config } = trainer;
  let interrupted = false;
  const onSignal = () => (interrupted = true);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const writer = new RunWriter();
  const paths = runFiles(o.out);
  // The three files as one set: the weights and the checkpoint always come from the same step.
  const checkpoint = (): boolean => {
    const weights = trainer.weights();
    const step = trainer.state.step;
    return writer.save(step, [
      { path: paths.checkpoint, data: encodeCheckpoint({ weights, moments: trainer.moments(), state: trainer.state, history: o.history, specHash: o.hash }) },
      { path: paths.weights, data: encodeWeights(module, weights, { step: String(step) }) },
      { path: paths.history, data: `${JSON.stringify(o.history)}\n` },
    ]);
  };
  const started = performance.now();
  const first = trainer.state.step;
  const tty = process.stderr.isTTY === true;
  let outOfTime = false;
  while (trainer.state.step < config.totalSteps && !interrupted && !outOfTime) {
    // Node runs signal handlers from the event loop: without this turn, Ctrl-C and SIGTERM would wait for the
    // whole run to end.
    await new Promise((resolve) => setImmediate(resolve));
    if (interrupted) break;
    const s = trainer.step();
    const done = trainer.state.step;
    const seconds = (performance.now() - started) / 1000;
    outOfTime = seconds >= o.maxSeconds;
    let valNll: number | undefined;
    if (o.val && (done % o.evalEvery === 0 || done === config.totalSteps || outOfTime)) {
      const flow = new Flow(module, trainer.weights(), o.backend);
      valNll = validationNll(flow, o.val, o.K);
      flow.dispose();
    }
    o.history.push({ step: s.step, loss: s.loss, lr: s.lr, gradNorm: s.gradNorm, skipped: s.skipped, seconds, ...(config.auxWeight ? { aux: s.aux } : {}), ...(valNll === undefined ? {} : { valNll }) });
    const rate = (done - first) / seconds;
    const eta = (config.totalSteps - done) / Math.max(rate, 1e-9);
    const line = `step ${done}/${config.totalSteps}  loss ${s.loss.toFixed(3)}${config.auxWeight ? `  aux ${s.aux.toFixed(3)}` : ''}  lr ${s.lr.toExponential(2)}  |g| ${s.gradNorm.toExponential(2)}${s.skipped ? ' (skipped)' : ''}  ${rate.toFixed(2)} steps/s  ETA ${Math.round(eta)} s${valNll === undefined ? '' : `  val NLL ${valNll.toFixed(3)}`}`;
    if (tty) process.stderr.write(`\r${line}\u001b[K`);
    else if (valNll !== undefined || done % 50 === 0 || done === config.totalSteps) process.stderr.write(`${line}\n`);
    if (done % o.checkpointEvery === 0 || done === config.totalSteps || outOfTime) checkpoint();
  }
  if (tty) process.stderr.write('\n');
  if (interrupted) {
    if (checkpoint()) process.stderr.write(`interrupted at step ${trainer.state.step}: checkpoint written; continue with --resume\n`);
    writer.finish();
    return 130;
  }
  // Unwritten state goes to a rescue folder (and the status is 1): the steps are never lost.
  const status = writer.finish();
  const last = [...o.history].reverse().find((r) => r.valNll !== undefined);
  if (outOfTime && status === 0) process.stderr.write(`stopped by --max-minutes at step ${trainer.state.step} of ${config.totalSteps}: checkpoint written; continue with --resume\n`);
  process.stdout.write(`trained ${trainer.state.step - first} steps (${trainer.state.step}/${config.totalSteps})${status === 0 ? `; weights in ${printable(paths.weights)}` : ''}${last ? `; validation NLL ${last.valNll!.toFixed(3)}` : ''}\n`);
  trainer.dispose();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return status;
}
