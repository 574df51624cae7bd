/**
 * How the vocabulary of the .flow language is described: each construct (a projection, a transform,
 * a conditioner, a target, the system statement…) lists its options with a type, a range and the
 * reference default from method.md. The checker validates user options against these schemas; the
 * formatter, `explain` and the docs read them too. Adding an option = adding one entry here.
 */

/** The type of an option's value. */
export type OptionType =
  /** An integer, optionally bounded (inclusive). */
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number }
  /** A real number; `above` is an exclusive lower bound (e.g. a scale must be > 0). */
  | { readonly kind: 'number'; readonly min?: number; readonly above?: number; readonly max?: number; readonly below?: number }
  | { readonly kind: 'bool' }
  /** A list of positive integers (layer widths). */
  | { readonly kind: 'widths'; readonly minLength: number }
  /** A list of names (particle types / element symbols). */
  | { readonly kind: 'names' }
  /** `lo..hi` with lo < hi. */
  | { readonly kind: 'interval' }
  /** A data file, optionally with rows: `"file.npy"` or `"file.npy"[0..1000]`. */
  | { readonly kind: 'dataSource' }
  /** One of a few bare words. */
  | { readonly kind: 'choice'; readonly choices: readonly string[] }
  /** A construct from a registry: a bare name or a call with options (`adam`, `warmup_cosine(...)`). */
  | { readonly kind: 'construct'; readonly registry: Registry }
  /** Either of several types, tried in order (`lr 1e-4` or `lr warmup_cosine(...)`). */
  | { readonly kind: 'union'; readonly types: readonly OptionType[] };

/** A resolved option value, after validation. */
export type OptionValue =
  | number
  | boolean
  | string
  | readonly number[]
  | readonly string[]
  | { readonly lo: number; readonly hi: number | undefined }
  | { readonly path: string; readonly rows: { readonly lo: number; readonly hi: number | undefined } | undefined }
  | ConstructValue;

export interface ConstructValue {
  readonly construct: string;
  readonly options: Readonly<Record<string, OptionValue>>;
}

export interface OptionSpec {
  readonly name: string;
  readonly type: OptionType;
  /** The reference default (method.md); undefined = no default (required, or absent unless given). */
  readonly default?: OptionValue;
  readonly required?: boolean;
  readonly doc: string;
}

export interface ConstructSpec {
  readonly name: string;
  readonly doc: string;
  readonly options: readonly OptionSpec[];
}

export interface Registry {
  /** What the registry's members are called in messages: 'projection', 'optimizer'. */
  readonly what: string;
  readonly members: ReadonlyMap<string, ConstructSpec>;
}

export function registry(what: string, specs: readonly ConstructSpec[]): Registry {
  return { what, members: new Map(specs.map((s) => [s.name, s])) };
}

/** Describes a type for messages: "an integer ≥ 1", "a list of widths". */
export function describeType(type: OptionType): string {
  switch (type.kind) {
    case 'int':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'bool':
      return 'true or false';
    case 'widths':
      return 'a list of layer widths like [64, 64]';
    case 'names':
      return 'a list of names like [C, H, O]';
    case 'interval':
      return 'a range like -10..10';
    case 'dataSource':
      return 'a data file like "train.npy" or "train.npy"[0..1000]';
    case 'choice':
      return `one of ${type.choices.join(', ')}`;
    case 'construct':
      return `a ${type.registry.what} (${[...type.registry.members.keys()].join(', ')})`;
    case 'union':
      return type.types.map(describeType).join(' or ');
  }
}
