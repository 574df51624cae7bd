/**
 * The per-layer proof: runs a layer's typed program (stdlib/typing) on typed inputs and reads off,
 * for each generator, whether the layer's output q′ is still equivariant and its log-det invariant,
 * and why. Translation is special: every coupling sees coordinates relative to a centre of mass
 * (method §2.3, §3.1), so a layer that is not translation-equivariant by itself is still fine.
 */
import type { CouplingFacts, FlowModel, LayerFacts } from '../../bind/model.js';
import { projectionInfo } from '../../../stdlib/vocabulary/projection-info.js';
import { projectionTypings } from '../../../stdlib/typing/projections.js';
import { typeEgnn, typeTransformer, type ConditionerTyping } from '../../../stdlib/typing/conditioners.js';
import { typeScaling, typeShift } from '../../../stdlib/typing/layers.js';
import { TypedProgram } from './program.js';
import { allGenerators, isInvariantUnder, Reps, repName, type Breach, type Generator } from './rep.js';
import { typeFeature, type Typed } from './rules.js';

export interface LayerProof {
  readonly facts: LayerFacts;
  /** Generators the layer keeps, each with the reason. */
  readonly kept: ReadonlyMap<Generator, string>;
  /** Generators the layer breaks, each with the first operation that broke it. */
  readonly broken: ReadonlyMap<Generator, Breach>;
}

interface LayerTyping {
  readonly program: TypedProgram;
  readonly output: Typed;
  readonly logDet: Typed;
}

function nodeFeature(model: FlowModel): Typed {
  const distinct = new Set(model.system?.types ?? []).size;
  return distinct > 1 ? typeFeature('the type embedding', distinct) : { name: 'the constant node feature', rep: Reps.scalar() };
}

function typeConditioner(p: TypedProgram, name: string, c: Typed, node: Typed): ConditionerTyping {
  return name === 'transformer' ? typeTransformer(p, c, node) : typeEgnn(p, c, node);
}

function typeCoupling(facts: CouplingFacts, model: FlowModel): LayerTyping | undefined {
  const info = projectionInfo[facts.projection.construct];
  const typing = projectionTypings[facts.projection.construct];
  const dim = model.system?.dim === 2 ? 2 : 3;
  if (!info || !typing) return undefined;
  const p = new TypedProgram();
  const c: Typed = { name: 'c', rep: Reps.point() };
  const q: Typed = { name: 'q', rep: Reps.point() };
  const conditioner = typeConditioner(p, facts.conditioner.construct, c, nodeFeature(model));
  const params = p.nonlinear('the transform parameters', 'the conditioner head', [conditioner.features]);
  const nvec = info.vectorsPerTransform(dim);
  // A projection that needs vectors from a conditioner without them is a shape error (FLOW3007), reported elsewhere.
  if (nvec > 0 && !conditioner.vectors) return undefined;
  const vectors = Array.from({ length: nvec }, (_, k) => ({ name: `v${k}`, rep: conditioner.vectors!.rep }));
  const refs = vectors.map((v, k) => p.add(`ref${k} = c + v${k}`, c, v));
  const result = typing(p, { refs, vectors, q, params, centre: p.mean('CoM(c)', c), dim, transform: facts.transform.construct, options: facts.projection.options });
  return { program: p, ...result };
}

function typeLayer(facts: LayerFacts, model: FlowModel): LayerTyping | undefined {
  if (facts.kind === 'coupling') return typeCoupling(facts, model);
  const p = new TypedProgram();
  if (facts.kind === 'scaling') {
    const result = typeScaling(p, { name: 'a', rep: Reps.point() }, { name: 'x̄', rep: Reps.point('pooled') }, facts.options['conditioned'] === true);
    return { program: p, ...result };
  }
  const conditioner = typeConditioner(p, facts.conditioner.construct, { name: 'c', rep: Reps.point() }, nodeFeature(model));
  if (!conditioner.vectors) return undefined;
  return { program: p, ...typeShift(p, { name: 't', rep: Reps.point() }, conditioner.vectors) };
}

/** Why the output fails generator g, if it does. */
function failure(typing: LayerTyping, g: Generator): Breach | undefined {
  const { output, logDet } = typing;
  const broken = output.rep.broken.get(g) ?? logDet.rep.broken.get(g);
  if (broken) return broken;
  if (g === 'reflection' && output.rep.parity === -1) return { reason: `${output.name} is a ${repName(output.rep)}` };
  if (!isInvariantUnder(logDet.rep, g) && g !== 'translation' && g !== 'permutation' && g !== 'typed-permutation') return { reason: `the log-determinant is a ${repName(logDet.rep)}` };
  return undefined;
}

function uniqueNames(values: readonly Typed[], limit: number): string {
  const names = [...new Set(values.map((v) => v.name.split(' = ')[0] ?? v.name))].filter((n) => !n.startsWith('the '));
  return names.length > limit ? `${names.slice(0, limit).join(', ')}, …` : names.join(', ');
}

function keptReason(typing: LayerTyping, g: Generator, model: FlowModel): string {
  const inputs = uniqueNames(typing.program.nonlinearInputs.filter((v) => v.rep.geometry === 'scalar'), 6);
  const frame = uniqueNames(typing.program.frame, 4);
  const rebuilt = frame ? `; the output is rebuilt from ${frame}` : '';
  switch (g) {
    case 'translation':
      return 'frames and features are built from differences of positions; coordinates are relative to a centre of mass (method §3.1)';
    case 'rotation':
      return `non-linear maps see only rotation invariants (${inputs})${rebuilt}`;
    case 'reflection':
      return `no pseudoscalar reaches a non-linear map (inputs: ${inputs})${rebuilt}`;
    case 'permutation':
      return 'per-particle maps and sums over all particles; no particle order is read';
    case 'typed-permutation':
      return new Set(model.system?.types ?? []).size > 1 ? 'type features are equal for particles of one type; per-particle maps and sums over all particles' : 'per-particle maps and sums over all particles';
  }
}

export function proveLayer(facts: LayerFacts, model: FlowModel): LayerProof | undefined {
  const typing = typeLayer(facts, model);
  if (!typing) return undefined;
  const kept = new Map<Generator, string>();
  const broken = new Map<Generator, Breach>();
  for (const g of allGenerators) {
    const why = failure(typing, g);
    if (!why) kept.set(g, keptReason(typing, g, model));
    else if (g === 'translation') kept.set(g, `restored by centring: the layer sees coordinates relative to a centre of mass (method §2.3, §3.1), although ${why.reason}`);
    else broken.set(g, why);
  }
  return { facts, kept, broken };
}
