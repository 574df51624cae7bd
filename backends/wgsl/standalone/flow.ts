/**
 * The standalone sampler that `flowc compile --target wgsl` ships: it reads the manifest, kernels and weights
 * the compiler wrote, and samples (x, a, log q; with a target E(x) and log w — the draws made on the device)
 * or evaluates log q(x, a) on any WebGPU device — a browser's `navigator.gpu` or Dawn's in Node. It imports
 * only files shipped next to it (runtime.js, base.js, rng.js).
 */
import { ProgramRunner, TARGET_VALUES, type KernelProgram, type MarginalProgram, type Program, type SamplerProgram } from '../runtime.js';
import { centreJoint, densityFrom, logWeightRows, marginalOfRows, packJoint, repeatRows, unpackJoint, type JointSizes } from '../../base.js';

/** A program as the folder stores it: kernels as file names, weights (if it has any) in a .bin file. */
export type StoredProgram<P extends KernelProgram = Program> = Omit<P, 'kernels'> & {
  readonly kernels: readonly { readonly label: string; readonly file: string; readonly bindings: readonly string[] }[];
  readonly weightsFile?: string;
};

export interface Manifest {
  readonly format: 'flowc-wgsl/2';
  readonly name: string;
  readonly system: { readonly n: number; readonly dim: number; readonly augmented: number; readonly channels: number };
  readonly base: { readonly scale: number; readonly augmentScale: number };
  readonly symmetry: { readonly proven: string; readonly generators: readonly string[] };
  /**
   * `sample`: base draws on the device and the forward function; `inverse`: log q of given (x, a);
   * `marginal`: K draws of a per x on the device and the inverse (the marginal estimate); `target`: E(x) and
   * log w of samples (TARGET_VALUES), when the flow has a target energy.
   */
  readonly programs: {
    readonly sample: StoredProgram<SamplerProgram>;
    readonly inverse: StoredProgram;
    readonly marginal: StoredProgram<MarginalProgram>;
    readonly target?: StoredProgram<KernelProgram>;
  };
}

export interface StandaloneSample {
  readonly x: Float64Array;
  readonly a: Float64Array;
  readonly logQ: Float64Array;
  /** With a target: E(x), and log w = −E(x)/τ + log π(a|x) − log q(x, a), the importance weights' logs. */
  readonly energy?: Float64Array;
  readonly logW?: Float64Array;
}

export interface StandaloneFlow {
  readonly manifest: Manifest;
  /** Rows first … first + count − 1 of the seed's base draws, pushed through the flow (and weighed, with a target). */
  sample(count: number, seed: number, first?: number): Promise<StandaloneSample>;
  logProb(x: Float64Array, a: Float64Array, count: number): Promise<Float64Array>;
  /** log q̂(x) = logsumexp_k [log q(x, a_k) − log π(a_k|x)] − log K, a_k ~ π(·|x) drawn on the device (method §2.4). */
  marginalLogProb(x: Float64Array, count: number, K?: number, seed?: number): Promise<Float64Array>;
  /** E(x) and log w of given samples; throws when the flow has no target. */
  logWeights(x: Float64Array, a: Float64Array, logQ: Float64Array, count: number): Promise<{ energy: Float64Array; logW: Float64Array }>;
  dispose(): void;
}

/** Systems per dispatch. */
const CHUNK = 1024;

/** `load(path)` returns a file of the compiled folder: text for .json/.wgsl, bytes for .bin. */
export async function loadFlow(options: { gpu: GPU; load: (path: string) => Promise<string | ArrayBuffer> }): Promise<StandaloneFlow> {
  const manifest = JSON.parse((await options.load('manifest.json')) as string) as Manifest;
  if (manifest.format !== 'flowc-wgsl/2') throw new Error(`manifest.json: format ${String(manifest.format)} is not flowc-wgsl/2 (recompile with this flowc)`);
  const adapter = await options.gpu.requestAdapter();
  if (!adapter) throw new Error('no WebGPU adapter');
  // The EGNN update kernel binds up to 10 storage buffers (the default limit is 8).
  const { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage } = adapter.limits;
  const device = await adapter.requestDevice({ requiredLimits: { maxStorageBufferBindingSize, maxBufferSize, maxStorageBuffersPerShaderStage } });
  const prepare = async <P extends KernelProgram>(stored: StoredProgram<P>): Promise<ProgramRunner<P>> => {
    const kernels = await Promise.all(stored.kernels.map(async (k) => ({ label: k.label, bindings: k.bindings, code: (await options.load(k.file)) as string })));
    const weights = stored.weightsFile ? new Float32Array((await options.load(stored.weightsFile)) as ArrayBuffer) : new Float32Array(0);
    return ProgramRunner.create(device, { ...stored, kernels } as unknown as P, weights, (k) =>
      device.createComputePipelineAsync({ label: k.label, layout: 'auto', compute: { module: device.createShaderModule({ label: k.label, code: k.code }), entryPoint: 'main' } }),
    );
  };
  const { programs } = manifest;
  const [sampler, inverse, marginal, target] = await Promise.all([prepare(programs.sample), prepare(programs.inverse), prepare(programs.marginal), programs.target && prepare(programs.target)]);
  const sizes: JointSizes = { n: manifest.system.n, d: manifest.system.dim, A: manifest.system.augmented };
  const run = (runner: ProgramRunner, z: Float64Array, count: number) => runner.runChunked(z, count, CHUNK);
  const logWeights = async (x: Float64Array, a: Float64Array, logQ: Float64Array, count: number) => {
    if (!target) throw new Error(`${manifest.name} has no target energy: no importance weights`);
    const ids = TARGET_VALUES;
    const [energy, logW] = (await target.runRows(new Map([[ids.x, x], [ids.a, a], [ids.logQ, logQ]]), count, [ids.energy, ids.logW], CHUNK)) as [Float64Array, Float64Array];
    return { energy, logW };
  };
  return {
    manifest,
    async sample(count, seed, first = 0) {
      const out = await sampler.runSampler(count, seed, first, CHUNK);
      const { x, a } = unpackJoint(sizes, out.z, count);
      const logQ = out.logQ0.map((v, b) => v - out.logDet[b]!);
      return target ? { x, a, logQ, ...(await logWeights(x, a, logQ, count)) } : { x, a, logQ };
    },
    logWeights,
    async marginalLogProb(x, count, K = 20, seed = 0) {
      const out = await marginal.runMarginal(repeatRows(x, count, K, sizes.n * sizes.d), count * K, seed, CHUNK);
      return marginalOfRows(logWeightRows(densityFrom(sizes, manifest.base, out.z, out.logDet, count * K), out.logPi, count, K));
    },
    async logProb(x, a, count) {
      const out = await run(inverse, centreJoint(sizes, packJoint(sizes, x, a, count), count), count);
      return densityFrom(sizes, manifest.base, out.z, out.logDet, count);
    },
    dispose() {
      sampler.dispose();
      inverse.dispose();
      marginal.dispose();
      target?.dispose();
      device.destroy();
    },
  };
}
