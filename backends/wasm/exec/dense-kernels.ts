/**
 * The batched WebAssembly kernels of the dense-heavy op kinds (egnn-kernel.ts, head-kernel.ts), for
 * registerKernels (kernel-table.ts). The transformer conditioner has none yet: it runs per example.
 */
import type { PrimalOp } from '../../../compiler/ir/gradient.js';
import type { OpKernel } from './op-kernel.js';
import { egnnKernel } from './egnn-kernel.js';
import { headKernel } from './head-kernel.js';

export const denseKernels: Partial<Record<PrimalOp['kind'], OpKernel>> = { egnn: egnnKernel, head: headKernel };
