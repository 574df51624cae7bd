/**
 * The IR's `egnn` op (method §4.3) as WGSL kernels, one thread per (system, node), weights in buffers:
 *   init     h⁰ = h0(embedding), V⁰ = centred channels (repeated to M vectors)
 *   per block l:
 *     node     per node: the factored first message layer, receiver and sender parts (and κ, §4.3)
 *     edge     per receiver i, over senders j ≠ i: message MLP, φ_x, gate → Σ_j displacement, Σ_j gated message
 *     sender   (cross multiplicity only) per sender j, over receivers: Σ_i message_ij (stored by edge)
 *     cross    (cross multiplicity only) per node: the cross-channel shift, added to the edge kernel's Σ_j
 *     update   per node: φ_h; h += …, V += …
 *   out      after the last block: h_out = Linear(softmax(h)), v = V − V⁰
 * The edge kernel recomputes nothing per node: the pair work is three small MLPs per ordered pair.
 */
import type { EgnnConfig, IRModule } from '../../../compiler/ir/ir.js';
import { at, Body, dense, LANES, loadLocal, loadQuads, rowQuad, stableMlp, storeLocal, type Local, type ParamPack } from './dense.js';
import { forOtherNodes, kernel, perNode, read, write, type KernelSource } from './kernel.js';
import { Code, f32, type Ident, lines, u32, wgsl } from './wgsl.js';

export { WORKGROUP, type KernelSource } from './kernel.js';

interface Sizes {
  readonly n: number;
  readonly m: number;
  readonly d: number;
  readonly c: EgnnConfig;
  readonly U: number;
  readonly last: number;
  readonly pairs: number;
  readonly cross: boolean;
}

function initKernel(s: Sizes, pack: ParamPack, name: string, typeIds: readonly number[] | undefined): KernelSource {
  const { n, m, d, c } = s;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  const width = c.numTypes > 1 ? c.embedding : 1;
  const e = body.local('embedded', width);
  const k = body.names.fresh('k');
  if (c.numTypes > 1) {
    const types = new Code(`array<u32, ${n}>(${Array.from({ length: n }, (_, j) => `${typeIds?.[j] ?? 0}u`).join(', ')})`);
    body.emit(wgsl`let types = ${types};
for (var ${k} = 0u; ${k} < ${u32(width)}; ${k}++) { ${at(e, wgsl`${k}`)} = W[${u32(pack.offset(`${name}.embed`))} + types[i] * ${u32(width)} + ${k}]; }`);
  } else body.emit(wgsl`${at(e, wgsl`0`)} = W[${u32(pack.offset(`${name}.embed`))}];`);
  const h = body.local('h', c.features);
  dense(body, pack, `${name}.h0`, e, h);
  storeLocal(body, { buffer: 'H', row: new Code('t'), width: c.features }, h);
  const repeat = c.vectors / m;
  body.emit(wgsl`for (var ch = 0u; ch < ${u32(m)}; ch++) {
  for (var k = 0u; k < ${u32(d)}; k++) {
    var mean = 0.0;
    for (var j = 0u; j < ${u32(n)}; j++) { mean += P[((sys * ${u32(n)} + j) * ${u32(m)} + ch) * ${u32(d)} + k]; }
    let v = P[(t * ${u32(m)} + ch) * ${u32(d)} + k] - mean / ${f32(n)};
    for (var r = 0u; r < ${u32(repeat)}; r++) {
      let at = (t * ${u32(c.vectors)} + ch * ${u32(repeat)} + r) * ${u32(d)} + k;
      V[at] = v;
      V0[at] = v;
    }
  }
}`);
  return kernel(`${name}.init`, [read('W'), read('P'), write('H'), write('V'), write('V0')], body.code());
}

