import { Lexer, type IToken } from 'chevrotain';
import { allTokens, UnterminatedString } from './tokens.js';
import { Messages, makeDiagnostic, type Diagnostic } from '../compiler/diagnostics/diagnostic.js';
import { spanOf } from '../compiler/diagnostics/span.js';

/** The single lexer instance (building one validates the token set, which is slow). */
const flowLexer = new Lexer([...allTokens], { positionTracking: 'full', ensureOptimizations: true });

export interface LexResult {
  /** Tokens for the parser; unterminated strings are reported and dropped. */
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
}

/** Tokenises a file. Never throws: bad characters become FLOW1001 diagnostics and are skipped. */
export function lex(text: string, file: string): LexResult {
  const result = flowLexer.tokenize(text);
  const diagnostics: Diagnostic[] = result.errors.map((error) => {
    const char = text.slice(error.offset, error.offset + error.length);
    return makeDiagnostic(Messages.UnexpectedCharacter, spanOf(file, error.offset, error.offset + error.length), {
      char: char.length > 12 ? `${char.slice(0, 12)}…` : char,
    });
  });
  const tokens: IToken[] = [];
  for (const token of result.tokens) {
    if (token.tokenType === UnterminatedString) {
      diagnostics.push(makeDiagnostic(Messages.UnterminatedString, spanOf(file, token.startOffset, token.startOffset + token.image.length)));
    } else {
      tokens.push(token);
    }
  }
  return { tokens, comments: result.groups['comments'] ?? [], diagnostics };
}
