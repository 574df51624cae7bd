/**
 * WGSL for the dense layers of method §4.2 (Linear, LayerNorm ε = 1e-5, SiLU, StableMLP) on per-thread
 * local arrays, reading weights from one storage array `W` at offsets fixed when the kernel is generated.
 * This is the weights-in-buffers variant: one shader serves every weight set (parity tests, changing
 * weights); loops stay rolled, so kernels stay small for SwiftShader's JIT.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { Weights } from '../../init.js';
import { Code, type Ident, lines, NameRegistry, u32, wgsl, type Part } from './wgsl.js';

/** The parameters under one prefix, packed into one float32 array with known offsets. */
export class ParamPack {
  private readonly offsets = new Map<string, { offset: number; shape: readonly number[] }>();
  readonly size: number;

  constructor(module: IRModule, prefix: string) {
    let offset = 0;
    for (const p of module.params)
      if (p.name.startsWith(`${prefix}.`)) {
        this.offsets.set(p.name, { offset, shape: p.shape });
        // Every tensor starts on a 4-float boundary, so rows of width 4k can be read as vec4s.
        offset += Math.ceil(p.shape.reduce((s, k) => s * k, 1) / 4) * 4;
      }
    this.size = offset;
  }

  offset(name: string): number {
    const entry = this.offsets.get(name);
    if (!entry) throw new Error(`flowc internal error: parameter '${name}' is not in this pack`);
    return entry.offset;
  }

  shape(name: string): readonly number[] {
    return this.offsets.get(name)?.shape ?? [];
  }

  pack(weights: Weights): Float32Array<ArrayBuffer> {
    const data = new Float32Array(Math.max(1, this.size));
    for (const [name, { offset }] of this.offsets) data.set(weights.get(name)!, offset);
    return data;
  }
}

/**
 * A local vector of `size` floats in a kernel, held as ⌈size/4⌉ vec4s (lanes past `size` stay 0): SwiftShader
 * runs one thread per SIMD lane, and loops over vec4s make 4× fewer dynamically indexed local accesses.
 */
export interface Local {
  readonly name: Ident;
  readonly size: number;
}

const quads = (size: number) => Math.ceil(size / 4);

/** Element `index` (a u32 expression) of a local. */
export const at = (local: Local, index: Part): Code => wgsl`${local.name}[(${index}) / 4u][(${index}) % 4u]`;

/** Emits statements into one kernel body; every local gets a fresh name. */
export class Body {
  readonly names = new NameRegistry();
  private readonly statements: Code[] = [];

  emit(code: Code): void {
    this.statements.push(code);
  }

  /** A zero-initialised local (WGSL zero-fills `var`s). */
  local(hint: string, size: number): Local {
    const name = this.names.fresh(hint);
    this.emit(wgsl`var ${name}: array<vec4f, ${quads(size)}>;`);
    return { name, size };
  }

  code(): Code {
    return lines(this.statements);
  }
}

/**
 * out (+)= Σ_k in[k] · W[rows + k, :] (+ b). `rowOffset` selects a block of rows of a larger matrix (the
 * factored first message layer uses the sender, receiver and distance rows separately).
 */
export function dense(body: Body, pack: ParamPack, layer: string, input: Local, out: Local, o: { rowOffset?: number; bias?: boolean; accumulate?: boolean } = {}): void {
  const w = pack.offset(`${layer}.w`) + (o.rowOffset ?? 0) * out.size;
  if (out.size % 4 === 0 && out.size <= 128) return denseVec4(body, pack, layer, input, out, w, o);
  const k = body.names.fresh('k');
  const c = body.names.fresh('c');
  if (!o.accumulate) {
    const init = o.bias === false ? wgsl`0.0` : wgsl`W[${u32(pack.offset(`${layer}.b`))} + ${c}]`;
    body.emit(wgsl`for (var ${c} = 0u; ${c} < ${u32(out.size)}; ${c}++) { ${at(out, c)} = ${init}; }`);
  }
  body.emit(wgsl`for (var ${k} = 0u; ${k} < ${u32(input.size)}; ${k}++) {
  let x = ${at(input, k)};
  let row = ${u32(w)} + ${k} * ${u32(out.size)};
  for (var ${c} = 0u; ${c} < ${u32(out.size)}; ${c}++) { ${at(out, c)} += x * W[row + ${c}]; }
}`);
}

/**
 * Outputs in vec4 registers (one accumulator per 4 outputs), inputs read a vec4 at a time with the four
 * lanes unrolled, weights read four at a time from the `WV` view. On SwiftShader, locals indexed by a loop
 * variable and scalar weight loads at computed addresses are the slow path (environment.md).
 */