/** κ_i per ordered channel pair (c, (c + 1 + j) mod M), as the reference orders them. */
function kappa(body: Body, s: Sizes, node: Code): Local {
  const { M, d } = { M: s.c.vectors, d: s.d };
  const out = body.local('kappa', s.pairs);
  body.emit(wgsl`for (var ch = 0u; ch < ${u32(M)}; ch++) {
  for (var j = 0u; j < ${u32(M - 1)}; j++) {
    let c2 = (ch + 1u + j) % ${u32(M)};
    var acc = 0.0;
    for (var k = 0u; k < ${u32(d)}; k++) { let t2 = V[(${node} * ${u32(M)} + ch) * ${u32(d)} + k] - V[(${node} * ${u32(M)} + c2) * ${u32(d)} + k]; acc += t2 * t2; }
    ${at(out, wgsl`ch * ${u32(M - 1)} + j`)} = safe_sq(acc);
  }
}`);
  return out;
}

function nodeKernel(s: Sizes, pack: ParamPack, b: string): KernelSource {
  const { c, U } = s;
  const F = c.features;
  const M = c.vectors;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  const h = loadLocal(body, 'h', { buffer: 'H', row: new Code('t'), width: F }, F);
  const receiver = body.local('receiver', U);
  const sender = body.local('sender', U);
  const layer = `${b}.phi_e.lin0`;
  dense(body, pack, layer, h, sender, { rowOffset: 0, bias: false });
  dense(body, pack, layer, h, receiver, { rowOffset: F });
  if (s.cross) {
    const k = kappa(body, s, new Code('t'));
    dense(body, pack, layer, k, sender, { rowOffset: 2 * F + M, accumulate: true });
    dense(body, pack, layer, k, receiver, { rowOffset: 2 * F + M + s.pairs, accumulate: true });
  }
  storeLocal(body, { buffer: 'PQ', row: new Code('t'), width: 2 * U }, receiver);
  storeLocal(body, { buffer: 'PQ', row: new Code('t'), width: 2 * U, offset: U }, sender);
  return kernel(`${b}.node`, [read('W'), read('H'), read('V'), write('PQ')], body.code());
}

/**
 * The message m_ij (method §4.3) for receiver `ri` and sender `sj` (global node indices); also the pair's δ and
 * ‖δ‖². `receiver`: the receiver's half of the factored layer, loaded once before the pair loop (U a multiple
 * of 4); without it both halves are read from PQ per pair.
 */
function message(body: Body, s: Sizes, pack: ParamPack, b: string, ri: Ident | Code, sj: Ident | Code, receiver?: Local): { m: Local; delta: Local; sq: Local } {
  const { d, U } = s;
  const M = s.c.vectors;
  const F = s.c.features;
  const delta = body.local('delta', M * d);
  const sq = body.local('sq', M);
  if (body.unroll) {
    // Constant indices into the locals: per channel, d differences and the safe squared norm.
    for (let ch = 0; ch < M; ch++) {
      const v = (k: number) => wgsl`V[(${ri} * ${u32(M)} + ${u32(ch)}) * ${u32(d)} + ${u32(k)}] - V[(${sj} * ${u32(M)} + ${u32(ch)}) * ${u32(d)} + ${u32(k)}]`;
      const parts = Array.from({ length: d }, (_, k) => wgsl`${at(delta, u32(ch * d + k))} = ${v(k)};`);
      const sum = new Code(Array.from({ length: d }, (_, k) => `${at(delta, u32(ch * d + k)).text} * ${at(delta, u32(ch * d + k)).text}`).join(' + '));
      body.emit(wgsl`${lines(parts)}
${at(sq, u32(ch))} = safe_sq(${sum});`);
    }
  } else body.emit(wgsl`for (var ch = 0u; ch < ${u32(M)}; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < ${u32(d)}; k++) {
    let v = V[(${ri} * ${u32(M)} + ch) * ${u32(d)} + k] - V[(${sj} * ${u32(M)} + ch) * ${u32(d)} + k];
    ${at(delta, wgsl`ch * ${u32(d)} + k`)} = v;
    acc += v * v;
  }
  ${at(sq, wgsl`ch`)} = safe_sq(acc);
}`);
  const pre = body.local('pre', U);
  if (receiver) {
    const senderHalf = { buffer: 'PQ', row: sj, width: 2 * U, offset: U };
    body.emit(body.forQuads(U / 4, (q) => wgsl`${pre.name}[${q}] = ${receiver.name}[${q}] + ${rowQuad(senderHalf, q)};`));
  } else body.emit(wgsl`for (var c = 0u; c < ${u32(U)}; c++) { ${at(pre, wgsl`c`)} = PQ[${ri} * ${u32(2 * U)} + c] + PQ[${sj} * ${u32(2 * U)} + ${u32(U)} + c]; }`);
  dense(body, pack, `${b}.phi_e.lin0`, sq, pre, { rowOffset: 2 * F, accumulate: true });
  const m = stableMlp(body, pack, `${b}.phi_e`, undefined, s.c.mlp, true, pre);
  return { m, delta, sq };
}

