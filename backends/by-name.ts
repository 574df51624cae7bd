/**
 * A backend by name, for the library (`createBackend` in compiler/index.ts) and the CLI's `--backend`
 * (compiler/cli/backends.ts, which adds the user-facing errors). tfjs and WGSL load only when asked for.
 */
import type { Backend } from './backend.js';
import { referenceBackend } from './reference/index.js';

/**
 * The backends a Flow can run on: the float64 reference, flowc's own wasm backend (float32, CPU: compiled
 * kernels), tfjs (float32, CPU) and WGSL (float32, WebGPU).
 */
export type BackendName = 'reference' | 'tfjs' | 'wgsl' | 'wasm';
export const BACKEND_NAMES: readonly BackendName[] = ['wgsl', 'wasm', 'tfjs', 'reference'];

/**
 * A backend by name. tfjs uses tfjs-node when it is installed, else WebAssembly; WGSL acquires the WebGPU
 * device (SwiftShader where there is no GPU) and rejects with a message that says what to install when
 * there is none. Call `releaseGpu()` when done with WGSL so that Node can exit.
 */
export async function createBackend(name: BackendName, options: { bake?: boolean } = {}): Promise<Backend> {
  if (name === 'reference') return referenceBackend;
  if (name === 'wasm') {
    const { wasmBackend } = await import('./wasm/index.js');
    return wasmBackend;
  }
  if (name === 'tfjs') {
    const { createTfjsBackend } = await import('./tfjs/index.js');
    return createTfjsBackend();
  }
  if (name === 'wgsl') {
    const { createWgslBackend } = await import('./wgsl/index.js');
    return createWgslBackend({ bake: options.bake ?? false });
  }
  throw new Error(`unknown backend '${String(name)}': use reference, wasm, tfjs or wgsl`);
}
