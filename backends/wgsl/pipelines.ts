/**
 * Compute pipelines compiled once per (device, source): SwiftShader's JIT takes 0.1 s to seconds per
 * kernel, so a kernel is never compiled twice in a process. Every pipeline carries its kernel's label
 * (shown by Dawn's validation messages and GPU captures).
 */
import { DeviceError, validated } from './device.js';

const caches = new WeakMap<GPUDevice, Map<string, Promise<GPUComputePipeline>>>();

export function pipelineFor(device: GPUDevice, label: string, code: string): Promise<GPUComputePipeline> {
  let cache = caches.get(device);
  if (!cache) caches.set(device, (cache = new Map()));
  const key = code;
  let pipeline = cache.get(key);
  if (!pipeline) {
    pipeline = compile(device, label, code);
    cache.set(key, pipeline);
    pipeline.catch(() => cache.delete(key));
  }
  return pipeline;
}

/** Compiles one kernel; WGSL errors come back with their line and the offending source line (a generator bug). */
async function compile(device: GPUDevice, label: string, code: string): Promise<GPUComputePipeline> {
  device.pushErrorScope('validation'); // the messages come from getCompilationInfo; keep Dawn from printing them too
  const module = device.createShaderModule({ label, code });
  const info = await module.getCompilationInfo();
  await device.popErrorScope();
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0) {
    const sourceLines = code.split('\n');
    const detail = errors.slice(0, 3).map((e) => `${e.lineNum}:${e.linePos}: ${e.message}\n    ${sourceLines[e.lineNum - 1]?.trim() ?? ''}`);
    throw new DeviceError(`flowc internal error: generated WGSL kernel ${label} does not compile:\n${detail.join('\n')}`);
  }
  return validated(device, `WGSL kernel ${label}`, () => device.createComputePipelineAsync({ label, layout: 'auto', compute: { module, entryPoint: 'main' } }));
}
