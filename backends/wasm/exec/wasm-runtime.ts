/**
 * The one wasm instance that the batched dense op kernels (egnn, head) share, and the lifetime of what they
 * keep in its arena, bottom to top:
 *
 * 1. Weights: every parameter of `ctx.params`, uploaded once per parameter set (the Map's identity: the trainer
 *    makes a new Map after every update), plus derived layouts (the EGNN's split first layer,
 *    egnn-first-layer.ts). A new set replaces the old one, which is freed, when no batch is open.
 * 2. Batch memory: everything a batch allocates lies above a mark taken when the batch first calls a kernel;
 *    the release pushed onto ExecContext.releases frees it when the executor is done with the batch.
 *    Within a batch, an op frees its own scratch (its forward's when nothing is saved, its backward's always),
 *    so what stays is what forwards saved for their backwards.
 */
import type { ExecContext } from './op-kernel.js';
import type { IRModule } from '../../../compiler/ir/ir.js';
import { createDenseKernels, type DenseKernels } from '../kernels.js';
import type { WasmParams } from '../stable-mlp.js';
import { egnnDerivedWeights } from './egnn-first-layer.js';

/**
 * Bytes of edge activations a batch may keep from its forward for its backward; past this, EGNN layers
 * recompute their edges in the backward instead (compiled-training.md §2). At batch 32 (measured: `npm run
 * bench -- egnn`) a DW4 EGNN op keeps 5 MiB, so all 24 fit; an LJ13 op 45 MiB, so 5 of 24 keep theirs and
 * the rest recompute (≈ 45% more time for those). One thread's arena peaks at about the budget plus the
 * weights (22 MB for LJ13) and one op's backward scratch.
 */
const DEFAULT_SAVED_EDGE_BUDGET_BYTES = 256 * 2 ** 20;
let savedEdgeBudget = DEFAULT_SAVED_EDGE_BUDGET_BYTES;

/** Sets the budget (tests and benches: 0 makes every layer recompute); returns the previous one. */
export function setSavedEdgeBudget(bytes: number = DEFAULT_SAVED_EDGE_BUDGET_BYTES): number {
  const previous = savedEdgeBudget;
  savedEdgeBudget = bytes;
  return previous;
}

/** What a kernel works with during one batch. */
export interface WasmBatch {
  readonly kernels: DenseKernels;
  /** The parameters (and derived layouts) as arena buffers, by name. */
  readonly weights: WasmParams;
  /** Whether `bytes` more of saved activations fit this batch's budget; counts them when they do. */
  reserve(bytes: number): boolean;
}

interface Cached {
  readonly params: ReadonlyMap<string, Float32Array>;
  readonly weights: WasmParams;
}

class WasmRuntime {
  readonly kernels: DenseKernels = createDenseKernels();
  private readonly base = this.kernels.arena.mark();
  private cached: Cached | undefined;
  private openBatches = 0;
  private readonly batches = new WeakMap<ExecContext, WasmBatch>();

  batch(ctx: ExecContext): WasmBatch {
    const open = this.batches.get(ctx);
    if (open) return open;
    const weights = this.weightsFor(ctx);
    const arena = this.kernels.arena;
    const mark = arena.mark();
    let saved = 0;
    const batch: WasmBatch = {
      kernels: this.kernels,
      weights,
      reserve: (bytes) => (saved + bytes <= savedEdgeBudget ? ((saved += bytes), true) : false),
    };
    this.openBatches++;
    this.batches.set(ctx, batch);
    ctx.releases.push(() => {
      arena.release(mark);
      this.openBatches--;
      this.batches.delete(ctx);
    });
    return batch;
  }

  /**
   * The cached weights when ctx.params is the cached set; otherwise a fresh upload: at the bottom (replacing the
   * old set) when no batch is open, else above the open batch's memory, for this batch only (uncached).
   */
  private weightsFor(ctx: ExecContext): WasmParams {
    if (this.cached?.params === ctx.params) return this.cached.weights;
    if (this.openBatches > 0) return this.upload(ctx);
    this.cached = undefined;
    this.kernels.arena.release(this.base);
    this.cached = { params: ctx.params, weights: this.upload(ctx) };
    return this.cached.weights;
  }

  private upload(ctx: ExecContext): WasmParams {
    const weights: WasmParams = new Map();
    for (const [name, values] of ctx.params) weights.set(name, this.kernels.upload(values));
    for (const [name, values] of egnnDerivedWeights(ctx)) weights.set(name, this.kernels.upload(values));
    return weights;
  }
}

let runtime: WasmRuntime | undefined;

/** Bytes of the shared arena in use: the weights, plus whatever open batches hold. */
export function wasmArenaBytes(): number {
  runtime ??= new WasmRuntime();
  return runtime.kernels.arena.used;
}

/** The batch ctx runs in: opened (weights ready, memory marked, release registered) on first use. */
export function wasmBatch(ctx: ExecContext): WasmBatch {
  runtime ??= new WasmRuntime();
  return runtime.batch(ctx);
}

/** Zeroed float32 adjoint buffers for the weights named by `names`, in the arena. */
export function zeroAdjointsFor(batch: WasmBatch, names: Iterable<string>): WasmParams {
  const adjoints: WasmParams = new Map();
  for (const name of names) adjoints.set(name, batch.kernels.arena.zeros(bufferLength(batch.weights, name)));
  return adjoints;
}

function bufferLength(weights: WasmParams, name: string): number {
  const buffer = weights.get(name);
  if (!buffer) throw new Error(`flowc internal error: parameter '${name}' is missing`);
  return buffer.length;
}

/** Per module, the parameter names under each prefix asked for (scanning 2,616 DW4 names per op call cost ≈ 30 ms a step). */
const namesByPrefix = new WeakMap<IRModule, Map<string, string[]>>();

/** The names of the module's parameters under `prefix` ("layer0.egnn" → "layer0.egnn.…"), in layout order. */
export function paramNames(m: IRModule, prefix: string): string[] {
  let byPrefix = namesByPrefix.get(m);
  if (!byPrefix) namesByPrefix.set(m, (byPrefix = new Map()));
  let names = byPrefix.get(prefix);
  if (!names) byPrefix.set(prefix, (names = m.params.map((p) => p.name).filter((name) => name.startsWith(`${prefix}.`))));
  return names;
}

/** Adds each float32 adjoint into ctx.grads (float64, by name; made on first use). */
export function flushAdjoints(batch: WasmBatch, adjoints: WasmParams, grads: Map<string, Float64Array>): void {
  for (const [name, buffer] of adjoints) {
    const values = batch.kernels.arena.floats(buffer);
    let target = grads.get(name);
    if (!target) grads.set(name, (target = new Float64Array(values.length)));
    addFloats(target, values);
  }
}

function addFloats(target: Float64Array, values: Float32Array): void {
  const length = values.length;
  for (let i = 0; i < length; i++) target[i]! += values[i]!;
}
