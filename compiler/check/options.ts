/**
 * Validates option lists and constructs against the vocabulary schemas (stdlib/vocabulary), filling
 * in method.md defaults. Reports FLOW2010/2011 (unknown/duplicate option), FLOW3001 (wrong type),
 * FLOW3002 (out of range), FLOW2005–2009/2020 (unknown construct or choice). Never throws.
 */
import type * as A from '../../grammar/ast.js';
import { closestName } from '../diagnostics/suggest.js';
import { didYouMean, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { Messages, type MessageSpec } from '../diagnostics/messages.js';
import { MAX_NESTING } from '../../grammar/nesting.js';
import { describeType, type ConstructSpec, type ConstructValue, type OptionType, type OptionValue, type Registry } from '../../stdlib/vocabulary/schema.js';

/** A validated construct plus where each of its parts was written, for later diagnostics. */
export interface ResolvedConstruct extends ConstructValue {
  readonly span: import('../diagnostics/span.js').Span;
  /** The AST entry of each option the user wrote (defaults have none). */
  readonly written: ReadonlyMap<string, A.OptionEntry>;
}

/** Resolves a bare name to the value bound by `let`, if any (the binder provides it). */
export type LetLookup = (name: string) => A.Value | undefined;

const unknownMessage: Record<string, MessageSpec> = {
  projection: Messages.UnknownProjection,
  'inner transform': Messages.UnknownTransform,
  conditioner: Messages.UnknownConditioner,
  'base distribution': Messages.UnknownBase,
  target: Messages.UnknownTarget,
};

export class OptionChecker {
  constructor(
    private readonly bag: DiagnosticBag,
    private readonly lookupLet: LetLookup,
    /** Names of visible `let` bindings, offered as suggestions next to the vocabulary. */
    private readonly letNames: () => readonly string[] = () => [],
  ) {}

  /** Validates `entries` against `spec`; the result has every option with a value (given or default). */
  options(entries: readonly A.OptionEntry[], spec: ConstructSpec, at: A.AstNode): { values: Record<string, OptionValue>; written: Map<string, A.OptionEntry> } {
    const values: Record<string, OptionValue> = {};
    const written = new Map<string, A.OptionEntry>();
    const byName = new Map(spec.options.map((o) => [o.name, o]));
    for (const entry of entries) {
      const option = byName.get(entry.name.text);
      if (!option) {
        const hint = didYouMean(closestName(entry.name.text, byName.keys()));
        this.bag.report(Messages.UnknownOption, entry.name.span, { name: entry.name.text, owner: spec.name, hint }, { suggestion: `options of ${spec.name}: ${[...byName.keys()].join(', ') || 'none'}` });
        continue;
      }
      if (written.has(option.name)) {
        this.bag.report(Messages.DuplicateOption, entry.name.span, { name: option.name }, { related: [{ span: written.get(option.name)!.name.span, message: 'first given here' }] });
        continue;
      }
      written.set(option.name, entry);
      const value = this.value(entry.value, option.type, `option '${option.name}' of ${spec.name}`);
      if (value !== undefined) values[option.name] = value;
    }
    for (const option of spec.options) {
      if (option.name in values || written.has(option.name)) continue;
      if (option.required) this.bag.report(Messages.WrongValueType, at.span, { owner: `${spec.name}`, expected: `option '${option.name}' (${describeType(option.type)})`, actual: 'nothing' });
      else if (option.default !== undefined) values[option.name] = option.default;
    }
    return { values, written };
  }

  /** A construct from a registry: `spline`, `spline(bins 8)`, or a `let` name bound to one. */
  construct(value: A.Value, registry: Registry, owner: string): ResolvedConstruct | undefined {
    const resolved = this.deref(value);
    if (resolved.kind !== 'NameRef' && resolved.kind !== 'CallExpr') {
      if (resolved.kind !== 'MissingValue') this.bag.report(Messages.WrongValueType, resolved.span, { owner, expected: describeType({ kind: 'construct', registry }), actual: describeValue(resolved) });
      return undefined;
    }
    const callee = resolved.kind === 'NameRef' ? resolved.name : resolved.callee;
    const spec = registry.members.get(callee.text);
    if (!spec) {
      const hint = didYouMean(closestName(callee.text, [...registry.members.keys(), ...this.letNames()]));
      const message = unknownMessage[registry.what];
      if (message) this.bag.report(message, callee.span, { name: callee.text, hint }, { suggestion: `known: ${[...registry.members.keys()].join(', ')}` });
      else this.bag.report(Messages.UnknownChoice, callee.span, { value: callee.text, owner: registry.what, choices: [...registry.members.keys()].join(', '), hint });
      return undefined;
    }
    const { values, written } = this.options(resolved.kind === 'CallExpr' ? resolved.options : [], spec, resolved);
    return { construct: spec.name, options: values, span: resolved.span, written };
  }

  /** Follows `let` bindings (cycles are impossible: a let can only name earlier lets). */
  deref(value: A.Value): A.Value {
    let current = value;
    for (let hops = 0; current.kind === 'NameRef'; hops++) {
      const bound = this.lookupLet(current.name.text);
      if (!bound) break;
      if (hops === MAX_NESTING) {
        // Also the guard against `let a = b  let b = a`, which would otherwise loop forever.
        this.bag.report(Messages.ChainTooLong, value.span, { name: value.kind === 'NameRef' ? value.name.text : '', limit: MAX_NESTING, what: "'let' definitions" });
        return { kind: 'MissingValue', span: value.span };
      }
      current = bound;
    }
    return current;
  }

  value(node: A.Value, type: OptionType, owner: string): OptionValue | undefined {
    const value = this.deref(node);
    if (value.kind === 'MissingValue') return undefined;
    const wrong = () => {
      this.bag.report(Messages.WrongValueType, value.span, { owner, expected: describeType(type), actual: describeValue(value) });
      return undefined;
    };
    switch (type.kind) {
      case 'int':
      case 'number':
        return value.kind === 'NumberLit' ? this.number(value, type, owner) : wrong();
      case 'bool':
        return value.kind === 'BoolLit' ? value.value : wrong();
      case 'widths':
        return value.kind === 'ListLit' ? this.widths(value, type.minLength, owner) : wrong();
      case 'names':
        return value.kind === 'ListLit' && value.items.every((i) => i.kind === 'NameRef') ? value.items.map((i) => (i.kind === 'NameRef' ? i.name.text : '')) : wrong();
      case 'interval':
        return value.kind === 'RangeLit' && value.hi ? this.interval(value, owner) : wrong();
      case 'dataSource':
        return this.dataSource(value, owner) ?? (value.kind === 'StringLit' || value.kind === 'SliceLit' ? undefined : wrong());
      case 'choice':
        return value.kind === 'NameRef' ? this.choice(value.name, type.choices, owner) : wrong();
      case 'construct':
        return this.construct(value, type.registry, owner);
      case 'union': {
        const fits = type.types.find((t) => fitsShape(value, t));
        return fits ? this.value(value, fits, owner) : wrong();
      }
    }
  }

  private number(lit: A.NumberLit, type: Extract<OptionType, { kind: 'int' | 'number' }>, owner: string): number | undefined {
    const v = lit.value;
    if (type.kind === 'int' && !Number.isInteger(v)) {
      this.bag.report(Messages.WrongValueType, lit.span, { owner, expected: 'an integer', actual: lit.text });
      return undefined;
    }
    const fail = (constraint: string) => {
      this.bag.report(Messages.OutOfRange, lit.span, { owner, constraint, actual: lit.text });
      return undefined;
    };
    if (type.min !== undefined && v < type.min) return fail(`≥ ${type.min}`);
    if (type.max !== undefined && v > type.max) return fail(`≤ ${type.max}`);
    if (type.kind === 'number') {
      if (type.above !== undefined && v <= type.above) return fail(`> ${type.above}`);
      if (type.below !== undefined && v >= type.below) return fail(`< ${type.below}`);
    }
    return v;
  }

  private widths(list: A.ListLit, minLength: number, owner: string): number[] | undefined {
    if (list.items.length < minLength) {
      this.bag.report(Messages.EmptyList, list.span, { owner });
      return undefined;
    }
    const out: number[] = [];
    for (const item of list.items) {
      const width = item.kind === 'NumberLit' ? this.number(item, { kind: 'int', min: 1, max: 65536 }, `${owner} (a width)`) : undefined;
      if (item.kind !== 'NumberLit') this.bag.report(Messages.WrongValueType, item.span, { owner, expected: 'integer widths', actual: describeValue(item) });
      if (width === undefined) return undefined;
      out.push(width);
    }
    return out;
  }

  private interval(range: A.RangeLit, owner: string): { lo: number; hi: number } | undefined {
    const hi = range.hi?.value ?? NaN;
    if (!(range.lo.value < hi)) {
      this.bag.report(Messages.InvalidRange, range.span, { owner, lo: range.lo.text, hi: range.hi?.text ?? '' });
      return undefined;
    }
    return { lo: range.lo.value, hi };
  }

  private dataSource(value: A.Value, owner: string): OptionValue | undefined {
    if (value.kind === 'StringLit') return { path: value.value, rows: undefined };
    if (value.kind !== 'SliceLit') return undefined;
    const rows = value.rows;
    if (rows.kind === 'NumberLit') {
      this.bag.report(Messages.WrongValueType, rows.span, { owner: `${owner} rows`, expected: 'a row range like 0..1000', actual: rows.text });
      return undefined;
    }
    const bad = !Number.isInteger(rows.lo.value) || rows.lo.value < 0 || (rows.hi !== undefined && (!Number.isInteger(rows.hi.value) || rows.hi.value <= rows.lo.value));
    if (bad) {
      this.bag.report(Messages.OutOfRange, rows.span, { owner: `${owner} rows`, constraint: 'a range of row indices a..b with 0 ≤ a < b', actual: `${rows.lo.text}..${rows.hi?.text ?? ''}` });
      return undefined;
    }
    return { path: value.source.value, rows: { lo: rows.lo.value, hi: rows.hi?.value } };
  }

  private choice(name: A.Name, choices: readonly string[], owner: string): string | undefined {
    if (choices.includes(name.text)) return name.text;
    this.bag.report(Messages.UnknownChoice, name.span, { value: name.text, owner, choices: choices.join(', '), hint: didYouMean(closestName(name.text, choices)) });
    return undefined;
  }
}

function fitsShape(value: A.Value, type: OptionType): boolean {
  switch (type.kind) {
    case 'int':
    case 'number':
      return value.kind === 'NumberLit';
    case 'construct':
    case 'choice':
      return value.kind === 'NameRef' || value.kind === 'CallExpr';
    default:
      return false;
  }
}

/** "a string", "the number 4", "'adam'": how a value reads in a message. */
export function describeValue(value: A.Value): string {
  switch (value.kind) {
    case 'NumberLit':
      return `the number ${value.text}`;
    case 'RangeLit':
      return `the range ${value.lo.text}..${value.hi?.text ?? ''}`;
    case 'StringLit':
    case 'SliceLit':
      return 'a string';
    case 'BoolLit':
      return String(value.value);
    case 'ListLit':
      return 'a list';
    case 'CallExpr':
      return `'${value.callee.text}(…)'`;
    case 'NameRef':
      return `'${value.name.text}'`;
    case 'MissingValue':
      return 'nothing';
  }
}
