/** Canonical text of values and option lists (shared by the formatter and by diagnostics/explain). */
import type * as A from '../../grammar/ast.js';
import { assertUnreachable } from '../diagnostics/invariant.js';

export function quoteString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

export function printValue(value: A.Value): string {
  switch (value.kind) {
    case 'NumberLit':
      return value.text;
    case 'RangeLit':
      return `${value.lo.text}..${value.hi?.text ?? ''}`;
    case 'StringLit':
      return quoteString(value.value);
    case 'SliceLit':
      return `${quoteString(value.source.value)}[${printValue(value.rows)}]`;
    case 'BoolLit':
      return value.value ? 'true' : 'false';
    case 'ListLit':
      return `[${value.items.map(printValue).join(', ')}]`;
    case 'CallExpr':
      return `${value.callee.text}(${printOptions(value.options)})`;
    case 'NameRef':
      return value.name.text;
    case 'MissingValue':
      return '<missing>';
    default:
      return assertUnreachable(value, 'value kind');
  }
}

export function printOptions(options: readonly A.OptionEntry[]): string {
  return options.map((o) => `${o.name.text} ${printValue(o.value)}`).join(', ');
}
