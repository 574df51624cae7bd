/**
 * The certificate: the group the checker proves for a flow (the intersection of what the base and
 * every layer keep), with the reason per layer; and the comparison of the user's claim against it
 * (FLOW4001 a claimed generator is not proven, FLOW4002 full permutations with typed particles,
 * FLOW4003 the claim is weaker than what is proven, FLOW3022 no claim at all).
 */
import { Messages, type DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { layerLabel, type CouplingFacts, type FlowModel, type LayerFacts } from '../../bind/model.js';
import type { Span } from '../../diagnostics/span.js';
import { groupName, readClaim, type Claim } from './claim.js';
import { proveLayer, type LayerProof } from './prove.js';
import { allGenerators, type Generator } from './rep.js';

export interface LayerCertificate {
  readonly label: string;
  readonly span: Span;
  /** How many times the layer occurs in the stack (a layer inside `repeat 12` occurs 12 times). */
  readonly occurrences: number;
  readonly firstIndex: number;
  readonly kept: ReadonlyMap<Generator, string>;
  readonly broken: ReadonlyMap<Generator, string>;
}

export interface Certificate {
  readonly proven: ReadonlySet<Generator>;
  readonly group: string;
  readonly claim: Claim | undefined;
  readonly base: string;
  readonly layers: readonly LayerCertificate[];
}

export const generatorNames: Readonly<Record<Generator, string>> = {
  translation: 'translations',
  rotation: 'rotations',
  reflection: 'reflections',
  permutation: 'permutations of all particles',
  'typed-permutation': 'permutations within particle types',
};

const baseReason = 'com_free_normal: an isotropic Gaussian on the zero-CoM subspace, and a|x ~ N(x, η²I) centred on x, are invariant under E(d) and all permutations (method §2.2)';

export function buildCertificate(model: FlowModel): Certificate | undefined {
  const proofs: LayerProof[] = [];
  for (const facts of model.distinctLayers) {
    const proof = proveLayer(facts, model);
    if (!proof) return undefined;
    proofs.push(proof);
  }
  const proven = new Set<Generator>(allGenerators.filter((g) => proofs.every((p) => p.kept.has(g))));
  const system = model.system;
  const hasTypes = new Set(system?.types ?? []).size > 1;
  if (!hasTypes && proven.has('permutation')) proven.add('typed-permutation');
  const layers = proofs.map((proof) => layerCertificate(proof, model));
  return { proven, group: groupName(proven, system?.dim ?? 3, system?.n ?? 0, hasTypes), claim: undefined, base: baseReason, layers };
}

function layerCertificate(proof: LayerProof, model: FlowModel): LayerCertificate {
  const instances = model.layers.filter((l) => l.facts === proof.facts);
  return {
    label: layerLabel(proof.facts),
    span: proof.facts.node.span,
    occurrences: instances.length,
    firstIndex: instances[0]?.index ?? 0,
    kept: proof.kept,
    broken: new Map([...proof.broken].map(([g, b]) => [g, b.reason])),
  };
}

/** Where a layer sits in the stack: "layer 3 of 24", "layers 1, 3 of 4", "layers 1, 3, 5, … (12 times) of 24". */
function layerPlaces(c: LayerCertificate, model: FlowModel): string {
  const places = model.layers.filter((l) => l.facts.node.span === c.span).map((l) => l.index + 1);
  const total = model.layers.length;
  if (places.length <= 1) return `layer ${places[0] ?? c.firstIndex + 1} of ${total}`;
  const shown = places.length > 4 ? `${places.slice(0, 3).join(', ')}, … (${places.length} times)` : places.join(', ');
  return `layers ${shown} of ${total}`;
}

/** What to write instead, for a generator a layer breaks. */
function fixFor(g: Generator, facts: LayerFacts, dim: number): string {
  const projection = facts.kind === 'coupling' ? facts.projection.construct : facts.kind;
  if (g === 'reflection' && projection === 'spherical') {
    return `spherical builds its frame with ${dim === 3 ? 'a cross product' : 'a 90° turn'}, so it is not reflection-equivariant: claim SE(${dim}) instead of E(${dim}), or use \`project vector\`${dim === 3 ? ', or `project spherical(reflection_invariant true)`' : ''}`;
  }
  if (g === 'reflection' && projection === 'cartesian') return `cartesian builds its frame with ${dim === 3 ? 'a cross product' : 'a 90° turn'}: claim SE(${dim}) instead of E(${dim}), or use \`project vector\``;
  if (g === 'rotation' && facts.kind === 'coupling' && (facts as CouplingFacts).projection.options['small_identity'] === true) {
    return 'set `small_identity false`: the 1e-6 tweak makes the frame only approximately equivariant';
  }
  if ((g === 'rotation' || g === 'reflection') && projection === 'none') {
    return `\`project none\` transforms raw coordinates: claim T(${dim}) and the permutations only (train with rotation_augment true), or use an equivariant projection (spherical, cartesian, vector) with condition egnn`;
  }
  return 'weaken the claim to the proven group shown by `flowc explain`';
}

export function checkClaim(model: FlowModel, certificate: Certificate, bag: DiagnosticBag): Certificate {
  const system = model.system;
  const dim = system?.dim ?? 3;
  if (!model.symmetry) {
    bag.report(Messages.NoSymmetryClaim, model.decl.name.span, { flow: model.name, proven: certificate.group });
    return certificate;
  }
  const claim = readClaim(model.symmetry, system, bag);
  for (const g of allGenerators) {
    if (!claim.generators.has(g) || certificate.proven.has(g)) continue;
    const factor = claim.source.get(g) ?? claim.source.get('permutation');
    const span = factor?.span ?? model.symmetry.span;
    // Every distinct layer that breaks g, in stack order: the first leads the diagnostic, the others follow as
    // notes, so one fix attempt does not just reveal the next culprit.
    const breakers = certificate.layers.filter((c) => c.broken.has(g)).sort((p, q) => p.firstIndex - q.firstIndex);
    const layerCert = breakers[0];
    const culprit = model.layers.find((l) => l.facts.node.span === layerCert?.span);
    if (!culprit || !layerCert) continue;
    if (g === 'permutation' && culprit.facts.kind === 'coupling' && new Set(system?.types ?? []).size > 1) {
      bag.report(Messages.PermutationOfTypedParticles, span, { claim: claim.text, distinct: new Set(system?.types ?? []).size }, { suggestion: `claim S(types) instead of S(${system?.n})`, related: [{ span: system?.written.get('types')?.span ?? culprit.facts.node.span, message: 'the particle types' }] });
      continue;
    }
    const others = breakers.length - 1;
    const layer = `layer '${layerCert.label}' (${layerPlaces(layerCert, model)})${others > 0 ? ` and ${others} other layer${others > 1 ? 's' : ''} (notes below)` : ''}`;
    const related = breakers.map((c, i) => ({ span: c.span, message: i === 0 ? `${generatorNames[g]} are broken by this layer` : `${generatorNames[g]} are also broken by '${c.label}' (${layerPlaces(c, model)}): ${c.broken.get(g) ?? ''}` }));
    bag.report(Messages.ClaimNotProven, span, { claim: claim.text, generator: generatorNames[g], layer, breaks: others > 0 ? 'break' : 'breaks', reason: layerCert.broken.get(g) ?? '' }, { suggestion: fixFor(g, culprit.facts, dim), related });
  }
  const extra = (['reflection'] as const).filter((g) => certificate.proven.has(g) && !claim.generators.has(g) && claim.generators.has('rotation'));
  if (extra.length > 0) bag.report(Messages.ClaimWeakerThanProven, model.symmetry.span, { extra: `E(${dim})`, claim: claim.text });
  return { ...certificate, claim };
}
