/**
 * Compute pipelines compiled once per (device, source): SwiftShader's JIT takes 0.1 s to seconds per
 * kernel, so a kernel is never compiled twice in a process. Every pipeline carries its kernel's label
 * (shown by Dawn's validation messages and GPU captures).
 */
import { validated } from './device.js';
import type { KernelSource } from './codegen/egnn.js';

const caches = new WeakMap<GPUDevice, Map<string, Promise<GPUComputePipeline>>>();

export function pipelineFor(device: GPUDevice, k: KernelSource): Promise<GPUComputePipeline> {
  let cache = caches.get(device);
  if (!cache) caches.set(device, (cache = new Map()));
  const key = k.code.text;
  let pipeline = cache.get(key);
  if (!pipeline) {
    pipeline = validated(device, `WGSL kernel ${k.label}`, () =>
      device.createComputePipelineAsync({ label: k.label, layout: 'auto', compute: { module: device.createShaderModule({ label: k.label, code: k.code.text }), entryPoint: 'main' } }),
    );
    cache.set(key, pipeline);
    pipeline.catch(() => cache.delete(key));
  }
  return pipeline;
}
