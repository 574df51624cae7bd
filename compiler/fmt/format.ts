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
  /** Source offset just past the last thing printed, to see whether the source had a blank line after it. */
  private cursor: number | undefined;
  /** Blank lines right after `{` are dropped. */
  private atBlockStart = false;
  /** Offset of the `}` closing the block being printed: a comment after it cannot trail a statement inside. */
  private blockClose = Infinity;

  constructor(private readonly text: string, comments: readonly IToken[]) {
    this.comments = [...comments].sort((a, b) => a.startOffset - b.startOffset);
    this.lineMap = new LineMap(text);
  }

  result(): string {
    this.flushCommentsBefore(Infinity);
    return `${this.lines.join('\n')}\n`;
  }

  /** Prints one line for the source range [start, end), keeping one blank line if the source had any before it. */
  private emitAt(start: number, end: number, line: string): void {
    if (!this.atBlockStart && this.cursor !== undefined && start > this.cursor && /\n[ \t\r]*\n/.test(this.text.slice(this.cursor, start))) this.lines.push('');
    this.lines.push(`${'  '.repeat(this.indent)}${line}`);
    this.cursor = Math.max(this.cursor ?? 0, end);
    this.atBlockStart = false;
  }

  private flushCommentsBefore(offset: number): void {
    while (this.next < this.comments.length && (this.comments[this.next]?.startOffset ?? Infinity) < offset) {
      const comment = this.comments[this.next]!;
      this.emitAt(comment.startOffset, comment.startOffset + comment.image.length, comment.image.trimEnd());
      this.next++;
    }
  }

  /** A comment on the same source line as `end`, after it and before `before`, goes at the end of the last printed line. */
  private attachTrailingComment(end: number, before: number): void {
    const comment = this.comments[this.next];
    if (!comment || comment.startOffset < end || comment.startOffset >= before) return;
    if (this.lineMap.lineCol(comment.startOffset).line !== this.lineMap.lineCol(Math.max(0, end - 1)).line) return;
    this.lines[this.lines.length - 1] += ` ${comment.image.trimEnd()}`;
    this.cursor = comment.startOffset + comment.image.length;
    this.next++;
  }

  /** Prints a sequence of statements at the current indent, keeping comments and single blank lines. */
  sequence<N extends { readonly span: { start: number; end: number } }>(nodes: readonly N[], print: (node: N) => void): void {
    nodes.forEach((node, i) => {
      this.flushCommentsBefore(node.span.start);
      print(node);
      // Only a comment before the next statement can trail this one (`a 1  b 2 // c` trails b).
      this.attachTrailingComment(node.span.end, nodes[i + 1]?.span.start ?? this.blockClose);
    });
  }

  /** A one-line statement: comments inside its span move above it. */
  leaf(node: { readonly span: { start: number; end: number } }, line: string): void {
    this.flushCommentsBefore(node.span.end);
    this.emitAt(node.span.start, node.span.end, line);
  }

  block(header: string, span: { start: number; end: number }, body: () => void): void {
    const before = this.lines.length;
    this.emitAt(span.start, span.start, `${header} {`);
    this.atBlockStart = true;
    this.indent++;
    const outerClose = this.blockClose;
    this.blockClose = span.end - 1;
    body();
    this.blockClose = outerClose;
    this.atBlockStart = true;
    this.flushCommentsBefore(span.end - 1);
    this.indent--;
    if (this.lines.length === before + 1) this.lines[before] = `${this.lines[before]}}`;
    else this.lines.push(`${'  '.repeat(this.indent)}}`);
    this.cursor = span.end;
    this.atBlockStart = false;
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
        return this.block(`def ${item.name.text}`, item.span, () => this.sequence(item.body, this.layer));
      case 'FlowDecl':
        return this.block(`flow ${item.name.text}`, item.span, () => this.sequence(item.items, this.flowItem));
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
        return this.block('train', item.span, () =>
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
        return this.block(`repeat ${layer.count.text}`, layer.span, () => this.sequence(layer.body, this.layer));
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
