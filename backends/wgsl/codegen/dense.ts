/**
 * WGSL for the dense layers of method §4.2 (Linear, LayerNorm ε = 1e-5, SiLU, StableMLP) on per-thread
 * local arrays, reading weights from one storage array `W` at offsets fixed when the kernel is generated.
 * This is the weights-in-buffers variant: one shader serves every weight set (parity tests, changing
 * weights); loops stay rolled, so kernels stay small for SwiftShader's JIT.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { Weights } from '../../init.js';
import { Code, type Ident, lines, NameRegistry, u32, wgsl } from './wgsl.js';

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

/** A local array in a kernel: its name and length. */
export interface Local {
  readonly name: Ident;
  readonly size: number;
}

/** Emits statements into one kernel body; every local gets a fresh name. */
export class Body {
  readonly names = new NameRegistry();
  private readonly statements: Code[] = [];

  emit(code: Code): void {
    this.statements.push(code);
  }

  local(hint: string, size: number): Local {
    const name = this.names.fresh(hint);
    this.emit(wgsl`var ${name}: array<f32, ${size}>;`);
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
    body.emit(wgsl`for (var ${c} = 0u; ${c} < ${u32(out.size)}; ${c}++) { ${out.name}[${c}] = ${init}; }`);
  }
  body.emit(wgsl`for (var ${k} = 0u; ${k} < ${u32(input.size)}; ${k}++) {
  let x = ${input.name}[${k}];
  let row = ${u32(w)} + ${k} * ${u32(out.size)};
  for (var ${c} = 0u; ${c} < ${u32(out.size)}; ${c}++) { ${out.name}[${c}] += x * W[row + ${c}]; }
}`);
}

/**
 * Outputs in vec4 registers: one accumulator per 4 outputs, written out unrolled (≤ 32 statements), the
 * input loop rolled, weights read four at a time from the `WV` view. On SwiftShader, local arrays indexed
 * by a loop variable and scalar weight loads at computed addresses are the slow path (environment.md).
 */
function denseVec4(body: Body, pack: ParamPack, layer: string, input: Local, out: Local, w: number, o: { bias?: boolean; accumulate?: boolean }): void {
  const Q = out.size / 4;
  const acc = Array.from({ length: Q }, () => body.names.fresh('acc'));
  const k = body.names.fresh('k');
  const lanes = (q: number) => [0, 1, 2, 3].map((l) => wgsl`${out.name}[${u32(4 * q + l)}]`);
  const init = (q: number) => (o.accumulate ? wgsl`vec4f(${lanes(q).map((x, i) => (i ? [wgsl`, `, x] : [x])).flat()})` : o.bias === false ? wgsl`vec4f(0.0)` : wgsl`WV[${u32(pack.offset(`${layer}.b`) / 4 + q)}]`);
  body.emit(lines(acc.map((a, q) => wgsl`var ${a} = ${init(q)};`)));
  body.emit(wgsl`for (var ${k} = 0u; ${k} < ${u32(input.size)}; ${k}++) {
  let x = ${input.name}[${k}];
  let row = ${u32(w / 4)} + ${k} * ${u32(Q)};
${lines(acc.map((a, q) => wgsl`  ${a} += x * WV[row + ${u32(q)}];`))}
}`);
  body.emit(lines(acc.map((a, q) => wgsl`${out.name}[${u32(4 * q)}] = ${a}.x; ${out.name}[${u32(4 * q + 1)}] = ${a}.y; ${out.name}[${u32(4 * q + 2)}] = ${a}.z; ${out.name}[${u32(4 * q + 3)}] = ${a}.w;`)));
}

export function siluInPlace(body: Body, a: Local): void {
  const c = body.names.fresh('c');
  body.emit(wgsl`for (var ${c} = 0u; ${c} < ${u32(a.size)}; ${c}++) { ${a.name}[${c}] = silu(${a.name}[${c}]); }`);
}

/** a ← LayerNorm(a) with the layer's scale and offset (biased variance, ε = 1e-5, as haiku). */
export function layerNormInPlace(body: Body, pack: ParamPack, layer: string, a: Local): void {
  const [mean, variance, inv, c] = ['mean', 'variance', 'inv', 'c'].map((h) => body.names.fresh(h)) as [Ident, Ident, Ident, Ident];
  const scale = u32(pack.offset(`${layer}.scale`));
  const offset = u32(pack.offset(`${layer}.offset`));
  body.emit(wgsl`var ${mean} = 0.0;
for (var ${c} = 0u; ${c} < ${u32(a.size)}; ${c}++) { ${mean} += ${a.name}[${c}]; }
${mean} /= ${a.size}.0;
var ${variance} = 0.0;
for (var ${c} = 0u; ${c} < ${u32(a.size)}; ${c}++) { let t = ${a.name}[${c}] - ${mean}; ${variance} += t * t; }
let ${inv} = inverseSqrt(${variance} / ${a.size}.0 + 1e-5);
for (var ${c} = 0u; ${c} < ${u32(a.size)}; ${c}++) { ${a.name}[${c}] = (${a.name}[${c}] - ${mean}) * ${inv} * W[${scale} + ${c}] + W[${offset} + ${c}]; }`);
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
    const c = body.names.fresh('c');
    body.emit(wgsl`for (var ${c} = 0u; ${c} < ${u32(y.size)}; ${c}++) { ${normed.name}[${c}] = ${y.name}[${c}]; }`);
    layerNormInPlace(body, pack, `${name}.ln${k}`, normed);
    const z = body.local(`${hint}_y${k}`, hidden[k]!);
    dense(body, pack, `${name}.lin${k}`, normed, z);
    siluInPlace(body, z);
    if (hidden[k] === hidden[k - 1]) body.emit(wgsl`for (var ${c} = 0u; ${c} < ${u32(z.size)}; ${c}++) { ${z.name}[${c}] += ${y.name}[${c}]; }`);
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
