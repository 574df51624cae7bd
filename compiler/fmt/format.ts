/**
 * `flowc fmt`: the canonical printer. Two-space indentation, one statement per line, `x` as the product
 * sign, options as `key value, key value`, train settings one per line. It keeps every `//` comment
 * (a comment inside a one-line statement moves above it) and at most one blank line where the source
 * had one or more. Contract: parse(format(s)) has the same AST as s (spans aside), and format is idempotent.
 */
import type { IToken } from 'chevrotain';
import type * as A from '../../grammar/ast.js';
import { printOptions, printValue, quoteString } from './print-values.js';
import { assertUnreachable } from '../diagnostics/invariant.js';
import { LineMap } from '../diagnostics/span.js';

class Printer {
  private readonly lines: string[] = [];
  private readonly comments: IToken[];
  private next = 0;
  private indent = 0;
  private readonly lineMap: LineMap;

  constructor(private readonly text: string, comments: readonly IToken[]) {
    this.comments = [...comments].sort((a, b) => a.startOffset - b.startOffset);
    this.lineMap = new LineMap(text);
  }

  result(): string {
    this.flushCommentsBefore(Infinity);
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return `${this.lines.join('\n')}\n`;
  }

  private emit(line: string): void {
    this.lines.push(line === '' ? '' : `${'  '.repeat(this.indent)}${line}`);
  }

  private flushCommentsBefore(offset: number): void {
    while (this.next < this.comments.length && (this.comments[this.next]?.startOffset ?? Infinity) < offset) {
      this.emit(this.comments[this.next]?.image.trimEnd() ?? '');
      this.next++;
    }
  }

  /** A comment on the same source line as `end`, after it, goes at the end of the last printed line. */
  private attachTrailingComment(end: number): void {
    const comment = this.comments[this.next];
    if (!comment || comment.startOffset < end) return;
    if (this.lineMap.lineCol(comment.startOffset).line !== this.lineMap.lineCol(Math.max(0, end - 1)).line) return;
    this.lines[this.lines.length - 1] += ` ${comment.image.trimEnd()}`;
    this.next++;
  }

  private blankLineBetween(previousEnd: number | undefined, start: number): void {
    if (previousEnd === undefined) return;
    const gap = this.text.slice(previousEnd, start).replace(/\/\/[^\n]*/g, '');
    if (/\n[ \t\r]*\n/.test(gap)) this.emit('');
  }

  /** Prints a sequence of statements at the current indent, keeping comments and single blank lines. */
  sequence<N extends { readonly span: { start: number; end: number } }>(nodes: readonly N[], print: (node: N) => void): void {
    let previousEnd: number | undefined;
    for (const node of nodes) {
      this.blankLineBetween(previousEnd, this.firstCommentOr(node.span.start, previousEnd));
      this.flushCommentsBefore(node.span.start);
      print(node);
      this.attachTrailingComment(node.span.end);
      previousEnd = node.span.end;
    }
  }

  private firstCommentOr(start: number, after: number | undefined): number {
    const comment = this.comments[this.next];
    return comment && comment.startOffset < start && comment.startOffset >= (after ?? 0) ? comment.startOffset : start;
  }

  /** A one-line statement: comments inside its span move above it. */
  leaf(node: { readonly span: { start: number; end: number } }, line: string): void {
    this.flushCommentsBefore(node.span.end);
    this.emit(line);
  }

  block(header: string, closeOffset: number, body: () => void): void {
    const before = this.lines.length;
    this.emit(`${header} {`);
    this.indent++;
    body();
    this.flushCommentsBefore(closeOffset);
    this.indent--;
    if (this.lines.length === before + 1) this.lines[before] = `${'  '.repeat(this.indent)}${header} {}`;
    else this.emit('}');
  }

  topItem = (item: A.TopItem): void => {
    switch (item.kind) {
      case 'ImportDecl': {
        const module = item.module.kind === 'Name' ? item.module.text : quoteString(item.module.value);
        return this.leaf(item, `from ${module} import ${item.names.map((n) => n.text).join(', ')}`);
      }
      case 'LetDecl':
        return this.leaf(item, `let ${item.name.text} = ${printValue(item.value)}`);
      case 'DefDecl':
        return this.block(`def ${item.name.text}`, item.span.end - 1, () => this.sequence(item.body, this.layer));
      case 'FlowDecl':
        return this.block(`flow ${item.name.text}`, item.span.end - 1, () => this.sequence(item.items, this.flowItem));
      default:
        return assertUnreachable(item, 'top-level item');
    }
  };

  flowItem = (item: A.FlowItem): void => {
    switch (item.kind) {
      case 'SystemDecl':
        return this.leaf(item, `system ${printOptions(item.options)}`);
      case 'SymmetryDecl':
        return this.leaf(item, `symmetry ${item.factors.map(printFactor).join(' x ')}`);
      case 'AugmentDecl':
        return this.leaf(item, `augment ${printOptions(item.options)}`);
      case 'BaseDecl':
        return this.leaf(item, `base ${printValue(item.value)}`);
      case 'InitDecl':
        return this.leaf(item, `init ${printValue(item.value)}`);
      case 'TargetDecl':
        return this.leaf(item, `target ${printValue(item.value)}`);
      case 'TrainDecl':
        return this.block('train', item.span.end - 1, () =>
          this.sequence(item.options, (o) => this.leaf(o, `${o.name.text} ${printValue(o.value)}`)),
        );
      case 'LetDecl':
      case 'DefDecl':
        return this.topItem(item);
      default:
        return this.layer(item);
    }
  };

  layer = (layer: A.Layer): void => {
    switch (layer.kind) {
      case 'CoupleLayer': {
        const clauses = layer.clauses.map((c) => ` ${c.keyword} ${printValue(c.value)}`).join('');
        return this.leaf(layer, `couple ${layer.transformed} | ${layer.given}${clauses}`);
      }
      case 'ScalingLayer':
        return this.leaf(layer, layer.options.length ? `scaling ${printOptions(layer.options)}` : 'scaling');
      case 'ShiftLayer':
        return this.leaf(layer, layer.conditioner ? `shift condition ${printValue(layer.conditioner)}` : 'shift');
      case 'RepeatLayer':
        return this.block(`repeat ${layer.count.text}`, layer.span.end - 1, () => this.sequence(layer.body, this.layer));
      case 'UseLayer':
        return this.leaf(layer, `use ${layer.name.text}`);
      default:
        return assertUnreachable(layer, 'layer kind');
    }
  };
}

function printFactor(factor: A.GroupFactor): string {
  const arg = factor.arg.kind === 'NumberLit' ? factor.arg.text : factor.arg.text;
  return `${factor.group.text}(${arg})`;
}

/** The canonical text of a parsed file. The caller must only format files that parsed without errors. */
export function formatFlow(file: A.FlowFile, text: string, comments: readonly IToken[]): string {
  const printer = new Printer(text, comments);
  printer.sequence(file.items, printer.topItem);
  return printer.result();
}
