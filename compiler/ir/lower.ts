/**
 * Lowering: checked FlowModel (+ its certificate) → IRModule. Emits the parameter layout once and two
 * functions: `forward` walks the layer stack first to last with forward inner transforms, `inverse`
 * last to first with inverse ones (method §3). Conditioners and heads are the same ops in both.
 */
import type { CouplingFacts, FlowModel, LayerInstance } from '../bind/model.js';
import type { Certificate } from '../check/symmetry/certificate.js';
import { projectionInfo } from '../../stdlib/vocabulary/projection-info.js';
import type { Direction, EgnnConfig, InnerTransformSpec, IRFunction, IRModule, Op, ParamSpec, ProjectionSpec, SplineSpec, TargetSpec, ValueInfo } from './ir.js';
import { egnnParams, stableMlp, transformerParams, varianceScaling, type ParamSink } from './layout.js';
import { invariant } from '../diagnostics/invariant.js';

class FunctionBuilder {
  readonly values: ValueInfo[] = [];
  readonly ops: Op[] = [];
  constructor(readonly name: Direction) {}
  value(shape: readonly number[], hint: string): number {
    const id = this.values.length;
    this.values.push({ id, shape, dtype: 'f64', hint });
    return id;
  }
}

interface Sizes {
  readonly n: number;
  readonly d: number;
  readonly C: number;
  readonly s: number;
  readonly numTypes: number;
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
const widths = (v: unknown, fallback: number[]) => (Array.isArray(v) ? (v as number[]) : fallback);

function splineSpecs(facts: CouplingFacts, d: number): SplineSpec[] {
  const o = facts.transform.options;
  const bins = num(o['bins'], 8);
  const minBin = num(o['min_bin'], 1e-4);
  const minKnotSlope = num(o['min_slope'], 1e-4);
  const spec = (lo: number, hi: number, boundary: SplineSpec['boundary']): SplineSpec => ({ bins, lo, hi, minBinSize: (hi - lo) * minBin, minKnotSlope, boundary });
  const radius = spec(0, num(o['radius_max'], 10), 'unconstrained');
  switch (facts.projection.construct) {
    case 'spherical':
      return d === 3 ? [radius, spec(0, Math.PI, 'unconstrained'), spec(-Math.PI, Math.PI, 'circular')] : [radius, spec(-Math.PI, Math.PI, 'circular')];
    case 'vector':
      return [radius];
    default: {
      const fallback = projectionInfo[facts.projection.construct]?.splineRange ?? { lo: -10, hi: 10 };
      const range = (o['range'] as { lo: number; hi: number } | undefined) ?? fallback;
      const boundary = (o['boundary'] as SplineSpec['boundary'] | undefined) ?? 'unconstrained';
      return Array.from({ length: d }, () => spec(range.lo, range.hi, boundary));
    }
  }
}

function projectionSpec(facts: CouplingFacts): ProjectionSpec {
  const o = facts.projection.options;
  switch (facts.projection.construct) {
    case 'spherical':
      return { kind: 'spherical', reflectionInvariant: o['reflection_invariant'] === true };
    case 'cartesian':
      return { kind: 'cartesian', smallIdentity: o['small_identity'] === true };
    case 'vector':
      return { kind: 'vector' };
    default:
      return { kind: 'none' };
  }
}

class Lowering {
  readonly params: ParamSpec[] = [];
  private readonly seen = new Set<string>();
  readonly sink: ParamSink = (spec) => {
    if (this.seen.has(spec.name)) return;
    this.seen.add(spec.name);
    this.params.push(spec);
  };

  constructor(private readonly model: FlowModel, private readonly sizes: Sizes) {}