function edgeKernel(s: Sizes, pack: ParamPack, b: string): KernelSource {
  const { n, d, last } = s;
  const M = s.c.vectors;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  const dV = body.local('dV', M * d);
  const agg = body.local('agg', last);
  // The receiver's half of the factored first layer does not depend on the sender: load it once.
  const U = s.U;
  const receiver = U % 4 === 0 ? loadLocal(body, 'receiver', { buffer: 'PQ', row: new Code('t'), width: 2 * U }, U) : undefined;
  body.emit(wgsl`${forOtherNodes(n, 'jj')}
  let j = sys * ${u32(n)} + jj;`);
  const { m, delta, sq } = message(body, s, pack, b, new Code('t'), new Code('j'), receiver);
  // The sender kernel needs Σ_i m_ij too: keep m_ij (receiver t, sender jj) instead of recomputing its MLP.
  if (s.cross) storeLocal(body, { buffer: 'MSG', row: wgsl`(t * ${u32(n)} + jj)`, width: last }, m);
  const phiX = stableMlp(body, pack, `${b}.phi_x`, m, s.c.mlp, true);
  const w = body.local('w', M);
  dense(body, pack, `${b}.x_out`, phiX, w);
  const gate = body.local('gate', 1);
  dense(body, pack, `${b}.gate`, m, gate);
  const displacement = body.unroll
    ? lines(Array.from({ length: M }, (_, ch) => wgsl`{ let coefficient = ${at(w, u32(ch))} / (sqrt(${at(sq, u32(ch))}) + 1.0) / ${f32(n - 1)};
${lines(Array.from({ length: d }, (_, k) => wgsl`${at(dV, u32(ch * d + k))} += coefficient * ${at(delta, u32(ch * d + k))};`))} }`))
    : wgsl`for (var ch = 0u; ch < ${u32(M)}; ch++) {
  let coefficient = ${at(w, wgsl`ch`)} / (sqrt(${at(sq, wgsl`ch`)}) + 1.0) / ${f32(n - 1)};
  for (var k = 0u; k < ${u32(d)}; k++) { ${at(dV, wgsl`ch * ${u32(d)} + k`)} += coefficient * ${at(delta, wgsl`ch * ${u32(d)} + k`)}; }
}`;
  body.emit(wgsl`${displacement}
let g = sigmoid(${at(gate, wgsl`0`)}) / ${f32(Math.sqrt(n - 1))};
${body.unroll ? body.forQuads(Math.ceil(last / 4), (q) => wgsl`${agg.name}[${q}] += g * ${m.name}[${q}];`) : wgsl`for (var c = 0u; c < ${u32(last)}; c++) { ${at(agg, wgsl`c`)} += g * ${at(m, wgsl`c`)}; }`}
}`);
  storeLocal(body, { buffer: 'AGG', row: new Code('t'), width: last }, agg);
  storeLocal(body, { buffer: 'DV', row: new Code('t'), width: M * d }, dV);
  return kernel(`${b}.edge`, [read('W'), read('V'), read('PQ'), write('AGG'), write('DV'), write('MSG')], body.code());
}

/** Σ_i m_ij over receivers i ≠ j, per sender j = this node: the messages the edge kernel stored. */
function senderKernel(s: Sizes, b: string): KernelSource {
  const { n, last } = s;
  const body = new Body();
  body.emit(perNode(s.n));
  const sum = body.local('sum', last);
  body.emit(wgsl`${forOtherNodes(n, 'ii')}
  let pair = (sys * ${u32(n)} + ii) * ${u32(n)} + i;
${last % 4 === 0 ? body.forQuads(last / 4, (q) => wgsl`${sum.name}[${q}] += ${rowQuad({ buffer: 'MSG', row: new Code('pair'), width: last }, q)};`) : wgsl`for (var c = 0u; c < ${u32(last)}; c++) { ${at(sum, wgsl`c`)} += MSG[pair * ${u32(last)} + c]; }`}
}`);
  storeLocal(body, { buffer: 'SENT', row: new Code('t'), width: last }, sum);
  return kernel(`${b}.sender`, [read('MSG'), write('SENT')], body.code());
}

