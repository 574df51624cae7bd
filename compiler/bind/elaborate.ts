/**
 * Elaboration: from a bound flow to a FlowModel. Resolves names (FLOW2001/2015/2016), validates
 * statement and construct options against the vocabulary (options.ts), fills method.md defaults,
 * and expands `repeat` and `use` into the flat layer stack.
 */
import type * as A from '../../grammar/ast.js';
import { didYouMean, Messages, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/suggest.js';
import { OptionChecker, type ResolvedConstruct } from '../check/options.js';
import { Registries } from '../../stdlib/vocabulary/constructs.js';
import { augmentSpec, scalingSpec, systemSpec, trainSpec } from '../../stdlib/vocabulary/statements.js';
import { projectionInfo } from '../../stdlib/vocabulary/projection-info.js';
import type { Scope } from './scope.js';
import type { FlowModel, LayerFacts, LayerInstance } from './model.js';
import type { Span } from '../diagnostics/span.js';
import { MAX_NESTING } from '../../grammar/nesting.js';

/** Guards against `repeat 1000 { repeat 1000 { … } }`: no real flow has this many layers. */
export const MAX_LAYERS = 10_000;

function defaultConstruct(name: string, span: Span): ResolvedConstruct {
  return { construct: name, options: {}, span, written: new Map() };
}

class Elaborator {
  private readonly facts = new Map<A.Layer, LayerFacts>();
  private readonly layers: LayerInstance[] = [];
  private readonly checkers = new Map<Scope, OptionChecker>();
  private tooMany = false;

  constructor(private readonly bag: DiagnosticBag, private readonly flowInit: A.Value | undefined, private readonly flowScope: Scope) {}

  checker(scope: Scope): OptionChecker {
    let checker = this.checkers.get(scope);
    if (!checker) {
      checker = new OptionChecker(this.bag, (name) => {
        const symbol = scope.lookup(name);
        return symbol?.kind === 'let' && symbol.node.kind === 'LetDecl' ? symbol.node.value : undefined;
      }, () => scope.visibleNames('let'));
      this.checkers.set(scope, checker);
    }
    return checker;
  }

  result(): { layers: LayerInstance[]; distinct: LayerFacts[] } {
    return { layers: this.layers, distinct: [...new Set(this.layers.map((l) => l.facts))] };
  }

  expand(layers: readonly A.Layer[], scope: Scope, trail: readonly string[], using: readonly string[]): void {
    for (const layer of layers) {
      if (this.tooMany) return;
      switch (layer.kind) {
        case 'RepeatLayer':
          this.expandRepeat(layer, scope, trail, using);
          break;
        case 'UseLayer':
          this.expandUse(layer, scope, trail, using);
          break;
        default:
          this.push(layer, scope, trail);
      }
    }
  }

  private expandRepeat(layer: A.RepeatLayer, scope: Scope, trail: readonly string[], using: readonly string[]): void {
    const count = layer.count.value;
    if (!Number.isInteger(count) || count < 1 || count > MAX_LAYERS) {
      this.bag.report(Messages.OutOfRange, layer.count.span, { owner: 'repeat count', constraint: `an integer from 1 to ${MAX_LAYERS}`, actual: layer.count.text });
      return;
    }
    for (let i = 0; i < count && !this.tooMany; i++) this.expand(layer.body, scope, [...trail, `repeat ${count} (${i + 1}/${count})`], using);
  }

  private expandUse(layer: A.UseLayer, scope: Scope, trail: readonly string[], using: readonly string[]): void {
    const name = layer.name.text;
    const symbol = scope.lookup(name);
    if (!symbol) {
      this.bag.report(Messages.UnknownName, layer.name.span, { name, hint: didYouMean(closestName(name, scope.visibleNames('def'))) }, { suggestion: 'define it with def NAME { … } or import a preset: from eacf import spherical' });
      return;
    }
    if (symbol.node.kind !== 'DefDecl') {
      this.bag.report(Messages.WrongKindOfName, layer.name.span, { name, actual: 'a value (let)', expected: 'a layer definition (def)' });
      return;
    }
    if (using.includes(name)) {
      this.bag.report(Messages.RecursiveDefinition, layer.name.span, { name });
      return;
    }
    if (using.length >= MAX_NESTING) {
      // Each `use` is one level of recursion here: a chain of 10,000 defs would overflow the stack.
      this.bag.report(Messages.ChainTooLong, layer.name.span, { name, limit: MAX_NESTING, what: "'use' of definitions" });
      return;
    }
    this.expand(symbol.node.body, symbol.scope, [...trail, `use ${name}`], [...using, name]);
  }

  private push(layer: A.CoupleLayer | A.ScalingLayer | A.ShiftLayer, scope: Scope, trail: readonly string[]): void {
    if (this.layers.length >= MAX_LAYERS) {
      this.tooMany = true;
      this.bag.report(Messages.OutOfRange, layer.span, { owner: 'the number of layers', constraint: `at most ${MAX_LAYERS}`, actual: 'more' });
      return;
    }
    let facts = this.facts.get(layer);
    if (!facts) {
      facts = this.layerFacts(layer, scope);
      this.facts.set(layer, facts);
    }
    this.layers.push({ facts, index: this.layers.length, trail });
  }

  private layerFacts(layer: A.CoupleLayer | A.ScalingLayer | A.ShiftLayer, scope: Scope): LayerFacts {
    const checker = this.checker(scope);
    if (layer.kind === 'ScalingLayer') return { kind: 'scaling', node: layer, options: checker.options(layer.options, scalingSpec, layer).values };
    if (layer.kind === 'ShiftLayer') {
      const conditioner = (layer.conditioner && checker.construct(layer.conditioner, Registries.conditioner, 'shift condition')) || defaultConstruct('egnn', layer.span);
      return { kind: 'shift', node: layer, conditioner, init: this.init(undefined, layer.span) };
    }
    return this.couplingFacts(layer, scope);
  }

  private couplingFacts(layer: A.CoupleLayer, scope: Scope): LayerFacts {
    const checker = this.checker(scope);
    const clause = (keyword: A.CoupleClause['keyword']) => {
      const found = layer.clauses.filter((c) => c.keyword === keyword);
      for (const extra of found.slice(1)) this.bag.report(Messages.DuplicateOption, extra.span, { name: keyword }, { related: [{ span: found[0]!.span, message: 'first given here' }] });
      return found[0]?.value;
    };
    const projectValue = clause('project');
    const projection = (projectValue && checker.construct(projectValue, Registries.projection, 'project')) || defaultConstruct('spherical', layer.span);
    const info = projectionInfo[projection.construct];
    const transformValue = clause('transform');
    const transform = (transformValue && checker.construct(transformValue, Registries.transform, 'transform')) || this.construct(checker, info?.defaultTransform ?? 'spline', Registries.transform, layer.span);
    const conditionValue = clause('condition');
    const fallbackConditioner = info?.needsVectors === false ? 'transformer' : 'egnn';
    const conditioner = (conditionValue && checker.construct(conditionValue, Registries.conditioner, 'condition')) || this.construct(checker, fallbackConditioner, Registries.conditioner, layer.span);
    return { kind: 'coupling', node: layer, projection, transform, conditioner, init: this.init(clause('init'), layer.span, checker) };
  }

  /** A default construct with its schema defaults filled in. */
  private construct(checker: OptionChecker, name: string, registry: (typeof Registries)[keyof typeof Registries], span: Span): ResolvedConstruct {
    const spec = registry.members.get(name);
    const options = spec ? checker.options([], spec, { kind: 'MissingValue', span }).values : {};
    return { construct: name, options, span, written: new Map() };
  }

  init(value: A.Value | undefined, span: Span, checker = this.checker(this.flowScope)): ResolvedConstruct {
    const given = value ?? this.flowInit;
    return (given && checker.construct(given, Registries.init, 'init')) || this.construct(checker, 'identity', Registries.init, span);
  }
}

type Statement = Exclude<A.FlowItem, A.Layer | A.LetDecl | A.DefDecl>;

/** The statements a flow may have at most once, with the first of each. */
function uniqueStatements(decl: A.FlowDecl, bag: DiagnosticBag): Map<Statement['kind'], Statement> {
  const seen = new Map<Statement['kind'], Statement>();
  const keyword: Record<Statement['kind'], string> = { SystemDecl: 'system', SymmetryDecl: 'symmetry', AugmentDecl: 'augment', BaseDecl: 'base', InitDecl: 'init', TargetDecl: 'target', TrainDecl: 'train' };
  for (const item of decl.items) {
    if (!(item.kind in keyword)) continue;
    const statement = item as Statement;
    const first = seen.get(statement.kind);
    if (first) bag.report(Messages.DuplicateStatement, statement.span, { keyword: keyword[statement.kind] }, { related: [{ span: first.span, message: 'first given here' }] });
    else seen.set(statement.kind, statement);
  }
  return seen;
}

export function elaborateFlow(decl: A.FlowDecl, scope: Scope, file: string, bag: DiagnosticBag): FlowModel {
  const statements = uniqueStatements(decl, bag);
  const get = <K extends Statement['kind']>(kind: K) => statements.get(kind) as Extract<Statement, { kind: K }> | undefined;
  const initDecl = get('InitDecl');
  const elaborator = new Elaborator(bag, initDecl?.value, scope);
  const checker = elaborator.checker(scope);

  const systemDecl = get('SystemDecl');
  let system: FlowModel['system'];
  if (systemDecl) {
    const { values, written } = checker.options(systemDecl.options, systemSpec, systemDecl);
    if (typeof values['particles'] === 'number' && typeof values['dim'] === 'number') {
      system = { n: values['particles'], dim: values['dim'], types: values['types'] as string[] | undefined, span: systemDecl.span, written };
    }
  } else {
    bag.report(Messages.MissingStatement, decl.name.span, { flow: decl.name.text, keyword: 'system', fix: 'add e.g. system particles 13, dim 3' });
  }
  const augmentDecl = get('AugmentDecl');
  const augment = checker.options(augmentDecl?.options ?? [], augmentSpec, augmentDecl ?? decl);
  const baseDecl = get('BaseDecl');
  const base = (baseDecl && checker.construct(baseDecl.value, Registries.base, 'base')) || defaultConstruct('com_free_normal', decl.name.span);
  if (initDecl) elaborator.init(initDecl.value, initDecl.span);
  const targetDecl = get('TargetDecl');
  const target = targetDecl ? checker.construct(targetDecl.value, Registries.target, 'target') : undefined;
  const trainDecl = get('TrainDecl');
  const train = trainDecl ? { ...checker.options(trainDecl.options, trainSpec, trainDecl), span: trainDecl.span } : undefined;

  elaborator.expand(decl.items.filter(isLayer), scope, [], []);
  const { layers, distinct } = elaborator.result();
  return {
    name: decl.name.text,
    file,
    decl,
    system,
    symmetry: get('SymmetryDecl'),
    augment: { copies: Number(augment.values['copies'] ?? 1), scale: Number(augment.values['scale'] ?? 0.1), span: augmentDecl?.span ?? decl.name.span, written: augment.written },
    base,
    layers,
    distinctLayers: distinct,
    target,
    train,
  };
}

function isLayer(item: A.FlowItem): item is A.Layer {
  return item.kind === 'CoupleLayer' || item.kind === 'ScalingLayer' || item.kind === 'ShiftLayer' || item.kind === 'RepeatLayer' || item.kind === 'UseLayer';
}
