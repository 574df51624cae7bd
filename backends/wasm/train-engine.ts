/**
 * The wasm backend's GradientEngine (backends/train/trainer.ts): the compiled gradient function
 * (compiler/ir/gradient.ts) run by the batched executor, one example weight 1/B each (method §9.1's masked mean).
 *
 * Parameters and gradients live in flat buffers made once: the parameter views are refreshed by one copy per
 * setParams, and the kernels add their adjoints straight into views of the gradient buffer, which
 * gradients() returns (valid until its next call). A DW4 flow has 5.3M parameters; allocating those
 * buffers afresh each step cost more than its EGNN kernels (page faults, measured with `npm run bench -- train`).
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { buildGradient, type GradientFunction } from '../../compiler/ir/gradient.js';
import { centreJoint, packJoint } from '../base.js';
import type { GradientEngine } from '../train/trainer.js';
import { runGradientBatch } from './exec/executor.js';
import { kernelFor } from './exec/kernel-table.js';

/** Views of `flat`, one per parameter in layout order, by name. */
function viewsOf<T extends Float32Array | Float64Array>(module: IRModule, flat: T): Map<string, T> {
  let offset = 0;
  return new Map(module.params.map((p) => [p.name, flat.subarray(offset, (offset += p.shape.reduce((s, k) => s * k, 1))) as T]));
}

export class WasmGradientEngine implements GradientEngine {
  private readonly paramValues: Float32Array;
  private params: Map<string, Float32Array>;
  private readonly grads: Float64Array;
  private readonly gradViews: Map<string, Float64Array>;
  private readonly gradients_ = new Map<number, GradientFunction>();

  /** `gradientBuffer`: where gradients() writes (the parallel engine's shared memory); default, its own. */
  constructor(private readonly module: IRModule, gradientBuffer?: Float64Array) {
    const total = module.params.reduce((s, p) => s + p.shape.reduce((t, k) => t * k, 1), 0);
    if (gradientBuffer && gradientBuffer.length !== total) throw new Error(`flowc internal error: a gradient buffer of ${gradientBuffer.length} values for ${total} parameters`);
    this.paramValues = new Float32Array(total);
    this.params = viewsOf(module, this.paramValues);
    this.grads = gradientBuffer ?? new Float64Array(total);
    this.gradViews = viewsOf(module, this.grads);
  }

  setParams(flat: Float32Array): void {
    this.paramValues.set(flat);
    // A new map each time: kernels cache per parameter set by the map's identity (the wasm arena's upload, the
    // reference kernel's float64 copies), so a new map is what tells them the values changed.
    this.params = new Map(this.params);
  }

  private gradientFunction(auxWeight: number): GradientFunction {
    let g = this.gradients_.get(auxWeight);
    if (!g) this.gradients_.set(auxWeight, (g = buildGradient(this.module, { auxWeight })));
    return g;
  }

  gradients(x: Float32Array, a: Float32Array, start: number, count: number, batch: number, auxWeight: number): { grads: Float64Array; loss: number; kept: number; aux: number } {
    const { n, dim: d, augmented: A } = this.module.system;
    const sizes = { n, d, A };
    const z = centreJoint(sizes, packJoint(sizes, x.subarray(start * n * d, (start + count) * n * d), a.subarray(start * n * A * d, (start + count) * n * A * d), count), count);
    this.grads.fill(0);
    const out = runGradientBatch(this.gradientFunction(auxWeight), this.module, this.params, Float32Array.from(z), new Float64Array(count).fill(1 / batch), kernelFor, this.gradViews);
    let loss = 0;
    let kept = 0;
    let aux = 0;
    out.weight.forEach((w, b) => {
      if (w === 0) return;
      kept++;
      loss += w * out.loss[b]!;
      aux += out.aux[b]!;
    });
    return { grads: this.grads, loss, kept, aux: aux / Math.max(1, kept) };
  }

  dispose(): void {
    this.params.clear();
  }
}
