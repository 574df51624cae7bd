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
  readonly x: F32Buffer;
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

function get(params: WasmParams, name: string): F32Buffer {
  const buffer = params.get(name);
  if (!buffer) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return buffer;
}

/** The forward pass: returns the output [rows, units.at(-1)] and the tape for the adjoint. */
export function stableMlpForward(kernels: DenseKernels, x: F32Buffer, rows: number, params: WasmParams, name: string, units: readonly number[], activateFinal: boolean): { y: F32Buffer; tape: MlpTape } {
  const hidden = activateFinal ? units : units.slice(0, -1);
  const linear = (input: F32Buffer, layer: string) => kernels.linear(input, rows, get(params, `${name}.${layer}.w`), get(params, `${name}.${layer}.b`));
  const pre0 = linear(x, 'lin0');
  let y = kernels.silu(pre0);
  const blocks: Block[] = [];
  for (let k = 1; k < hidden.length; k++) {
    const normed = kernels.layerNorm(y, rows, get(params, `${name}.ln${k}.scale`), get(params, `${name}.ln${k}.offset`));
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
  const { name, rows } = tape;
  // Linear's adjoint: parameters' adjoints accumulated, the input's returned.
  const linearBackward = (input: F32Buffer, layer: string, outBar: F32Buffer) => {
    kernels.linearWeightAdjoint(input, rows, outBar, get(adjoints, `${name}.${layer}.w`), get(adjoints, `${name}.${layer}.b`));
    return kernels.linearInputAdjoint(outBar, rows, get(params, `${name}.${layer}.w`));
  };
  let g = tape.activateFinal ? yBar : linearBackward(tape.hidden, 'out', yBar);
  for (const block of [...tape.blocks].reverse()) {
    const preBar = kernels.siluBackward(block.pre, g);
    const normedBar = linearBackward(block.normed, `lin${block.k}`, preBar);
    const ln = `${name}.ln${block.k}`;
    const inBar = kernels.layerNormBackward(block.input, rows, get(params, `${ln}.scale`), normedBar, get(adjoints, `${ln}.scale`), get(adjoints, `${ln}.offset`));
    g = block.residual ? kernels.add(inBar, g, inBar) : inBar;
  }
  return linearBackward(tape.x, 'lin0', kernels.siluBackward(tape.pre0, g));
}
