/**
 * Reading a symmetry claim (`SE(3) x S(13)`) into a set of generators, with checks on each factor:
 * known group (FLOW2014), dimension (FLOW3011), particle count (FLOW3012), redundancy (FLOW4004).
 */
import type * as A from '../../../grammar/ast.js';
import { didYouMean, Messages, type DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { closestName } from '../../diagnostics/suggest.js';
import type { SystemFacts } from '../../bind/model.js';
import type { Generator } from './rep.js';

const spatialGroups: Readonly<Record<string, readonly Generator[]>> = {
  T: ['translation'],
  SO: ['rotation'],
  O: ['rotation', 'reflection'],
  SE: ['translation', 'rotation'],
  E: ['translation', 'rotation', 'reflection'],
};

export interface Claim {
  readonly generators: ReadonlySet<Generator>;
  /** The factor that introduced each generator (for pointing diagnostics at it). */
  readonly source: ReadonlyMap<Generator, A.GroupFactor>;
  readonly text: string;
}

export function readClaim(decl: A.SymmetryDecl, system: SystemFacts | undefined, bag: DiagnosticBag): Claim {
  const generators = new Set<Generator>();
  const source = new Map<Generator, A.GroupFactor>();
  for (const factor of decl.factors) {
    const added = factorGenerators(factor, system, bag);
    if (added === undefined) continue;
    if (added.length > 0 && added.every((g) => generators.has(g))) bag.report(Messages.RedundantGroupFactor, factor.span, { factor: factorText(factor) });
    for (const g of added) {
      generators.add(g);
      if (!source.has(g)) source.set(g, factor);
    }
  }
  // Permuting all particles includes permuting those of one type.
  if (generators.has('permutation')) generators.add('typed-permutation');
  return { generators, source, text: decl.factors.map(factorText).join(' x ') };
}

export function factorText(factor: A.GroupFactor): string {
  return `${factor.group.text}(${factor.arg.kind === 'NumberLit' ? factor.arg.text : factor.arg.text})`;
}

function factorGenerators(factor: A.GroupFactor, system: SystemFacts | undefined, bag: DiagnosticBag): readonly Generator[] | undefined {
  const group = factor.group.text;
  if (group === 'S') return permutationFactor(factor, system, bag);
  const generators = spatialGroups[group];
  if (!generators) {
    bag.report(Messages.UnknownGroup, factor.group.span, { name: group, hint: didYouMean(closestName(group, [...Object.keys(spatialGroups), 'S'])) });
    return undefined;
  }
  if (factor.arg.kind !== 'NumberLit') {
    bag.report(Messages.WrongValueType, factor.arg.span, { owner: `${group}(…)`, expected: 'the dimension 2 or 3', actual: `'${factor.arg.text}'` });
    return undefined;
  }
  if (system && factor.arg.value !== system.dim) {
    bag.report(Messages.GroupDimensionMismatch, factor.arg.span, { group: factorText(factor), groupDim: factor.arg.text, dim: system.dim }, { suggestion: `write ${group}(${system.dim})` });
    return undefined;
  }
  return generators;
}

function permutationFactor(factor: A.GroupFactor, system: SystemFacts | undefined, bag: DiagnosticBag): readonly Generator[] | undefined {
  if (factor.arg.kind === 'Name') {
    if (factor.arg.text === 'types') return ['typed-permutation'];
    bag.report(Messages.WrongValueType, factor.arg.span, { owner: 'S(…)', expected: "the particle count or 'types'", actual: `'${factor.arg.text}'` });
    return undefined;
  }
  if (system && factor.arg.value !== system.n) {
    bag.report(Messages.PermutationSizeMismatch, factor.arg.span, { given: factor.arg.text, n: system.n });
    return undefined;
  }
  return ['permutation'];
}

/** The conventional name of a generator set: "SE(3) x S(13)", "T(3) x S(types)". */
export function groupName(generators: ReadonlySet<Generator>, dim: number, n: number, hasTypes: boolean): string {
  const t = generators.has('translation');
  const r = generators.has('rotation');
  const f = generators.has('reflection') && r;
  const spatial = t ? (f ? `E(${dim})` : r ? `SE(${dim})` : `T(${dim})`) : f ? `O(${dim})` : r ? `SO(${dim})` : '';
  const perm = generators.has('permutation') ? `S(${n})` : generators.has('typed-permutation') && hasTypes ? 'S(types)' : '';
  return [spatial, perm].filter((s) => s !== '').join(' x ') || 'the trivial group';
}
