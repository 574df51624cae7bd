/**
 * Shapes, degrees of freedom and option combinations (FLOW30xx): d ∈ {2, 3}, A odd, one type per
 * particle, reference vectors per projection, transforms that fit their projection, spline ranges,
 * training-recipe consistency. Each check is a small function over the elaborated model.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Messages, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { CouplingFacts, FlowModel } from '../bind/model.js';
import { projectionInfo } from '../../stdlib/vocabulary/projection-info.js';

type Check = (model: FlowModel, bag: DiagnosticBag) => void;

const checkSystem: Check = (model, bag) => {
  const system = model.system;
  if (!system) return;
  if (system.dim !== 2 && system.dim !== 3) bag.report(Messages.UnsupportedDimension, system.written.get('dim')?.value.span ?? system.span, { dim: system.dim });
  if (system.types && system.types.length !== system.n) {
    bag.report(Messages.TypesLengthMismatch, system.written.get('types')?.value.span ?? system.span, { count: system.types.length, n: system.n });
  }
};

const checkAugment: Check = (model, bag) => {
  const { copies } = model.augment;
  if (Number.isInteger(copies) && copies % 2 === 0) bag.report(Messages.EvenAugmentation, model.augment.written.get('copies')?.value.span ?? model.augment.span, { copies });
};

const checkNotEmpty: Check = (model, bag) => {
  if (model.layers.length === 0) bag.report(Messages.EmptyFlow, model.decl.name.span, { flow: model.name });
};

/** Projection ↔ conditioner ↔ transform compatibility of one coupling. */
function checkCoupling(facts: CouplingFacts, model: FlowModel, bag: DiagnosticBag): void {
  const info = projectionInfo[facts.projection.construct];
  if (!info) return;
  const dim = model.system?.dim ?? 3;
  const inner = Number(facts.projection.options['inner'] ?? info.defaultInner(dim));
  const needed = info.vectorsPerTransform(dim);
  if (info.needsVectors && facts.conditioner.construct === 'transformer') {
    bag.report(Messages.ProjectionNeedsVectors, facts.conditioner.span, { projection: facts.projection.construct, needed, conditioner: 'transformer', hint: '' }, { suggestion: 'use condition egnn(...) (equivariant vectors), or project none for a non-equivariant baseline' });
  }
  const vectors = facts.conditioner.written.get('vectors');
  if (vectors && facts.conditioner.options['vectors'] !== needed * inner) {
    bag.report(Messages.VectorCountMismatch, vectors.value.span, { given: String(facts.conditioner.options['vectors']), projection: facts.projection.construct, needed: needed * inner, detail: `${needed} per inner transform × ${inner} inner transform(s) in ${dim}D` });
  }
  const channels = (model.augment.copies + 1) / 2;
  const frame3d = dim === 3 && (facts.projection.construct === 'spherical' || facts.projection.construct === 'cartesian');
  // The conditioner's vectors are combinations of x_i − x_j and of differences between channels: with two
  // particles and one channel they all lie along x₁ − x₂, and ẑ, x̂ cannot both be built.
  if (frame3d && model.system?.n === 2 && channels === 1) {
    bag.report(Messages.DegenerateFrame, facts.projection.span, { projection: facts.projection.construct, n: 2, channels }, { suggestion: 'use augment copies 3 (two conditioning channels), project vector, or more particles' });
  }
  if (facts.transform.construct === 'affine' && info.affineUnfit) {
    bag.report(Messages.TransformDoesNotFit, facts.transform.span, { transform: 'affine', projection: facts.projection.construct, reason: info.affineUnfit });
  }
  if (facts.transform.construct === 'spline') checkSpline(facts, info.foreignSplineOptions, bag);
  const reflection = facts.projection.written.get('reflection_invariant');
  if (reflection && dim === 2 && facts.projection.options['reflection_invariant'] === true) bag.report(Messages.ReflectionInvariantIn2D, reflection.span);
}

function checkSpline(facts: CouplingFacts, foreign: Readonly<Record<string, string>>, bag: DiagnosticBag): void {
  for (const [option, fix] of Object.entries(foreign)) {
    const entry = facts.transform.written.get(option);
    if (entry) bag.report(Messages.OptionNotForProjection, entry.name.span, { option, owner: 'spline', projection: facts.projection.construct, fix });
  }
  const bins = Number(facts.transform.options['bins']);
  const minBin = Number(facts.transform.options['min_bin']);
  if (bins * minBin >= 1) {
    const at = facts.transform.written.get('min_bin') ?? facts.transform.written.get('bins');
    bag.report(Messages.MinBinTooLarge, at?.value.span ?? facts.transform.span, { owner: 'spline', product: +(bins * minBin).toPrecision(6) });
  }
}

const checkLayers: Check = (model, bag) => {
  for (const facts of model.distinctLayers) if (facts.kind === 'coupling') checkCoupling(facts, model, bag);
};

const checkTrain: Check = (model, bag) => {
  const train = model.train;
  if (!train) return;
  if (train.written.has('epochs') && train.written.has('steps')) bag.report(Messages.EpochsAndSteps, train.written.get('steps')!.name.span);
  if (model.system?.dim === 2 && Number(train.values['aux_loss']) > 0) bag.report(Messages.AuxLossIn2D, train.written.get('aux_loss')!.value.span);
  for (const key of ['data', 'validation']) {
    const source = train.values[key] as { path: string } | undefined;
    const entry = train.written.get(key);
    if (!source || !entry) continue;
    const resolved = resolve(dirname(model.file), source.path);
    if (!existsSync(resolved)) bag.report(Messages.DataFileNotFound, entry.value.span, { path: source.path, resolved: relative(process.cwd(), resolved) || resolved });
  }
};

export const shapeChecks: readonly Check[] = [checkSystem, checkAugment, checkNotEmpty, checkLayers, checkTrain];

export function checkShapes(model: FlowModel, bag: DiagnosticBag): void {
  for (const check of shapeChecks) check(model, bag);
}
