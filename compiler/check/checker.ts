/**
 * The front end's driver: parse → bind → elaborate → shapes → symmetry. Each phase adds diagnostics
 * to one bag; the driver stops after a phase that reported errors, so later phases may assume the
 * earlier ones' guarantees (a well-formed AST, resolved names, valid options).
 */
import { parseFlow } from '../../grammar/parse.js';
import type { IToken } from 'chevrotain';
import type * as A from '../../grammar/ast.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Binder } from '../bind/binder.js';
import { nodeHost, type SourceHost } from '../bind/modules.js';
import { elaborateFlow } from '../bind/elaborate.js';
import { reportUnusedNames } from '../bind/unused.js';
import type { FlowModel } from '../bind/model.js';
import { checkShapes } from './shapes.js';
import { buildCertificate, checkClaim, type Certificate } from './symmetry/certificate.js';

export interface CheckResult {
  readonly file: string;
  readonly ast: A.FlowFile | undefined;
  readonly comments: readonly IToken[];
  readonly model: FlowModel | undefined;
  readonly certificate: Certificate | undefined;
  /** Sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Texts of every file involved (the checked file and its imports), for rendering excerpts. */
  readonly sources: ReadonlyMap<string, string>;
  readonly ok: boolean;
}

export function checkSource(text: string, file: string, host: SourceHost = nodeHost): CheckResult {
  const bag = new DiagnosticBag();
  const sources = new Map([[file, text]]);
  const parsed = parseFlow(text, file);
  bag.addAll(parsed.diagnostics);
  const done = (model?: FlowModel, certificate?: Certificate): CheckResult => ({
    file,
    ast: parsed.ast,
    comments: parsed.comments,
    model,
    certificate,
    diagnostics: bag.sorted(),
    sources,
    ok: !bag.hasErrors(),
  });
  if (bag.hasErrors()) return done();

  const binder = new Binder(host, bag);
  const bound = binder.bindFile(file, parsed.ast);
  for (const [path, source] of binder.sources) sources.set(path, source);
  if (bag.hasErrors() || !bound.flow) return done();

  const model = elaborateFlow(bound.flow.decl, bound.flow.scope, file, bag);
  // Elaboration's lookups are the uses; an elaboration with errors may have stopped before some of them.
  if (!bag.hasErrors()) reportUnusedNames(bound, bag);
  if (bag.hasErrors()) return done(model);
  checkShapes(model, bag);
  if (bag.hasErrors()) return done(model);
  const certificate = buildCertificate(model);
  return done(model, certificate && checkClaim(model, certificate, bag));
}
