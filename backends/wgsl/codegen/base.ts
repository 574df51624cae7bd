/**
 * The base distribution's draws on the device (method §2.2), mirroring backends/base.ts baseSample: row
 * `first + system` of the run's seed gives ε (stream baseX) and ε′ (stream baseA); x = σ(ε − mean ε),
 * a = x + η·ε′, packed into z [n][C][d], and log q0(x, a). One thread per system. The seed and first row
 * come in the `dims` uniform (runtime.ts writes them per run), so a sample does not depend on chunking.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import { Streams } from '../../rng.js';
import { kernel, write, type KernelSource } from './kernel.js';
import { RNG } from './rng.js';
import { Code, f32, u32, wgsl } from './wgsl.js';

const LOG_2PI = Math.log(2 * Math.PI);

/** Fills local array `name` with `count` normals of `stream` for this thread's row. */
function drawInto(name: string, count: number, stream: number): Code {
  const array = new Code(name);
  return wgsl`for (var call = 0u; call < ${u32(Math.ceil(count / 4))}; call++) {
  let e = normals4(seed, ${u32(stream)}, row, call);
  for (var j = 0u; j < 4u; j++) {
    if (4u * call + j < ${u32(count)}) { ${array}[4u * call + j] = e[j]; }
  }
}`;
}

/** Z [B][n][C][d] and LOGQ0 [B] from the seed and first row in `dims`. */
export function baseKernel(m: IRModule): KernelSource {
  const { n, dim: d, augmented: A, channels: C } = m.system;
  const { scale, augmentScale: eta } = m.base;
  const logQ0Constant = -(n - 1) * d * (0.5 * LOG_2PI + Math.log(scale)) - n * A * d * (Math.log(eta) + 0.5 * LOG_2PI);
  const body = wgsl`let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
var x: array<f32, ${n * d}>;
${drawInto('x', n * d, Streams.baseX)}
for (var k = 0u; k < ${u32(d)}; k++) {
  var mean = 0.0;
  for (var i = 0u; i < ${u32(n)}; i++) { mean += x[i * ${u32(d)} + k] / ${f32(n)}; }
  for (var i = 0u; i < ${u32(n)}; i++) { x[i * ${u32(d)} + k] = ${f32(scale)} * (x[i * ${u32(d)} + k] - mean); }
}
// log N(x; 0, σ²) on the centre-of-mass-free subspace, the mean recomputed as base.ts does.
var x_sq = 0.0;
for (var k = 0u; k < ${u32(d)}; k++) {
  var mean = 0.0;
  for (var i = 0u; i < ${u32(n)}; i++) { mean += x[i * ${u32(d)} + k]; }
  mean = mean / ${f32(n)};
  for (var i = 0u; i < ${u32(n)}; i++) { let v = (x[i * ${u32(d)} + k] - mean) / ${f32(scale)}; x_sq += v * v; }
}
var eps: array<f32, ${Math.max(1, n * A * d)}>;
${drawInto('eps', n * A * d, Streams.baseA)}
let zb = sys * ${u32(n * C * d)};
var a_sq = 0.0;
for (var i = 0u; i < ${u32(n)}; i++) {
  for (var k = 0u; k < ${u32(d)}; k++) { Z[zb + i * ${u32(C * d)} + k] = x[i * ${u32(d)} + k]; }
  for (var c = 0u; c < ${u32(A)}; c++) {
    for (var k = 0u; k < ${u32(d)}; k++) {
      let a = x[i * ${u32(d)} + k] + ${f32(eta)} * eps[(i * ${u32(A)} + c) * ${u32(d)} + k];
      Z[zb + (i * ${u32(C)} + 1u + c) * ${u32(d)} + k] = a;
      let v = (a - x[i * ${u32(d)} + k]) / ${f32(eta)};
      a_sq += v * v;
    }
  }
}
LOGQ0[sys] = -0.5 * x_sq - 0.5 * a_sq + ${f32(logQ0Constant)};`;
  return kernel('base', [write('Z'), write('LOGQ0')], body, RNG);
}
