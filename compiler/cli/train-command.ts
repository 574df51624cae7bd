/**
 * `flowc train`: maximum likelihood with the file's train block as defaults (method §9). Progress on
 * stderr (loss, lr, gradient norm, ETA), validation NLL every N steps, checkpoints written atomically;
 * `--resume` continues a killed run exactly; Ctrl-C checkpoints before exiting.
 */
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FlowModel } from '../bind/model.js';
import type { IRModule } from '../ir/ir.js';
import { Flow } from '../../backends/flow.js';
import { initWeights } from '../../backends/init.js';
import { readConfigurations } from '../../backends/data/npy.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import { Trainer } from '../../backends/train/trainer.js';
import { gradientEngine, type TrainingBackend } from '../../backends/train/engines.js';
import type { Backend } from '../../backends/backend.js';
import { createBackend } from '../../backends/by-name.js';
import { tfjsSubBackend } from './backends.js';
import { recipeNumber, trainConfig } from '../train-recipe.js';
import { loadCheckpoint, specHash, type HistoryRow } from '../../backends/train/checkpoint.js';
import { ensureDir, readingInputs, UserError } from './io.js';
import { checkRunFolder, lockRunFolder, runFiles } from './run-folder.js';
import { parseRows, positiveInt, positiveNumber, seedValue } from './args.js';
import { compileChecked } from './compile-helpers.js';
import { DEFAULT_SEED, EVAL_EVERY_EPOCHS, MARGINAL_SAMPLES, TRAIN_BATCH, TRAIN_EPOCHS } from './defaults.js';
import { listenForInterrupt } from './interrupt.js';
import { formatDuration } from './progress.js';
import { processClock, RunBudget } from './train-budget.js';
import { trainLoop } from './train-loop.js';
import { TrainProgress } from './train-progress.js';
import { fitSchedule, scheduleLine, warmupSteps } from './train-schedule.js';
import { measureSecondsPerRow, planValidation, validationLine, type ValidationData, type ValidationPlan } from './train-validation.js';

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
  /** --backend wasm: worker threads for the gradient. */
  readonly threads?: string;
  readonly evalEvery?: string;
  readonly checkpointEvery?: string;
  readonly marginal?: string;
  readonly microBatch?: string;
  readonly maxMinutes?: string;
  /** Scale the recipe's lr warm-up to this run's steps (train-schedule.ts). */
  readonly fitSchedule?: boolean;
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
  const recipe = trainConfig(module, values, { batch, totalSteps, seed, microBatch: positiveInt(flags.microBatch, '--micro-batch') ?? batch });
  const config = flags.fitSchedule ? { ...recipe, lr: fitSchedule(recipe.lr, fromSpec, totalSteps) } : recipe;

  const evalEvery = positiveInt(flags.evalEvery, '--eval-every') ?? num(values['eval_every'], stepsPerEpoch * EVAL_EVERY_EPOCHS);
  const checkpointEvery = positiveInt(flags.checkpointEvery, '--checkpoint-every') ?? stepsPerEpoch;
  const K = positiveInt(flags.marginal, '--marginal-samples') ?? num(values['marginal_samples'], MARGINAL_SAMPLES);
  const maxMinutes = positiveNumber(flags.maxMinutes, '--max-minutes');
  const asked = { threads: gradientThreads(flags.threads, flags.backend) };
  const out = flags.out ?? join('runs', model.name);
  // A mistyped --backend is refused before the run folder is made.
  checkedTfjsName(flags.backend);
  ensureDir(out);
  // One process per run folder: a second one would interleave its checkpoints with ours.
  const release = lockRunFolder(out);
  // From here on a signal is answered with a checkpoint (of step 0 before the first step).
  const interrupt = listenForInterrupt();
  const budget = new RunBudget(maxMinutes === undefined ? Infinity : maxMinutes * 60);
  const progress = new TrainProgress({ now: processClock });
  try {
    checkRunFolder(out, flags.resume, [files[0], trainSource.path, valSource?.path]);
    const hash = specHash(text);
    const { engine: engineName, backend } = await trainingBackend(flags.backend);
    const threads = engineName === 'wasm' ? Math.min(asked.threads ?? availableParallelism(), batch, config.microBatch ?? batch) : undefined;
    const onThreads = threads === undefined ? '' : `, ${threads} thread${threads === 1 ? '' : 's'}`;
    progress.note(`training on ${backend.name}${onThreads}${flags.backend === undefined ? ' (the default; --backend wasm for flowc’s compiled gradient)' : ''}`);
    let history: HistoryRow[] = [];
    const engine = await gradientEngine(module, engineName, { threads });
    const trainer = readingInputs('flowc train', () => {
      if (!flags.resume) return new Trainer(module, config, data, initWeights(module, seed), engine);
      const c = loadCheckpoint(runFiles(out).checkpoint, module, hash);
      history = c.history.filter((r) => r.step < c.state.step);
      return new Trainer(module, config, data, c.weights, engine, c.moments, c.state);
    });
    const schedule = scheduleLine(config.lr, stepsPerEpoch, fromSpec, totalSteps, flags.fitSchedule === true);
    if (schedule) progress.note(schedule);
    const explicitRows = flags.valRows !== undefined || (flags.val === undefined && valSource?.rows !== undefined);
    const validation = val && (await planFirst(trainer, val, K, backend, explicitRows, budget));
    if (validation) progress.note(validationLine(validation.plan, formatDuration));
    return await trainLoop(trainer, { out, hash, history, validation, evalEvery, checkpointEvery, backend, budget, clock: processClock, progress, interrupt, warmup: warmupSteps(config.lr, stepsPerEpoch) });
  } finally {
    interrupt.dispose();
    release();
  }
}

