/**
 * A compiled flow with its weights, on one backend: sampling with log q, the joint density of (x, a),
 * the marginal log q(x) by importance sampling over a (method §2.4), energies and log weights.
 * Arrays are flat, row-major: x [B][n][d], a [B][n][A][d], z [B][n][C][d] (channel 0 is x).
 */
import type { IRModule, TargetSpec } from '../compiler/ir/ir.js';
import type { Backend, Executable, RunResult } from './backend.js';
import type { Weights } from './init.js';
import { augment, augmentedLogProb, baseSample, centreJoint, densityFrom, logWeightRows, marginalOfRows, packJoint, repeatRows, unpackJoint } from './base.js';
import { doubleWellEnergy, lennardJonesEnergy } from './reference/math/energies.js';
import { normals, Streams } from './rng.js';
import { loadWeights, saveWeights } from './weights-io.js';

export interface Sample {
  readonly x: Float64Array;
  readonly a: Float64Array;
  readonly logQ: Float64Array;
}

export class Flow {
  private executable: Executable;
  readonly n: number;
  readonly d: number;
  readonly A: number;

  constructor(readonly module: IRModule, private weightsStore: Weights, readonly backend: Backend) {
    this.executable = backend.prepare(module, weightsStore);
    ({ n: this.n, dim: this.d, augmented: this.A } = module.system);
  }

  get weights(): Weights {
    return this.weightsStore;
  }

  /** Writes the weights as safetensors (float64), atomically. */
  saveWeights(path: string, metadata: Record<string, string> = {}): void {
    saveWeights(path, this.module, this.weightsStore, metadata);
  }

  /** Reads safetensors weights, checked against the module's layout (a WeightsError names any mismatch). */
  loadWeights(path: string): void {
    this.setWeights(loadWeights(path, this.module));
  }

  /** Replaces the weights (same names and sizes as the module's layout). */
  setWeights(weights: Weights): void {
    this.executable.dispose?.();
    this.weightsStore = weights;
    this.executable = this.backend.prepare(this.module, weights);
  }

  /** The generated code the backend runs this flow with, where it generates any (see Executable.code). */
  get code(): string | undefined {
    return this.executable.code;
  }

  /** Releases the backend's resources for this flow. */
  dispose(): void {
    this.executable.dispose?.();
  }

  /** Packs x [B][n][d] and a [B][n][A][d] into z [B][n][C][d]. */
  pack(x: Float64Array, a: Float64Array, batch: number): Float64Array {
    return packJoint(this, x, a, batch);
  }

  unpack(z: Float64Array, batch: number): { x: Float64Array; a: Float64Array } {
    return unpackJoint(this, z, batch);
  }

  forward(z: Float64Array, batch: number): RunResult {
    return this.executable.run('forward', z, batch);
  }

  inverse(z: Float64Array, batch: number): RunResult {
    return this.executable.run('inverse', z, batch);
  }

  /** Base draws (method §2.2): x = σ(ε − mean ε), a = x + η·ε′; rows of Philox streams baseX/baseA. */
  baseSample(batch: number, seed: number, first = 0): { x: Float64Array; a: Float64Array; logQ0: Float64Array } {
    return baseSample(this, this.module.base, batch, seed, first);
  }

  /** `count` samples (x, a) with log q(x, a) = log q0(z0) − Σ log-det (method §2.3). */
  sample(count: number, seed: number, first = 0): Sample {
    const base = this.baseSample(count, seed, first);
    return this.sampleFrom(base, this.forward(this.pack(base.x, base.a, count), count), count);
  }

  /**
   * `sample` on a backend whose executable runs asynchronously (WGSL); the same numbers on any other.
   * Rows first … first + count − 1 of the seed's base draws: samples do not depend on how a run is chunked.
   * A backend that draws on its device (WGSL) draws the same Philox words, its normals within float32
   * round-off of the host's.
   */
  async sampleAsync(count: number, seed: number, first = 0): Promise<Sample> {
    if (this.executable.sampleAsync) {
      const out = await this.executable.sampleAsync(count, seed, first);
      return this.sampleFrom({ logQ0: out.logQ0 }, out, count);
    }
    const base = this.baseSample(count, seed, first);
    return this.sampleFrom(base, await this.runAsync('forward', this.pack(base.x, base.a, count), count), count);
  }

  private sampleFrom(base: { logQ0: Float64Array }, out: RunResult, count: number): Sample {
    const { x, a } = this.unpack(out.z, count);
    return { x, a, logQ: base.logQ0.map((v, b) => v - out.logDet[b]!) };
  }

  /** log q(x, a): centre on x's CoM, run the inverse, add log q0 (method §2.3). */
  logProb(x: Float64Array, a: Float64Array, batch: number): Float64Array {
    return this.densityFrom(this.inverse(this.centredJoint(x, a, batch), batch), batch);
  }

