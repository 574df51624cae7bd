/**
 * How the wasm backend runs one IR op over a batch, forward and backward (compiled training, docs/design/
 * compiled-training.md): the executor walks the gradient function (compiler/ir/gradient.ts) and calls, per op,
 * `forward` with the batch of every operand, then, in reverse, `backward` with what the forward saved and the
 * adjoints of its results. Dense-heavy ops (egnn, head, transformer) run WebAssembly SIMD kernels; per-point
 * ops (inner, scaling, shift, the layout ops and the loss pieces) run typed-array JavaScript in float64
 * arithmetic. Every kernel is checked against the float64 reference's forward and vjp (backends/reference/).
 */
import type { IRModule } from '../../../compiler/ir/ir.js';
import type { PrimalOp } from '../../../compiler/ir/gradient.js';

/**
 * One IR value for the whole batch, examples first: a tensor value of shape S is a Float32Array of B·|S|
 * entries ([B, ...S] row-major); a scalar (a log-det, log q, a loss) is a Float64Array of B entries.
 */
export type Batch = Float32Array | Float64Array;

export interface ExecContext {
  readonly m: IRModule;
  /** B: examples in this batch. */
  readonly batch: number;
  /** Parameters by name (float32, the layout's shapes). */
  readonly params: ReadonlyMap<string, Float32Array>;
  /** Parameter adjoints by name (float64 accumulators, the parameter's length): backward adds into them. */
  readonly grads: Map<string, Float64Array>;
  /** The primal ops of the function being run (a `barrier` names its inner op by index). */
  readonly primal: readonly PrimalOp[];
  /**
   * What frees the memory kernels hold for this batch beyond a call (saved activations in a wasm arena): a
   * kernel pushes a release here the first time it holds some, and the executor runs them all, last first,
   * once the batch's forward (and backward) is done, also when it throws. Outputs and adjoints handed back to
   * the executor are the executor's (JS arrays), never arena memory, so nothing released is read afterwards.
   */
  readonly releases: (() => void)[];
}

export interface Forward {
  /** In the op's result order (compiler/ir/gradient.ts primalResults). */
  readonly outputs: Batch[];
  /** Whatever backward needs beyond the inputs (activations); absent when `save` was false. */
  readonly saved?: unknown;
}

export interface OpKernel<O extends PrimalOp = PrimalOp> {
  /** save = false when no backward will follow (sampling, log q). */
  forward(op: O, inputs: readonly Batch[], ctx: ExecContext, save: boolean): Forward;
  /**
   * Adjoints of the inputs (operand order; undefined where `needed` is false) from the adjoints of the results
   * (undefined: zero). Scalars' adjoints are per example (Float64Array(B)): a masked example's is 0. Adds the
   * parameters' adjoints into ctx.grads.
   */
  backward(op: O, inputs: readonly Batch[], saved: unknown, seeds: readonly (Batch | undefined)[], needed: readonly boolean[], ctx: ExecContext): (Batch | undefined)[];
}

/** The length of one example's slice of a tensor value. */
export const perExample = (value: Batch, batch: number) => value.length / batch;
