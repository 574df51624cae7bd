/**
 * WebGPU device acquisition for the WGSL backend, in Node (the `webgpu` package: Dawn) or a browser
 * (`navigator.gpu`). On Linux without a Vulkan GPU driver, Dawn finds no adapter; Debian's `chromium`
 * package ships SwiftShader's Vulkan driver, which runs compute shaders on the CPU, so flowc points the
 * Vulkan loader at it — before Dawn loads, which is the only time the loader reads VK_ICD_FILENAMES.
 * Facts from ../shared/docs/environment.md: keep the object `create()` returned reachable (if it is
 * collected, the next mapAsync aborts the process); `disable_robustness` is ≈ 1.2–1.5× faster on
 * SwiftShader; the default device limits are far below the adapter's.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's chromium package puts SwiftShader's Vulkan ICD. */
export const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
const VENDOR_ICD_DIRS = ['/usr/share/vulkan/icd.d', '/etc/vulkan/icd.d', '/usr/local/share/vulkan/icd.d'];

export class DeviceError extends Error {}

export interface GpuContext {
  readonly device: GPUDevice;
  /** 'vendor / architecture / description' of the adapter, for reports. */
  readonly adapterInfo: string;
  /** True when the adapter is SwiftShader (a CPU stand-in: correct, not fast). */
  readonly software: boolean;
  readonly usage: { readonly buffer: typeof GPUBufferUsage; readonly map: typeof GPUMapMode };
}

interface WebgpuModule {
  create(flags: string[]): GPU;
  globals: Record<string, unknown>;
}

/** Module-level on purpose: Dawn's GPU object must outlive every device made from it. */
let nodeGpu: GPU | undefined;
let context: Promise<GpuContext> | undefined;

/** Installed Vulkan drivers Dawn accepts (Mesa's lavapipe, lvp_icd, it rejects: environment.md). */
function installedDrivers(): string[] {
  return VENDOR_ICD_DIRS.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('lvp_icd'));
    } catch {
      return [];
    }
  });
}

/** Whether to point the Vulkan loader at SwiftShader: only when the user chose no driver and none is installed. */
export function shouldUseSwiftShader(env: NodeJS.ProcessEnv, drivers: () => string[] = installedDrivers, exists: (path: string) => boolean = existsSync): boolean {
  if (env['FLOWC_WEBGPU_ADAPTER'] === 'swiftshader') return exists(SWIFTSHADER_ICD);
  if (env['VK_ICD_FILENAMES'] || env['VK_DRIVER_FILES'] || process.platform !== 'linux') return false;
  return drivers().length === 0 && exists(SWIFTSHADER_ICD);
}

const NO_ADAPTER = `no WebGPU adapter. On Linux without a GPU, install the Vulkan loader and SwiftShader (Debian:
apt-get install --no-install-recommends libvulkan1 chromium), or set VK_ICD_FILENAMES to a Vulkan driver's ICD
file; or use --backend tfjs (CPU)`;

/** Dawn's GPU object for this process (SwiftShader set up when needed): for code that wants `navigator.gpu` in Node. */
export async function nodeGpuObject(): Promise<GPU> {
  if (nodeGpu) return nodeGpu;
  if (shouldUseSwiftShader(process.env)) {
    process.env['VK_ICD_FILENAMES'] = SWIFTSHADER_ICD;
    // SwiftShader warns about a missing XDG_RUNTIME_DIR on every start; give it a private one.
    process.env['XDG_RUNTIME_DIR'] ??= mkdtempSync(join(tmpdir(), 'flowc-xdg-'));
  }
  let webgpu: WebgpuModule;
  try {
    webgpu = (await import('webgpu')) as unknown as WebgpuModule;
  } catch (error) {
    throw new DeviceError(`cannot load the 'webgpu' package (${(error as Error).message}); run npm install`);
  }
  Object.assign(globalThis, webgpu.globals);
  nodeGpu = webgpu.create(['enable-dawn-features=allow_unsafe_apis,disable_robustness']);
  return nodeGpu;
}

async function acquire(): Promise<GpuContext> {
  const browserGpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  const gpu = browserGpu ?? (await nodeGpuObject());
  const adapter = await gpu.requestAdapter();
  if (!adapter) throw new DeviceError(NO_ADAPTER);
  const info = adapter.info;
  const adapterInfo = [info.vendor, info.architecture, info.description].filter(Boolean).join(' / ') || 'unknown adapter';
  const limits = adapter.limits;
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
    },
  });
  return { device, adapterInfo, software: /swiftshader/i.test(adapterInfo), usage: { buffer: GPUBufferUsage, map: GPUMapMode } };
}

/** The process's WebGPU device (acquired once); a DeviceError says how to get one when there is none. */
export function gpuContext(): Promise<GpuContext> {
  context ??= acquire().catch((error: unknown) => {
    context = undefined;
    throw error instanceof DeviceError ? error : new DeviceError(`WebGPU: ${(error as Error).message}`);
  });
  return context;
}

/** Destroys the device so that Node can exit (Dawn keeps the event loop alive while a device lives). */
export async function releaseGpu(): Promise<void> {
  if (!context) return;
  const c = await context.catch(() => undefined);
  context = undefined;
  c?.device.destroy();
}

/** Runs `body` inside a validation error scope and throws what it caught (Dawn prints, it does not throw). */
export async function validated<T>(device: GPUDevice, what: string, body: () => T | Promise<T>): Promise<T> {
  device.pushErrorScope('validation');
  let result: T;
  try {
    result = await body();
  } finally {
    const error = await device.popErrorScope();
    if (error) throw new DeviceError(`${what}: ${error.message}`);
  }
  return result;
}
