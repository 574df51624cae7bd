/**
 * The vocabulary: every named construct a .flow file can use, with options and method.md defaults.
 * Sections of ../shared/docs/method.md are cited per construct.
 */
import { registry, type ConstructSpec, type OptionSpec } from './schema.js';

const widths = (def: number[], doc: string): Omit<OptionSpec, 'name'> => ({ type: { kind: 'widths', minLength: 1 }, default: def, doc });

// --- projections (method §5) --------------------------------------------------------------------
const innerOption: OptionSpec = { name: 'inner', type: { kind: 'int', min: 1, max: 16 }, doc: 'number of inner transforms T applied in sequence (default: 1; vector: d)' };

export const projectionSpecs: readonly ConstructSpec[] = [
  {
    name: 'spherical',
    doc: 'Spherical-proj E-ACF (§5.1): spherical (3D) or polar (2D) coordinates around reference points from the conditioner',
    options: [innerOption, { name: 'reflection_invariant', type: { kind: 'bool' }, default: false, doc: '3D only: flip ŷ by sign(ŷ·p_z), making the frame reflection-equivariant' }],
  },
  {
    name: 'cartesian',
    doc: 'Cartesian-proj E-ACF (§5.2): an orthonormal frame by Gram–Schmidt, element-wise transform in it',
    options: [innerOption, { name: 'small_identity', type: { kind: 'bool' }, default: false, doc: "E-ACF's add_small_identity: add 1e-6·e_k to the basis vectors (on in E-ACF; off here, since it makes the frame only approximately equivariant)" }],
  },
  { name: 'vector', doc: 'Vector-proj E-ACF (§5.3): transform only the distance to a reference point', options: [innerOption] },
  { name: 'none', doc: 'Non-E-ACF (§5.4): element-wise transform of raw coordinates (not rotation-equivariant)', options: [innerOption] },
];

// --- inner transforms (method §6) ---------------------------------------------------------------
export const transformSpecs: readonly ConstructSpec[] = [
  { name: 'affine', doc: 'RealNVP affine: y = softplus(ℓ + log(e−1))·x + b (§6.1)', options: [] },
  {
    name: 'spline',
    doc: 'rational-quadratic spline with linear tails (§6.2)',
    options: [
      { name: 'bins', type: { kind: 'int', min: 1, max: 128 }, default: 8, doc: 'number of bins K' },
      { name: 'radius_max', type: { kind: 'number', above: 0 }, default: 10, doc: 'upper end of the radius spline [0, radius_max] (spherical, vector)' },
      { name: 'range', type: { kind: 'interval' }, doc: 'spline interval for coordinates (cartesian: -10..10; none: -20..20)' },
      { name: 'min_bin', type: { kind: 'number', above: 0, below: 1 }, default: 1e-4, doc: 'minimum bin size as a fraction of the interval' },
      { name: 'min_slope', type: { kind: 'number', above: 0 }, default: 1e-4, doc: 'minimum knot slope' },
      { name: 'boundary', type: { kind: 'choice', choices: ['unconstrained', 'circular', 'identity'] }, default: 'unconstrained', doc: 'end slopes (cartesian, none); angles are always circular (§5.1)' },
    ],
  },
];

// --- conditioners (method §4, §5.4) -------------------------------------------------------------
export const conditionerSpecs: readonly ConstructSpec[] = [
  {
    name: 'egnn',
    doc: 'E(n)-equivariant graph network (§4): invariant features and equivariant reference vectors',
    options: [
      { name: 'layers', type: { kind: 'int', min: 1, max: 64 }, default: 3, doc: 'number of EGCL blocks' },
      { name: 'mlp', ...widths([64, 64], 'message/update MLP widths') },
      { name: 'features', type: { kind: 'int', min: 1, max: 4096 }, default: 128, doc: 'invariant feature width F' },
      { name: 'cross_multiplicity', type: { kind: 'bool' }, default: true, doc: 'cross-channel shifts and features (§4.3)' },
      { name: 'head', ...widths([64, 64], 'conditioner-head MLP widths') },
      { name: 'vectors', type: { kind: 'int', min: 1 }, doc: 'equivariant vectors out per channel (checked against the projection)' },
      { name: 'embedding', type: { kind: 'int', min: 1 }, default: 32, doc: 'type-embedding width when particles have types' },
    ],
  },
  {
    name: 'transformer',
    doc: 'permutation-equivariant transformer over particles, no positional encoding (§5.4); reads raw coordinates',
    options: [
      { name: 'layers', type: { kind: 'int', min: 1, max: 64 }, default: 3, doc: 'pre-LN blocks' },
      { name: 'heads', type: { kind: 'int', min: 1, max: 64 }, default: 4, doc: 'attention heads' },
      { name: 'key_size', type: { kind: 'int', min: 1 }, default: 8, doc: 'key size per input dimension' },
      { name: 'mlp', ...widths([64, 64], 'block MLP widths') },
      { name: 'output', type: { kind: 'int', min: 1 }, default: 128, doc: 'output feature width' },
      { name: 'head', ...widths([64, 64], 'conditioner-head MLP widths') },
    ],
  },
];

