/**
 * The IR: the only contract between the compiler and the backends. A module holds the system's sizes,
 * the base and target, the parameter layout (named tensors with shapes and initialisers) and two
 * functions in SSA form: `forward` (sampling: base → data) and `inverse` (density: data → base). Each
 * returns the transformed joint sample z and its log-determinant. Shapes are per system; backends run a
 * batch of systems along an implicit leading axis. Ops are coarse (one EGNN, one inner transform) so
 * that each backend can fuse them its own way; their numerics are method.md's, cited per op.
 */

export type DType = 'f64' | 'f32';

/** A value: joint samples [n, C, d], halves [n, s, d], features [n, F], vectors [n, M, d], scalars []. */
export interface ValueInfo {
  readonly id: number;
  readonly shape: readonly number[];
  readonly dtype: DType;
  /** A hint for printing ("c", "t", "h", "ld"); not semantic. */
  readonly hint: string;
}

export interface EgnnConfig {
  readonly blocks: number;
  readonly mlp: readonly number[];
  readonly features: number;
  /** M: equivariant vectors out per node (= channels × inner transforms × vectors per transform). */
  readonly vectors: number;
  readonly crossMultiplicity: boolean;
  /** Distinct particle types; 0 or 1 means no type embedding (a learned constant feature). */
  readonly numTypes: number;
  readonly embedding: number;
}

export interface TransformerConfig {
  readonly layers: number;
  readonly heads: number;
  readonly keySize: number;
  readonly width: number;
  readonly mlp: readonly number[];
  readonly output: number;
}

export interface SplineSpec {
  readonly bins: number;
  readonly lo: number;
  readonly hi: number;
  readonly minBinSize: number;
  readonly minKnotSlope: number;
  readonly boundary: 'unconstrained' | 'circular' | 'identity';
}

/** How the per-node head output is read: one affine pair or one spline per transformed coordinate. */
export type InnerTransformSpec = { readonly kind: 'affine' } | { readonly kind: 'spline'; readonly splines: readonly SplineSpec[] };

export type ProjectionSpec =
  | { readonly kind: 'spherical'; readonly reflectionInvariant: boolean }
  | { readonly kind: 'cartesian'; readonly smallIdentity: boolean }
  | { readonly kind: 'vector' }
  | { readonly kind: 'none' };

export type Direction = 'forward' | 'inverse';

export type Op =
  /** z − mean_i z[i][channel], applied to every channel (method §3.1 CoM bookkeeping). */
  | { readonly kind: 'center'; readonly result: number; readonly src: number; readonly channel: number }
  /** The conditioning half c and the transformed half t (method §3.1): swap=false c = z[:, 0:s]. */
  | { readonly kind: 'split'; readonly cond: number; readonly trans: number; readonly src: number; readonly swap: boolean }
  | { readonly kind: 'merge'; readonly result: number; readonly cond: number; readonly trans: number; readonly swap: boolean }
  /** EGNN conditioner (method §4): invariant features h [n, F] and displacement vectors v [n, M, d]. */
  | { readonly kind: 'egnn'; readonly features: number; readonly vectors: number; readonly src: number; readonly params: string; readonly config: EgnnConfig }
  /** Transformer conditioner (method §5.4): features h [n, output]. */
  | { readonly kind: 'transformer'; readonly features: number; readonly src: number; readonly params: string; readonly config: TransformerConfig }
  /** ConditionerHead = StableMLP(units…, outputs) per node (method §4.2). */
  | { readonly kind: 'head'; readonly result: number; readonly src: number; readonly params: string; readonly units: readonly number[]; readonly outputs: number }
  /** One inner transform of a coupling (method §5, §6): projection, τ, unprojection, log-det. */
  | {
      readonly kind: 'inner';
      readonly result: number;
      readonly logDet: number;
      readonly trans: number;
      readonly cond: number;
      readonly vectors: number | undefined;
      readonly coefficients: number;
      /** Which of the T inner transforms (selects the reference vectors). */
      readonly index: number;
      readonly count: number;
      readonly projection: ProjectionSpec;
      readonly transform: InnerTransformSpec;
      readonly direction: Direction;
    }
  /** The scaling block (method §7). */
  | { readonly kind: 'scaling'; readonly result: number; readonly logDet: number; readonly src: number; readonly params: string; readonly conditioned: boolean; readonly units: readonly number[]; readonly direction: Direction }
  /** The equivariant NICE shift of the augmented half (method §5.5): t ± w·(v − mean v). */
  | { readonly kind: 'shift'; readonly result: number; readonly trans: number; readonly vectors: number; readonly params: string; readonly direction: Direction }
  | { readonly kind: 'zero'; readonly result: number }
  | { readonly kind: 'add'; readonly result: number; readonly a: number; readonly b: number };

export interface IRFunction {
  readonly name: Direction;
  readonly values: readonly ValueInfo[];
  readonly ops: readonly Op[];
  readonly input: number;
  readonly outputs: { readonly z: number; readonly logDet: number };
}

export type Init =
  | { readonly kind: 'zeros' }
  | { readonly kind: 'ones' }
  | { readonly kind: 'normal'; readonly std: number }
  /** haiku's default Linear init: truncated (±2σ) normal with σ = 1/√fan_in. */
  | { readonly kind: 'truncated_normal'; readonly std: number }
  /** haiku VarianceScaling(scale, mode, distribution): variance scale/fan; uniform U(±√(3·var)) or truncated normal. */
  | { readonly kind: 'variance_scaling'; readonly scale: number; readonly mode: 'fan_in' | 'fan_avg'; readonly distribution: 'uniform' | 'truncated_normal'; readonly fanIn: number; readonly fanOut: number };

export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: Init;
}

export type TargetSpec =
  | { readonly kind: 'dw4'; readonly a: number; readonly b: number; readonly c: number; readonly d0: number; readonly temperature: number }
  | { readonly kind: 'lj'; readonly epsilon: number; readonly rm: number; readonly oscillator: number; readonly temperature: number };

export interface IRModule {
  readonly version: 1;
  readonly name: string;
  readonly dtype: DType;
  readonly system: {
    readonly n: number;
    readonly dim: number;
    /** A: augmented copies. */
    readonly augmented: number;
    /** C = A + 1 channels; channel 0 is x. */
    readonly channels: number;
    /** s = C / 2 channels per half. */
    readonly half: number;
    /** Per-particle type indices (0-based, in order of first appearance), when types differ. */
    readonly typeIds: readonly number[] | undefined;
  };
  readonly base: { readonly kind: 'com_free_normal'; readonly scale: number; readonly augmentScale: number };
  readonly target: TargetSpec | undefined;
  readonly params: readonly ParamSpec[];
  readonly forward: IRFunction;
  readonly inverse: IRFunction;
  /** What the checker proved, so backends and `verify` need not see the AST. */
  readonly symmetry: { readonly proven: string; readonly generators: readonly string[]; readonly claimed: readonly string[] };
}
