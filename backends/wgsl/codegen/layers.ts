/**
 * WGSL for the IR's whole-sample ops (method §3.1, §4.2, §5.5, §7), mirroring backends/reference/ops/layers.ts:
 * centring, splitting and merging the halves, conditioner heads, the scaling block, the NICE shift, and the
 * log-det scalars. Thread per (system, node, channel) for the copies, per (system, node) for heads, per
 * system for the small whole-system layers.
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { at, Body, loadLocal, stableMlp, storeLocal, type ParamPack } from './dense.js';
import { kernel, read, write, type KernelSource } from './kernel.js';
import { Code, f32, u32, wgsl } from './wgsl.js';

export interface LayerSizes {
  readonly n: number;
  readonly C: number;
  readonly s: number;
  readonly d: number;
}

const perThread = (count: number) => wgsl`let t = gid.x;
if (t >= dims.systems * ${u32(count)}) { return; }`;

export function centerKernel(z: LayerSizes, channel: number): KernelSource {
  const { n, C, d } = z;
  return kernel(`center.${channel}`, [read('SRC'), write('DST')], wgsl`${perThread(n * C)}
let sys = t / ${u32(n * C)};
for (var k = 0u; k < ${u32(d)}; k++) {
  var mean = 0.0;
  for (var j = 0u; j < ${u32(n)}; j++) { mean += SRC[((sys * ${u32(n)} + j) * ${u32(C)} + ${u32(channel)}) * ${u32(d)} + k]; }
  DST[t * ${u32(d)} + k] = SRC[t * ${u32(d)} + k] - mean / ${f32(n)};
}`);
}

/** swap = false: cond = channels [0, s), trans = [s, C). */
export function splitKernel(z: LayerSizes, swap: boolean): KernelSource {
  const { n, C, s, d } = z;
  const [lowTo, highTo] = swap ? ['TRANS', 'COND'] : ['COND', 'TRANS'];
  return kernel(`split${swap ? '.swap' : ''}`, [read('SRC'), write('COND'), write('TRANS')], wgsl`${perThread(n * s)}
let node = t / ${u32(s)};
let ch = t - node * ${u32(s)};
for (var k = 0u; k < ${u32(d)}; k++) {
  ${new Code(lowTo)}[t * ${u32(d)} + k] = SRC[(node * ${u32(C)} + ch) * ${u32(d)} + k];
  ${new Code(highTo)}[t * ${u32(d)} + k] = SRC[(node * ${u32(C)} + ${u32(s)} + ch) * ${u32(d)} + k];
}`);
}

export function mergeKernel(z: LayerSizes, swap: boolean): KernelSource {
  const { n, C, s, d } = z;
  const [low, high] = swap ? ['TRANS', 'COND'] : ['COND', 'TRANS'];
  return kernel(`merge${swap ? '.swap' : ''}`, [read('COND'), read('TRANS'), write('DST')], wgsl`${perThread(n * s)}
let node = t / ${u32(s)};
let ch = t - node * ${u32(s)};
for (var k = 0u; k < ${u32(d)}; k++) {
  DST[(node * ${u32(C)} + ch) * ${u32(d)} + k] = ${new Code(low)}[t * ${u32(d)} + k];
  DST[(node * ${u32(C)} + ${u32(s)} + ch) * ${u32(d)} + k] = ${new Code(high)}[t * ${u32(d)} + k];
}`);
}

/** ConditionerHead = StableMLP(units…, outputs) on each node's features. */
export function headKernel(op: Extract<Op, { kind: 'head' }>, pack: ParamPack, n: number, width: number): KernelSource {
  const body = new Body(pack.baked !== undefined);
  body.emit(perThread(n));
  const x = loadLocal(body, 'x', { buffer: 'SRC', row: new Code('t'), width }, width);
  const y = stableMlp(body, pack, op.params, x, [...op.units, op.outputs], false);
  storeLocal(body, { buffer: 'DST', row: new Code('t'), width: op.outputs }, y);
  return kernel(`${op.params}.head`, [read('W'), read('SRC'), write('DST')], body.code());
}

const SOFTPLUS_OFFSET = Math.log(Math.E - 1);

