/**
 * The nesting guard: every recursive phase (the parser, the CST → AST visitor, the syntax checks, the
 * formatter) recurses once per bracket level, so a file nested deeper than `MAX_NESTING` is refused before
 * parsing, with one diagnostic at the bracket that goes too deep, instead of overflowing the stack.
 */
import type { IToken } from 'chevrotain';
import { LBracket, LCurly, LParen, RBracket, RCurly, Repeat, RParen } from './tokens.js';

/** Real specs nest 4 or 5 levels (flow { repeat { couple … mlp(widths [ … ]) } }); 64 leaves ample room. */
export const MAX_NESTING = 64;

const opening = new Set([LCurly, LParen, LBracket]);
const closing = new Set([RCurly, RParen, RBracket]);

/**
 * The first opening bracket at depth `MAX_NESTING` + 1, or undefined. Unbalanced closers never make the
 * depth negative, so `]]]] [[[[…` is judged by its openers alone.
 */
export function tooDeeplyNested(tokens: readonly IToken[], limit = MAX_NESTING): IToken | undefined {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (opening.has(token.tokenType) || isBracelessRepeat(tokens, i)) {
      depth++;
      if (depth > limit) return token;
    } else if (closing.has(token.tokenType)) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * `repeat 1 repeat 1 …` without braces: error recovery inserts the missing `{` and recurses into the
 * body, so each such `repeat` is a level that nothing closes (the file has a syntax error anyway).
 */
function isBracelessRepeat(tokens: readonly IToken[], i: number): boolean {
  return tokens[i]!.tokenType === Repeat && tokens[i + 2]?.tokenType !== LCurly;
}
