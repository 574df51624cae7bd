/**
 * The IR's `transformer` op (method §5.4, Non-E-ACF's conditioner) as WGSL kernels, one thread per (system,
 * node), as the float64 reference computes it (backends/reference/nets/transformer.ts):
 *   embed      x = relu(Linear(concat(flatten(c_i), type_i)))
 *   per layer:
 *     qkv      q, k, v = Linear(LN₁(x))                    (per node; other nodes need them next)
 *     mix      per head softmax(q_i·k_j / √K) over all j, Σ_j a_ij v_j → Linear → x += …;
 *              then x += MLP(LN₂(x)) with ReLUs              (per node: reads QKV of every node, X of its own)
 *   final      h = Linear(x)
 * No positional encoding, so the op is permutation-equivariant like the reference.
 */
import type { IRModule, TransformerConfig } from '../../../compiler/ir/ir.js';
import { at, Body, dense, layerNormInPlace, loadLocal, storeLocal, type Local, type ParamPack } from './dense.js';
import { kernel, perNode, read, write, type KernelSource } from './kernel.js';
import { Code, f32, u32, wgsl } from './wgsl.js';


function reluInPlace(body: Body, a: Local): void {
  body.emit(body.forQuads(Math.ceil(a.size / 4), (q) => wgsl`${a.name}[${q}] = max(${a.name}[${q}], vec4f(0.0));`));
}

function embedKernel(pack: ParamPack, name: string, c: TransformerConfig, n: number, inputs: number, typeIds: readonly number[] | undefined): KernelSource {
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(n));
  const input = body.local('input', inputs + 1);
  body.emit(wgsl`for (var c = 0u; c < ${u32(inputs)}; c++) { ${at(input, wgsl`c`)} = P[t * ${u32(inputs)} + c]; }`);
  if (typeIds) body.emit(wgsl`let types = array<f32, ${u32(n)}>(${new Code(typeIds.map((k) => f32(k).text).join(', '))});
${at(input, u32(inputs))} = types[i];`);
  const x = body.local('x', c.width);
  dense(body, pack, `${name}.in`, input, x);
  reluInPlace(body, x);
  storeLocal(body, { buffer: 'X', row: new Code('t'), width: c.width }, x);
  return kernel(`${name}.embed`, [read('W'), read('P'), write('X')], body.code());
}

function qkvKernel(pack: ParamPack, b: string, c: TransformerConfig, n: number): KernelSource {
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(n));
  const x = loadLocal(body, 'x', { buffer: 'X', row: new Code('t'), width: c.width }, c.width);
  layerNormInPlace(body, pack, `${b}.ln1`, x);
  ['query', 'key', 'value'].forEach((part, k) => {
    const y = body.local(part, c.width);
    dense(body, pack, `${b}.${part}`, x, y);
    storeLocal(body, { buffer: 'QKV', row: new Code('t'), width: 3 * c.width, offset: k * c.width }, y);
  });
  return kernel(`${b}.qkv`, [read('W'), read('X'), write('QKV')], body.code());
}

function mixKernel(pack: ParamPack, b: string, c: TransformerConfig, n: number): KernelSource {
  const { width: W, keySize: K } = c;
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(n));
  const mixed = body.local('mixed', W);
  const logits = body.local('logits', n);
  // qkv(node, part, u): element u of part (0 q, 1 k, 2 v) of a node's row.
  const qkv = (node: string, part: number, u: string) => new Code(`QKV[(${node}) * ${3 * W}u + ${part * W}u + ${u}]`);
  body.emit(wgsl`for (var head = 0u; head < ${u32(c.heads)}; head++) {
  let off = head * ${u32(K)};
  var top = -3.4e38;
  for (var j = 0u; j < ${u32(n)}; j++) {
    var s = 0.0;
    for (var u = 0u; u < ${u32(K)}; u++) { s += ${qkv('t', 0, 'off + u')} * ${qkv(`sys * ${n}u + j`, 1, 'off + u')}; }
    ${at(logits, wgsl`j`)} = s / ${f32(Math.sqrt(K))};
    top = max(top, ${at(logits, wgsl`j`)});
  }
  var total = 0.0;
  for (var j = 0u; j < ${u32(n)}; j++) { ${at(logits, wgsl`j`)} = exp(${at(logits, wgsl`j`)} - top); total += ${at(logits, wgsl`j`)}; }
  for (var j = 0u; j < ${u32(n)}; j++) {
    let a = ${at(logits, wgsl`j`)} / total;
    for (var u = 0u; u < ${u32(K)}; u++) { ${at(mixed, wgsl`off + u`)} += a * ${qkv(`sys * ${n}u + j`, 2, 'off + u')}; }
  }
}`);
  const attended = body.local('attended', W);
  dense(body, pack, `${b}.out`, mixed, attended);
  const x = loadLocal(body, 'x', { buffer: 'X', row: new Code('t'), width: W }, W);
  body.emit(body.forQuads(Math.ceil(W / 4), (q) => wgsl`${x.name}[${q}] += ${attended.name}[${q}];`));
  const normed = body.local('normed', W);
  body.emit(body.forQuads(Math.ceil(W / 4), (q) => wgsl`${normed.name}[${q}] = ${x.name}[${q}];`));
  layerNormInPlace(body, pack, `${b}.ln2`, normed);
  const widths = [...c.mlp, W];
  let y = normed;
  widths.forEach((width, k) => {
    const z = body.local(`mlp${k}`, width);
    dense(body, pack, `${b}.mlp${k}`, y, z);
    if (k < widths.length - 1) reluInPlace(body, z);
    y = z;
  });
  body.emit(body.forQuads(Math.ceil(W / 4), (q) => wgsl`${x.name}[${q}] += ${y.name}[${q}];`));
  storeLocal(body, { buffer: 'X', row: new Code('t'), width: c.width }, x);
  return kernel(`${b}.mix`, [read('W'), read('QKV'), write('X')], body.code());
}

function finalKernel(pack: ParamPack, name: string, c: TransformerConfig, n: number): KernelSource {
  const body = new Body(pack.baked !== undefined);
  body.emit(perNode(n));
  const x = loadLocal(body, 'x', { buffer: 'X', row: new Code('t'), width: c.width }, c.width);
  const h = body.local('h', c.output);
  dense(body, pack, `${name}.final`, x, h);
  storeLocal(body, { buffer: 'HOUT', row: new Code('t'), width: c.output }, h);
  return kernel(`${name}.final`, [read('W'), read('X'), write('HOUT')], body.code());
}

/** Every kernel of one transformer op, in dispatch order; P is the conditioning half [n, m, d]. */
export function transformerKernels(module: IRModule, pack: ParamPack, name: string, c: TransformerConfig, m: number): KernelSource[] {
  const { n, dim: d, typeIds } = module.system;
  const kernels = [embedKernel(pack, name, c, n, m * d, typeIds)];
  for (let l = 0; l < c.layers; l++) kernels.push(qkvKernel(pack, `${name}.layer${l}`, c, n), mixKernel(pack, `${name}.layer${l}`, c, n));
  kernels.push(finalKernel(pack, name, c, n));
  return kernels;
}
