/** AST comparison helpers: spans and source spellings of numbers are layout, not structure. */
import type { FlowFile } from '../../grammar/ast.js';

export function stripLayout(ast: FlowFile): unknown {
  return JSON.parse(JSON.stringify(ast, (key, value) => (key === 'span' || key === 'transformedSpan' || key === 'givenSpan' || key === 'text' && typeof value === 'string' && /^-?\d/.test(value) ? undefined : value)));
}
