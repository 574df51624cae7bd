/**
 * parseFlow(text, file): lexing, parsing (with recovery), CST → AST, and the purely syntactic checks
 * that the grammar leaves open (coupling sides, finite numbers). Never throws on user input.
 */
import type { IRecognitionException, IToken } from 'chevrotain';
import { lex } from './lexer.js';
import { flowParser, parseCst } from './parser.js';
import { AstBuilder } from './to-ast.js';
import type { FlowFile } from './ast.js';
import type { FileCstChildren } from './cst.generated.js';
import { DiagnosticBag, Messages, type Diagnostic } from '../compiler/diagnostics/diagnostic.js';
import { spanOf } from '../compiler/diagnostics/span.js';
import { checkSyntaxDetails } from './syntax-checks.js';
import { MAX_NESTING, tooDeeplyNested } from './nesting.js';
import { keywordTypos, type KeywordTypo } from './keyword-typos.js';
import type { MessageSpec } from '../compiler/diagnostics/messages.js';

export interface ParseResult {
  readonly ast: FlowFile;
  /** `//` comments in source order, for the formatter. */
  readonly comments: readonly IToken[];
  readonly diagnostics: readonly Diagnostic[];
}

function specFor(error: IRecognitionException): MessageSpec {
  switch (error.name) {
    case 'NotAllInputParsedException':
      return Messages.UnexpectedAfterEnd;
    case 'NoViableAltException':
      return Messages.NoViableAlternative;
    case 'EarlyExitException':
      return Messages.ExpectedOneOrMore;
    default:
      // A mismatch in the top-level rule means the file rule expected the end of input.
      return error.context.ruleStack.length <= 1 ? Messages.UnexpectedAfterEnd : Messages.ExpectedToken;
  }
}

/** Where to point a parse error: the offending token, or just past the previous one at end of file. */
function errorSpan(error: IRecognitionException, file: string, text: string) {
  const token = error.token;
  if (!Number.isNaN(token.startOffset) && token.image !== '') return spanOf(file, token.startOffset, token.startOffset + token.image.length);
  const previous = (error as { previousToken?: IToken }).previousToken;
  if (previous && !Number.isNaN(previous.startOffset)) {
    const end = previous.startOffset + previous.image.length;
    return spanOf(file, end, end);
  }
  return spanOf(file, text.length, text.length);
}

export function parseFlow(text: string, file: string): ParseResult {
  const bag = new DiagnosticBag();
  const lexed = lex(text, file);
  bag.addAll(lexed.diagnostics);
  const deep = tooDeeplyNested(lexed.tokens);
  if (deep) {
    // Parsing would recurse once per level: refuse here, with an empty file, rather than overflow the stack.
    bag.report(Messages.NestedTooDeeply, spanOf(file, deep.startOffset, deep.startOffset + 1), { limit: MAX_NESTING });
    return { ast: { kind: 'FlowFile', span: spanOf(file, 0, text.length), items: [] }, comments: lexed.comments, diagnostics: bag.sorted() };
  }
  const cst = parseCst(lexed.tokens);
  const typos = flowParser.errors.length > 0 ? keywordTypos(lexed.tokens) : [];
  const reported = new Set<KeywordTypo>();
  for (const error of flowParser.errors) {
    const typo = typos.find((t) => t.token.startLine === error.token.startLine || (Number.isNaN(error.token.startOffset) && t === typos.at(-1)));
    if (typo) {
      // The parser's complaint is a consequence of the misspelt keyword: one diagnostic, at the word.
      if (!reported.has(typo)) bag.report(Messages.MisspeltKeyword, spanOf(file, typo.token.startOffset, typo.token.startOffset + typo.token.image.length), { found: typo.token.image, keyword: typo.keyword }, { suggestion: `write '${typo.keyword}'` });
      reported.add(typo);
      continue;
    }
    const spec = specFor(error);
    // The provider already produced the catalog text; keep its code and severity from the same entry.
    bag.add({ code: spec.code, severity: spec.severity, message: error.message, span: errorSpan(error, file, text), related: [] });
  }
  const ast = new AstBuilder(file).file(cst.children as FileCstChildren, cst);
  if (!bag.hasErrors()) bag.addAll(checkSyntaxDetails(ast, text));
  return { ast, comments: lexed.comments, diagnostics: bag.sorted() };
}
