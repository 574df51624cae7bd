/**
 * Deterministic WGSL text from one tagged template. A template only accepts generated fragments (`Code`),
 * names from a `NameRegistry` (`Ident`), integers and lists of those: a plain string cannot reach the
 * shader, so no user text (a flow's name, a particle type) is ever spliced unescaped. Float constants go
 * through `f32()`, which prints the exact float32 value.
 */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export class Ident {
  constructor(readonly name: string) {}
  toString(): string {
    return this.name;
  }
}

export type Part = Code | Ident | number | readonly Part[];

function render(part: Part): string {
  if (part instanceof Code) return part.text;
  if (part instanceof Ident) return part.name;
  if (typeof part === 'number') {
    if (!Number.isInteger(part)) throw new Error(`flowc internal error: non-integer ${part} spliced into WGSL; use f32()`);
    return String(part);
  }
  if (Array.isArray(part)) return part.map(render).join('');
  throw new Error(`flowc internal error: ${typeof part} spliced into WGSL`);
}

export function wgsl(strings: TemplateStringsArray, ...parts: Part[]): Code {
  return new Code(strings.reduce((text, s, i) => text + s + (i < parts.length ? render(parts[i]!) : ''), ''));
}

/** Lines joined with newlines. */
export const lines = (items: readonly Part[]): Code => new Code(items.map(render).join('\n'));

/** The float32 nearest v as a WGSL f32 literal (9 significant digits round-trip any float32). */
export function f32(v: number): Code {
  if (!Number.isFinite(v)) throw new Error(`flowc internal error: non-finite constant ${v} in WGSL`);
  const s = Math.fround(v).toPrecision(9);
  return new Code(`${/[.e]/.test(s) ? s : `${s}.0`}f`);
}

export const u32 = (v: number): Code => {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`flowc internal error: ${v} is not a u32`);
  return new Code(`${v}u`);
};

const RESERVED = new Set(['array', 'bool', 'break', 'case', 'const', 'continue', 'default', 'discard', 'else', 'enable', 'f16', 'f32', 'fn', 'for', 'i32', 'if', 'let', 'loop', 'mat2x2', 'override', 'ptr', 'return', 'sampler', 'struct', 'switch', 'true', 'false', 'u32', 'var', 'vec2', 'vec3', 'vec4', 'while', 'main', 'target', 'meta', 'module']);

/**
 * Names for one shader: any hint (an IR parameter name, a layer label) becomes a valid, unique WGSL
 * identifier — characters outside [A-Za-z0-9_] dropped, a letter prefix, no reserved word, no `__`
 * (reserved in WGSL), a numeric suffix on collision.
 */
export class NameRegistry {
  private readonly used = new Set<string>();

  fresh(hint: string): Ident {
    let base = hint.replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
    if (!/^[A-Za-z]/.test(base)) base = `v_${base}`.replace(/_$/, '');
    if (RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let k = 1; this.used.has(name); k++) name = `${base}_${k}`;
    this.used.add(name);
    return new Ident(name);
  }
}
