/**
 * Binding: builds the scopes of a file (imports, top-level `let`/`def`) and of its flow, loading
 * imported modules through the SourceHost. Reports FLOW2002/2003/2004/2018/2021/2022/2024; unused names are unused.ts (FLOW2026/2027).
 * The AST is not modified; symbols point at their defining nodes.
 */
import type * as A from '../../grammar/ast.js';
import { parseFlow } from '../../grammar/parse.js';
import { didYouMean, Messages, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/suggest.js';
import { Scope } from './scope.js';
import { MAX_NESTING } from '../../grammar/nesting.js';
import { resolveImport, stdlibModules, type SourceHost } from './modules.js';

export interface BoundFile {
  readonly file: string;
  readonly ast: A.FlowFile;
  readonly scope: Scope;
  /** The file's flow and its scope, when it has one. */
  readonly flow: { readonly decl: A.FlowDecl; readonly scope: Scope } | undefined;
}

/** Loads and binds modules once each; detects import cycles. */
export class Binder {
  private readonly modules = new Map<string, Scope | undefined>();
  private readonly loading: string[] = [];
  /** Texts of every file read, for rendering diagnostics that point into imported modules. */
  readonly sources = new Map<string, string>();

  constructor(private readonly host: SourceHost, private readonly bag: DiagnosticBag) {}

  bindFile(file: string, ast: A.FlowFile): BoundFile {
    const scope = new Scope(undefined, file);
    this.loading.push(file);
    let flow: BoundFile['flow'];
    for (const item of ast.items) {
      if (item.kind === 'ImportDecl') this.bindImport(item, file, scope);
      else if (item.kind === 'LetDecl' || item.kind === 'DefDecl') this.define(scope, item);
      else if (flow) this.bag.report(Messages.MultipleFlows, item.name.span, { name: item.name.text }, { related: [{ span: flow.decl.name.span, message: 'the first flow' }] });
      else flow = { decl: item, scope: this.flowScope(item, scope) };
    }
    this.loading.pop();
    return { file, ast, scope, flow };
  }

  private flowScope(decl: A.FlowDecl, parent: Scope): Scope {
    const scope = new Scope(parent, `flow ${decl.name.text}`);
    for (const item of decl.items) if (item.kind === 'LetDecl' || item.kind === 'DefDecl') this.define(scope, item);
    return scope;
  }

  private define(scope: Scope, node: A.LetDecl | A.DefDecl): void {
    const existing = scope.define({ kind: node.kind === 'LetDecl' ? 'let' : 'def', name: node.name.text, node, scope });
    if (existing) this.bag.report(Messages.DuplicateDefinition, node.name.span, { name: node.name.text }, { related: [{ span: existing.node.name.span, message: 'first defined here' }] });
  }

  private bindImport(decl: A.ImportDecl, file: string, scope: Scope): void {
    const module = decl.module.kind === 'Name' ? { kind: 'name' as const, name: decl.module.text } : { kind: 'path' as const, path: decl.module.value };
    const path = resolveImport(file, module);
    if (path === undefined) {
      const name = decl.module.kind === 'Name' ? decl.module.text : '';
      this.bag.report(Messages.UnknownModule, decl.module.span, { name, hint: didYouMean(closestName(name, stdlibModules.keys())) }, { suggestion: `stdlib modules: ${[...stdlibModules.keys()].join(', ')}; or import a file with from "./file.flow" import …` });
      return;
    }
    const moduleScope = this.loadModule(path, decl);
    if (!moduleScope) return;
    const moduleName = decl.module.kind === 'Name' ? decl.module.text : decl.module.value;
    for (const name of decl.names) {
      const symbol = moduleScope.entries().get(name.text);
      if (!symbol) {
        this.bag.report(Messages.UnknownImport, name.span, { module: moduleName, name: name.text, hint: didYouMean(closestName(name.text, moduleScope.entries().keys())) }, { suggestion: `'${moduleName}' defines: ${[...moduleScope.entries().keys()].join(', ')}` });
        continue;
      }
      const existing = scope.define({ ...symbol, name: name.text, importedAt: name });
      if (existing) this.bag.report(Messages.DuplicateDefinition, name.span, { name: name.text });
    }
  }

  private loadModule(path: string, decl: A.ImportDecl): Scope | undefined {
    if (this.loading.includes(path)) {
      const chain = [...this.loading.slice(this.loading.indexOf(path)), path].join(' → ');
      this.bag.report(Messages.ImportCycle, decl.module.span, { chain });
      return undefined;
    }
    if (this.modules.has(path)) return this.modules.get(path);
    if (this.loading.length > MAX_NESTING) {
      // Each import level is one level of recursion (bindFile → loadModule).
      this.bag.report(Messages.ChainTooLong, decl.module.span, { name: path, limit: MAX_NESTING, what: 'imports' });
      return undefined;
    }
    const read = this.host.readFile(path);
    if ('error' in read) {
      this.bag.report(Messages.CannotReadImport, decl.module.span, { path, reason: read.error });
      this.modules.set(path, undefined);
      return undefined;
    }
    this.sources.set(path, read.text);
    const parsed = parseFlow(read.text, path);
    this.bag.addAll(parsed.diagnostics);
    if (parsed.diagnostics.some((d) => d.severity === 'error')) {
      this.bag.report(Messages.ErrorsInImport, decl.module.span, { name: path });
      this.modules.set(path, undefined);
      return undefined;
    }
    const bound = this.bindFile(path, parsed.ast);
    this.modules.set(path, bound.scope);
    return bound.scope;
  }
}
