/**
 * The step loop of `flowc train`: steps, validations, checkpoints, and the three ways a run ends — its last
 * step, `--max-minutes` (planned: the last validation and the checkpoint fit in the budget, or the validation
 * is skipped with a line), and Ctrl-C/SIGTERM (checked before every step and between validation chunks; a
 * checkpoint, then exit 130).
 */
import type { createTfjsBackend } from '../../backends/tfjs/index.js';
import { Flow } from '../../backends/flow.js';
import type { Trainer, StepStats } from '../../backends/train/trainer.js';
import { encodeCheckpoint, type HistoryRow } from '../../backends/train/checkpoint.js';
import { encodeWeights } from '../../backends/weights-io.js';
import { printable } from '../diagnostics/printable.js';
import { formatDuration } from './progress.js';
import { nextTurn, type Interrupt } from './interrupt.js';
import { runFiles } from './run-folder.js';
import { RunWriter } from './run-writer.js';
import type { Clock, RunBudget } from './train-budget.js';
import { etaText, type TrainProgress } from './train-progress.js';
import { validate, type ValidationData, type ValidationPlan } from './train-validation.js';

export interface LoopOptions {
  readonly out: string;
  readonly hash: string;
  readonly history: HistoryRow[];
  /** The validation rows and how many of them each validation uses; undefined without validation data. */
  readonly validation: { readonly data: ValidationData; plan: ValidationPlan } | undefined;
  readonly evalEvery: number;
  readonly checkpointEvery: number;
  readonly backend: Awaited<ReturnType<typeof createTfjsBackend>>;
  readonly budget: RunBudget;
  readonly clock: Clock;
  readonly progress: TrainProgress;
  readonly interrupt: Interrupt;
  /** Steps of the lr warm-up (the step line marks them). */
  readonly warmup: number;
}

/** Why the loop ended before the last step. */
type Stop =
  /** Ctrl-C or SIGTERM */
  | 'interrupt'
  /** --max-minutes */
  | 'budget';

/** Runs the steps left; the exit status (0; 1 when the last state could not be written; 130 when interrupted). */
export async function trainLoop(trainer: Trainer, o: LoopOptions): Promise<number> {
  const { config } = trainer;
  const writer = new RunWriter();
  const checkpoint = () => writeCheckpoint(trainer, o, writer);
  const first = trainer.state.step;
  const started = o.clock();
  // The time kept for the last validation. One that would take over a quarter of the whole budget (rows asked
  // for with --val-rows) is not kept: the run trains, and that validation is skipped at the end with a line.
  const lastValidationCost = () => {
    const cost = o.validation ? o.validation.plan.rows * o.validation.plan.secondsPerRow : 0;
    return cost <= o.budget.maxSeconds / 4 ? cost : 0;
  };
  let validatedAt = -1;
  let stop: Stop | undefined;
  while (trainer.state.step < config.totalSteps) {
    await nextTurn();
    if (o.interrupt.requested()) stop = 'interrupt';
    else if (!o.budget.roomForStep(lastValidationCost())) stop = 'budget';
    if (stop) break;
    const stepStarted = o.clock();
    const stats = trainer.step();
    o.budget.recordStep(o.clock() - stepStarted);
    const done = trainer.state.step;
    const row: { -readonly [K in keyof HistoryRow]: HistoryRow[K] } = historyRow(stats, o.clock() - started, config.auxWeight);
    o.history.push(row);
    const line = () => stepLine(stats, done, config.totalSteps, (done - first) / Math.max(1e-9, o.clock() - started), o.warmup, row.valNll, config.auxWeight);
    o.progress.step(line(), done === first + 1 || done === config.totalSteps);
    if (o.validation && (done % o.evalEvery === 0 || done === config.totalSteps)) {
      const nll = await runValidation(trainer, o, done);
      validatedAt = done;
      if (nll !== undefined) {
        row.valNll = nll;
        o.progress.step(line(), true);
      }
    }
    if (o.interrupt.requested()) stop = 'interrupt';
    else if (done % o.checkpointEvery === 0 || done === config.totalSteps) checkpoint();
    if (stop) break;
  }
  if (stop === 'budget' && o.validation && validatedAt !== trainer.state.step && trainer.state.step > first) {
    const nll = await runValidation(trainer, o, trainer.state.step);
    const last = o.history[o.history.length - 1];
    if (nll !== undefined && last) o.history[o.history.length - 1] = { ...last, valNll: nll };
    if (o.interrupt.requested()) stop = 'interrupt';
  }
  o.progress.end();
  return finish(trainer, o, writer, checkpoint, stop, first);
}

