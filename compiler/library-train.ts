/**
 * `train(flow, options)`: maximum likelihood from code (method §9), the trainer of `flowc train` without the
 * command's files. The flow's weights are replaced by the trained ones at the end (and on `stop`).
 */
import type { Flow } from '../backends/flow.js';
import type { LearningRate, StepStats } from '../backends/train/trainer.js';
import { trainConfig } from './train-recipe.js';

export interface TrainOptions {
  /** Training configurations, [count][n][d] flattened (e.g. from `readConfigurations`). */
  readonly data: Float64Array;
  readonly count: number;
  /** Steps to run (default: `epochs` × steps per epoch; default epochs 100, as `flowc train`). */
  readonly steps?: number;
  readonly epochs?: number;
  /** Default 32. */
  readonly batch?: number;
  /** Default 0. */
  readonly seed?: number;
  /** Default the warm-up–cosine schedule of method §9. */
  readonly lr?: LearningRate;
  /** w_aux of the frame barrier (method §9.1); default 0. */
  readonly auxWeight?: number;
  /** Examples per pass (gradients summed into one update); default the batch. */
  readonly microBatch?: number;
  /**
   * Flows on the wasm backend: worker threads for the gradient (default 1, this thread;
   * os.availableParallelism() for all cores). A given count gives the same weights every run.
   */
  readonly threads?: number;
  /** Called after each step; return true to stop early. */
  readonly onStep?: (stats: StepStats) => boolean | void;
}

export interface TrainResult {
  readonly steps: number;
  readonly history: readonly StepStats[];
}

export async function train(flow: Flow, options: TrainOptions): Promise<TrainResult> {
  const { n, d } = flow;
  if (options.data.length !== options.count * n * d) throw new RangeError(`train: data has ${options.data.length} numbers, expected count × n × d = ${options.count} × ${n} × ${d}`);
  const batch = options.batch ?? 32;
  const stepsPerEpoch = Math.floor(options.count / batch);
  if (stepsPerEpoch < 1) throw new RangeError(`train: the batch (${batch}) is larger than the data (${options.count} rows)`);
  if (options.steps !== undefined && options.epochs !== undefined) throw new RangeError('train: give steps or epochs, not both');
  const totalSteps = options.steps ?? (options.epochs ?? 100) * stepsPerEpoch;
  const recipe = trainConfig(flow.module, { aux_loss: options.auxWeight ?? 0 }, { batch, totalSteps, seed: options.seed ?? 0, ...(options.microBatch ? { microBatch: options.microBatch } : {}) });
  const config = options.lr ? { ...recipe, lr: options.lr } : recipe;
  const { Trainer } = await import('../backends/train/trainer.js');
  const { gradientEngine } = await import('../backends/train/engines.js');
  const engine = await gradientEngine(flow.module, flow.backend.name === 'wasm' ? 'wasm' : 'tfjs', { threads: Math.min(options.threads ?? 1, options.microBatch ?? batch, batch) });
  const trainer = new Trainer(flow.module, config, { x: options.data, count: options.count }, flow.weights, engine);
  const history: StepStats[] = [];
  try {
    while (trainer.state.step < totalSteps) {
      const stats = trainer.step();
      history.push(stats);
      if (options.onStep?.(stats) === true) break;
      // Lets timers and signal handlers run between steps (a step is ≥ milliseconds of work).
      await new Promise((resolve) => setImmediate(resolve));
    }
    flow.setWeights(trainer.weights());
  } finally {
    trainer.dispose();
  }
  return { steps: history.length, history };
}
