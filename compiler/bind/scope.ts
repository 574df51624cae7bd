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
}

export class Scope {
  private readonly symbols = new Map<string, FlowSymbol>();

  constructor(readonly parent: Scope | undefined, readonly label: string) {}

  /** Adds a symbol; returns the existing one instead if the name is taken in this very scope. */
  define(symbol: FlowSymbol): FlowSymbol | undefined {
    const existing = this.symbols.get(symbol.name);
    if (existing) return existing;
    this.symbols.set(symbol.name, symbol);
    return undefined;
  }

  lookup(name: string): FlowSymbol | undefined {
    return this.symbols.get(name) ?? this.parent?.lookup(name);
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
