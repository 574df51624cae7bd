/**
 * Draws on the device (codegen/rng.ts, codegen/base.ts) against the host's generator (backends/rng.ts,
 * backends/base.ts): Philox words bit for bit, normals within float32 round-off of the float64 ones, and the
 * base kernel's z0 and log q0 for the same seed and rows.
 */
import { describe, expect, it } from 'vitest';
import { useGpu } from '../helpers/gpu.js';
import { compile } from '../../compiler/compile.js';
import { normals, philox } from '../../backends/rng.js';
import { baseSample, centreJoint, packJoint } from '../../backends/base.js';
import { kernel, write } from '../../backends/wgsl/codegen/kernel.js';
import { RNG } from '../../backends/wgsl/codegen/rng.js';
import { baseKernel } from '../../backends/wgsl/codegen/base.js';
import { augmentKernel } from '../../backends/wgsl/codegen/augment.js';
import { Code } from '../../backends/wgsl/codegen/wgsl.js';
import { drawsOf, ProgramRunner, type KernelProgram } from '../../backends/wgsl/runtime.js';
import { pipelineFor } from '../../backends/wgsl/pipelines.js';
import { kernelProgram } from '../../backends/wgsl/program.js';

const gpu = useGpu();

async function runOnDevice(program: KernelProgram, batch: number, outputs: number[], seed: number, first = 0): Promise<Float32Array[]> {
  const { device } = gpu();
  const runner = await ProgramRunner.create(device, program, new Float32Array(0), (k) => pipelineFor(device, k.label, k.code));
  try {
    return await runner.runValues(new Map(), batch, outputs, drawsOf(seed, first, batch));
  } finally {
    runner.dispose();
  }
}

/** Three augmented copies, non-default scales: every index and constant of the draw kernels is exercised. */
const wideAugmented = `flow t {
  system particles 13, dim 3
  augment copies 3, scale 0.3
  base com_free_normal(scale 1.5)
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project cartesian transform affine condition net
  couple a | x project cartesian transform affine condition net
}`;

const SEED = 2 ** 40 + 12345; // both key words non-zero
const ROWS = 2048;

describe('WGSL draws', () => {
  it('Philox4x32-10 gives the host words bit for bit', async () => {
    // Thread t: counter (t mod 7, first_row + t, 3, 0), as normals() would ask for call t mod 7 of row t.
    const source = kernel('philox', [write('OUT')], new Code(`let t = gid.x;
if (t >= dims.systems) { return; }
let w = philox(vec4u(t % 7u, dims.first_row + t, 3u, 0u), vec2u(dims.seed_lo, dims.seed_hi));
OUT[4u * t] = bitcast<f32>(w.x); OUT[4u * t + 1u] = bitcast<f32>(w.y);
OUT[4u * t + 2u] = bitcast<f32>(w.z); OUT[4u * t + 3u] = bitcast<f32>(w.w);`), RNG);
    const first = 4_000_000_000; // rows near the top of the 32-bit counter
    const [out] = await runOnDevice(kernelProgram('philox', source, { OUT: 0 }, { 0: 4 }), ROWS, [0], SEED, first);
    const words = new Uint32Array(out!.buffer, out!.byteOffset, ROWS * 4);
    for (let t = 0; t < ROWS; t++) expect(Array.from(words.subarray(4 * t, 4 * t + 4)), `thread ${t}`).toEqual(philox(t % 7, first + t, 3, 0, SEED >>> 0, Math.floor(SEED / 2 ** 32)));
  });

  it('normals agree with the float64 host normals to float32 round-off', async () => {
    const calls = 5;
    const source = kernel('normals', [write('OUT')], new Code(`let t = gid.x;
if (t >= dims.systems) { return; }
for (var c = 0u; c < ${calls}u; c++) {
  let e = normals4(vec2u(dims.seed_lo, dims.seed_hi), 2u, dims.first_row + t, c);
  for (var j = 0u; j < 4u; j++) { OUT[(t * ${calls}u + c) * 4u + j] = e[j]; }
}`), RNG);
    const [out] = await runOnDevice(kernelProgram('normals', source, { OUT: 0 }, { 0: 4 * calls }), ROWS, [0], 7);
    let worst = 0;
    let largest = 0;
    for (let row = 0; row < ROWS; row++) {
      const host = normals(7, 2, row, 4 * calls);
      host.forEach((v, i) => {
        worst = Math.max(worst, Math.abs(out![row * 4 * calls + i]! - v) / Math.max(1, Math.abs(v)));
        largest = Math.max(largest, Math.abs(v));
      });
    }
    expect(largest).toBeGreaterThan(3.5); // the tails were exercised (40,960 draws)
    expect(worst).toBeLessThan(2e-6);
  });

  it('the base kernel draws the host base sample: z0 and log q0 for the same seed and rows', async () => {
    const { module } = compile(wideAugmented);
    const { n, dim: d, augmented: A, channels: C } = module.system;
    const program = kernelProgram('base', baseKernel(module), { Z: 0, LOGQ0: 1 }, { 0: n * C * d, 1: 1 });
    const batch = 300;
    const [z, logQ0] = await runOnDevice(program, batch, [0, 1], 11, 1000);
    const host = baseSample({ n, d, A }, module.base, batch, 11, 1000);
    const hostZ = packJoint({ n, d, A }, host.x, host.a, batch);
    hostZ.forEach((v, i) => expect(Math.abs(z![i]! - v), `z ${i}`).toBeLessThan(1e-5));
    host.logQ0.forEach((v, b) => expect(Math.abs(logQ0![b]! - v) / Math.abs(v), `log q0 ${b}`).toBeLessThan(1e-5));
  });

  it('the augment kernel makes the marginal estimate\'s draws: centred z and log π(a|x) as the host', async () => {
    const flow = compile(wideAugmented);
    const { n, dim: d, augmented: A, channels: C } = flow.module.system;
    const B = 40;
    const K = 5;
    const x = Float64Array.from({ length: B * n * d }, (_, i) => Math.sin(1.7 * i) * 2);
    const { xs, as } = flow.augmentDraws(x, B, K, 9);
    const program = kernelProgram('augment', augmentKernel(flow.module), { XS: 0, Z: 1, LOGPI: 2 }, { 0: n * d, 1: n * C * d, 2: 1 });
    const { device } = gpu();
    const runner = await ProgramRunner.create(device, program, new Float32Array(0), (k) => pipelineFor(device, k.label, k.code));
    const [z, logPi] = await runner.runValues(new Map([[0, Float32Array.from(xs)]]), B * K, [1, 2], drawsOf(9, 0, B * K));
    runner.dispose();
    const hostZ = centreJoint({ n, d, A }, packJoint({ n, d, A }, xs, as, B * K), B * K);
    const hostPi = flow.augmentedLogProb(xs, as, B * K);
    hostZ.forEach((v, i) => expect(Math.abs(z![i]! - v), `z ${i}`).toBeLessThan(1e-5));
    hostPi.forEach((v, r) => expect(Math.abs(logPi![r]! - v) / Math.abs(v), `log π ${r}`).toBeLessThan(1e-5));
  });
});
