/**
 * Parser error texts in flowc's words ("expected '}' but found 'couple'"), built from token labels.
 * The texts themselves come from the message catalog; this only fills in the fields.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';
import { formatMessage, Messages } from '../compiler/diagnostics/messages.js';

function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  const image = token.image.length > 20 ? `${token.image.slice(0, 20)}…` : token.image;
  return `'${image}'`;
}

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

/** "a, b or c", de-duplicated, in first-seen order, at most eight shown. */
function alternatives(labels: readonly string[]): string {
  const unique = [...new Set(labels)];
  const shown = unique.slice(0, 8);
  const more = unique.length > shown.length ? ` (or ${unique.length - shown.length} more)` : '';
  if (shown.length <= 1) return `${shown[0] ?? 'something else'}${more}`;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1] ?? ''}${more}`;
}

const firstTokens = (paths: TokenType[][][]) => paths.flatMap((alt) => alt.map((path) => (path[0] ? label(path[0]) : 'end')));

export const flowErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === EOF) return formatMessage(Messages.UnexpectedAfterEnd.template, { found: describeToken(actual) });
    return formatMessage(Messages.ExpectedToken.template, { expected: label(expected), found: describeToken(actual) });
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return formatMessage(Messages.UnexpectedAfterEnd.template, { found: describeToken(firstRedundant) });
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual }) {
    const found = actual[0];
    return formatMessage(Messages.NoViableAlternative.template, {
      expected: alternatives(firstTokens(expectedPathsPerAlt)),
      found: found ? describeToken(found) : 'the end of the file',
    });
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual }) {
    const found = actual[0];
    return formatMessage(Messages.ExpectedOneOrMore.template, {
      expected: alternatives(expectedIterationPaths.map((path) => (path[0] ? label(path[0]) : 'end'))),
      found: found ? describeToken(found) : 'the end of the file',
    });
  },
};