function updateKernel(s: Sizes, pack: ParamPack, b: string): KernelSource {
  const { d, last } = s;
  const F = s.c.features;
  const M = s.c.vectors;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  // φ_h's input [Σ_j gated m_ij, h]: vec4 loads when both widths are multiples of 4, h then read from it.
  const hIn = body.local('h_in', last + F);
  const quadAligned = last % 4 === 0 && F % 4 === 0;
  if (quadAligned) {
    loadQuads(body, hIn, 0, { buffer: 'AGG', row: new Code('t'), width: last }, last);
    loadQuads(body, hIn, last / 4, { buffer: 'H', row: new Code('t'), width: F }, F);
  } else
    body.emit(wgsl`for (var c = 0u; c < ${u32(last)}; c++) { ${at(hIn, wgsl`c`)} = AGG[t * ${u32(last)} + c]; }
for (var c = 0u; c < ${u32(F)}; c++) { ${at(hIn, wgsl`${u32(last)} + c`)} = H[t * ${u32(F)} + c]; }`);
  const update = stableMlp(body, pack, `${b}.phi_h`, hIn, [...s.c.mlp, F], false);
  const dV = loadLocal(body, 'dV', { buffer: 'DV', row: new Code('t'), width: M * d }, M * d);
  const h = body.local('h_next', F);
  if (quadAligned) {
    body.emit(body.forQuads(F / 4, (q, k) => wgsl`${h.name}[${q}] = ${hIn.name}[${k !== undefined ? u32(last / 4 + k) : wgsl`${u32(last / 4)} + ${q}`}] + ${update.name}[${q}];`));
    storeLocal(body, { buffer: 'H', row: new Code('t'), width: F }, h);
  } else body.emit(wgsl`for (var c = 0u; c < ${u32(F)}; c++) { ${at(h, wgsl`c`)} = H[t * ${u32(F)} + c] + ${at(update, wgsl`c`)}; H[t * ${u32(F)} + c] = ${at(h, wgsl`c`)}; }`);
  body.emit(wgsl`for (var c = 0u; c < ${u32(M * d)}; c++) { V[t * ${u32(M * d)} + c] += ${at(dV, wgsl`c`)}; }`);
  return kernel(`${b}.update`, [read('W'), write('H'), write('V'), read('AGG'), read('DV')], body.code());
}

/**
 * DV += the cross-multiplicity shift (method §4.3): Σ over the node's other channels, from the senders'
 * messages. A kernel of its own, so that φ_h's layers (update) and φ_xc's each bake whole under the cap
 * (LJ13's block: 6,144 + 2,048 vec4 multiply-adds); the sums are the same, DV holds float32 either way.
 */
function crossKernel(s: Sizes, pack: ParamPack, b: string): KernelSource {
  const { d, last } = s;
  const M = s.c.vectors;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  const dV = loadLocal(body, 'dV', { buffer: 'DV', row: new Code('t'), width: M * d }, M * d);
  const sent = loadLocal(body, 'sent', { buffer: 'SENT', row: new Code('t'), width: last }, last);
  const phi = stableMlp(body, pack, `${b}.phi_xc`, sent, s.c.mlp, true);
  const coef = body.local('xc', s.pairs);
  dense(body, pack, `${b}.xc_out`, phi, coef);
  const k = kappa(body, s, new Code('t'));
  body.emit(wgsl`for (var ch = 0u; ch < ${u32(M)}; ch++) {
  for (var j = 0u; j < ${u32(M - 1)}; j++) {
    let c2 = (ch + 1u + j) % ${u32(M)};
    let p = ch * ${u32(M - 1)} + j;
    let w = ${at(coef, wgsl`p`)} / (1.0 + ${at(k, wgsl`p`)}) / ${f32(M - 1)};
    for (var k = 0u; k < ${u32(d)}; k++) { ${at(dV, wgsl`ch * ${u32(d)} + k`)} += w * (V[(t * ${u32(M)} + ch) * ${u32(d)} + k] - V[(t * ${u32(M)} + c2) * ${u32(d)} + k]); }
  }
}`);
  storeLocal(body, { buffer: 'DV', row: new Code('t'), width: M * d }, dV);
  return kernel(`${b}.cross`, [read('W'), read('V'), read('SENT'), write('DV')], body.code());
}

