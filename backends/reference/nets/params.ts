/** Parameter tensors by name (float64, row-major), as laid out by compiler/ir/layout.ts. */
export type ParamStore = ReadonlyMap<string, Float64Array>;

export function param(store: ParamStore, name: string): Float64Array {
  const t = store.get(name);
  if (!t) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return t;
}
