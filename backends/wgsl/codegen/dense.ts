/**
 * WGSL for the dense layers of method §4.2 (Linear, LayerNorm ε = 1e-5, SiLU, StableMLP) on per-thread
 * local arrays. Two variants from one generator, chosen by the ParamPack:
 *   weights in buffers: read from one storage array `W` (vec4 view `W4`) at offsets fixed when the kernel is
 *     generated; one shader serves every weight set (parity tests, changing weights); loops stay rolled.
 *   baked: the vec4 dense layers and LayerNorm gains are unrolled with the weights as vec4f literals
 *     (`flowc compile --weights`, samplers): on SwiftShader a weight load at a loop-dependent address is a
 *     gather, a literal a broadcast (environment.md: 3–20×); the price is one shader per weight set.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { Weights } from '../../init.js';
import { Code, f32, type Ident, lines, NameRegistry, u32, wgsl, type Part } from './wgsl.js';

/** The parameters under one prefix, packed into one float32 array with known offsets. */
export class ParamPack {
  private readonly offsets = new Map<string, { offset: number; shape: readonly number[] }>();
  readonly size: number;
  /** The packed weights when they are baked into the kernels as literals. */
  readonly baked: Float32Array | undefined;

  constructor(module: IRModule, prefix: string, bakedWeights?: Weights) {
    let offset = 0;
    for (const p of module.params)
      if (p.name.startsWith(`${prefix}.`)) {
        this.offsets.set(p.name, { offset, shape: p.shape });
        // Every tensor starts on a 4-float boundary, so rows of width 4k can be read as vec4s.
        offset += Math.ceil(p.shape.reduce((s, k) => s * k, 1) / 4) * 4;
      }
    this.size = offset;
    this.baked = bakedWeights && this.pack(bakedWeights);
  }