  layer(b: FunctionBuilder, instance: LayerInstance, z: number): { z: number; logDet: number } {
    const prefix = `layer${instance.index}`;
    const facts = instance.facts;
    const { n, d, C } = this.sizes;
    if (facts.kind === 'coupling') return this.coupling(b, facts, prefix, z);
    if (facts.kind === 'scaling') {
      const A = C - 1;
      const units = widths(facts.options['mlp'], [16, 16]);
      const conditioned = facts.options['conditioned'] === true;
      if (conditioned) stableMlp(this.sink, `${prefix}.scale_head`, A, [...units, C], false, { kind: 'zeros' });
      else this.sink({ name: `${prefix}.scale_logits`, shape: [C], init: { kind: 'zeros' } });
      this.sink({ name: `${prefix}.com_logits`, shape: [A], init: { kind: 'zeros' } });
      const result = b.value([n, C, d], 'z');
      const logDet = b.value([], 'ld');
      b.ops.push({ kind: 'scaling', result, logDet, src: z, params: prefix, conditioned, units, direction: b.name });
      return { z: result, logDet };
    }
    // shift: the augmented half moves by w·(v − mean v), v from an EGNN of the x half (method §5.5).
    const { cond, trans } = this.split(b, z, false);
    const egnn = this.egnnConfig(facts.conditioner.options, this.sizes.s);
    egnnParams(this.sink, `${prefix}.egnn`, egnn);
    this.sink({ name: `${prefix}.shift_w`, shape: [1], init: { kind: 'zeros' } });
    const h = b.value([n, egnn.features], 'h');
    const v = b.value([n, egnn.vectors, d], 'v');
    b.ops.push({ kind: 'egnn', features: h, vectors: v, src: cond, params: `${prefix}.egnn`, config: egnn });
    const moved = b.value([n, this.sizes.s, d], 't');
    b.ops.push({ kind: 'shift', result: moved, trans, vectors: v, params: prefix, direction: b.name });
    const result = b.value([n, C, d], 'z');
    b.ops.push({ kind: 'merge', result, cond, trans: moved, swap: false });
    const logDet = b.value([], 'ld');
    b.ops.push({ kind: 'zero', result: logDet });
    return { z: result, logDet };
  }

  private split(b: FunctionBuilder, z: number, swap: boolean): { cond: number; trans: number } {
    const { n, s, d } = this.sizes;
    const cond = b.value([n, s, d], 'c');
    const trans = b.value([n, s, d], 't');
    b.ops.push({ kind: 'split', cond, trans, src: z, swap });
    return { cond, trans };
  }

  private egnnConfig(o: Readonly<Record<string, unknown>>, vectors: number): EgnnConfig {
    return {
      blocks: num(o['layers'], 3),
      mlp: widths(o['mlp'], [64, 64]),
      features: num(o['features'], 128),
      vectors: Math.max(1, vectors),
      crossMultiplicity: o['cross_multiplicity'] !== false,
      numTypes: this.sizes.numTypes,
      embedding: num(o['embedding'], 32),
    };
  }

  private coupling(b: FunctionBuilder, facts: CouplingFacts, prefix: string, z0: number): { z: number; logDet: number } {
    const { n, d, s } = this.sizes;
    const info = projectionInfo[facts.projection.construct];
    invariant(info, `unknown projection ${facts.projection.construct}`);
    const swap = facts.node.transformed === 'x';
    const count = num(facts.projection.options['inner'], info.defaultInner(d));
    const nvec = info.vectorsPerTransform(d);
    let z = z0;
    if (swap) z = this.center(b, z, s);
    const { cond, trans } = this.split(b, z, swap);
    const { features, width, vectors } = this.conditioner(b, facts, prefix, cond, s * count * nvec);
    const transform: InnerTransformSpec = facts.transform.construct === 'spline' ? { kind: 'spline', splines: splineSpecs(facts, d) } : { kind: 'affine' };
    const perCoordinate = transform.kind === 'spline' ? 3 * (transform.splines[0]?.bins ?? 8) + 1 : 2;
    const outputs = s * info.coordinates(d) * perCoordinate;
    const units = widths(facts.conditioner.options['head'], [64, 64]);
    const random = facts.init.construct === 'random';
    const last = units[units.length - 1] ?? width;
    const coefficients = Array.from({ length: count }, (_, t) => {
      const name = `${prefix}.head${t}`;
      stableMlp(this.sink, name, width, [...units, outputs], false, random ? varianceScaling(num(facts.init.options['scale'], 0.1), last, outputs) : { kind: 'zeros' });
      const result = b.value([n, outputs], 'p');
      b.ops.push({ kind: 'head', result, src: features, params: name, units, outputs });
      return result;
    });
    const order = b.name === 'forward' ? coefficients.map((_, t) => t) : coefficients.map((_, t) => count - 1 - t);
    let t = trans;
    let logDet = -1;
    for (const index of order) {
      const result = b.value([n, s, d], 't');
      const ld = b.value([], 'ld');
      b.ops.push({ kind: 'inner', result, logDet: ld, trans: t, cond, vectors, coefficients: coefficients[index]!, index, count, projection: projectionSpec(facts), transform, direction: b.name });
      t = result;
      logDet = logDet < 0 ? ld : this.add(b, logDet, ld);
    }
    const merged = b.value([this.sizes.n, this.sizes.C, d], 'z');
    b.ops.push({ kind: 'merge', result: merged, cond, trans: t, swap });
    return { z: swap ? this.center(b, merged, 0) : merged, logDet };
  }

