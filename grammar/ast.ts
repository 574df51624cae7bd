/**
 * The .flow abstract syntax tree: readonly, discriminated by `kind`, and every node carries the span of
 * the source text it came from. Later phases keep their findings in side tables (maps keyed by node)
 * and never mutate these objects.
 */
import type { Span } from '../compiler/diagnostics/span.js';

/** An identifier occurrence: a flow name, an option key, a reference. */
export interface Name {
  readonly kind: 'Name';
  readonly span: Span;
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------------
// Values (right-hand sides of options, projections, transforms, conditioners, targets…)

export interface NumberLit {
  readonly kind: 'NumberLit';
  readonly span: Span;
  readonly value: number;
  /** The source spelling (`2e-5`, `-4`), which `fmt` keeps. */
  readonly text: string;
}

/** `lo..hi` or `lo..` (open to the end: rows of a data file). */
export interface RangeLit {
  readonly kind: 'RangeLit';
  readonly span: Span;
  readonly lo: NumberLit;
  readonly hi: NumberLit | undefined;
}

export interface StringLit {
  readonly kind: 'StringLit';
  readonly span: Span;
  /** The unescaped contents. */
  readonly value: string;
}

/** A data file with a row selection: `"train.npy"[0..1000]`. */
export interface SliceLit {
  readonly kind: 'SliceLit';
  readonly span: Span;
  readonly source: StringLit;
  readonly rows: RangeLit | NumberLit;
}

export interface BoolLit {
  readonly kind: 'BoolLit';
  readonly span: Span;
  readonly value: boolean;
}

export interface ListLit {
  readonly kind: 'ListLit';
  readonly span: Span;
  readonly items: readonly Value[];
}

/** `egnn(layers 3, mlp [64, 64])`: a named construct with options (possibly none: `spline()`). */
export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly span: Span;
  readonly callee: Name;
  readonly options: readonly OptionEntry[];
}

/** A bare name: a vocabulary word (`spherical`, `adam`) or a `let` binding (`net`). */
export interface NameRef {
  readonly kind: 'NameRef';
  readonly span: Span;
  readonly name: Name;
}

/** Stands for a value the parser had to invent while recovering from a syntax error. */
export interface MissingValue {
  readonly kind: 'MissingValue';
  readonly span: Span;
}

export type Value = NumberLit | RangeLit | StringLit | SliceLit | BoolLit | ListLit | CallExpr | NameRef | MissingValue;

/** `key value`, as in `particles 13` or `bins 8`. */
export interface OptionEntry {
  readonly kind: 'OptionEntry';
  readonly span: Span;
  readonly name: Name;
  readonly value: Value;
}

// ---------------------------------------------------------------------------------------------------
// Layers (in sampling order: base → data)

export type Side = 'x' | 'a';

export interface CoupleClause {
  readonly kind: 'CoupleClause';
  readonly span: Span;
  readonly keyword: 'project' | 'transform' | 'condition' | 'init';
  readonly value: Value;
}

/** `couple a | x …`: transform the half `transformed`, conditioned on the half `given`. */
export interface CoupleLayer {
  readonly kind: 'CoupleLayer';
  readonly span: Span;
  readonly transformed: Side;
  readonly transformedSpan: Span;
  readonly given: Side;
  readonly givenSpan: Span;
  readonly clauses: readonly CoupleClause[];
}

/** The ALDP scaling block (method §7). */
export interface ScalingLayer {
  readonly kind: 'ScalingLayer';
  readonly span: Span;
  readonly options: readonly OptionEntry[];
}

/** The equivariant NICE shift (method §5.5). */
export interface ShiftLayer {
  readonly kind: 'ShiftLayer';
  readonly span: Span;
  readonly conditioner: Value | undefined;
}

export interface RepeatLayer {
  readonly kind: 'RepeatLayer';
  readonly span: Span;
  readonly count: NumberLit;
  readonly body: readonly Layer[];
}

/** `use name`: splices the layers of a `def` (local or imported). */
export interface UseLayer {
  readonly kind: 'UseLayer';
  readonly span: Span;
  readonly name: Name;
}

export type Layer = CoupleLayer | ScalingLayer | ShiftLayer | RepeatLayer | UseLayer;

// ---------------------------------------------------------------------------------------------------
// Declarations

export interface SystemDecl {
  readonly kind: 'SystemDecl';
  readonly span: Span;
  readonly options: readonly OptionEntry[];
}

/** One factor of a claim: `SE(3)`, `S(13)`, `S(types)`. */
export interface GroupFactor {
  readonly kind: 'GroupFactor';
  readonly span: Span;
  readonly group: Name;
  readonly arg: NumberLit | Name;
}

export interface SymmetryDecl {
  readonly kind: 'SymmetryDecl';
  readonly span: Span;
  readonly factors: readonly GroupFactor[];
}

export interface AugmentDecl {
  readonly kind: 'AugmentDecl';
  readonly span: Span;
  readonly options: readonly OptionEntry[];
}

export interface BaseDecl {
  readonly kind: 'BaseDecl';
  readonly span: Span;
  readonly value: Value;
}

/** The flow-wide default initialisation: `init identity` or `init random(scale 0.1, seed 1)`. */
export interface InitDecl {
  readonly kind: 'InitDecl';
  readonly span: Span;
  readonly value: Value;
}

export interface TargetDecl {
  readonly kind: 'TargetDecl';
  readonly span: Span;
  readonly value: Value;
}

export interface TrainDecl {
  readonly kind: 'TrainDecl';
  readonly span: Span;
  readonly options: readonly OptionEntry[];
}

export interface LetDecl {
  readonly kind: 'LetDecl';
  readonly span: Span;
  readonly name: Name;
  readonly value: Value;
}

export interface DefDecl {
  readonly kind: 'DefDecl';
  readonly span: Span;
  readonly name: Name;
  readonly body: readonly Layer[];
}

export type FlowItem = SystemDecl | SymmetryDecl | AugmentDecl | BaseDecl | InitDecl | TargetDecl | TrainDecl | LetDecl | DefDecl | Layer;

export interface FlowDecl {
  readonly kind: 'FlowDecl';
  readonly span: Span;
  readonly name: Name;
  readonly items: readonly FlowItem[];
}

/** `from eacf import spherical, vector` or `from "./common.flow" import net`. */
export interface ImportDecl {
  readonly kind: 'ImportDecl';
  readonly span: Span;
  readonly module: Name | StringLit;
  readonly names: readonly Name[];
}

export type TopItem = ImportDecl | LetDecl | DefDecl | FlowDecl;

export interface FlowFile {
  readonly kind: 'FlowFile';
  readonly span: Span;
  readonly items: readonly TopItem[];
}

export type AstNode = FlowFile | TopItem | FlowItem | CoupleClause | GroupFactor | OptionEntry | Value | Name;
