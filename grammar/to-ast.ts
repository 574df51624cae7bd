/**
 * CST → AST. The visitor is validated against the grammar (a method per rule) and builds the typed,
 * readonly AST with a span on every node. During error recovery chevrotain may invent tokens with NaN
 * offsets or leave children out; those get the span of the nearest real position and `MissingValue`.
 */
import type { CstNode, IToken } from 'chevrotain';
import { flowParser } from './parser.js';
import type * as C from './cst.generated.js';
import type * as A from './ast.js';
import { spanOf, type Span } from '../compiler/diagnostics/span.js';

const BaseVisitor = flowParser.getBaseCstVisitorConstructor();

function unescapeString(image: string): string {
  return image.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

const first = <X>(list: readonly X[] | undefined): X | undefined => list?.[0];

export class AstBuilder extends BaseVisitor {
  private lastGoodOffset = 0;

  constructor(private readonly fileName: string) {
    super();
    this.validateVisitor();
  }

  // --- spans -------------------------------------------------------------------------------------

  private tokenSpan(token: IToken | undefined): Span {
    if (token === undefined || Number.isNaN(token.startOffset)) return spanOf(this.fileName, this.lastGoodOffset, this.lastGoodOffset);
    this.lastGoodOffset = token.startOffset;
    return spanOf(this.fileName, token.startOffset, token.startOffset + token.image.length);
  }

  private nodeSpan(node: CstNode): Span {
    const loc = node.location;
    if (loc === undefined || Number.isNaN(loc.startOffset)) return spanOf(this.fileName, this.lastGoodOffset, this.lastGoodOffset);
    const end = Number.isNaN(loc.endOffset ?? NaN) ? loc.startOffset : (loc.endOffset ?? loc.startOffset) + 1;
    return spanOf(this.fileName, loc.startOffset, end);
  }

  private name(token: IToken | undefined): A.Name {
    return { kind: 'Name', span: this.tokenSpan(token), text: token?.image ?? '' };
  }

  private missing(span: Span): A.MissingValue {
    return { kind: 'MissingValue', span };
  }

  // --- top level -----------------------------------------------------------------------------------

  file(ctx: C.FileCstChildren, node: CstNode): A.FlowFile {
    return { kind: 'FlowFile', span: this.nodeSpan(node), items: (ctx.topItem ?? []).map((item) => this.topItem(item.children)) };
  }

  topItem(ctx: C.TopItemCstChildren): A.TopItem {
    if (ctx.importDecl?.[0]) return this.importDecl(ctx.importDecl[0].children, ctx.importDecl[0]);
    if (ctx.letDecl?.[0]) return this.letDecl(ctx.letDecl[0].children, ctx.letDecl[0]);
    if (ctx.defDecl?.[0]) return this.defDecl(ctx.defDecl[0].children, ctx.defDecl[0]);
    const flow = ctx.flowDecl?.[0];
    if (flow) return this.flowDecl(flow.children, flow);
    return { kind: 'DefDecl', span: this.tokenSpan(undefined), name: this.name(undefined), body: [] };
  }

  importDecl(ctx: C.ImportDeclCstChildren, node: CstNode): A.ImportDecl {
    const path = first(ctx.modulePath);
    const module: A.Name | A.StringLit = path
      ? { kind: 'StringLit', span: this.tokenSpan(path), value: unescapeString(path.image) }
      : this.name(first(ctx.moduleName));
    return { kind: 'ImportDecl', span: this.nodeSpan(node), module, names: (ctx.names ?? []).map((t) => this.name(t)) };
  }

  letDecl(ctx: C.LetDeclCstChildren, node: CstNode): A.LetDecl {
    const name = this.name(first(ctx.Identifier));
    return { kind: 'LetDecl', span: this.nodeSpan(node), name, value: this.valueIn(ctx.value, name.span) };
  }

  defDecl(ctx: C.DefDeclCstChildren, node: CstNode): A.DefDecl {
    const block = first(ctx.layerBlock);
    return { kind: 'DefDecl', span: this.nodeSpan(node), name: this.name(first(ctx.Identifier)), body: block ? this.layerBlock(block.children) : [] };
  }

  flowDecl(ctx: C.FlowDeclCstChildren, node: CstNode): A.FlowDecl {
    return {
      kind: 'FlowDecl',
      span: this.nodeSpan(node),
      name: this.name(first(ctx.Identifier)),
      items: (ctx.flowItem ?? []).flatMap((item) => this.flowItem(item.children) ?? []),
    };
  }

  flowItem(ctx: C.FlowItemCstChildren): A.FlowItem | undefined {
    const pick = <N extends CstNode, R>(list: N[] | undefined, build: (c: N['children'], n: N) => R) => (list?.[0] ? build(list[0].children, list[0]) : undefined);
    return (
      pick(ctx.systemDecl, (c, n) => ({ kind: 'SystemDecl', span: this.nodeSpan(n), options: this.optionsOf(c.optionList) }) as const) ??
      pick(ctx.symmetryDecl, (c, n) => this.symmetryDecl(c, n)) ??
      pick(ctx.augmentDecl, (c, n) => ({ kind: 'AugmentDecl', span: this.nodeSpan(n), options: this.optionsOf(c.optionList) }) as const) ??
      pick(ctx.baseDecl, (c, n) => ({ kind: 'BaseDecl', span: this.nodeSpan(n), value: this.valueIn(c.value, this.nodeSpan(n)) }) as const) ??
      pick(ctx.initDecl, (c, n) => ({ kind: 'InitDecl', span: this.nodeSpan(n), value: this.valueIn(c.value, this.nodeSpan(n)) }) as const) ??
      pick(ctx.targetDecl, (c, n) => ({ kind: 'TargetDecl', span: this.nodeSpan(n), value: this.valueIn(c.value, this.nodeSpan(n)) }) as const) ??
      pick(ctx.trainDecl, (c, n) => ({ kind: 'TrainDecl', span: this.nodeSpan(n), options: this.optionsOf(c.optionList) }) as const) ??
      pick(ctx.letDecl, (c, n) => this.letDecl(c, n)) ??
      pick(ctx.defDecl, (c, n) => this.defDecl(c, n)) ??
      pick(ctx.layer, (c) => this.layer(c))
    );
  }

  // Rules that only exist to group tokens are read by their parents; these stubs satisfy validateVisitor().
  systemDecl(): void {}
  augmentDecl(): void {}
  baseDecl(): void {}
  initDecl(): void {}
  targetDecl(): void {}
  trainDecl(): void {}

  symmetryDecl(ctx: C.SymmetryDeclCstChildren, node: CstNode): A.SymmetryDecl {
    return { kind: 'SymmetryDecl', span: this.nodeSpan(node), factors: (ctx.groupFactor ?? []).map((f) => this.groupFactor(f.children, f)) };
  }

  groupFactor(ctx: C.GroupFactorCstChildren, node: CstNode): A.GroupFactor {
    const number = first(ctx.NumberLiteral);
    const arg: A.NumberLit | A.Name = number ? this.numberLit(number, false) : this.name(first(ctx.argName));
    return { kind: 'GroupFactor', span: this.nodeSpan(node), group: this.name(first(ctx.group)), arg };
  }

  // --- layers --------------------------------------------------------------------------------------

  layerBlock(ctx: C.LayerBlockCstChildren): A.Layer[] {
    return (ctx.layer ?? []).flatMap((l) => this.layer(l.children) ?? []);
  }

  layer(ctx: C.LayerCstChildren): A.Layer | undefined {
    const couple = first(ctx.coupleLayer);
    if (couple) return this.coupleLayer(couple.children, couple);
    const scaling = first(ctx.scalingLayer);
    if (scaling) return { kind: 'ScalingLayer', span: this.nodeSpan(scaling), options: this.optionsOf(scaling.children.optionList) };
    const shift = first(ctx.shiftLayer);
    if (shift) {
      const value = shift.children.value;
      return { kind: 'ShiftLayer', span: this.nodeSpan(shift), conditioner: value ? this.valueIn(value, this.nodeSpan(shift)) : undefined };
    }
    const repeat = first(ctx.repeatLayer);
    if (repeat) return this.repeatLayer(repeat.children, repeat);
    const use = first(ctx.useLayer);
    if (use) return { kind: 'UseLayer', span: this.nodeSpan(use), name: this.name(first(use.children.Identifier)) };
    return undefined;
  }

  coupleLayer(ctx: C.CoupleLayerCstChildren, node: CstNode): A.CoupleLayer {
    const transformed = this.side(first(ctx.transformed)?.children);
    const given = this.side(first(ctx.given)?.children);
    return {
      kind: 'CoupleLayer',
      span: this.nodeSpan(node),
      transformed: transformed.side,
      transformedSpan: transformed.span,
      given: given.side,
      givenSpan: given.span,
      clauses: (ctx.coupleClause ?? []).map((c) => this.coupleClause(c.children, c)),
    };
  }

  /** Sides other than x and a are kept as 'a' here; validate-syntax.ts reports them (FLOW1201). */
  side(ctx: C.SideCstChildren | undefined): { side: A.Side; span: Span } {
    const token = first(ctx?.X) ?? first(ctx?.Identifier);
    return { side: token?.image === 'x' ? 'x' : 'a', span: this.tokenSpan(token) };
  }

  coupleClause(ctx: C.CoupleClauseCstChildren, node: CstNode): A.CoupleClause {
    const keyword = ctx.Project ? 'project' : ctx.Transform ? 'transform' : ctx.Condition ? 'condition' : 'init';
    return { kind: 'CoupleClause', span: this.nodeSpan(node), keyword, value: this.valueIn(ctx.value, this.nodeSpan(node)) };
  }

  scalingLayer(): void {}
  shiftLayer(): void {}
  useLayer(): void {}

  repeatLayer(ctx: C.RepeatLayerCstChildren, node: CstNode): A.RepeatLayer {
    const block = first(ctx.layerBlock);
    return {
      kind: 'RepeatLayer',
      span: this.nodeSpan(node),
      count: this.numberLit(first(ctx.NumberLiteral), false),
      body: block ? this.layerBlock(block.children) : [],
    };
  }

  // --- options and values ------------------------------------------------------------------------

  private optionsOf(list: C.OptionListCstNode[] | undefined): A.OptionEntry[] {
    const node = first(list);
    return node ? this.optionList(node.children) : [];
  }

  optionList(ctx: C.OptionListCstChildren): A.OptionEntry[] {
    return (ctx.optionEntry ?? []).map((o) => this.optionEntry(o.children, o));
  }

  optionEntry(ctx: C.OptionEntryCstChildren, node: CstNode): A.OptionEntry {
    const name = this.name(first(ctx.Identifier));
    return { kind: 'OptionEntry', span: this.nodeSpan(node), name, value: this.valueIn(ctx.value, name.span) };
  }

  private valueIn(list: C.ValueCstNode[] | undefined, fallback: Span): A.Value {
    const node = first(list);
    return node ? this.value(node.children, node) : this.missing(fallback);
  }

  value(ctx: C.ValueCstChildren, node: CstNode): A.Value {
    const numberOrRange = first(ctx.numberOrRange);
    if (numberOrRange) return this.numberOrRange(numberOrRange.children, numberOrRange);
    const str = first(ctx.stringValue);
    if (str) return this.stringValue(str.children, str);
    if (ctx.True || ctx.False) return { kind: 'BoolLit', span: this.tokenSpan(first(ctx.True) ?? first(ctx.False)), value: ctx.True !== undefined };
    const list = first(ctx.listValue);
    if (list) return { kind: 'ListLit', span: this.nodeSpan(list), items: (list.children.value ?? []).map((v) => this.value(v.children, v)) };
    const call = first(ctx.callOrName);
    if (call) return this.callOrName(call.children, call);
    return this.missing(this.nodeSpan(node));
  }

  numberOrRange(ctx: C.NumberOrRangeCstChildren, node: CstNode): A.NumberLit | A.RangeLit {
    const lo = this.signedNumber(first(ctx.lo)?.children);
    if (!ctx.DotDot) return lo;
    const hiNode = first(ctx.hi);
    return { kind: 'RangeLit', span: this.nodeSpan(node), lo, hi: hiNode ? this.signedNumber(hiNode.children) : undefined };
  }

  signedNumber(ctx: C.SignedNumberCstChildren | undefined): A.NumberLit {
    return this.numberLit(first(ctx?.NumberLiteral), ctx?.Minus !== undefined, first(ctx?.Minus));
  }

  private numberLit(token: IToken | undefined, negative: boolean, minus?: IToken): A.NumberLit {
    const digits = this.tokenSpan(token);
    const span = minus && !Number.isNaN(minus.startOffset) ? spanOf(this.fileName, minus.startOffset, digits.end) : digits;
    const image = token && !Number.isNaN(token.startOffset) ? token.image : '0';
    const text = negative ? `-${image}` : image;
    return { kind: 'NumberLit', span, value: Number(text), text };
  }

  stringValue(ctx: C.StringValueCstChildren, node: CstNode): A.StringLit | A.SliceLit {
    const token = first(ctx.StringLiteral);
    const source: A.StringLit = { kind: 'StringLit', span: this.tokenSpan(token), value: token ? unescapeString(token.image) : '' };
    const rows = first(ctx.numberOrRange);
    if (!rows) return source;
    return { kind: 'SliceLit', span: this.nodeSpan(node), source, rows: this.numberOrRange(rows.children, rows) };
  }

  listValue(): void {}

  callOrName(ctx: C.CallOrNameCstChildren, node: CstNode): A.CallExpr | A.NameRef {
    const callee = this.name(first(ctx.Identifier));
    if (!ctx.LParen) return { kind: 'NameRef', span: callee.span, name: callee };
    return { kind: 'CallExpr', span: this.nodeSpan(node), callee, options: this.optionsOf(ctx.optionList) };
  }
}
