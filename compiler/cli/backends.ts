/**
 * `--backend` for the commands that run a flow: the float64 reference, tfjs (wasm, or tfjs-node when
 * installed) or WGSL (WebGPU; SwiftShader when there is no GPU). A device that cannot be had is a UserError
 * that names what to install.
 */
import type { Backend } from '../../backends/backend.js';
import type { IRModule } from '../ir/ir.js';
import type { Weights } from '../../backends/init.js';
import { Flow } from '../../backends/flow.js';
import { DeviceError } from '../../backends/wgsl/device.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import { TfjsMemoryError } from '../../backends/tfjs/memory.js';
import type { TfBackendName } from '../../backends/tfjs/tf.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { UserError } from './io.js';
import { EVAL_BACKEND } from './defaults.js';

export type BackendName = 'reference' | 'tfjs' | 'wgsl';
const NAMES: readonly BackendName[] = ['wgsl', 'tfjs', 'reference'];

/** The backend `name` (or `fallback` when no --backend was given) for flowc `command`. */
export async function backendFor(command: string, name: string | undefined, fallback: BackendName, options: { bake?: boolean } = {}): Promise<{ name: BackendName; backend: Backend }> {
  const chosen = (name ?? fallback) as BackendName;
  if (!NAMES.includes(chosen)) throw new UserError(`flowc ${command}: --backend must be wgsl, tfjs or reference, got '${name}'`, 2);
  if (options.bake && chosen !== 'wgsl') throw new UserError(`flowc ${command}: --bake applies to the wgsl backend only`, 2);
  if (chosen === 'reference') return { name: chosen, backend: referenceBackend };
  if (chosen === 'tfjs') return { name: chosen, backend: await createTfjsBackend() };
  const { createWgslBackend } = await import('../../backends/wgsl/index.js');
  try {
    return { name: chosen, backend: await createWgslBackend({ bake: options.bake ?? false }) };
  } catch (error) {
    throw new UserError(`flowc ${command}: ${(error as Error).message}`);
  }
}

/**
 * The backend of the commands that measure a trained flow (eval, report): tfjs by default, or one of
 * tfjs's own (wasm, cpu, tensorflow), or wgsl, or the reference.
 */
export async function evalBackend(command: string, name: string | undefined, bake: boolean): Promise<Backend> {
  const tfjsNames = ['wasm', 'cpu', 'tensorflow'];
  if (name !== undefined && tfjsNames.includes(name)) {
    if (bake) throw new UserError(`flowc ${command}: --bake applies to the wgsl backend only`, 2);
    return createTfjsBackend(name as TfBackendName);
  }
  if (name !== undefined && !(NAMES as readonly string[]).includes(name))
    throw new UserError(`flowc ${command}: --backend must be wgsl, tfjs (or its wasm, cpu, tensorflow) or reference, got '${name}'`, 2);
  return (await backendFor(command, name, EVAL_BACKEND, { bake })).backend;
}

/** The flow on `backend`; a device error while its kernels compile, or a flow too large for tfjs, is a UserError of flowc `command`. */
export function openFlow(command: string, module: IRModule, weights: Weights, backend: Backend): Flow {
  try {
    return new Flow(module, weights, backend);
  } catch (error) {
    if (error instanceof DeviceError || error instanceof TfjsMemoryError) throw new UserError(`flowc ${command}: ${error.message}`);
    throw error;
  }
}
