/** Option schemas of the statements that take options directly (`system`, `augment`, `scaling`, `train`). */
import { Registries } from './constructs.js';
import type { ConstructSpec } from './schema.js';

export const systemSpec: ConstructSpec = {
  name: 'system',
  doc: 'the particles (method §1)',
  options: [
    { name: 'particles', type: { kind: 'int', min: 2, max: 100000 }, required: true, doc: 'number of particles n' },
    { name: 'dim', type: { kind: 'int' }, default: 3, doc: 'spatial dimension d (2 or 3)' },
    { name: 'types', type: { kind: 'names' }, doc: 'per-particle types (element symbols), one per particle' },
  ],
};

export const augmentSpec: ConstructSpec = {
  name: 'augment',
  doc: 'augmented variables a_k = x + η·ε (method §2.1)',
  options: [
    { name: 'copies', type: { kind: 'int', min: 1, max: 63 }, default: 1, doc: 'A, odd' },
    { name: 'scale', type: { kind: 'number', above: 0 }, default: 0.1, doc: 'η' },
  ],
};

export const scalingSpec: ConstructSpec = {
  name: 'scaling',
  doc: 'isotropic and centre-of-mass scaling block (method §7)',
  options: [
    { name: 'conditioned', type: { kind: 'bool' }, default: true, doc: 'scales from ‖ā_k‖ through an MLP (else free parameters)' },
    { name: 'mlp', type: { kind: 'widths', minLength: 1 }, default: [16, 16], doc: 'MLP widths when conditioned' },
  ],
};

export const trainSpec: ConstructSpec = {
  name: 'train',
  doc: 'the default recipe of `flowc train` (method §9)',
  options: [
    { name: 'data', type: { kind: 'dataSource' }, doc: 'training data (.npy), path relative to the .flow file' },
    { name: 'validation', type: { kind: 'dataSource' }, doc: 'validation data (.npy)' },
    { name: 'batch', type: { kind: 'int', min: 1 }, default: 32, doc: 'batch size' },
    { name: 'epochs', type: { kind: 'int', min: 1 }, doc: 'number of epochs' },
    { name: 'steps', type: { kind: 'int', min: 1 }, doc: 'number of optimizer steps' },
    { name: 'optimizer', type: { kind: 'construct', registry: Registries.optimizer }, default: { construct: 'adam', options: {} }, doc: 'optimizer' },
    { name: 'lr', type: { kind: 'union', types: [{ kind: 'number', above: 0 }, { kind: 'construct', registry: Registries.schedule }] }, default: { construct: 'warmup_cosine', options: {} }, doc: 'learning rate or schedule' },
    { name: 'clip', type: { kind: 'construct', registry: Registries.clip }, default: { construct: 'dynamic', options: {} }, doc: 'gradient clipping' },
    { name: 'aux_loss', type: { kind: 'number', min: 0 }, default: 0, doc: 'weight of the frame barrier loss (LJ13/QM9: 10)' },
    { name: 'marginal_samples', type: { kind: 'int', min: 1 }, default: 20, doc: 'K for the marginal log-likelihood (§2.4)' },
    { name: 'rotation_augment', type: { kind: 'bool' }, doc: 'random rotations of the data (default: on for non-equivariant flows)' },
    { name: 'eval_every', type: { kind: 'int', min: 1 }, doc: 'validation every N steps' },
    { name: 'seed', type: { kind: 'int', min: 0 }, default: 0, doc: 'random seed' },
  ],
};
