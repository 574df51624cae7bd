/**
 * `flowc compile --target wgsl`: the folder is complete, and its flow.js — imported on its own, as a user
 * would — samples the same (x, log q) as the float64 reference for the same seed, and evaluates log q.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flowc } from '../helpers/cli.js';
import { useGpu } from '../helpers/gpu.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { Flow } from '../../backends/flow.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { modelLogWeights } from '../../backends/metrics.js';
import { nodeGpuObject } from '../../backends/wgsl/device.js';
import type { loadFlow as LoadFlow } from '../../backends/wgsl/standalone/flow.js';

const spec = `flow tiny {
  system particles 4, dim 3
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project vector condition net
  scaling
  target lj
}
`;

const gpu = useGpu(nodeGpuObject);

describe('flowc compile --target wgsl', () => {
  it('writes a standalone sampler that agrees with the reference', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-wgsl-'));
    writeFileSync(join(dir, 'tiny.flow'), spec);
    const { module } = compile(spec);
    const weights = randomWeights(module, 3);
    saveWeights(join(dir, 'w.safetensors'), module, weights);
    const out = join(dir, 'sampler');
    const run = flowc(['compile', join(dir, 'tiny.flow'), '--weights', join(dir, 'w.safetensors'), '--target', 'wgsl', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    for (const f of ['manifest.json', 'flow.js', 'runtime.js', 'base.js', 'rng.js', 'index.html', 'weights-forward.bin', 'weights-inverse.bin', 'kernels/sample-0.wgsl', 'kernels/target-0.wgsl']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readdirSync(join(out, 'kernels')).length).toBeGreaterThan(3);
    const { loadFlow } = (await import(pathToFileURL(join(out, 'flow.js')).href)) as { loadFlow: typeof LoadFlow };
    const load = async (path: string) => (path.endsWith('.bin') ? new Uint8Array(readFileSync(join(out, path))).buffer : readFileSync(join(out, path), 'utf8'));
    const standalone = await loadFlow({ gpu: gpu(), load });
    const got = await standalone.sample(16, 11);
    const reference = new Flow(module, weights, referenceBackend).sample(16, 11);
    got.logQ.forEach((v, i) => expect(Math.abs(v - reference.logQ[i]!), `log q ${i}`).toBeLessThan(5e-4));
    got.x.forEach((v, i) => expect(Math.abs(v - reference.x[i]!), `x ${i}`).toBeLessThan(1e-4));
    const logQ = await standalone.logProb(reference.x, reference.a, 16);
    logQ.forEach((v, i) => expect(Math.abs(v - reference.logQ[i]!), `logProb ${i}`).toBeLessThan(5e-4));
    // Importance weights on the device: log w of the samples as sampled, against the host's float64 of the same.
    const host = modelLogWeights(new Flow(module, weights, referenceBackend), { x: got.x, a: got.a, logQ: got.logQ }, 16);
    expect(got.logW).toHaveLength(16);
    got.logW!.forEach((v, i) => expect(Math.abs(v - host[i]!) / Math.max(1, Math.abs(host[i]!)), `log w ${i}`).toBeLessThan(1e-4));
    // The marginal estimate with K = 4 draws of a per x made on the device: the reference's, same seed.
    const marginal = await standalone.marginalLogProb(reference.x, 16, 4, 3);
    const hostMarginal = new Flow(module, weights, referenceBackend).marginalLogProb(reference.x, 16, 4, 3);
    marginal.forEach((v, i) => expect(Math.abs(v - hostMarginal[i]!), `marginal ${i}`).toBeLessThan(5e-4));
    const again = await standalone.logWeights(got.x, got.a, got.logQ, 16);
    expect(Array.from(again.logW)).toEqual(Array.from(got.logW!));
    standalone.dispose();
  }, 120_000);

  it('refuses a folder that is not its own, and a missing --weights', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-wgsl-'));
    writeFileSync(join(dir, 'tiny.flow'), spec);
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'precious.txt'), 'keep me');
    const { module } = compile(spec);
    saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 3));
    const taken = flowc(['compile', join(dir, 'tiny.flow'), '--weights', join(dir, 'w.safetensors'), '--target', 'wgsl', '-o', join(dir, 'taken')]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/is not a flowc output folder/);
    expect(readFileSync(join(dir, 'taken', 'precious.txt'), 'utf8')).toBe('keep me');
    const noWeights = flowc(['compile', join(dir, 'tiny.flow'), '--target', 'wgsl', '-o', join(dir, 'x')]);
    expect(noWeights.status).toBe(2);
    expect(noWeights.stderr).toMatch(/needs --weights/);
  });
});
