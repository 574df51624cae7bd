/** A generated compute kernel: its WGSL, its label and its storage bindings (the `dims` uniform follows them). */
import { PRELUDE } from './dense.js';
import { Code, lines, u32, wgsl } from './wgsl.js';

export interface Binding {
  readonly name: string;
  readonly access: 'read' | 'read_write';
  /** Element type: `NAME4` views buffer NAME as vec4s (kernel() adds the views a body uses). */
  readonly element?: 'f32' | 'vec4f';
  /** The buffer a vec4 view reads and writes. */
  readonly of?: string;
}

export interface KernelSource {
  readonly label: string;
  readonly code: Code;
  /** Storage buffers in binding order; the uniform `dims` (systems; the run's seed and first row for draws) follows them. */
  readonly bindings: readonly Binding[];
}

export const WORKGROUP = 64;

/** The prologue of a kernel with one thread per (system, node): t, and the system and node it is. */
export const perNode = (n: number): Code => wgsl`let t = gid.x;
if (t >= dims.systems * ${u32(n)}) { return; }
let sys = t / ${u32(n)};
let i = t - sys * ${u32(n)};`;

/**
 * Opens a loop over this node's n − 1 other nodes of the system, `other` = 0 … n − 1 skipping i, in that order
 * (the reference's order, so sums round the same). Counting k = 0 … n − 2 and shifting past i instead of
 * `continue` at j = i keeps every SIMD lane busy: on SwiftShader the lanes are the threads, and the skipped
 * iteration cost a whole pair's work (edge kernel of the bench layer: ≈ 8 % faster, same bytes).
 */
export function forOtherNodes(n: number, other: 'ii' | 'jj'): Code {
  const k = new Code(`k_${other}`);
  return wgsl`for (var ${k} = 0u; ${k} < ${u32(n - 1)}; ${k}++) {
  let ${new Code(other)} = ${k} + select(0u, 1u, ${k} >= i);`;
}

/** `functions`: helper functions the body calls (generated, e.g. one spline per configuration). */
export function kernel(label: string, bindings: readonly Binding[], body: Code, functions: Code = new Code('')): KernelSource {
  // Bind exactly what the code reads or writes ('auto' layouts drop unused bindings, and a bind group must
  // then not name them). Every buffer also has a vec4 view NAME4 (the weights' W4 for dense layers, rows of
  // a multiple of 4 floats in dense.ts Row); a kernel must not bind a buffer it writes twice (WebGPU refuses
  // a writable binding aliasing another).
  const text = functions.text + body.text;
  const uses = (name: string) => new RegExp(`\\b${name}\\[`).test(text);
  for (const b of bindings) if (b.access === 'read_write' && uses(b.name) && uses(`${b.name}4`)) throw new Error(`flowc internal error: kernel ${label} writes ${b.name} both as f32 and as vec4`);
  const views = bindings.filter((b) => !b.element).map((b): Binding => ({ name: `${b.name}4`, access: b.access, element: 'vec4f', of: b.name }));
  bindings = [...bindings, ...views].filter((b) => uses(b.name));
  for (const b of bindings) if (!/^[A-Z][A-Z0-9_]*$/.test(b.name)) throw new Error(`flowc internal error: binding name '${b.name}'`);
  const decls = bindings.map((b, i) => new Code(`@group(0) @binding(${i}) var<storage, ${b.access}> ${b.name}: array<${b.element ?? 'f32'}>;`));
  const code = wgsl`${PRELUDE}
${functions}
${lines(decls)}
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(${bindings.length}) var<uniform> dims: Dims;
@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3u) {
${body}
}
`;
  return { label, code, bindings };
}

export const read = (name: string): Binding => ({ name, access: 'read' });
export const write = (name: string): Binding => ({ name, access: 'read_write' });

