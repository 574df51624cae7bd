export { parseFlow, type ParseResult } from './parse.js';
export type * from './ast.js';
export { visitAll, childrenOf } from './syntax-checks.js';
