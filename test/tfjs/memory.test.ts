/**
 * The tfjs backend's memory estimate (backends/tfjs/memory.ts): close to what tfjs really allocates per system
 * (its own profile, view ops excluded: a reshape shares its input's memory), and a flow of which one system
 * cannot fit is refused before any tensor work, with the estimate and the limit (was "RuntimeError: memory
 * access out of bounds" after 3.5 GB at 2,000 particles).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { tf, useTfBackend } from '../../backends/tfjs/tf.js';
import { createTfjsBackend, planModule, weightTensors } from '../../backends/tfjs/index.js';
import { executePlan } from '../../backends/tfjs/execute.js';
import { systemsThatFit, tfjsBytesPerSystem, TfjsMemoryError } from '../../backends/tfjs/memory.js';
import type { IRModule } from '../../compiler/ir/ir.js';
import { flowc } from '../helpers/cli.js';

const flows = {
  spherical: `flow a { system particles 16, dim 3
    let net = egnn(layers 2, mlp [32, 16], features 16)
    couple x | a project spherical transform spline(bins 8, radius_max 10) condition net
    couple a | x project vector condition net }`,
  cartesian: `flow b { system particles 32, dim 2
    let net = egnn(layers 1, mlp [16, 32], features 16, head [16, 16])
    couple x | a project cartesian condition net
    couple a | x project cartesian condition net }`,
  transformer: `flow c { system particles 24, dim 3
    couple x | a project none condition transformer(layers 2, heads 2)
    couple a | x project none condition transformer(layers 2, heads 2) }`,
};
const many = (n: number) => `flow many {
  system particles ${n}, dim 3
  let net = egnn(layers 1, mlp [32, 32], features 16, head [16, 16])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
}
`;

/** Bytes tfjs allocates per system running `direction` (batch 5 minus batch 1, over 4), view ops excluded. */
async function measuredPerSystem(module: IRModule, direction: 'forward' | 'inverse'): Promise<number> {
  const plan = planModule(module)[direction];
  const params = weightTensors(module, randomWeights(module, 1));
  const { n, channels: C, dim: d } = module.system;
  const views = new Set(['Reshape', 'ExpandDims', 'Squeeze']);
  const allocated = async (batch: number) => {
    const profile = await tf.profile(() => tf.tidy(() => {
      const r = executePlan(plan, module, params, tf.randomNormal([batch, n, C, d]));
      return [r.z, r.logDet];
    }));
    // Kernels only: op scopes are listed too and would count their kernels twice.
    return profile.kernels.filter((k) => !views.has(k.name) && tf.getKernel(k.name, tf.getBackend()) !== undefined).reduce((sum, k) => sum + k.bytesAdded, 0);
  };
  const perSystem = ((await allocated(5)) - (await allocated(1))) / 4;
  tf.dispose([...params.values()]);
  return perSystem;
}

describe('tfjs memory estimate', () => {
  beforeAll(() => useTfBackend('cpu'));
  for (const [name, spec] of Object.entries(flows))
    it(`is within −10 % … +50 % of what tfjs allocates per system (${name})`, async () => {
      const { module } = compile(spec);
      for (const direction of ['forward', 'inverse'] as const) {
        const ratio = tfjsBytesPerSystem(module, module[direction]) / (await measuredPerSystem(module, direction));
        expect(ratio, direction).toBeGreaterThan(0.9);
        expect(ratio, direction).toBeLessThan(1.5);
      }
    }, 60_000);

  it('picks fewer systems per call when 16 do not fit, and refuses a flow of which one system does not', async () => {
    const { module } = compile(many(400));
    const perSystem = 1.1 * tfjsBytesPerSystem(module, module.inverse);
    expect(systemsThatFit(module, 3.5 * perSystem, 16)).toBe(3);
    expect(systemsThatFit(module, 100 * perSystem, 16)).toBe(16);
    expect(() => systemsThatFit(module, 0.9 * perSystem, 16)).toThrow(TfjsMemoryError);
    const large = compile(many(2000)).module;
    const backend = await createTfjsBackend('wasm');
    expect(() => backend.prepare(large, randomWeights(large, 1))).toThrow(/^many: one system needs ≈ [\d.]+ GB on tfjs .* more than the [\d.]+ GB it has left \(tfjs-backend-wasm's 4\.29 GB heap less what is in use\)/);
  }, 60_000);

  it('makes flowc sample on tfjs refuse 2,000 particles in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-tfjs-memory-'));
    const file = join(dir, 'many.flow');
    writeFileSync(file, many(2000));
    const { module } = compile(many(2000));
    saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 1));
    const run = flowc(['sample', file, '--weights', join(dir, 'w.safetensors'), '-n', '4', '--backend', 'tfjs', '-o', join(dir, 's.npy')]);
    expect(run.stderr).toMatch(/^flowc sample: many: one system needs ≈ [\d.]+ GB on tfjs .*: use fewer particles or narrower layers, or --backend wgsl\n$/);
    expect(run.status).toBe(1);
  }, 60_000);
});