/** Measures validation's rate on the initial weights (the rate does not depend on them) and plans its rows. */
async function planFirst(trainer: Trainer, data: ValidationData, K: number, backend: TfjsBackend, explicit: boolean, budget: RunBudget): Promise<{ data: ValidationData; plan: ValidationPlan }> {
  const flow = new Flow(trainer.module, trainer.weights(), backend);
  try {
    const secondsPerRow = await measureSecondsPerRow(flow, data, K, processClock);
    return { data, plan: planValidation(data.count, K, secondsPerRow, { explicit, maxSeconds: budget.maxSeconds }) };
  } finally {
    flow.dispose();
  }
}

type TfjsBackend = Backend;

/**
 * `--threads`: worker threads of the wasm gradient; by default all cores, and never more than a pass's examples
 * (the rest would sit idle). The count sets the order of the gradient's sum, so a run resumes bit for bit with
 * the same count.
 */
function gradientThreads(flag: string | undefined, backend: string | undefined): number | undefined {
  const threads = positiveInt(flag, '--threads');
  if (threads !== undefined && backend !== 'wasm') throw new UserError('flowc train: --threads applies to --backend wasm only (tfjs sets its own threads)', 2);
  return threads;
}

/**
 * `--backend` of flowc train: wasm (flowc's compiled gradient, validation on the wasm backend) or tfjs's
 * autodiff on tfjs (default), tfjs-wasm, tfjs-cpu or tfjs-tensorflow (also the older bare cpu, tensorflow).
 */
/** tfjs's backend for `--backend NAME` (undefined: tfjs's default); a name train does not know is refused. */
function checkedTfjsName(name: string | undefined): ReturnType<typeof tfjsSubBackend> {
  const tfjsName = tfjsSubBackend(name);
  if (name !== undefined && name !== 'wasm' && name !== 'tfjs' && tfjsName === undefined) throw new UserError(`flowc train: --backend must be wasm, tfjs, tfjs-wasm, tfjs-cpu or tfjs-tensorflow, got '${name}'`, 2);
  return tfjsName;
}

async function trainingBackend(name: string | undefined): Promise<{ engine: TrainingBackend; backend: Backend }> {
  if (name === 'wasm') return { engine: 'wasm', backend: await createBackend('wasm') };
  const tfjsName = checkedTfjsName(name);
  try {
    return { engine: 'tfjs', backend: await createTfjsBackend(tfjsName) };
  } catch (error) {
    throw new UserError(`flowc train: ${(error as Error).message}; use --backend wasm, tfjs-wasm or tfjs-cpu`);
  }
}
