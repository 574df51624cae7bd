/**
 * The backend interface: a backend turns an IR module and its weights into an Executable that runs the
 * module's forward or inverse function on a batch of systems. Every backend passes the same conformance
 * suite (test/conformance/), judged against the float64 reference.
 */
import type { Direction, DType, IRModule } from '../compiler/ir/ir.js';
import type { Weights } from './init.js';

export interface RunResult {
  /** B joint samples, [B][n][C][d] flattened. */
  readonly z: Float64Array;
  /** B log-determinants of the map that was run. */
  readonly logDet: Float64Array;
}

export interface Executable {
  /** Synchronous backends (reference, tfjs). A GPU backend that cannot block throws here and offers runAsync. */
  run(direction: Direction, z: Float64Array, batch: number): RunResult;
  /** The same, for backends whose device work completes asynchronously (WebGPU); Flow's *Async methods use it. */
  runAsync?(direction: Direction, z: Float64Array, batch: number): Promise<RunResult>;
  /**
   * Samples rows first … first + count − 1 of `seed` with the base draws made by the backend itself (WGSL: on
   * the device, the host's Philox words): x, a packed as z, the forward's log-det and log q0. Flow uses it
   * when present and draws on the host otherwise.
   */
  sampleAsync?(count: number, seed: number, first: number): Promise<RunResult & { readonly logQ0: Float64Array }>;
  /**
   * The marginal estimate's inverse runs (method §2.4) with the draws made by the backend: K draws
   * a_k ~ π(·|x) per configuration (rows b·K + k of the seed's marginalA stream, as Flow.augmentDraws), (x, a_k)
   * centred and pushed through the inverse: z0 and the log-det per draw, and log π(a_k|x). Flow draws on the
   * host when absent.
   */
  augmentedInverseAsync?(x: Float64Array, batch: number, K: number, seed: number): Promise<RunResult & { readonly logPi: Float64Array }>;
  /**
   * The text of the code the backend generated for this flow (WGSL kernels), where it generates any: what the
   * numbers depend on besides the IR and the weights (flowc sample's resume key digests it).
   */
  readonly code?: string;
  /** Frees what `prepare` allocated (device or tfjs tensors); the executable is unusable afterwards. */
  dispose?(): void;
}

export interface Backend {
  readonly name: string;
  readonly dtype: DType;
  /** Relative tolerance this backend is held to against the float64 reference. */
  readonly tolerance: number;
  prepare(module: IRModule, weights: Weights): Executable;
}