function denseVec4(body: Body, pack: ParamPack, layer: string, input: Local, out: Local, w: number, o: { bias?: boolean; accumulate?: boolean }): void {
  const Q = out.size / 4;
  const acc = Array.from({ length: Q }, () => body.names.fresh('acc'));
  const init = (q: number) => (o.accumulate ? wgsl`${out.name}[${u32(q)}]` : o.bias === false ? wgsl`vec4f(0.0)` : wgsl`WV[${u32(pack.offset(`${layer}.b`) / 4 + q)}]`);
  body.emit(lines(acc.map((a, q) => wgsl`var ${a} = ${init(q)};`)));
  const lane = ['x', 'y', 'z', 'w'];
  // Rows `row + l·Q + q` for input element 4·k4 + l; only lanes below input.size (rows past it do not exist).
  const step = (x4: Part, row: Part, count: number) =>
    lines(Array.from({ length: count }, (_, l) => lines(acc.map((a, q) => wgsl`  ${a} += ${x4}.${new Code(lane[l]!)} * WV[${row} + ${u32(l * Q + q)}];`))));
  const full = Math.floor(input.size / 4);
  const k4 = body.names.fresh('k4');
  if (full > 0)
    body.emit(wgsl`for (var ${k4} = 0u; ${k4} < ${u32(full)}; ${k4}++) {
  let x4 = ${input.name}[${k4}];
  let row = ${u32(w / 4)} + ${k4} * ${u32(4 * Q)};
${step(new Code('x4'), new Code('row'), 4)}
}`);
  const tail = input.size % 4;
  if (tail > 0) body.emit(wgsl`{
  let x4 = ${input.name}[${u32(full)}];
${step(new Code('x4'), u32(w / 4 + full * 4 * Q), tail)}
}`);
  body.emit(lines(acc.map((a, q) => wgsl`${out.name}[${u32(q)}] = ${a};`)));
}

export function siluInPlace(body: Body, a: Local): void {
  const q = body.names.fresh('q');
  body.emit(wgsl`for (var ${q} = 0u; ${q} < ${u32(quads(a.size))}; ${q}++) { ${a.name}[${q}] = ${a.name}[${q}] / (vec4f(1.0) + exp(-${a.name}[${q}])); }`);
}

/** a ← LayerNorm(a) with the layer's scale and offset (biased variance, ε = 1e-5, as haiku). */
export function layerNormInPlace(body: Body, pack: ParamPack, layer: string, a: Local): void {
  const [mean, variance, inv, q] = ['mean', 'variance', 'inv', 'q'].map((h) => body.names.fresh(h)) as [Ident, Ident, Ident, Ident];
  const Q = quads(a.size);
  // Lanes past `size` are 0: they add nothing to the mean, but (0 − mean)² to the variance, so mask them.
  const mask = a.size % 4 === 0 ? wgsl`vec4f(1.0)` : wgsl`select(vec4f(1.0), vec4f(${new Code(Array.from({ length: 4 }, (_, l) => (l < a.size % 4 ? '1.0' : '0.0')).join(', '))}), ${q} == ${u32(Q - 1)})`;
  const scale = u32(pack.offset(`${layer}.scale`) / 4);
  const offset = u32(pack.offset(`${layer}.offset`) / 4);
  body.emit(wgsl`var ${mean} = 0.0;
for (var ${q} = 0u; ${q} < ${u32(Q)}; ${q}++) { let t = ${a.name}[${q}]; ${mean} += t.x; ${mean} += t.y; ${mean} += t.z; ${mean} += t.w; }
${mean} /= ${a.size}.0;
var ${variance} = 0.0;
for (var ${q} = 0u; ${q} < ${u32(Q)}; ${q}++) { let t = (${a.name}[${q}] - vec4f(${mean})) * ${mask}; let t2 = t * t; ${variance} += t2.x; ${variance} += t2.y; ${variance} += t2.z; ${variance} += t2.w; }
let ${inv} = inverseSqrt(${variance} / ${a.size}.0 + 1e-5);
for (var ${q} = 0u; ${q} < ${u32(Q)}; ${q}++) { ${a.name}[${q}] = (${a.name}[${q}] - vec4f(${mean})) * ${inv} * WV[${scale} + ${q}] + WV[${offset} + ${q}]; }`);
}

/**
 * StableMLP (method §4.2): y = silu(lin0(x)), then y = y + silu(lin_k(LN_k(y))) (no residual when the width
 * changes); activateFinal = false ends with a plain `out` Linear. `first` is lin0's output when the caller
 * computed it (the factored message layer).
 */
export function stableMlp(body: Body, pack: ParamPack, name: string, input: Local | undefined, units: readonly number[], activateFinal: boolean, first?: Local): Local {
  const hidden = activateFinal ? units : units.slice(0, -1);
  // Local names from the layer's last name part only: equal layers then generate equal text, and the
  // pipeline cache compiles them once (a 24-layer flow has a handful of distinct kernels).
  const hint = name.slice(name.lastIndexOf('.') + 1);
  let y = first ?? body.local(`${hint}_y0`, hidden[0]!);
  if (!first) dense(body, pack, `${name}.lin0`, input!, y);
  siluInPlace(body, y);
  for (let k = 1; k < hidden.length; k++) {
    const normed = body.local(`${hint}_n${k}`, y.size);
    const q = body.names.fresh('q');
    body.emit(wgsl`for (var ${q} = 0u; ${q} < ${u32(quads(y.size))}; ${q}++) { ${normed.name}[${q}] = ${y.name}[${q}]; }`);
    layerNormInPlace(body, pack, `${name}.ln${k}`, normed);
    const z = body.local(`${hint}_y${k}`, hidden[k]!);
    dense(body, pack, `${name}.lin${k}`, normed, z);
    siluInPlace(body, z);
    if (hidden[k] === hidden[k - 1]) body.emit(wgsl`for (var ${q} = 0u; ${q} < ${u32(quads(z.size))}; ${q}++) { ${z.name}[${q}] += ${y.name}[${q}]; }`);
    y = z;
  }
  if (activateFinal) return y;
  const out = body.local(`${hint}_out`, units[units.length - 1]!);
  dense(body, pack, `${name}.out`, y, out);
  return out;
}

export const PRELUDE = new Code(`fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }`);