/** The scaling block (IsotropicScaling + CentreOfMassFlow), one thread per system; LOGDET gets ± its log-det. */
export function scalingKernel(op: Extract<Op, { kind: 'scaling' }>, pack: ParamPack, z: LayerSizes): KernelSource {
  const { n, C, d } = z;
  const forward = op.direction === 'forward';
  const body = new Body();
  body.emit(wgsl`let sys = gid.x;
if (sys >= dims.systems) { return; }
let base = sys * ${u32(n * C * d)};
var chan_mean: array<f32, ${C * d}>;
for (var c = 0u; c < ${u32(C)}; c++) {
  for (var k = 0u; k < ${u32(d)}; k++) {
    var acc = 0.0;
    for (var i = 0u; i < ${u32(n)}; i++) { acc += SRC[base + (i * ${u32(C)} + c) * ${u32(d)} + k]; }
    chan_mean[c * ${u32(d)} + k] = acc / ${f32(n)};
  }
}
var sigma: array<f32, ${Math.max(1, C - 1)}>;
for (var c = 0u; c < ${u32(C - 1)}; c++) { let l = W[${u32(pack.offset(`${op.params}.com_logits`))} + c] + ${f32(SOFTPLUS_OFFSET)}; sigma[c] = max(l, 0.0) + log(1.0 + exp(-abs(l))); }
var before: array<f32, ${C * d}>;
for (var c = 0u; c < ${u32(C)}; c++) {
  for (var k = 0u; k < ${u32(d)}; k++) {
    let m = chan_mean[c * ${u32(d)} + k];
    ${new Code(forward ? 'before[c * ' + d + 'u + k] = m;' : `before[c * ${d}u + k] = select(chan_mean[k] + (m - chan_mean[k]) / sigma[max(c, 1u) - 1u], m, c == 0u);`)}
  }
}`);
  let logits: Code;
  if (op.conditioned) {
    const norms = body.local('norms', C - 1);
    body.emit(wgsl`for (var c = 1u; c < ${u32(C)}; c++) {
  var acc = 0.0;
  for (var k = 0u; k < ${u32(d)}; k++) { let t2 = before[c * ${u32(d)} + k] - before[k]; acc += t2 * t2; }
  ${at(norms, wgsl`c - 1u`)} = sqrt(acc);
}`);
    const out = stableMlp(body, pack, `${op.params}.scale_head`, norms, [...op.units, C], false);
    logits = wgsl`${at(out, wgsl`c`)}`;
  } else logits = wgsl`W[${u32(pack.offset(`${op.params}.scale_logits`))} + c]`;
  body.emit(wgsl`var total = 0.0;
for (var c = 0u; c < ${u32(C)}; c++) {
  let l = ${logits} + ${f32(SOFTPLUS_OFFSET)};
  let lambda = max(l, 0.0) + log(1.0 + exp(-abs(l)));
  total += ${f32((n - 1) * d)} * log(lambda);
  if (c > 0u) { total += ${f32(d)} * log(sigma[c - 1u]); }
  let factor = ${new Code(forward ? 'lambda' : '1.0 / lambda')};
  for (var k = 0u; k < ${u32(d)}; k++) {
    let src_mean = chan_mean[c * ${u32(d)} + k];
    ${new Code(forward ? `let dst_mean = select(chan_mean[k] + sigma[max(c, 1u) - 1u] * (src_mean - chan_mean[k]), src_mean, c == 0u);` : `let dst_mean = before[c * ${d}u + k];`)}
    for (var i = 0u; i < ${u32(n)}; i++) {
      let at = base + (i * ${u32(C)} + c) * ${u32(d)} + k;
      DST[at] = dst_mean + factor * (SRC[at] - src_mean);
    }
  }
}
LOGDET[sys] = ${new Code(forward ? 'total' : '-total')};`);
  return kernel(`${op.params}.scaling.${op.direction}`, [read('W'), read('SRC'), write('DST'), write('LOGDET')], body.code());
}

/** t ± w·(v_ch − mean_i v_ch) for each channel of the transformed half. */
export function shiftKernel(op: Extract<Op, { kind: 'shift' }>, pack: ParamPack, z: LayerSizes, M: number): KernelSource {
  const { n, s, d } = z;
  const sign = op.direction === 'forward' ? '' : '-';
  return kernel(`${op.params}.shift.${op.direction}`, [read('W'), read('TRANS'), read('VEC'), write('DST')], wgsl`let sys = gid.x;
if (sys >= dims.systems) { return; }
let w = ${new Code(sign)}W[${u32(pack.offset(`${op.params}.shift_w`))}];
for (var ch = 0u; ch < ${u32(s)}; ch++) {
  let src = min(ch, ${u32(M - 1)});
  for (var k = 0u; k < ${u32(d)}; k++) {
    var mean = 0.0;
    for (var i = 0u; i < ${u32(n)}; i++) { mean += VEC[((sys * ${u32(n)} + i) * ${u32(M)} + src) * ${u32(d)} + k]; }
    mean /= ${f32(n)};
    for (var i = 0u; i < ${u32(n)}; i++) {
      let at = ((sys * ${u32(n)} + i) * ${u32(s)} + ch) * ${u32(d)} + k;
      DST[at] = TRANS[at] + w * (VEC[((sys * ${u32(n)} + i) * ${u32(M)} + src) * ${u32(d)} + k] - mean);
    }
  }
}`);
}

export const zeroKernel = (): KernelSource => kernel('zero', [write('DST')], wgsl`${perThread(1)}
DST[t] = 0.0;`);

export const addKernel = (): KernelSource => kernel('add', [read('A'), read('B'), write('DST')], wgsl`${perThread(1)}
DST[t] = A[t] + B[t];`);

