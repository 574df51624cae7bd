/**
 * Names and scopes. A file has a scope (its top-level `let`s, `def`s and imported names); a flow has a
 * child scope. Each symbol remembers the scope it was defined in, so a `def` imported from a preset
 * resolves its own names in its own module.
 */
import type * as A from '../../grammar/ast.js';

export type SymbolKind = 'let' | 'def';

export interface FlowSymbol {
  readonly kind: SymbolKind;
  readonly name: string;
  /** The defining node: a LetDecl or a DefDecl. */
  readonly node: A.LetDecl | A.DefDecl;
  /** The scope in which the definition's own names are looked up. */
  readonly scope: Scope;
  /** For a name brought in by `from M import name`: that name in the import, where an unused one is reported. */
  readonly importedAt?: A.Name;
}

export class Scope {
  private readonly symbols = new Map<string, FlowSymbol>();
  /** Symbols of this scope that a lookup has found (elaboration's uses), for the unused-name warnings. */
  private readonly used = new Set<FlowSymbol>();

  constructor(readonly parent: Scope | undefined, readonly label: string) {}

  /** Adds a symbol; returns the existing one instead if the name is taken in this very scope. */
  define(symbol: FlowSymbol): FlowSymbol | undefined {
    const existing = this.symbols.get(symbol.name);
    if (existing) return existing;
    this.symbols.set(symbol.name, symbol);
    return undefined;
  }

  /** The symbol `name` resolves to here, marked as used: only elaboration's resolutions call this. */
  lookup(name: string): FlowSymbol | undefined {
    const own = this.symbols.get(name);
    if (!own) return this.parent?.lookup(name);
    this.used.add(own);
    return own;
  }

  /** This scope's own symbols that no lookup has found, in definition order. */
  unused(): FlowSymbol[] {
    return [...this.symbols.values()].filter((s) => !this.used.has(s));
  }

  /** Every visible name, innermost first (for "did you mean"). */
  visibleNames(kind?: SymbolKind): string[] {
    const own = [...this.symbols.values()].filter((s) => kind === undefined || s.kind === kind).map((s) => s.name);
    return [...own, ...(this.parent?.visibleNames(kind) ?? [])];
  }

  /** Exported definitions of a module scope (everything at its top level). */
  entries(): ReadonlyMap<string, FlowSymbol> {
    return this.symbols;
  }
}
