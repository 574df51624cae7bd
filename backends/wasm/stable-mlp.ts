/**
 * StableMLP forward and adjoint composed from the wasm dense kernels, with the semantics of `stableMlp`
 * (backends/reference/nets/mlp.ts) and `stableMlpVjp` (nets/mlp-adjoint.ts): y = silu(lin0(x)); then
 * y = y + silu(lin_k(LayerNorm_k(y))) per further hidden width (no residual where the width changes); a plain
 * `out` Linear last unless activateFinal. Unlike the reference adjoint, which recomputes the forward, the
 * forward here returns a tape of what the adjoint reads (each block's input, normalised input and
 * pre-activation) — the "saved" column of compiled-training.md §2 for dense layers.
 */
import type { ParamStore } from '../reference/nets/params.js';
import type { DenseKernels, F32Buffer } from './kernels.js';

/** Parameters or their adjoints, by the reference's names (`${name}.lin0.w`, …), as arena buffers. */
export type WasmParams = Map<string, F32Buffer>;

interface Block {
  readonly input: F32Buffer;
  readonly normed: F32Buffer;
  readonly pre: F32Buffer;
  readonly residual: boolean;
  readonly k: number;
}

/** What stableMlpBackward needs from the forward pass. */
export interface MlpTape {
  readonly name: string;
  readonly rows: number;
  /** lin0's input; undefined when the caller computed lin0 itself (stableMlpFromFirst). */
  readonly x: F32Buffer | undefined;
  readonly pre0: F32Buffer;
  readonly blocks: readonly Block[];
  /** The last hidden activation: the `out` layer's input (when there is one). */
  readonly hidden: F32Buffer;
  readonly activateFinal: boolean;
}

/** Uploads every parameter of `store` (float64 → float32) into the kernels' arena. */
export function uploadParams(kernels: DenseKernels, store: ParamStore): WasmParams {
  return new Map([...store].map(([name, values]) => [name, kernels.upload(values)]));
}

/** Zeroed adjoint buffers shaped like `params`. */
export function zeroAdjoints(kernels: DenseKernels, params: WasmParams): WasmParams {
  return new Map([...params].map(([name, buffer]) => [name, kernels.arena.zeros(buffer.length)]));
}

/** The buffer of parameter (or adjoint) `name`; a missing name is a compiler bug. */
export function bufferOf(params: WasmParams, name: string): F32Buffer {
  const buffer = params.get(name);
  if (!buffer) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return buffer;
}

/** The forward pass: returns the output [rows, units.at(-1)] and the tape for the adjoint. */
export function stableMlpForward(kernels: DenseKernels, x: F32Buffer, rows: number, params: WasmParams, name: string, units: readonly number[], activateFinal: boolean): { y: F32Buffer; tape: MlpTape } {
  const pre0 = kernels.linear(x, rows, bufferOf(params, `${name}.lin0.w`), bufferOf(params, `${name}.lin0.b`));
  return stableMlpFromFirst(kernels, pre0, x, rows, params, name, units, activateFinal);
}

/**
 * The forward pass from lin0's output `pre0` on: for callers that compute the first layer their own way (the
 * EGNN's factorised message layer, exec/egnn-layer.ts). `x` is lin0's input when there is one to
 * differentiate (stableMlpBackward), undefined when the caller takes pre0's adjoint (stableMlpBackwardToFirst).
 */
export function stableMlpFromFirst(kernels: DenseKernels, pre0: F32Buffer, x: F32Buffer | undefined, rows: number, params: WasmParams, name: string, units: readonly number[], activateFinal: boolean): { y: F32Buffer; tape: MlpTape } {
  const hidden = activateFinal ? units : units.slice(0, -1);
  const linear = (input: F32Buffer, layer: string) => kernels.linear(input, rows, bufferOf(params, `${name}.${layer}.w`), bufferOf(params, `${name}.${layer}.b`));
  let y = kernels.silu(pre0);
  const blocks: Block[] = [];
  for (let k = 1; k < hidden.length; k++) {
    const normed = kernels.layerNorm(y, rows, bufferOf(params, `${name}.ln${k}.scale`), bufferOf(params, `${name}.ln${k}.offset`));
    const pre = linear(normed, `lin${k}`);
    const residual = hidden[k] === hidden[k - 1];
    blocks.push({ input: y, normed, pre, residual, k });
    const z = kernels.silu(pre);
    y = residual ? kernels.add(z, y, z) : z;
  }
  const tape: MlpTape = { name, rows, x, pre0, blocks, hidden: y, activateFinal };
  return { y: activateFinal ? y : linear(y, 'out'), tape };
}

/** The adjoint: adds every parameter's adjoint into `adjoints` (same names) and returns x̄. */
export function stableMlpBackward(kernels: DenseKernels, tape: MlpTape, yBar: F32Buffer, params: WasmParams, adjoints: WasmParams): F32Buffer {
  if (!tape.x) throw new Error(`flowc internal error: the tape of '${tape.name}' has no lin0 input to differentiate`);
  const pre0Bar = stableMlpBackwardToFirst(kernels, tape, yBar, params, adjoints);
  return linearBackward(kernels, tape.rows, tape.x, `${tape.name}.lin0`, pre0Bar, params, adjoints);
}

/** The adjoint down to lin0's output: adds the adjoints of every parameter but lin0's, returns pre0̄. */
export function stableMlpBackwardToFirst(kernels: DenseKernels, tape: MlpTape, yBar: F32Buffer, params: WasmParams, adjoints: WasmParams): F32Buffer {
  const { name, rows } = tape;
  let g = tape.activateFinal ? yBar : linearBackward(kernels, rows, tape.hidden, `${name}.out`, yBar, params, adjoints);
  for (const block of [...tape.blocks].reverse()) {
    const preBar = kernels.siluBackward(block.pre, g);
    const normedBar = linearBackward(kernels, rows, block.normed, `${name}.lin${block.k}`, preBar, params, adjoints);
    const ln = `${name}.ln${block.k}`;
    const inBar = kernels.layerNormBackward(block.input, rows, bufferOf(params, `${ln}.scale`), normedBar, bufferOf(adjoints, `${ln}.scale`), bufferOf(adjoints, `${ln}.offset`));
    g = block.residual ? kernels.add(inBar, g, inBar) : inBar;
  }
  return kernels.siluBackward(tape.pre0, g);
}

/**
 * Linear `layer`'s adjoint: its parameters' adjoints accumulated into `adjoints`, its input's returned. The
 * weight may go by another name than `${layer}.w` (a derived layout: exec/egnn-first-layer.ts).
 */
export function linearBackward(kernels: DenseKernels, rows: number, input: F32Buffer, layer: string, outBar: F32Buffer, params: WasmParams, adjoints: WasmParams, weight = `${layer}.w`): F32Buffer {
  kernels.linearWeightAdjoint(input, rows, outBar, bufferOf(adjoints, weight), bufferOf(adjoints, `${layer}.b`));
  return kernels.linearInputAdjoint(outBar, rows, bufferOf(params, weight));
}
