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

/**
 * The Vulkan driver files (ICDs) installed in the loader's standard folders, as full paths; not Mesa's
 * lavapipe (lvp_icd), which Dawn rejects with a stack trace on stderr (environment.md).
 */
function installedDrivers(): string[] {
  return VENDOR_ICD_DIRS.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('lvp_icd')).map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
}

/**
 * The driver list to give the Vulkan loader (VK_ICD_FILENAMES) before Dawn loads, or undefined to leave the
 * loader alone. The loader reads its list once, so flowc cannot try the system's drivers and then fall back:
 * it lists them all with SwiftShader last, and Dawn picks a GPU adapter over the CPU one when there is one.
 * Installed drivers alone are no proof of a GPU: Debian's libvulkan1 pulls in Mesa's (lavapipe, which Dawn
 * rejects, intel, radeon), which find no device on a machine without one (environment.md, 2026-12-03).
 * FLOWC_WEBGPU_ADAPTER=swiftshader lists SwiftShader alone; =system leaves the loader alone; a user's own
 * VK_ICD_FILENAMES or VK_DRIVER_FILES always wins.
 */
export function vulkanDriverList(env: NodeJS.ProcessEnv, drivers: () => string[] = installedDrivers, exists: (path: string) => boolean = existsSync): string | undefined {
  const choice = env['FLOWC_WEBGPU_ADAPTER'];
  if (choice === 'system' || env['VK_ICD_FILENAMES'] || env['VK_DRIVER_FILES'] || process.platform !== 'linux') return undefined;
  if (!exists(SWIFTSHADER_ICD)) return undefined;
  if (choice === 'swiftshader') return SWIFTSHADER_ICD;
  return [...drivers().filter((path) => path !== SWIFTSHADER_ICD), SWIFTSHADER_ICD].join(':');
}

/** FLOWC_WEBGPU_ADAPTER's values; anything else is a user error, said before any device work. */
export const ADAPTER_CHOICES = ['auto', 'swiftshader', 'system'] as const;

function checkAdapterChoice(env: NodeJS.ProcessEnv): void {
  const choice = env['FLOWC_WEBGPU_ADAPTER'];
  if (choice !== undefined && choice !== '' && !(ADAPTER_CHOICES as readonly string[]).includes(choice)) {
    throw new DeviceError(`FLOWC_WEBGPU_ADAPTER='${choice}' is not one of ${ADAPTER_CHOICES.join(', ')}`);
  }
}

/** Why there is no adapter, and the ways out, given what the loader was told. */
export function noAdapterMessage(driverList: string | undefined, env: NodeJS.ProcessEnv, swiftShaderInstalled: boolean): string {
  const tried = driverList ? ` (Vulkan drivers tried: ${driverList.split(':').join(', ')})` : env['VK_ICD_FILENAMES'] ? ` (VK_ICD_FILENAMES=${env['VK_ICD_FILENAMES']})` : '';
  const swiftShader = driverList?.split(':').includes(SWIFTSHADER_ICD)
    ? 'SwiftShader was among them: check that the Vulkan loader is installed (Debian: apt-get install --no-install-recommends libvulkan1)'
    : swiftShaderInstalled
      ? 'SwiftShader is installed: set FLOWC_WEBGPU_ADAPTER=swiftshader (or unset VK_ICD_FILENAMES/VK_DRIVER_FILES) to use it'
      : 'on Linux without a GPU, install the Vulkan loader and SwiftShader (Debian: apt-get install --no-install-recommends libvulkan1 chromium)';
  return `no WebGPU adapter${tried}. ${swiftShader}; or set VK_ICD_FILENAMES to a Vulkan driver's ICD file; or use --backend tfjs (CPU)`;
}

let driverListUsed: string | undefined;

/** Dawn's GPU object for this process (SwiftShader set up when needed): for code that wants `navigator.gpu` in Node. */
export async function nodeGpuObject(): Promise<GPU> {
  if (nodeGpu) return nodeGpu;
  checkAdapterChoice(process.env);
  driverListUsed = vulkanDriverList(process.env);
  if (driverListUsed !== undefined) {
    process.env['VK_ICD_FILENAMES'] = driverListUsed;
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
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new DeviceError(noAdapterMessage(driverListUsed, process.env, existsSync(SWIFTSHADER_ICD)));
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
