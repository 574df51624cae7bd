/**
 * Syntactic rules the grammar accepts too broadly, checked on the AST right after parsing:
 * coupling sides must be `x` or `a` and differ; numbers must be finite. (FLOW12xx)
 */
import type * as A from './ast.js';
import { makeDiagnostic, Messages, type Diagnostic } from '../compiler/diagnostics/diagnostic.js';

export function checkSyntaxDetails(file: A.FlowFile, text: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  visitAll(file, (node) => {
    if (node.kind === 'CoupleLayer') checkCoupleSides(node, text, found);
    if (node.kind === 'NumberLit' && !Number.isFinite(node.value)) {
      found.push(makeDiagnostic(Messages.NumberNotFinite, node.span, { text: node.text }));
    }
  });
  return found;
}

function checkCoupleSides(layer: A.CoupleLayer, text: string, found: Diagnostic[]): void {
  const sides = [layer.transformedSpan, layer.givenSpan];
  for (const span of sides) {
    const word = text.slice(span.start, span.end);
    if (word !== 'x' && word !== 'a') found.push(makeDiagnostic(Messages.BadCouplingSide, span, { found: word }));
  }
  const [t, g] = sides.map((s) => text.slice(s.start, s.end));
  if (t === g && (t === 'x' || t === 'a') && layer.transformedSpan.start !== layer.givenSpan.start) {
    found.push(makeDiagnostic(Messages.SameCouplingSides, layer.span, { side: t ?? '' }));
  }
}

/** Calls `visit` on every node of the tree, parents before children. */
export function visitAll(node: A.AstNode, visit: (node: A.AstNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) visitAll(child, visit);
}

export function childrenOf(node: A.AstNode): readonly A.AstNode[] {
  switch (node.kind) {
    case 'FlowFile':
      return node.items;
    case 'FlowDecl':
      return [node.name, ...node.items];
    case 'DefDecl':
      return [node.name, ...node.body];
    case 'LetDecl':
      return [node.name, node.value];
    case 'ImportDecl':
      return [node.module, ...node.names];
    case 'SystemDecl':
    case 'AugmentDecl':
    case 'TrainDecl':
    case 'ScalingLayer':
      return node.options;
    case 'SymmetryDecl':
      return node.factors;
    case 'GroupFactor':
      return [node.group, node.arg];
    case 'BaseDecl':
    case 'InitDecl':
    case 'TargetDecl':
    case 'CoupleClause':
    case 'OptionEntry':
      return node.kind === 'OptionEntry' ? [node.name, node.value] : [node.value];
    case 'CoupleLayer':
      return node.clauses;
    case 'ShiftLayer':
      return node.conditioner ? [node.conditioner] : [];
    case 'RepeatLayer':
      return [node.count, ...node.body];
    case 'UseLayer':
      return [node.name];
    case 'RangeLit':
      return node.hi ? [node.lo, node.hi] : [node.lo];
    case 'SliceLit':
      return [node.source, node.rows];
    case 'ListLit':
      return node.items;
    case 'CallExpr':
      return [node.callee, ...node.options];
    case 'NameRef':
      return [node.name];
    case 'NumberLit':
    case 'StringLit':
    case 'BoolLit':
    case 'MissingValue':
    case 'Name':
      return [];
  }
}
