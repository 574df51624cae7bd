/**
 * The augmented draws of the marginal estimate on the device (method §2.4), mirroring backends/flow.ts
 * augmentDraws and logProb: for row r of the run (x repeated K times, r = b·K + k), a = x + η·ε with ε row
 * `first + r` of stream marginalA; z = (x, a) with x's centre of mass taken off every channel (the inverse's
 * input) and log π(a|x). One thread per row.
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import { Streams } from '../../rng.js';
import { kernel, read, write, type KernelSource } from './kernel.js';
import { RNG } from './rng.js';
import { f32, u32, wgsl } from './wgsl.js';

const LOG_2PI = Math.log(2 * Math.PI);

/** XS [R][n][d] → Z [R][n][C][d] (centred) and LOGPI [R]. */
export function augmentKernel(m: IRModule): KernelSource {
  const { n, dim: d, augmented: A, channels: C } = m.system;
  const eta = m.base.augmentScale;
  const logPiConstant = -n * A * d * (Math.log(eta) + 0.5 * LOG_2PI);
  const body = wgsl`let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
let xb = sys * ${u32(n * d)};
let zb = sys * ${u32(n * C * d)};
var mean: array<f32, ${d}>;
for (var k = 0u; k < ${u32(d)}; k++) {
  var s = 0.0;
  for (var i = 0u; i < ${u32(n)}; i++) { s += XS[xb + i * ${u32(d)} + k] / ${f32(n)}; }
  mean[k] = s;
}
var pi_sq = 0.0;
for (var call = 0u; call < ${u32(Math.ceil((n * A * d) / 4))}; call++) {
  let e = normals4(seed, ${u32(Streams.marginalA)}, row, call);
  for (var j = 0u; j < 4u; j++) {
    let idx = 4u * call + j;
    if (idx < ${u32(n * A * d)}) {
      let i = idx / ${u32(A * d)};
      let c = (idx / ${u32(d)}) % ${u32(A)};
      let k = idx % ${u32(d)};
      let x = XS[xb + i * ${u32(d)} + k];
      let a = x + ${f32(eta)} * e[j];
      Z[zb + (i * ${u32(C)} + 1u + c) * ${u32(d)} + k] = a - mean[k];
      let v = (a - x) / ${f32(eta)};
      pi_sq += v * v;
    }
  }
}
for (var i = 0u; i < ${u32(n)}; i++) {
  for (var k = 0u; k < ${u32(d)}; k++) { Z[zb + i * ${u32(C * d)} + k] = XS[xb + i * ${u32(d)} + k] - mean[k]; }
}
LOGPI[sys] = -0.5 * pi_sq + ${f32(logPiConstant)};`;
  return kernel('augment', [read('XS'), write('Z'), write('LOGPI')], body, RNG);
}
