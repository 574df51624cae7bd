/**
 * Parameter counts per layer, following the parameter layout of method §4–§7 (haiku's Linear has a
 * bias; LayerNorm has a scale and an offset). Each layer instance has its own parameters: a `let`
 * names a configuration, not shared weights. `flowc explain` prints these; lowering (IR) will own the
 * layout itself and must agree with these counts.
 */
import type { CouplingFacts, FlowModel, LayerFacts } from '../compiler/bind/model.js';
import type { ResolvedConstruct } from '../compiler/check/options.js';
import { projectionInfo } from './vocabulary/projection-info.js';

const linear = (fanIn: number, fanOut: number) => fanIn * fanOut + fanOut;
const layerNorm = (width: number) => 2 * width;

/** StableMLP(units, activate_final): Linear, then residual [LayerNorm, Linear] per further width (§4.2). */
export function stableMlp(input: number, units: readonly number[], activateFinal: boolean): number {
  const hidden = activateFinal ? units : units.slice(0, -1);
  let count = 0;
  let width = input;
  hidden.forEach((u, k) => {
    count += (k === 0 ? 0 : layerNorm(width)) + linear(width, u);
    width = u;
  });
  if (!activateFinal) count += linear(width, units[units.length - 1] ?? width);
  return count;
}

export interface ParamPart {
  readonly name: string;
  readonly count: number;
}

const widths = (c: ResolvedConstruct, key: string, fallback: number[]) => (c.options[key] as number[] | undefined) ?? fallback;

function egnnParams(c: ResolvedConstruct, vectorsOut: number, numTypes: number): number {
  const F = Number(c.options['features'] ?? 128);
  const mlp = widths(c, 'mlp', [64, 64]);
  const last = mlp[mlp.length - 1] ?? 64;
  const M = Math.max(1, vectorsOut);
  const cross = c.options['cross_multiplicity'] !== false && M > 1;
  const embedding = numTypes > 1 ? numTypes * Number(c.options['embedding'] ?? 32) : 1;
  const embeddingWidth = numTypes > 1 ? Number(c.options['embedding'] ?? 32) : 1;
  const edgeIn = 2 * F + M + (cross ? 2 * M * (M - 1) : 0);
  const perLayer =
    stableMlp(edgeIn, mlp, true) +
    stableMlp(last, mlp, true) + linear(last, M) +
    (cross ? stableMlp(last, mlp, true) + linear(last, M * (M - 1)) : 0) +
    linear(last, 1) +
    stableMlp(last + F, [...mlp, F], false);
  return embedding + linear(embeddingWidth, F) + Number(c.options['layers'] ?? 3) * perLayer + linear(F, F);
}

function transformerParams(c: ResolvedConstruct, channels: number, dim: number): number {
  const heads = Number(c.options['heads'] ?? 4);
  const W = heads * Number(c.options['key_size'] ?? 8) * channels * dim;
  const mlp = widths(c, 'mlp', [64, 64]);
  const mha = 3 * linear(W, W) + linear(W, W);
  let block = layerNorm(W) + mha + layerNorm(W);
  let width = W;
  for (const u of [...mlp, W]) {
    block += linear(width, u);
    width = u;
  }
  return linear(channels * dim + 1, W) + Number(c.options['layers'] ?? 3) * block + linear(W, Number(c.options['output'] ?? 128));
}

function conditionerOutputWidth(c: ResolvedConstruct): number {
  return c.construct === 'transformer' ? Number(c.options['output'] ?? 128) : Number(c.options['features'] ?? 128);
}

function couplingParts(facts: CouplingFacts, model: FlowModel): ParamPart[] {
  const dim = model.system?.dim ?? 3;
  const channels = (model.augment.copies + 1) / 2;
  const info = projectionInfo[facts.projection.construct];
  if (!info) return [];
  const inner = Number(facts.projection.options['inner'] ?? info.defaultInner(dim));
  const bins = Number(facts.transform.options['bins'] ?? 8);
  const perCoordinate = facts.transform.construct === 'spline' ? 3 * bins + 1 : 2;
  const outputs = channels * info.coordinates(dim) * perCoordinate;
  const numTypes = new Set(model.system?.types ?? []).size;
  const conditioner = facts.conditioner.construct === 'transformer'
    ? transformerParams(facts.conditioner, channels, dim)
    : egnnParams(facts.conditioner, info.vectorsPerTransform(dim) * channels * inner, numTypes);
  const head = stableMlp(conditionerOutputWidth(facts.conditioner), [...widths(facts.conditioner, 'head', [64, 64]), outputs], false);
  return [
    { name: facts.conditioner.construct, count: conditioner },
    { name: `${inner} head(s) × ${outputs} outputs/particle`, count: inner * head },
  ];
}

export function layerParameters(facts: LayerFacts, model: FlowModel): ParamPart[] {
  const A = model.augment.copies;
  switch (facts.kind) {
    case 'coupling':
      return couplingParts(facts, model);
    case 'scaling':
      return facts.options['conditioned'] === true
        ? [{ name: 'scale MLP', count: stableMlp(A, [...((facts.options['mlp'] as number[]) ?? [16, 16]), A + 1], false) }, { name: 'CoM scales', count: A }]
        : [{ name: 'scales', count: A + 1 + A }];
    case 'shift':
      return [{ name: 'egnn', count: egnnParams(facts.conditioner, (A + 1) / 2, new Set(model.system?.types ?? []).size) }, { name: 'w', count: 1 }];
  }
}