function historyRow(s: StepStats, seconds: number, auxWeight: number | undefined): HistoryRow {
  return { step: s.step, loss: s.loss, lr: s.lr, gradNorm: s.gradNorm, skipped: s.skipped, seconds, ...(auxWeight ? { aux: s.aux } : {}) };
}

function stepLine(s: StepStats, done: number, total: number, rate: number, warmup: number, valNll: number | undefined, auxWeight: number | undefined): string {
  const aux = auxWeight ? `  aux ${s.aux.toFixed(3)}` : '';
  // Said on every line: a run that ends inside the warm-up never reaches the recipe's learning rate.
  const phase = s.step < warmup ? ` (warm-up to step ${warmup})` : '';
  const val = valNll === undefined ? '' : `  val NLL ${valNll.toFixed(3)}`;
  return `step ${done}/${total}  loss ${s.loss.toFixed(3)}${aux}  lr ${s.lr.toExponential(2)}${phase}  |g| ${s.gradNorm.toExponential(2)}${s.skipped ? ' (skipped)' : ''}  ${rate.toFixed(2)} steps/s  ${etaText(total - done, rate)}${val}`;
}

/**
 * One validation at `step`, within the budget and listening for signals; undefined when it was skipped
 * (it would not fit in the time left) or abandoned (a signal, the budget ran out). Updates the plan's rate.
 */
async function runValidation(trainer: Trainer, o: LoopOptions, step: number): Promise<number | undefined> {
  const v = o.validation!;
  const expected = v.plan.rows * v.plan.secondsPerRow;
  if (o.budget.bounded && !o.budget.roomForValidation(expected)) {
    o.progress.note(`skipping the validation at step ${step}: it needs ≈ ${formatDuration(expected)} and ${formatDuration(Math.max(0, o.budget.left()))} is left of --max-minutes (the checkpoint comes first)`);
    return undefined;
  }
  o.progress.validationStarts(step, v.plan.rows, v.plan.K, expected);
  const flow = new Flow(trainer.module, trainer.weights(), o.backend);
  const started = o.clock();
  try {
    const result = await validate(flow, v.data, v.plan, {
      shouldStop: () => o.interrupt.requested() || o.budget.mustAbandonValidation(),
      progress: (done) => o.progress.validationProgress(done, v.plan.rows, ((o.clock() - started) / done) * (v.plan.rows - done)),
      clock: o.clock,
    });
    if (!result) {
      if (!o.interrupt.requested()) o.progress.note(`abandoned the validation at step ${step}: --max-minutes is nearly spent (the checkpoint comes first)`);
      return undefined;
    }
    v.plan = { ...v.plan, secondsPerRow: result.secondsPerRow };
    return result.nll;
  } finally {
    flow.dispose();
  }
}

/** The three run files as one set: the weights and the checkpoint always come from the same step. */
function writeCheckpoint(trainer: Trainer, o: LoopOptions, writer: RunWriter): boolean {
  const started = o.clock();
  const paths = runFiles(o.out);
  const weights = trainer.weights();
  const step = trainer.state.step;
  const saved = writer.save(step, [
    { path: paths.checkpoint, data: encodeCheckpoint({ weights, moments: trainer.moments(), state: trainer.state, history: o.history, specHash: o.hash }) },
    { path: paths.weights, data: encodeWeights(trainer.module, weights, { step: String(step) }) },
    { path: paths.history, data: `${JSON.stringify(o.history)}\n` },
  ]);
  o.budget.recordCheckpoint(o.clock() - started);
  return saved;
}

function finish(trainer: Trainer, o: LoopOptions, writer: RunWriter, checkpoint: () => boolean, stop: Stop | undefined, first: number): number {
  const { totalSteps } = trainer.config;
  const step = trainer.state.step;
  if (stop === 'interrupt') {
    if (checkpoint()) o.progress.note(`interrupted at step ${step}: checkpoint written; continue with --resume`);
    writer.finish();
    trainer.dispose();
    return 130;
  }
  if (stop === 'budget') checkpoint();
  // Unwritten state goes to a rescue folder (and the status is 1): the steps are never lost.
  const status = writer.finish();
  const last = [...o.history].reverse().find((r) => r.valNll !== undefined);
  if (stop === 'budget' && status === 0) o.progress.note(`stopped by --max-minutes at step ${step} of ${totalSteps}: checkpoint written; continue with --resume`);
  process.stdout.write(`trained ${step - first} steps (${step}/${totalSteps})${status === 0 ? `; weights in ${printable(runFiles(o.out).weights)}` : ''}${last ? `; validation NLL ${last.valNll!.toFixed(3)}` : ''}\n`);
  trainer.dispose();
  return status;
}
