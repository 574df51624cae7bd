/**
 * The WGSL target program (energy and log weights, codegen/target.ts) in float32 against the golden energies
 * of ../shared/data/golden/components.json (DW4 and LJ13, the safe_norm(0) = 1 quirk included) and against
 * the host's float64 log w = −E(x)/τ + log π(a|x) − log q for the same x, a and log q.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useGpu } from '../helpers/gpu.js';
import { packageRoot } from '../../compiler/bind/modules.js';
import { compile } from '../../compiler/compile.js';
import { augment } from '../../backends/base.js';
import { normals } from '../../backends/rng.js';
import { compileTargetProgram } from '../../backends/wgsl/program.js';
import { ProgramRunner, TARGET_VALUES } from '../../backends/wgsl/runtime.js';
import { pipelineFor } from '../../backends/wgsl/pipelines.js';

type Golden = { kind: string; id: string; inputs: { x: number[][] }; expected: { energy: number } };
const cases = (JSON.parse(readFileSync(join(packageRoot(), '..', 'shared', 'data', 'golden', 'components.json'), 'utf8')) as { cases: Golden[] }).cases;

const flowFor = (target: 'dw4' | 'lj', n: number, d: number) =>
  compile(`flow t {
  system particles ${n}, dim ${d}
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project cartesian transform affine condition net
  couple a | x project cartesian transform affine condition net
  target ${target}
}`);

const gpu = useGpu();

describe('WGSL target program', () => {
  it('has no program for a flow without a target', () => {
    const { module } = flowFor('dw4', 4, 2);
    expect(compileTargetProgram({ ...module, target: undefined })).toBeUndefined();
  });

  it.each([
    ['energy_dw4', 'dw4', 4, 2],
    ['energy_lj13', 'lj', 13, 3],
  ] as const)('%s: every golden energy, and log w against the host in float64', async (kind, target, n, d) => {
    const flow = flowFor(target, n, d);
    const program = compileTargetProgram(flow.module)!;
    const golden = cases.filter((c) => c.kind === kind);
    expect(golden.length).toBeGreaterThan(10);
    const B = golden.length;
    const x = Float64Array.from(golden.flatMap((c) => c.inputs.x.flat()));
    // a ~ π(·|x) and an arbitrary log q per row, so every term of log w is exercised.
    const a = new Float64Array(B * n * d);
    for (let b = 0; b < B; b++) augment({ n, d, A: 1 }, flow.module.base.augmentScale, x.subarray(b * n * d, (b + 1) * n * d), normals(5, 2, b, n * d), a.subarray(b * n * d, (b + 1) * n * d));
    const logQ = Float64Array.from({ length: B }, (_, b) => -3 + 0.25 * b);
    const { device } = gpu();
    const runner = await ProgramRunner.create(device, program, new Float32Array(0), (k) => pipelineFor(device, k.label, k.code));
    const ids = TARGET_VALUES;
    // The device sees x, a and log q rounded to float32: the host's value is computed from the same numbers.
    const f32 = (v: Float64Array) => Float64Array.from(Float32Array.from(v));
    const [energy, logW] = (await runner.runRows(new Map([[ids.x, x], [ids.a, a], [ids.logQ, logQ]]), B, [ids.energy, ids.logW], 1024)) as [Float64Array, Float64Array];
    const logPi = flow.augmentedLogProb(f32(x), f32(a), B);
    const hostLogW = flow.targetLogProb(f32(x), B)!.map((p, b) => p + logPi[b]! - Math.fround(logQ[b]!));
    let worstEnergy = 0;
    let worstLogW = 0;
    golden.forEach((c, b) => {
      const expected = c.expected.energy;
      // Relative to the largest pair term's scale: LJ sums cancel (−18.5 + 12.1 = −6.4 in the quirk case).
      const err = Math.abs(energy[b]! - expected) / Math.max(1, Math.abs(expected));
      worstEnergy = Math.max(worstEnergy, err);
      expect(err, `${c.id}: ${energy[b]} vs ${expected}`).toBeLessThan(1e-4);
      const errW = Math.abs(logW[b]! - hostLogW[b]!) / Math.max(1, Math.abs(hostLogW[b]!));
      worstLogW = Math.max(worstLogW, errW);
      expect(errW, `${c.id} log w`).toBeLessThan(1e-4);
    });
    expect(worstEnergy).toBeGreaterThan(0); // float32 against float64: a comparison that compares something
    runner.dispose();
  });
});