  async logProbAsync(x: Float64Array, a: Float64Array, batch: number): Promise<Float64Array> {
    return this.densityFrom(await this.runAsync('inverse', this.centredJoint(x, a, batch), batch), batch);
  }

  /** `forward` on any backend, including those that only run asynchronously (WGSL). */
  forwardAsync(z: Float64Array, batch: number): Promise<RunResult> {
    return this.runAsync('forward', z, batch);
  }

  inverseAsync(z: Float64Array, batch: number): Promise<RunResult> {
    return this.runAsync('inverse', z, batch);
  }

  private runAsync(direction: 'forward' | 'inverse', z: Float64Array, batch: number): Promise<RunResult> {
    return this.executable.runAsync ? this.executable.runAsync(direction, z, batch) : Promise.resolve(this.executable.run(direction, z, batch));
  }

  private centredJoint(x: Float64Array, a: Float64Array, batch: number): Float64Array {
    return centreJoint(this, this.pack(x, a, batch), batch);
  }

  private densityFrom(out: RunResult, batch: number): Float64Array {
    return densityFrom(this, this.module.base, out.z, out.logDet, batch);
  }

  /** log π(a | x) of the augmented target (method §2.1). */
  augmentedLogProb(x: Float64Array, a: Float64Array, batch: number): Float64Array {
    const { n, d, A } = this;
    return Float64Array.from({ length: batch }, (_, b) => augmentedLogProb(x.subarray(b * n * d, (b + 1) * n * d), a.subarray(b * n * A * d, (b + 1) * n * A * d), n, A, d, this.module.base.augmentScale));
  }

  /** K draws a_k ~ π(·|x) per configuration (row b·K + k of the seed's marginalA stream), with x repeated to match. */
  augmentDraws(x: Float64Array, batch: number, K: number, seed: number): { xs: Float64Array; as: Float64Array } {
    const { n, d, A } = this;
    const xs = repeatRows(x, batch, K, n * d);
    const as = new Float64Array(batch * K * n * A * d);
    for (let row = 0; row < batch * K; row++) {
      const xr = xs.subarray(row * n * d, (row + 1) * n * d);
      augment(this, this.module.base.augmentScale, xr, normals(seed, Streams.marginalA, row, n * A * d), as.subarray(row * n * A * d, (row + 1) * n * A * d));
    }
    return { xs, as };
  }

  /** log w [B][K] = log q(x, a_k) − log π(a_k | x) with a_k ~ π(·|x) (method §2.4). */
  logWeights(x: Float64Array, batch: number, K: number, seed: number): number[][] {
    const { xs, as } = this.augmentDraws(x, batch, K, seed);
    return this.weightsOfDraws(xs, as, this.logProb(xs, as, batch * K), batch, K);
  }

  /**
   * `logWeights` on any backend, including WGSL: the B·K inverse runs are the work. The same draws (on a
   * backend that draws on its device, the same Philox words, normals within float32 round-off).
   */
  async logWeightsAsync(x: Float64Array, batch: number, K: number, seed: number): Promise<number[][]> {
    if (this.executable.augmentedInverseAsync) {
      const out = await this.executable.augmentedInverseAsync(x, batch, K, seed);
      return logWeightRows(this.densityFrom(out, batch * K), out.logPi, batch, K);
    }
    const { xs, as } = this.augmentDraws(x, batch, K, seed);
    return this.weightsOfDraws(xs, as, await this.logProbAsync(xs, as, batch * K), batch, K);
  }

  private weightsOfDraws(xs: Float64Array, as: Float64Array, logQ: Float64Array, batch: number, K: number): number[][] {
    return logWeightRows(logQ, this.augmentedLogProb(xs, as, batch * K), batch, K);
  }

  /** log q̂(x) = logsumexp_k log w_k − log K. */
  marginalLogProb(x: Float64Array, batch: number, K = 20, seed = 0): Float64Array {
    return marginalOfRows(this.logWeights(x, batch, K, seed));
  }

  async marginalLogProbAsync(x: Float64Array, batch: number, K = 20, seed = 0): Promise<Float64Array> {
    return marginalOfRows(await this.logWeightsAsync(x, batch, K, seed));
  }

  /** log p(x) = −E(x)/τ of the flow's target, or undefined when the flow has none. */
  targetLogProb(x: Float64Array, batch: number): Float64Array | undefined {
    return this.module.target && targetLogProb(this.module.target, x, batch, this.n, this.d);
  }
}

/** log p(x) = −E(x)/τ of a target, for configurations x [batch][n][d] (no weights needed). */
export function targetLogProb(target: TargetSpec, x: Float64Array, batch: number, n: number, d: number): Float64Array {
  return Float64Array.from({ length: batch }, (_, b) => {
    const xb = x.subarray(b * n * d, (b + 1) * n * d);
    const energy = target.kind === 'dw4' ? doubleWellEnergy(xb, n, d, target) : lennardJonesEnergy(xb, n, d, target).total;
    return -energy / target.temperature;
  });
}