  /** The 4 weights at float offset `offset` (a multiple of 4) as a vec4: a literal when baked, else a W4 load. */
  vec4(offset: number): Code {
    if (!this.baked) return wgsl`W4[${u32(offset / 4)}]`;
    return new Code(`vec4f(${[0, 1, 2, 3].map((l) => f32(this.baked![offset + l]!).text).join(', ')})`);
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

/** Vector lane names: a lane picked by name is a register, one picked by a run-time index SwiftShader's slow path. */
export const LANES = ['x', 'y', 'z', 'w'].map((l) => new Code(l));

/**
 * Floats [row·width + offset, …) of a per-node buffer. When width and offset are multiples of 4 the buffer is
 * read and written through its vec4 view `${buffer}4` (kernel.ts binds it): one access per four floats, where
 * SwiftShader turns each scalar access at a per-thread address into a gather.
 */
export interface Row {
  readonly buffer: string;
  readonly row: Part;
  readonly width: number;
  readonly offset?: number;
}

const quadRow = (r: Row, count: number) => r.width % 4 === 0 && (r.offset ?? 0) % 4 === 0 && count % 4 === 0;

/** Element `l` of quad `q` of the row (scalar access), or the whole quad (vec4 view; width and offset multiples of 4). */
const scalarAt = (r: Row, q: Part, l: number) => wgsl`${new Code(r.buffer)}[${r.row} * ${u32(r.width)} + ${u32(r.offset ?? 0)} + ${q} * 4u + ${u32(l)}]`;
export const rowQuad = (r: Row, q: Part) => wgsl`${new Code(`${r.buffer}4`)}[${r.row} * ${u32(r.width / 4)} + ${u32((r.offset ?? 0) / 4)} + ${q}]`;

/** `count` floats of a row into a fresh local, a vec4 at a time (lanes past `count` stay 0). */
export function loadLocal(body: Body, hint: string, row: Row, count: number): Local {
  const local = body.local(hint, count);
  loadQuads(body, local, 0, row, count);
  return local;
}

/** `count` floats of a row into `local` from its vec4 `first` on (a concatenation of loads). */
export function loadQuads(body: Body, local: Local, first: number, row: Row, count: number): void {
  // The local's index: a constant when unrolled (k known), else first + the loop's q.
  const target = (q: Part, k: number | undefined) => (k !== undefined ? u32(first + k) : first === 0 ? q : wgsl`${u32(first)} + ${q}`);
  if (quadRow(row, count)) {
    body.emit(body.forQuads(count / 4, (q, k) => wgsl`${local.name}[${target(q, k)}] = ${rowQuad(row, q)};`));
    return;
  }
  const quad = (q: Part, k: number | undefined, lanes: number) =>
    wgsl`${local.name}[${target(q, k)}] = vec4f(${[0, 1, 2, 3].map((l) => [l ? wgsl`, ` : wgsl``, l < lanes ? scalarAt(row, q, l) : wgsl`0.0`])});`;
  const full = Math.floor(count / 4);
  if (full > 0) body.emit(body.forQuads(full, (q, k) => quad(q, k, 4)));
  if (count % 4 > 0) body.emit(quad(u32(full), full, count % 4));
}

/** A local's `size` floats into a row, a vec4 at a time (through the vec4 view, or lane by lane). */
export function storeLocal(body: Body, row: Row, local: Local): void {
  if (quadRow(row, local.size)) {
    body.emit(body.forQuads(local.size / 4, (q) => wgsl`${rowQuad(row, q)} = ${local.name}[${q}];`));
    return;
  }
  const lanes = (q: Part, count: number) => lines(LANES.slice(0, count).map((lane, l) => wgsl`${scalarAt(row, q, l)} = ${local.name}[${q}].${lane};`));
  const full = Math.floor(local.size / 4);
  if (full > 0) body.emit(body.forQuads(full, (q) => wgsl`{ ${lanes(q, 4)} }`));
  if (local.size % 4 > 0) body.emit(lanes(u32(full), local.size % 4));
}

/**
 * SwiftShader's JIT crashes the process on very long kernels (environment.md: ≈ 3,000 vec4 `+= x * w`
 * multiply-adds, fewer with robustness on). Written as `fma` — one instruction instead of two — and with
 * robustness off, a kernel of 8,192 compiles and one of 9,216 crashes (`npm run bench -- bake-cap`; a
 * variant with each layer behind a run-time branch crashed at the same size: it is the kernel's length).
 * Baked layers are unrolled, so a kernel bakes at most this many — six 64×64 layers, 25 % under the crash, which bakes every kernel of the LJ13 example — and
 * a layer past the cap reads its weights from the buffer in a rolled loop instead (wider MLPs, ALDP's 128).
 * test/wgsl/bake-cap.test.ts compiles such a flow in a child process.
 */
export const BAKED_FMA_CAP = 6_144;

/** Emits statements into one kernel body; every local gets a fresh name. */
export class Body {
  readonly names = new NameRegistry();
  private readonly statements: Code[] = [];

  /** vec4 multiply-adds with literal weights emitted so far (see BAKED_FMA_CAP). */
  private bakedFmas = 0;

  /** unroll: loops over a local's vec4s become straight-line code with constant indices (the baked variant). */
  constructor(readonly unroll = false) {}

  /** Whether `fmas` more baked vec4 multiply-adds fit under the cap; if so they are counted. */
  bake(fmas: number): boolean {
    if (this.bakedFmas + fmas > BAKED_FMA_CAP) return false;
    this.bakedFmas += fmas;
    return true;
  }

  /** `statement(q)` for q = 0 … count − 1: a rolled loop, or (unroll) one statement per q with a constant index. */
  forQuads(count: number, statement: (q: Code, constant: number | undefined) => Code): Code {
    if (this.unroll) return lines(Array.from({ length: count }, (_, q) => statement(u32(q), q)));
    const q = this.names.fresh('q');
    return wgsl`for (var ${q} = 0u; ${q} < ${u32(count)}; ${q}++) { ${statement(new Code(q.name), undefined)} }`;
  }

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
  if (out.size % 4 === 0 && out.size <= 128) return denseVec4(body, pack, layer, input, out, w, { ...o, baked: pack.baked !== undefined && body.bake((input.size * out.size) / 4) });
  if (pack.baked && out.size < 4 && body.bake(quads(input.size) * out.size)) return denseColumns(body, pack, layer, input, out, w, o);
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
 * lanes unrolled, weights read four at a time from the `W4` view. Multiply-adds are `fma`: SwiftShader emits
 * the CPU's fused instruction (the bench layer's edge kernel ≈ 1.27× faster than `+= x * w`), GPUs have it
 * natively, and one rounding instead of two is no less accurate. On SwiftShader, locals indexed by a loop
 * variable and scalar weight loads at computed addresses are the slow path (environment.md).
 */
function denseVec4(body: Body, pack: ParamPack, layer: string, input: Local, out: Local, w: number, o: { bias?: boolean; accumulate?: boolean; baked: boolean }): void {
  const Q = out.size / 4;
  const acc = Array.from({ length: Q }, () => body.names.fresh('acc'));
  const init = (q: number) => (o.accumulate ? wgsl`${out.name}[${u32(q)}]` : o.bias === false ? wgsl`vec4f(0.0)` : pack.vec4(pack.offset(`${layer}.b`) + 4 * q));
  body.emit(lines(acc.map((a, q) => wgsl`var ${a} = ${init(q)};`)));
  // acc += lane l of the input vec4 x4 times a weight vec4 (a literal or a W4 load).
  const fma = (a: Ident, l: number, weights: Code) => wgsl`${a} = fma(vec4f(x4.${LANES[l]!}), ${weights}, ${a});`;
  const full = Math.floor(input.size / 4);
  const tail = input.size % 4;
  if (o.baked) {
    // Unrolled: input element 4·k4 + l multiplies row (4·k4 + l) of W, a literal per 4 outputs.
    for (let k4 = 0; k4 < full + (tail > 0 ? 1 : 0); k4++) {
      const count = k4 < full ? 4 : tail;
      const fmas = Array.from({ length: count }, (_, l) => acc.map((a, q) => fma(a, l, pack.vec4(w + (4 * k4 + l) * out.size + 4 * q))));
      body.emit(wgsl`{ let x4 = ${input.name}[${u32(k4)}];
${lines(fmas.flat())}
}`);
    }
  } else {
    // Rolled, rows from W4 (also a baked pack past the cap: its bias stays a literal). Rows `row + l·Q + q` (in
    // vec4s) for input element 4·k4 + l; only lanes below input.size (rows past it do not exist).
    const step = (row: Part, count: number) =>
      lines(Array.from({ length: count }, (_, l) => lines(acc.map((a, q) => wgsl`  ${fma(a, l, wgsl`W4[${row} + ${u32(l * Q + q)}]`)}`))));
    const k4 = body.names.fresh('k4');
    if (full > 0)
      body.emit(wgsl`for (var ${k4} = 0u; ${k4} < ${u32(full)}; ${k4}++) {
  let x4 = ${input.name}[${k4}];
  let row = ${u32(w / 4)} + ${k4} * ${u32(4 * Q)};
${step(new Code('row'), 4)}
}`);
    if (tail > 0) body.emit(wgsl`{
  let x4 = ${input.name}[${u32(full)}];
${step(u32(w / 4 + full * 4 * Q), tail)}
}`);
  }
  body.emit(lines(acc.map((a, q) => wgsl`${out.name}[${u32(q)}] = ${a};`)));
}

/**
 * Baked, fewer than 4 outputs (φ_x's x_out, the gate): out[c] = b[c] + Σ_k4 dot(in[k4], column c of rows
 * 4·k4 … 4·k4 + 3) with the columns as literals (0 past the input's size, where the input lanes are 0 too).
 */
function denseColumns(body: Body, pack: ParamPack, layer: string, input: Local, out: Local, w: number, o: { bias?: boolean; accumulate?: boolean }): void {
  const baked = pack.baked!;
  const bias = pack.offset(`${layer}.b`);
  for (let c = 0; c < out.size; c++) {
    const column = Array.from({ length: quads(input.size) }, (_, k4) => {
      const lanes = [0, 1, 2, 3].map((l) => (4 * k4 + l < input.size ? f32(baked[w + (4 * k4 + l) * out.size + c]!).text : '0.0f'));
      return wgsl`dot(${input.name}[${u32(k4)}], vec4f(${new Code(lanes.join(', '))}))`;
    });
    const start = o.accumulate ? at(out, u32(c)) : o.bias === false ? wgsl`0.0` : f32(baked[bias + c]!);
    body.emit(wgsl`${at(out, u32(c))} = ${start} + ${new Code(column.map((t) => t.text).join(' + '))};`);
  }
}

export function siluInPlace(body: Body, a: Local): void {
  body.emit(body.forQuads(quads(a.size), (q) => wgsl`${a.name}[${q}] = ${a.name}[${q}] / (vec4f(1.0) + exp(-${a.name}[${q}]));`));
}

/** a ← LayerNorm(a) with the layer's scale and offset (biased variance, ε = 1e-5, as haiku). */
export function layerNormInPlace(body: Body, pack: ParamPack, layer: string, a: Local): void {
  const [mean, variance, inv] = ['mean', 'variance', 'inv'].map((h) => body.names.fresh(h)) as [Ident, Ident, Ident];
  const Q = quads(a.size);
  // Lanes past `size` are 0: they add nothing to the mean, but (0 − mean)² to the variance, so mask them.
  const mask = (q: Code) => (a.size % 4 === 0 ? wgsl`vec4f(1.0)` : wgsl`select(vec4f(1.0), vec4f(${new Code(Array.from({ length: 4 }, (_, l) => (l < a.size % 4 ? '1.0' : '0.0')).join(', '))}), ${q} == ${u32(Q - 1)})`);
  // Gains: literals when baked and unrolled (a constant index), else read from W4.
  const gain = (name: string, q: Code, k: number | undefined) => (k === undefined ? wgsl`W4[${u32(pack.offset(name) / 4)} + ${q}]` : pack.vec4(pack.offset(name) + 4 * k));
  // Sums stay sequential (lane by lane, vec4 by vec4): float32 results then match the reference's order.
  body.emit(wgsl`var ${mean} = 0.0;
${body.forQuads(Q, (q) => wgsl`{ let t = ${a.name}[${q}]; ${mean} += t.x; ${mean} += t.y; ${mean} += t.z; ${mean} += t.w; }`)}
${mean} /= ${a.size}.0;
var ${variance} = 0.0;
${body.forQuads(Q, (q) => wgsl`{ let t = (${a.name}[${q}] - vec4f(${mean})) * ${mask(q)}; let t2 = t * t; ${variance} += t2.x; ${variance} += t2.y; ${variance} += t2.z; ${variance} += t2.w; }`)}
let ${inv} = inverseSqrt(${variance} / ${a.size}.0 + 1e-5);
${body.forQuads(Q, (q, k) => wgsl`${a.name}[${q}] = (${a.name}[${q}] - vec4f(${mean})) * ${inv} * ${gain(`${layer}.scale`, q, k)} + ${gain(`${layer}.offset`, q, k)};`)}`);
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
    body.emit(body.forQuads(quads(y.size), (q) => wgsl`${normed.name}[${q}] = ${y.name}[${q}];`));
    layerNormInPlace(body, pack, `${name}.ln${k}`, normed);
    const z = body.local(`${hint}_y${k}`, hidden[k]!);
    dense(body, pack, `${name}.lin${k}`, normed, z);
    siluInPlace(body, z);
    if (hidden[k] === hidden[k - 1]) body.emit(body.forQuads(quads(z.size), (q) => wgsl`${z.name}[${q}] += ${y.name}[${q}];`));
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
