/**
 * The wasm backend's typed-array JavaScript kernels, by primal op kind: the per-point inner transform, the
 * layout ops, scaling and shift, and the loss pieces of the gradient function (compiler/ir/gradient.ts).
 * The dense-heavy kinds (egnn, head, transformer) get WebAssembly kernels elsewhere. Each kernel computes in
 * float64 over float32 tensors and float64 scalars, and is checked against the float64 reference in
 * test/wasm/per-point-*.test.ts.
 *
 * Masked examples: an example whose result seeds are all exactly zero (the mask op zeroes a masked example's
 * loss weight, and zeros propagate) gets exactly zero operand adjoints and adds nothing to the parameters'
 * adjoints, without its forward being read, so a NaN forward contributes 0, never NaN·0 (gradient.ts MaskOp).
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import type { OpKernel } from './op-kernel.js';
import { innerKernel } from './inner-kernel.js';
import { addKernel, centerKernel, mergeKernel, shiftKernel, splitKernel, zeroKernel } from './layout-kernels.js';
import { scalingKernel } from './scaling-kernel.js';
import { barrierKernel, logQKernel, lossKernel, maskKernel } from './loss-kernels.js';

/** The primal op kinds these kernels cover. */
export type PerPointKind = Exclude<PrimalOp['kind'], 'egnn' | 'head' | 'transformer'>;

export const perPointKernels: { readonly [K in PerPointKind]: OpKernel<Extract<PrimalOp, { kind: K }>> } = {
  inner: innerKernel,
  center: centerKernel,
  split: splitKernel,
  merge: mergeKernel,
  zero: zeroKernel,
  add: addKernel,
  shift: shiftKernel,
  scaling: scalingKernel,
  barrier: barrierKernel,
  log_q: logQKernel,
  loss: lossKernel,
  mask: maskKernel,
};

export const isPerPointKind = (kind: PrimalOp['kind']): kind is PerPointKind => Object.hasOwn(perPointKernels, kind);

/** The kernel of a primal op's kind, or undefined for the kinds the dense kernels cover. */
export function perPointKernelOf(kind: PrimalOp['kind']): OpKernel | undefined {
  return isPerPointKind(kind) ? perPointKernels[kind] : undefined;
}
