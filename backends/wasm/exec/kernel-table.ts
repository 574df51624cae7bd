/**
 * Which OpKernel runs each op kind on the wasm backend: the per-point kernels (per-point.ts: typed-array
 * JavaScript for inner, scaling, shift, the layout ops and the loss pieces) and the WebAssembly dense kernels
 * (dense-kernels.ts: egnn and head; more by `registerKernels`). A kind with neither runs the float64 reference per example
 * (per-example-reference.ts): correct, and slow.
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import type { OpKernel } from './op-kernel.js';
import { perExampleReference } from './per-example-reference.js';
import { perPointKernelOf } from './per-point.js';
import { denseKernels } from './dense-kernels.js';

const batched = new Map<PrimalOp['kind'], OpKernel>(Object.entries(denseKernels) as [PrimalOp['kind'], OpKernel][]);

/** Installs batched kernels (WebAssembly dense kernels) by op kind. */
export function registerKernels(kernels: Partial<Record<PrimalOp['kind'], OpKernel>>): void {
  for (const [kind, kernel] of Object.entries(kernels)) if (kernel) batched.set(kind as PrimalOp['kind'], kernel);
}

export const kernelFor = (op: PrimalOp): OpKernel => batched.get(op.kind) ?? perPointKernelOf(op.kind) ?? perExampleReference;