// --- bases, init, targets (method §2.2, §4.2, §8) ------------------------------------------------
export const baseSpecs: readonly ConstructSpec[] = [
  { name: 'com_free_normal', doc: 'x ~ N(0, σ²) on the zero-CoM subspace, a|x ~ N(x, η²) (§2.2)', options: [{ name: 'scale', type: { kind: 'number', above: 0 }, default: 1, doc: 'σ' }] },
];

export const initSpecs: readonly ConstructSpec[] = [
  { name: 'identity', doc: 'zero-initialised heads: the untrained flow is the identity (§9.4)', options: [] },
  {
    name: 'random',
    doc: 'non-zero head initialisation, seeded',
    options: [
      { name: 'scale', type: { kind: 'number', above: 0 }, default: 0.1, doc: 'VarianceScaling scale of the head output layer' },
      { name: 'seed', type: { kind: 'int', min: 0 }, default: 0, doc: 'random seed' },
    ],
  },
];

const temperature: OptionSpec = { name: 'temperature', type: { kind: 'number', above: 0 }, default: 1, doc: 'τ: log p = −E/τ' };

export const targetSpecs: readonly ConstructSpec[] = [
  {
    name: 'dw4',
    doc: 'double-well pair potential (§8.1): Σ_{i<j} a(d−d0) + b(d−d0)² + c(d−d0)⁴',
    options: [
      { name: 'a', type: { kind: 'number' }, default: 0, doc: 'linear coefficient' },
      { name: 'b', type: { kind: 'number' }, default: -4, doc: 'quadratic coefficient' },
      { name: 'c', type: { kind: 'number' }, default: 0.9, doc: 'quartic coefficient' },
      { name: 'd0', type: { kind: 'number' }, default: 4, doc: 'offset' },
      temperature,
    ],
  },
  {
    name: 'lj',
    doc: 'Lennard-Jones with a harmonic restraint to the centre (§8.2)',
    options: [
      { name: 'epsilon', type: { kind: 'number', above: 0 }, default: 1, doc: 'ε' },
      { name: 'rm', type: { kind: 'number', above: 0 }, default: 1, doc: 'r_m' },
      { name: 'oscillator', type: { kind: 'number', min: 0 }, default: 0.5, doc: 'harmonic coefficient' },
      temperature,
    ],
  },
];

// --- training recipe (method §9) -----------------------------------------------------------------
export const optimizerSpecs: readonly ConstructSpec[] = [
  {
    name: 'adam',
    doc: 'Adam with optax defaults',
    options: [
      { name: 'beta1', type: { kind: 'number', min: 0, below: 1 }, default: 0.9, doc: 'β₁' },
      { name: 'beta2', type: { kind: 'number', min: 0, below: 1 }, default: 0.999, doc: 'β₂' },
      { name: 'eps', type: { kind: 'number', above: 0 }, default: 1e-8, doc: 'ε' },
    ],
  },
];

export const scheduleSpecs: readonly ConstructSpec[] = [
  {
    name: 'warmup_cosine',
    doc: 'linear warm-up then cosine decay (optax warmup_cosine_decay_schedule, §9.2)',
    options: [
      { name: 'start', type: { kind: 'number', min: 0 }, default: 2e-5, doc: 'initial learning rate' },
      { name: 'peak', type: { kind: 'number', above: 0 }, default: 2e-4, doc: 'peak learning rate' },
      { name: 'end', type: { kind: 'number', min: 0 }, default: 2e-5, doc: 'final learning rate' },
      { name: 'warmup_epochs', type: { kind: 'number', min: 0 }, default: 30, doc: 'warm-up length in epochs' },
    ],
  },
  { name: 'constant', doc: 'a fixed learning rate', options: [{ name: 'value', type: { kind: 'number', above: 0 }, required: true, doc: 'learning rate' }] },
];

export const clipSpecs: readonly ConstructSpec[] = [
  { name: 'dynamic', doc: 'skip if ‖g‖ > 10·median, else clip to 2·median of the last 100 norms (§9.2)', options: [] },
  { name: 'norm', doc: 'clip to a fixed global norm', options: [{ name: 'max', type: { kind: 'number', above: 0 }, required: true, doc: 'global norm bound' }] },
  { name: 'none', doc: 'no clipping', options: [] },
];

export const Registries = {
  projection: registry('projection', projectionSpecs),
  transform: registry('inner transform', transformSpecs),
  conditioner: registry('conditioner', conditionerSpecs),
  base: registry('base distribution', baseSpecs),
  init: registry('initialisation', initSpecs),
  target: registry('target', targetSpecs),
  optimizer: registry('optimizer', optimizerSpecs),
  schedule: registry('learning-rate schedule', scheduleSpecs),
  clip: registry('gradient clipping', clipSpecs),
} as const;
