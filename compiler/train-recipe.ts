/**
 * The training recipe (method §9) as a TrainConfig: the spec's `train { … }` values (or none) with the
 * reference defaults of method.md, shared by `flowc train` and the library's `train()`.
 */
import type { IRModule } from './ir/ir.js';
import type { Clipping, LearningRate, TrainConfig } from '../backends/train/trainer.js';
import type { ConstructValue, OptionValue } from '../stdlib/vocabulary/schema.js';

export type RecipeValues = Readonly<Record<string, OptionValue>>;

const construct = (v: OptionValue | undefined) => v as ConstructValue | undefined;
export const recipeNumber = (v: OptionValue | undefined, fallback: number) => (typeof v === 'number' ? v : fallback);

/** `lr 1e-3`, `lr constant(value …)` or the default warm-up–cosine schedule (method §9). */
export function learningRate(v: OptionValue | undefined): LearningRate {
  if (typeof v === 'number') return { kind: 'constant', value: v };
  const c = construct(v);
  if (c?.construct === 'constant') return { kind: 'constant', value: recipeNumber(c.options['value'], 1e-4) };
  const o = c?.options ?? {};
  return { kind: 'warmup_cosine', start: recipeNumber(o['start'], 2e-5), peak: recipeNumber(o['peak'], 2e-4), end: recipeNumber(o['end'], 2e-5), warmupEpochs: recipeNumber(o['warmup_epochs'], 30) };
}

export function clipping(v: OptionValue | undefined): Clipping {
  const c = construct(v);
  if (c?.construct === 'none') return { kind: 'none' };
  if (c?.construct === 'norm') return { kind: 'norm', max: recipeNumber(c.options['max'], 1) };
  return { kind: 'dynamic' };
}

export interface RecipeChoices {
  readonly batch: number;
  readonly totalSteps: number;
  readonly seed: number;
  readonly microBatch?: number;
}

/** The TrainConfig of a recipe: optimiser, schedule, clipping, rotation augmentation and aux weight from `values`. */
export function trainConfig(module: IRModule, values: RecipeValues, choices: RecipeChoices): TrainConfig {
  const optimizer = construct(values['optimizer'])?.options ?? {};
  const proven = new Set(module.symmetry.generators);
  return {
    batch: choices.batch,
    totalSteps: choices.totalSteps,
    lr: learningRate(values['lr']),
    adam: { beta1: recipeNumber(optimizer['beta1'], 0.9), beta2: recipeNumber(optimizer['beta2'], 0.999), eps: recipeNumber(optimizer['eps'], 1e-8) },
    clip: clipping(values['clip']),
    // A flow that does not prove rotations learns them from randomly rotated data (method §9).
    rotationAugment: typeof values['rotation_augment'] === 'boolean' ? values['rotation_augment'] : !proven.has('rotation'),
    seed: choices.seed,
    microBatch: choices.microBatch ?? choices.batch,
    auxWeight: recipeNumber(values['aux_loss'], 0),
  };
}