  private conditioner(b: FunctionBuilder, facts: CouplingFacts, prefix: string, cond: number, vectorsNeeded: number): { features: number; width: number; vectors: number | undefined } {
    const { n, d, s } = this.sizes;
    const o = facts.conditioner.options;
    if (facts.conditioner.construct === 'transformer') {
      const heads = num(o['heads'], 4);
      const keySize = num(o['key_size'], 8);
      const config = { layers: num(o['layers'], 3), heads, keySize: keySize * s * d, width: heads * keySize * s * d, mlp: widths(o['mlp'], [64, 64]), output: num(o['output'], 128) };
      transformerParams(this.sink, `${prefix}.transformer`, s * d + 1, config);
      const features = b.value([n, config.output], 'h');
      b.ops.push({ kind: 'transformer', features, src: cond, params: `${prefix}.transformer`, config });
      return { features, width: config.output, vectors: undefined };
    }
    const config = this.egnnConfig(o, vectorsNeeded || s);
    egnnParams(this.sink, `${prefix}.egnn`, config);
    const features = b.value([n, config.features], 'h');
    const vectors = b.value([n, config.vectors, d], 'v');
    b.ops.push({ kind: 'egnn', features, vectors, src: cond, params: `${prefix}.egnn`, config });
    return { features, width: config.features, vectors };
  }

  center(b: FunctionBuilder, z: number, channel: number): number {
    const result = b.value(b.values[z]!.shape, 'z');
    b.ops.push({ kind: 'center', result, src: z, channel });
    return result;
  }

  add(b: FunctionBuilder, x: number, y: number): number {
    const result = b.value([], 'ld');
    b.ops.push({ kind: 'add', result, a: x, b: y });
    return result;
  }

  function(direction: Direction): IRFunction {
    const b = new FunctionBuilder(direction);
    const { n, C, d } = this.sizes;
    const input = b.value([n, C, d], 'z');
    let z = input;
    let logDet = b.value([], 'ld');
    b.ops.push({ kind: 'zero', result: logDet });
    const layers = direction === 'forward' ? this.model.layers : [...this.model.layers].reverse();
    for (const instance of layers) {
      const out = this.layer(b, instance, z);
      z = out.z;
      logDet = this.add(b, logDet, out.logDet);
    }
    return { name: direction, values: b.values, ops: b.ops, input, outputs: { z, logDet } };
  }
}

function targetSpec(model: FlowModel): TargetSpec | undefined {
  const t = model.target;
  if (!t) return undefined;
  const o = t.options;
  if (t.construct === 'dw4') return { kind: 'dw4', a: num(o['a'], 0), b: num(o['b'], -4), c: num(o['c'], 0.9), d0: num(o['d0'], 4), temperature: num(o['temperature'], 1) };
  return { kind: 'lj', epsilon: num(o['epsilon'], 1), rm: num(o['rm'], 1), oscillator: num(o['oscillator'], 0.5), temperature: num(o['temperature'], 1) };
}

/** Lowers a checked flow. The model must have passed the checker (system present, options valid). */
export function lowerFlow(model: FlowModel, certificate: Certificate): IRModule {
  const system = model.system;
  invariant(system, 'lowering a flow without a system');
  const types = system.types;
  const distinct = types ? [...new Set(types)] : [];
  const sizes: Sizes = { n: system.n, d: system.dim, C: model.augment.copies + 1, s: (model.augment.copies + 1) / 2, numTypes: distinct.length > 1 ? distinct.length : 0 };
  const lowering = new Lowering(model, sizes);
  const forward = lowering.function('forward');
  const inverse = lowering.function('inverse');
  return {
    version: 1,
    name: model.name,
    dtype: 'f64',
    system: { n: sizes.n, dim: sizes.d, augmented: sizes.C - 1, channels: sizes.C, half: sizes.s, typeIds: distinct.length > 1 ? types!.map((t) => distinct.indexOf(t)) : undefined },
    base: { kind: 'com_free_normal', scale: num(model.base.options['scale'], 1), augmentScale: model.augment.scale },
    target: targetSpec(model),
    params: lowering.params,
    forward,
    inverse,
    symmetry: { proven: certificate.group, generators: [...certificate.proven], claimed: certificate.claim ? [...certificate.claim.generators] : [] },
  };
}
