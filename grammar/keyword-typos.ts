/**
 * "Did you mean 'symmetry'?" for a misspelt statement keyword. The lexer reads `symetry` as a name, and the
 * parser then fails somewhere later on that line in its own terms ("expected ')' but found '3'"). When a
 * parse error falls on a line whose first token is a name close to a statement keyword, the error is about
 * the keyword: say so at the name, once, in place of the parser's errors on that line.
 */
import type { IToken } from 'chevrotain';
import * as T from './tokens.js';
import { closestName } from '../compiler/diagnostics/suggest.js';

/** Words that start a statement (in a file or a flow or layer block). */
export const STATEMENT_KEYWORDS = ['flow', 'from', 'import', 'let', 'def', 'system', 'symmetry', 'augment', 'base', 'init', 'repeat', 'couple', 'scaling', 'shift', 'use', 'target', 'train'] as const;

export interface KeywordTypo {
  readonly token: IToken;
  readonly keyword: string;
}

/** Names that stand first on their line (or right after a brace) and are one typo away from a statement keyword. */
export function keywordTypos(tokens: readonly IToken[]): KeywordTypo[] {
  const typos: KeywordTypo[] = [];
  tokens.forEach((token, i) => {
    if (token.tokenType !== T.Identifier) return;
    const previous = tokens[i - 1];
    const startsStatement = !previous || previous.endLine !== token.startLine || previous.tokenType === T.LCurly || previous.tokenType === T.RCurly;
    if (!startsStatement) return;
    const keyword = closestName(token.image, STATEMENT_KEYWORDS);
    // Only names reach here (a keyword lexes as its own token); a short name (≤ 3) suggests too much.
    if (keyword && token.image.length > 3) typos.push({ token, keyword });
  });
  return typos;
}
