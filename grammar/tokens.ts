/**
 * Tokens of the .flow language. Keywords are declared with `longer_alt: Identifier` so that
 * `systems` lexes as one identifier, and they come before Identifier in `allTokens`.
 * Every token has a `label` so that parser errors read "expected '{'" rather than "LCurly".
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
/** Comments are kept in their own group so that `flowc fmt` can put them back. */
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: 'comments' });

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: 'a name' });

function keyword(word: string): TokenType {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, label: `'${word}'` });
}

export const Flow = keyword('flow');
export const From = keyword('from');
export const Import = keyword('import');
export const Let = keyword('let');
export const Def = keyword('def');
export const System = keyword('system');
export const Symmetry = keyword('symmetry');
export const Augment = keyword('augment');
export const Base = keyword('base');
export const Init = keyword('init');
export const Repeat = keyword('repeat');
export const Couple = keyword('couple');
export const Project = keyword('project');
export const Transform = keyword('transform');
export const Condition = keyword('condition');
export const Scaling = keyword('scaling');
export const Shift = keyword('shift');
export const Use = keyword('use');
export const Target = keyword('target');
export const Train = keyword('train');
export const True = keyword('true');
export const False = keyword('false');
/** `x` is both the physical half in `couple x | a` and the product sign in `SE(3) x S(13)`. */
export const X = keyword('x');

export const NumberLiteral = createToken({
  name: 'NumberLiteral',
  // No leading sign (unary minus is a token) and a dot must be followed by a digit, so `0..10` is a range.
  pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  label: 'a number',
});
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\n]|\\.)*"/, label: 'a string' });
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\\n]|\\.)*/, label: 'an unterminated string' });

export const LCurly = createToken({ name: 'LCurly', pattern: /{/, label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: /}/, label: "'}'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/, label: "']'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, label: "'|'" });
export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./, label: "'..'" });
export const Equals = createToken({ name: 'Equals', pattern: /=/, label: "'='" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, label: "'-'" });
export const Times = createToken({ name: 'Times', pattern: /×/, label: "'×'" });

export const keywordTokens: readonly TokenType[] = [
  Flow, From, Import, Let, Def, System, Symmetry, Augment, Base, Init, Repeat, Couple, Project,
  Transform, Condition, Scaling, Shift, Use, Target, Train, True, False, X,
];

/** Order matters: comments before anything else, keywords before Identifier, strings before the unterminated form. */
export const allTokens: readonly TokenType[] = [
  WhiteSpace, LineComment,
  ...keywordTokens,
  Identifier, NumberLiteral, StringLiteral, UnterminatedString,
  LCurly, RCurly, LParen, RParen, LBracket, RBracket, Comma, Pipe, DotDot, Equals, Minus, Times,
];