/**
 * After the last block: h_out = Linear(softmax(h)), v = V − V⁰. A kernel of its own so that the last update's
 * baked multiply-adds and h_out's each stay under the cap (in one kernel h_out fell back to buffer loads).
 */
function outKernel(s: Sizes, pack: ParamPack, name: string): KernelSource {
  const { d } = s;
  const F = s.c.features;
  const M = s.c.vectors;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(s.n));
  const h = loadLocal(body, 'h', { buffer: 'H', row: new Code('t'), width: F }, F);
  if (F % 4 === 0) {
    // Softmax a vec4 at a time; the sum stays one sequential scalar sum (the reference's order: the golden
    // DW4 log q moved by 2e-4 relative with four lane sums).
    body.emit(wgsl`var top4 = ${h.name}[0];
${body.forQuads(F / 4, (q) => wgsl`top4 = max(top4, ${h.name}[${q}]);`)}
let top = max(max(top4.x, top4.y), max(top4.z, top4.w));
var total = 0.0;
${body.forQuads(F / 4, (q) => wgsl`${h.name}[${q}] = exp(${h.name}[${q}] - vec4f(top)); ${lines(LANES.map((l) => wgsl`total += ${h.name}[${q}].${l};`))}`)}
${body.forQuads(F / 4, (q) => wgsl`${h.name}[${q}] = ${h.name}[${q}] / total;`)}`);
  } else
    body.emit(wgsl`var top = ${at(h, wgsl`0`)};
for (var c = 1u; c < ${u32(F)}; c++) { top = max(top, ${at(h, wgsl`c`)}); }
var total = 0.0;
for (var c = 0u; c < ${u32(F)}; c++) { ${at(h, wgsl`c`)} = exp(${at(h, wgsl`c`)} - top); total += ${at(h, wgsl`c`)}; }
for (var c = 0u; c < ${u32(F)}; c++) { ${at(h, wgsl`c`)} /= total; }`);
  const out = body.local('h_out', pack.shape(`${name}.h_out.b`)[0]!);
  dense(body, pack, `${name}.h_out`, h, out);
  storeLocal(body, { buffer: 'HOUT', row: new Code('t'), width: out.size }, out);
  body.emit(wgsl`for (var c = 0u; c < ${u32(M * d)}; c++) { VOUT[t * ${u32(M * d)} + c] = V[t * ${u32(M * d)} + c] - V0[t * ${u32(M * d)} + c]; }`);
  return kernel(`${name}.out`, [read('W'), read('H'), read('V'), read('V0'), write('HOUT'), write('VOUT')], body.code());
}

/** Every kernel of one egnn op, in dispatch order. P has m channels. */
export function egnnKernels(module: IRModule, pack: ParamPack, name: string, c: EgnnConfig, m: number): KernelSource[] {
  const { n, dim: d, typeIds } = module.system;
  const cross = c.crossMultiplicity && c.vectors > 1;
  const s: Sizes = { n, m, d, c, U: c.mlp[0]!, last: c.mlp[c.mlp.length - 1]!, pairs: c.vectors * (c.vectors - 1), cross };
  const kernels = [initKernel(s, pack, name, typeIds)];
  for (let l = 0; l < c.blocks; l++) {
    const b = `${name}.block${l}`;
    kernels.push(nodeKernel(s, pack, b), edgeKernel(s, pack, b));
    if (cross) kernels.push(senderKernel(s, b), crossKernel(s, pack, b));
    kernels.push(updateKernel(s, pack, b));
  }
  kernels.push(outKernel(s, pack, name));
  return kernels;
}
