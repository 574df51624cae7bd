/**
 * WGSL for the target side of importance sampling (method §2.4, §8), mirroring backends/flow.ts's host
 * computation: the target energy E(x) (DW4 or LJ with its harmonic term, the reference's pair order and its
 * safe_norm(0) = 1 quirk), log π(a|x) of the augmented target, and the log weight
 * log w = −E(x)/τ + log π(a|x) − log q(x, a). One thread per system: n(n − 1)/2 pairs is little work.
 */
import type { IRModule, TargetSpec } from '../../../compiler/ir/ir.js';
import { kernel, read, write, type KernelSource } from './kernel.js';
import { Code, f32, u32, wgsl } from './wgsl.js';

/** E of the pair at squared distance `sq` (a WGSL expression on `sq`), added to `energy`. */
function pairEnergy(target: TargetSpec): Code {
  if (target.kind === 'dw4')
    return wgsl`let t = select(sqrt(sq), 1.0, sq == 0.0) - ${f32(target.d0)};
    let t2 = t * t;
    energy += ${f32(target.a)} * t + ${f32(target.b)} * t2 + ${f32(target.c)} * t2 * t2;`;
  // (r_m / r)^6 from r² without the square root; r = 1 at r² = 0, as safe_norm does.
  return wgsl`let s2 = ${f32(target.rm * target.rm)} / select(sq, 1.0, sq == 0.0);
    let s6 = s2 * s2 * s2;
    energy += ${f32(target.epsilon)} * (s6 * s6 - 2.0 * s6);`;
}

/** oscillator · Σ_i ‖x_i − x̄‖², per coordinate as the reference sums it (LJ only). */
function harmonicTerm(target: TargetSpec, n: number, d: number): Code {
  if (target.kind !== 'lj') return new Code('');
  return wgsl`var harmonic = 0.0;
for (var k = 0u; k < ${u32(d)}; k++) {
  var mean = 0.0;
  for (var i = 0u; i < ${u32(n)}; i++) { mean += X[xb + i * ${u32(d)} + k]; }
  mean = mean / ${f32(n)};
  for (var i = 0u; i < ${u32(n)}; i++) { let v = X[xb + i * ${u32(d)} + k] - mean; harmonic += v * v; }
}
energy += ${f32(target.oscillator)} * harmonic;`;
}

/**
 * X [B][n][d], A [B][n][A][d], LOGQ [B] → ENERGY [B] (E(x)) and LOGW [B]. The constant of log π is summed in
 * float64 here and enters as one literal.
 */
export function targetKernel(m: IRModule, target: TargetSpec): KernelSource {
  const { n, dim: d, augmented: A } = m.system;
  const eta = m.base.augmentScale;
  const logPiConstant = -n * A * d * (Math.log(eta) + 0.5 * Math.log(2 * Math.PI));
  const body = wgsl`let sys = gid.x;
if (sys >= dims.systems) { return; }
let xb = sys * ${u32(n * d)};
let ab = sys * ${u32(n * A * d)};
var energy = 0.0;
for (var i = 0u; i < ${u32(n)}; i++) {
  for (var j = i + 1u; j < ${u32(n)}; j++) {
    var sq = 0.0;
    for (var k = 0u; k < ${u32(d)}; k++) { let t = X[xb + i * ${u32(d)} + k] - X[xb + j * ${u32(d)} + k]; sq += t * t; }
    ${pairEnergy(target)}
  }
}
${harmonicTerm(target, n, d)}
var pi_sq = 0.0;
for (var i = 0u; i < ${u32(n)}; i++) {
  for (var c = 0u; c < ${u32(A)}; c++) {
    for (var k = 0u; k < ${u32(d)}; k++) {
      let v = (A[ab + (i * ${u32(A)} + c) * ${u32(d)} + k] - X[xb + i * ${u32(d)} + k]) / ${f32(eta)};
      pi_sq += v * v;
    }
  }
}
ENERGY[sys] = energy;
LOGW[sys] = -energy / ${f32(target.temperature)} + (-0.5 * pi_sq + ${f32(logPiConstant)}) - LOGQ[sys];`;
  return kernel(`target.${target.kind}`, [read('X'), read('A'), read('LOGQ'), write('ENERGY'), write('LOGW')], body);
}
