/**
 * The learning-rate schedule of a `flowc train` run that is shorter (or longer) than its recipe. The recipe's
 * warm-up is counted in epochs, so `--steps 50` on DW4 (warm-up 30 epochs = 930 steps of 3,100) never left the
 * warm-up and nothing said so. `--fit-schedule` scales the warm-up by steps-of-this-run / steps-of-the-recipe
 * (the cosine decay already ends at the run's last step); without it, one line says when the schedule is cut.
 */
import type { LearningRate } from '../../backends/train/trainer.js';

/** Warm-up steps of `lr` with `stepsPerEpoch` (as the Trainer rounds them); 0 for a constant rate. */
export function warmupSteps(lr: LearningRate, stepsPerEpoch: number): number {
  return lr.kind === 'warmup_cosine' ? Math.round(lr.warmupEpochs * stepsPerEpoch) : 0;
}

/**
 * `lr` compressed (or stretched) so that its warm-up keeps its share of the recipe: warm-up epochs ×
 * runSteps / recipeSteps. A constant rate is returned as it is.
 */
export function fitSchedule(lr: LearningRate, recipeSteps: number, runSteps: number): LearningRate {
  if (lr.kind !== 'warmup_cosine' || recipeSteps <= 0) return lr;
  return { ...lr, warmupEpochs: (lr.warmupEpochs * runSteps) / recipeSteps };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The schedule line printed before step 1, or undefined for a constant rate. It says when the run ends inside
 * the warm-up (the cut that hid DW4's schedule), and when the run's length differs from the recipe's.
 */
export function scheduleLine(lr: LearningRate, stepsPerEpoch: number, recipeSteps: number, runSteps: number, fitted: boolean): string | undefined {
  if (lr.kind !== 'warmup_cosine') return undefined;
  const warmup = warmupSteps(lr, stepsPerEpoch);
  if (fitted) return `lr schedule: fitted to this run: warm-up ${count(warmup)} steps, cosine decay to step ${count(runSteps)} (the recipe: ${count(recipeSteps)} steps)`;
  if (warmup >= runSteps) return `lr schedule: warm-up ${count(warmup)} steps of ${count(recipeSteps)}; this run stops at ${count(runSteps)}, inside the warm-up (use --fit-schedule to compress it)`;
  if (runSteps !== recipeSteps) return `lr schedule: warm-up ${count(warmup)} steps (the recipe's, of ${count(recipeSteps)}), cosine decay to step ${count(runSteps)} (use --fit-schedule to scale the warm-up to this run)`;
  return `lr schedule: warm-up ${count(warmup)} steps, cosine decay to step ${count(runSteps)}`;
}
