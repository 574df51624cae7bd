/**
 * The standalone sampler that `flowc compile --target wgsl` ships: it reads the manifest, kernels and weights
 * the compiler wrote, and samples (x, a, log q) or evaluates log q(x, a) on any WebGPU device — a browser's
 * `navigator.gpu` or Dawn's in Node. It imports only files shipped next to it (runtime.js, base.js, rng.js).
 */
import { ProgramRunner, type Program } from '../runtime.js';
import { baseSample, centreJoint, densityFrom, packJoint, unpackJoint, type JointSizes } from '../../base.js';

export interface StoredProgram extends Omit<Program, 'kernels'> {
  readonly kernels: readonly { readonly label: string; readonly file: string; readonly bindings: readonly string[] }[];
  readonly weightsFile: string;
}

export interface Manifest {
  readonly format: 'flowc-wgsl/1';
  readonly name: string;
  readonly system: { readonly n: number; readonly dim: number; readonly augmented: number; readonly channels: number };
  readonly base: { readonly scale: number; readonly augmentScale: number };
  readonly symmetry: { readonly proven: string; readonly generators: readonly string[] };
  readonly programs: { readonly forward: StoredProgram; readonly inverse: StoredProgram };
}

export interface StandaloneFlow {
  readonly manifest: Manifest;
  /** Rows first … first + count − 1 of the seed's base draws, pushed through the flow. */
  sample(count: number, seed: number, first?: number): Promise<{ x: Float64Array; a: Float64Array; logQ: Float64Array }>;
  logProb(x: Float64Array, a: Float64Array, count: number): Promise<Float64Array>;
  dispose(): void;
}

/** Systems per dispatch. */
const CHUNK = 1024;

/** `load(path)` returns a file of the compiled folder: text for .json/.wgsl, bytes for .bin. */
export async function loadFlow(options: { gpu: GPU; load: (path: string) => Promise<string | ArrayBuffer> }): Promise<StandaloneFlow> {
  const manifest = JSON.parse((await options.load('manifest.json')) as string) as Manifest;
  if (manifest.format !== 'flowc-wgsl/1') throw new Error(`manifest.json: format ${String(manifest.format)} is not flowc-wgsl/1`);
  const adapter = await options.gpu.requestAdapter();
  if (!adapter) throw new Error('no WebGPU adapter');
  // The EGNN update kernel binds up to 10 storage buffers (the default limit is 8).
  const { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage } = adapter.limits;
  const device = await adapter.requestDevice({ requiredLimits: { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage } });
  const prepare = async (stored: StoredProgram) => {
    const kernels = await Promise.all(stored.kernels.map(async (k) => ({ label: k.label, bindings: k.bindings, code: (await options.load(k.file)) as string })));
    const weights = new Float32Array((await options.load(stored.weightsFile)) as ArrayBuffer);
    return ProgramRunner.create(device, { ...stored, kernels }, weights, (k) =>
      device.createComputePipelineAsync({ label: k.label, layout: 'auto', compute: { module: device.createShaderModule({ label: k.label, code: k.code }), entryPoint: 'main' } }),
    );
  };
  const [forward, inverse] = await Promise.all([prepare(manifest.programs.forward), prepare(manifest.programs.inverse)]);
  const sizes: JointSizes = { n: manifest.system.n, d: manifest.system.dim, A: manifest.system.augmented };
  const run = (runner: ProgramRunner, z: Float64Array, count: number) => runner.runChunked(z, count, CHUNK);
  return {
    manifest,
    async sample(count, seed, first = 0) {
      const base = baseSample(sizes, manifest.base, count, seed, first);
      const out = await run(forward, packJoint(sizes, base.x, base.a, count), count);
      const { x, a } = unpackJoint(sizes, out.z, count);
      return { x, a, logQ: base.logQ0.map((v, b) => v - out.logDet[b]!) };
    },
    async logProb(x, a, count) {
      const out = await run(inverse, centreJoint(sizes, packJoint(sizes, x, a, count), count), count);
      return densityFrom(sizes, manifest.base, out.z, out.logDet, count);
    },
    dispose() {
      forward.dispose();
      inverse.dispose();
      device.destroy();
    },
  };
}
