/**
 * The wasm backend's GradientEngine (backends/train/trainer.ts): the compiled gradient function
 * (compiler/ir/gradient.ts) run by the batched executor, one example weight 1/B each (method §9.1's masked mean).
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import { buildGradient, type GradientFunction } from '../../compiler/ir/gradient.js';
import { centreJoint, packJoint } from '../base.js';
import type { GradientEngine } from '../train/trainer.js';
import { runGradientBatch } from './exec/executor.js';
import { kernelFor } from './exec/kernel-table.js';

export class WasmGradientEngine implements GradientEngine {
  private params = new Map<string, Float32Array>();
  private readonly offsets: number[] = [];
  private readonly total: number;
  private readonly gradients_ = new Map<number, GradientFunction>();

  constructor(private readonly module: IRModule) {
    let total = 0;
    for (const p of module.params) {
      this.offsets.push(total);
      total += p.shape.reduce((s, k) => s * k, 1);
    }
    this.total = total;
  }

  setParams(flat: Float32Array): void {
    // A new map each time: kernels may cache per parameter set (the reference kernel's float64 copies).
    this.params = new Map(this.module.params.map((p, i) => [p.name, flat.slice(this.offsets[i]!, this.offsets[i]! + p.shape.reduce((s, k) => s * k, 1))]));
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
    const out = runGradientBatch(this.gradientFunction(auxWeight), this.module, this.params, Float32Array.from(z), new Float64Array(count).fill(1 / batch), kernelFor);
    const grads = new Float64Array(this.total);
    this.module.params.forEach((p, i) => {
      const g = out.grads.get(p.name);
      if (g) grads.set(g, this.offsets[i]!);
    });
    let loss = 0;
    let kept = 0;
    let aux = 0;
    out.weight.forEach((w, b) => {
      if (w === 0) return;
      kept++;
      loss += w * out.loss[b]!;
      aux += out.aux[b]!;
    });
    return { grads, loss, kept, aux: aux / Math.max(1, kept) };
  }

  dispose(): void {
    this.params.clear();
  }
}
