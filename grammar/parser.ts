/**
 * The .flow grammar as a pure chevrotain CstParser: it only recognises syntax (no embedded actions);
 * to-ast.ts turns the CST into the typed AST. Rules are class fields; there is one instance, reset by
 * assigning `input`. Error recovery is on, so one pass reports several syntax errors.
 *
 *   file        := topItem*          topItem := import | let | def | flow
 *   flow        := 'flow' NAME '{' flowItem* '}'
 *   flowItem    := system | symmetry | augment | base | init | let | def | target | train | layer
 *   layer       := couple | scaling | shift | repeat | use
 *   couple      := 'couple' side '|' side ('project' value | 'transform' value | 'condition' value | 'init' value)*
 *   value       := number | range | string slice? | true | false | list | NAME ('(' options ')')?
 *   options     := NAME value (','? NAME value)*
 */
import { CstParser, type CstNode } from 'chevrotain';
import * as T from './tokens.js';
import { flowErrorMessages } from './error-messages.js';

export class FlowParser extends CstParser {
  constructor() {
    super([...T.allTokens], { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset', errorMessageProvider: flowErrorMessages });
    this.performSelfAnalysis();
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.topItem));
  });

  public topItem = this.RULE('topItem', () => {
    this.OR([
        { ALT: () => this.SUBRULE(this.importDecl) },
        { ALT: () => this.SUBRULE(this.letDecl) },
        { ALT: () => this.SUBRULE(this.defDecl) },
        { ALT: () => this.SUBRULE(this.flowDecl) },
    ]);
  });

  public importDecl = this.RULE('importDecl', () => {
    this.CONSUME(T.From);
    this.OR([{ ALT: () => this.CONSUME(T.Identifier, { LABEL: 'moduleName' }) }, { ALT: () => this.CONSUME(T.StringLiteral, { LABEL: 'modulePath' }) }]);
    this.CONSUME(T.Import);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'names' }) });
  });

  public letDecl = this.RULE('letDecl', () => {
    this.CONSUME(T.Let);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.value);
  });

  public defDecl = this.RULE('defDecl', () => {
    this.CONSUME(T.Def);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.layerBlock);
  });

  public flowDecl = this.RULE('flowDecl', () => {
    this.CONSUME(T.Flow);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.flowItem));
    this.CONSUME(T.RCurly);
  });

  public flowItem = this.RULE('flowItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.systemDecl) },
      { ALT: () => this.SUBRULE(this.symmetryDecl) },
      { ALT: () => this.SUBRULE(this.augmentDecl) },
      { ALT: () => this.SUBRULE(this.baseDecl) },
      { ALT: () => this.SUBRULE(this.initDecl) },
      { ALT: () => this.SUBRULE(this.letDecl) },
      { ALT: () => this.SUBRULE(this.defDecl) },
      { ALT: () => this.SUBRULE(this.targetDecl) },
      { ALT: () => this.SUBRULE(this.trainDecl) },
      { ALT: () => this.SUBRULE(this.layer) },
    ]);
  });

  public systemDecl = this.RULE('systemDecl', () => {
    this.CONSUME(T.System);
    this.SUBRULE(this.optionList);
  });

  public symmetryDecl = this.RULE('symmetryDecl', () => {
    this.CONSUME(T.Symmetry);
    this.SUBRULE(this.groupFactor);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.X) }, { ALT: () => this.CONSUME(T.Times) }]);
      this.SUBRULE2(this.groupFactor);
    });
  });

  public groupFactor = this.RULE('groupFactor', () => {
    this.CONSUME(T.Identifier, { LABEL: 'group' });
    this.CONSUME(T.LParen);
    this.OR([{ ALT: () => this.CONSUME(T.NumberLiteral) }, { ALT: () => this.CONSUME2(T.Identifier, { LABEL: 'argName' }) }]);
    this.CONSUME(T.RParen);
  });

  public augmentDecl = this.RULE('augmentDecl', () => {
    this.CONSUME(T.Augment);
    this.SUBRULE(this.optionList);
  });

  public baseDecl = this.RULE('baseDecl', () => {
    this.CONSUME(T.Base);
    this.SUBRULE(this.value);
  });

  public initDecl = this.RULE('initDecl', () => {
    this.CONSUME(T.Init);
    this.SUBRULE(this.value);
  });

  public targetDecl = this.RULE('targetDecl', () => {
    this.CONSUME(T.Target);
    this.SUBRULE(this.value);
  });

  public trainDecl = this.RULE('trainDecl', () => {
    this.CONSUME(T.Train);
    this.CONSUME(T.LCurly);
    this.OPTION(() => this.SUBRULE(this.optionList));
    this.CONSUME(T.RCurly);
  });

  public layerBlock = this.RULE('layerBlock', () => {
    this.CONSUME(T.LCurly);
    this.MANY(() => this.SUBRULE(this.layer));
    this.CONSUME(T.RCurly);
  });

  public layer = this.RULE('layer', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.coupleLayer) },
      { ALT: () => this.SUBRULE(this.scalingLayer) },
      { ALT: () => this.SUBRULE(this.shiftLayer) },
      { ALT: () => this.SUBRULE(this.repeatLayer) },
      { ALT: () => this.SUBRULE(this.useLayer) },
    ]);
  });

  public coupleLayer = this.RULE('coupleLayer', () => {
    this.CONSUME(T.Couple);
    this.SUBRULE(this.side, { LABEL: 'transformed' });
    this.CONSUME(T.Pipe);
    this.SUBRULE2(this.side, { LABEL: 'given' });
    this.MANY(() => this.SUBRULE(this.coupleClause));
  });

  public side = this.RULE('side', () => {
    this.OR([{ ALT: () => this.CONSUME(T.X) }, { ALT: () => this.CONSUME(T.Identifier) }]);
  });

  public coupleClause = this.RULE('coupleClause', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Project) },
      { ALT: () => this.CONSUME(T.Transform) },
      { ALT: () => this.CONSUME(T.Condition) },
      { ALT: () => this.CONSUME(T.Init) },
    ]);
    this.SUBRULE(this.value);
  });

  public scalingLayer = this.RULE('scalingLayer', () => {
    this.CONSUME(T.Scaling);
    this.OPTION(() => this.SUBRULE(this.optionList));
  });

  public shiftLayer = this.RULE('shiftLayer', () => {
    this.CONSUME(T.Shift);
    this.OPTION(() => {
      this.CONSUME(T.Condition);
      this.SUBRULE(this.value);
    });
  });

  public repeatLayer = this.RULE('repeatLayer', () => {
    this.CONSUME(T.Repeat);
    this.CONSUME(T.NumberLiteral);
    this.SUBRULE(this.layerBlock);
  });

  public useLayer = this.RULE('useLayer', () => {
    this.CONSUME(T.Use);
    this.CONSUME(T.Identifier);
  });

  public optionList = this.RULE('optionList', () => {
    this.SUBRULE(this.optionEntry);
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(T.Comma));
      this.SUBRULE2(this.optionEntry);
    });
  });

  public optionEntry = this.RULE('optionEntry', () => {
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.value);
  });

  public value = this.RULE('value', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.numberOrRange) },
      { ALT: () => this.SUBRULE(this.stringValue) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.SUBRULE(this.listValue) },
      { ALT: () => this.SUBRULE(this.callOrName) },
    ]);
  });

  public signedNumber = this.RULE('signedNumber', () => {
    this.OPTION(() => this.CONSUME(T.Minus));
    this.CONSUME(T.NumberLiteral);
  });

  public numberOrRange = this.RULE('numberOrRange', () => {
    this.SUBRULE(this.signedNumber, { LABEL: 'lo' });
    this.OPTION(() => {
      this.CONSUME(T.DotDot);
      this.OPTION2(() => this.SUBRULE2(this.signedNumber, { LABEL: 'hi' }));
    });
  });

  public stringValue = this.RULE('stringValue', () => {
    this.CONSUME(T.StringLiteral);
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.SUBRULE(this.numberOrRange);
      this.CONSUME(T.RBracket);
    });
  });

  public listValue = this.RULE('listValue', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.value) });
    this.CONSUME(T.RBracket);
  });

  public callOrName = this.RULE('callOrName', () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => this.SUBRULE(this.optionList));
      this.CONSUME(T.RParen);
    });
  });
}

/** The single parser instance; `parseCst` resets it per call. */
export const flowParser = new FlowParser();

export function parseCst(tokens: import("chevrotain").IToken[]): CstNode {
  flowParser.input = tokens;
  return flowParser.file();
}
