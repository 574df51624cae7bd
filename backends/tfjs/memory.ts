/**
 * How much memory the tfjs backend needs per system, estimated from the IR before any tensor is made, so a
 * flow that cannot fit is refused with the estimate and the limit (as WGSL's `deviceMisfit` does) instead of
 * dying mid-run with "RuntimeError: memory access out of bounds" in tfjs-backend-wasm's 4 GB heap.
 *
 * Inference runs a chunk of systems inside one tf.tidy, and tidy frees an op's temporaries only at its end,
 * so every temporary of the plan counts, not just the largest. The EGNN's dense [n, n, ·] pair grid dominates
 * for large n (2,000 particles: 4 million pairs per system); it is counted tensor by tensor as ops/egnn.ts
 * and ops/nn.ts allocate it. Everything per node is bounded by a multiple of the IR values' sizes.
 * test/tfjs/memory.test.ts checks the estimate against tfjs's own count of allocated bytes.
 */
import type { EgnnConfig, IRFunction, IRModule, TransformerConfig } from '../../compiler/ir/ir.js';
import { operandsOf, resultsOf } from '../../compiler/ir/print.js';

/** A flow of which not even one system fits the tfjs backend's memory. */
export class TfjsMemoryError extends Error {}

/** tfjs-backend-wasm's heap: wasm32 addresses at most 4 GiB. */
export const WASM_HEAP_BYTES = 2 ** 32;

/**
 * Temporaries per number of an op's IR values, for everything not on the pair grid (spline bins, frames, heads,
 * per-node EGNN parts): a bound, set so that the estimate stays at or above tfjs's count on memory.test.ts's flows.
 */
const PER_VALUE_TEMPORARIES = 16;

/** Float32 numbers of the pair grid that one StableMLP layer stack allocates (nn.ts `stableMlp`, activateFinal). */
function mlpPairFloats(widths: readonly number[], inputGiven: boolean): number {
  // lin0 (unless the caller computed it) and SiLU (sigmoid, product).
  let floats = (inputGiven ? 2 : 3) * widths[0]!;
  for (let k = 1; k < widths.length; k++) {
    const [before, after] = [widths[k - 1]!, widths[k]!];
    // standardize: centred, square, scaled (+ 4 per-pair means); the folded Linear; SiLU; the residual sum.
    floats += 3 * before + 4 + 3 * after + (after === before ? after : 0);
  }
  return floats;
}

/** Float32 numbers per pair (i, j) that one EGNN block allocates (ops/egnn.ts `block`). */
export function egnnPairFloats(c: EgnnConfig, d: number): number {
  const M = c.vectors;
  const units = c.mlp[0]!;
  const message = c.mlp[c.mlp.length - 1]!;
  const distances = M * d + M * d + 4 * M; // Δ = V_i − V_j, its squares, and the safe squared norm's four steps
  const firstLayer = 3 * units; // receiver + sender, the ℓ² term, their sum
  const coefficients = M + 5 * M + M * d; // x_out, the coefficient's five steps, coefficient · Δ
  const gate = 3 + message; // gate logit, sigmoid, masked, times the message
  const cross = c.crossMultiplicity && M > 1 ? message : 0; // masked message for the sender sums
  return distances + firstLayer + mlpPairFloats(c.mlp, true) + mlpPairFloats(c.mlp, false) + coefficients + gate + cross;
}

/** Float32 numbers per (query, key) pair that one transformer layer allocates: scores, scaled, softmax (×2). */
const transformerPairFloats = (c: TransformerConfig) => 4 * c.heads;

/** The size of value `id` of `f` (per system). */
const sizeOf = (f: IRFunction, id: number) => f.values[id]!.shape.reduce((a, b) => a * b, 1);

/** Bytes one system of `f` needs on the tfjs backend (float32), all temporaries of the plan counted. */
export function tfjsBytesPerSystem(module: IRModule, f: IRFunction): number {
  const { n, dim: d } = module.system;
  let floats = 0;
  for (const op of f.ops) {
    if (op.kind === 'egnn') floats += op.config.blocks * n * n * egnnPairFloats(op.config, d);
    if (op.kind === 'transformer') floats += op.config.layers * n * n * transformerPairFloats(op.config);
    const values = [...operandsOf(op), ...resultsOf(op)].reduce((sum, id) => sum + sizeOf(f, id), 0);
    floats += PER_VALUE_TEMPORARIES * values;
  }
  return 4 * floats;
}

/**
 * The systems per tfjs call that fit in `available` bytes (at most `most`); a TfjsMemoryError naming the
 * estimate and the limit when not even one does.
 */
export function systemsThatFit(module: IRModule, available: number, most: number, limitName = 'the limit less what is in use'): number {
  // 10 % headroom for what the count misses (the heap's fragmentation, small per-call tensors).
  const perSystem = 1.1 * Math.max(tfjsBytesPerSystem(module, module.forward), tfjsBytesPerSystem(module, module.inverse));
  const fit = Math.floor(available / perSystem);
  if (fit >= 1) return Math.min(most, fit);
  throw new TfjsMemoryError(
    `${module.name}: one system needs ≈ ${formatGB(perSystem)} on tfjs (its conditioners' ${module.system.n} × ${module.system.n} pair terms), ` +
      `more than the ${formatGB(available)} it has left (${limitName}): use fewer particles or narrower layers, or --backend wgsl`,
  );
}

const formatGB = (bytes: number) => `${(bytes / 1e9).toPrecision(3)} GB`;
