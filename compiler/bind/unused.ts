/**
 * Unused names (issue 16): an imported name, `let` or `def` of the checked file that elaboration never
 * resolved is a warning at its name (FLOW2026 for imports, FLOW2027 for definitions). Warnings only: the
 * file stays valid.
 *
 * Runs after `elaborateFlow`, whose lookups mark what is used (Scope.lookup). Only a file with a flow is
 * checked: a file without one is a module (a preset), whose every name is there for importers to use.
 */
import { Messages, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { BoundFile } from './binder.js';
import type { FlowSymbol } from './scope.js';

/** Reports the checked file's unused names; call it once elaboration has run without errors. */
export function reportUnusedNames(bound: BoundFile, bag: DiagnosticBag): void {
  if (!bound.flow) return;
  for (const symbol of [...bound.scope.unused(), ...bound.flow.scope.unused()]) reportUnused(symbol, bag);
}

function reportUnused(symbol: FlowSymbol, bag: DiagnosticBag): void {
  // An imported name is reported where the import names it (its node is the definition in the other module).
  if (symbol.importedAt) bag.report(Messages.UnusedImport, symbol.importedAt.span, { name: symbol.name });
  else bag.report(Messages.UnusedDefinition, symbol.node.name.span, { keyword: symbol.kind, name: symbol.name });
}
