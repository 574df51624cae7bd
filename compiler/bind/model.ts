/**
 * The elaborated flow: every `let` resolved, every `def` and `repeat` expanded, every option validated
 * and defaulted. This is what the shape and symmetry checks read (and, later, what lowering reads).
 * Layer facts are computed once per AST layer; instances point at them, so a layer inside a preset used
 * twelve times is checked, and reported, once.
 */
import type * as A from '../../grammar/ast.js';
import type { ResolvedConstruct } from '../check/options.js';
import type { OptionValue } from '../../stdlib/vocabulary/schema.js';
import type { Span } from '../diagnostics/span.js';

export interface CouplingFacts {
  readonly kind: 'coupling';
  readonly node: A.CoupleLayer;
  readonly projection: ResolvedConstruct;
  readonly transform: ResolvedConstruct;
  readonly conditioner: ResolvedConstruct;
  readonly init: ResolvedConstruct;
}

export interface ScalingFacts {
  readonly kind: 'scaling';
  readonly node: A.ScalingLayer;
  readonly options: Readonly<Record<string, OptionValue>>;
}

export interface ShiftFacts {
  readonly kind: 'shift';
  readonly node: A.ShiftLayer;
  readonly conditioner: ResolvedConstruct;
  readonly init: ResolvedConstruct;
}

export type LayerFacts = CouplingFacts | ScalingFacts | ShiftFacts;

/** One layer of the flat stack, in sampling order (base → data). */
export interface LayerInstance {
  readonly facts: LayerFacts;
  /** 0-based position in the stack. */
  readonly index: number;
  /** How the layer was reached: ["repeat 12 (1/12)", "use spherical"]. */
  readonly trail: readonly string[];
}

export interface SystemFacts {
  readonly n: number;
  readonly dim: number;
  readonly types: readonly string[] | undefined;
  readonly span: Span;
  readonly written: ReadonlyMap<string, A.OptionEntry>;
}

export interface FlowModel {
  readonly name: string;
  readonly file: string;
  readonly decl: A.FlowDecl;
  readonly system: SystemFacts | undefined;
  readonly symmetry: A.SymmetryDecl | undefined;
  readonly augment: { readonly copies: number; readonly scale: number; readonly span: Span; readonly written: ReadonlyMap<string, A.OptionEntry> };
  readonly base: ResolvedConstruct;
  readonly layers: readonly LayerInstance[];
  /** Each distinct AST layer once, in order of first use. */
  readonly distinctLayers: readonly LayerFacts[];
  readonly target: ResolvedConstruct | undefined;
  readonly train: { readonly values: Readonly<Record<string, OptionValue>>; readonly written: ReadonlyMap<string, A.OptionEntry>; readonly span: Span } | undefined;
}

/** "couple x | a project spherical" — how a layer is named in messages and in `explain`. */
export function layerLabel(facts: LayerFacts): string {
  switch (facts.kind) {
    case 'coupling':
      return `couple ${facts.node.transformed} | ${facts.node.given} project ${facts.projection.construct}`;
    case 'scaling':
      return 'scaling';
    case 'shift':
      return 'shift';
  }
}
