/**
 * Guards for compiler bugs only. A user mistake is never reported through these: it becomes a
 * Diagnostic from the catalog (messages.ts).
 */
export class InternalCompilerError extends Error {
  override readonly name = 'InternalCompilerError';
}

export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InternalCompilerError(`flowc internal error: ${message}`);
}

export function assertUnreachable(value: never, what = 'value'): never {
  throw new InternalCompilerError(`flowc internal error: unexpected ${what} ${JSON.stringify(value)}`);
}
