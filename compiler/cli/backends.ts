/**
 * `--backend` for the commands that run a flow: the float64 reference, tfjs (wasm, or tfjs-node when
 * installed) or WGSL (WebGPU; SwiftShader when there is no GPU). A device that cannot be had is a UserError
 * that names what to install.
 */
import type { Backend } from '../../backends/backend.js';
import type { IRModule } from '../ir/ir.js';
import type { Weights } from '../../backends/init.js';
import { Flow } from '../../backends/flow.js';
import { DeviceError, gpuContext, releaseGpu } from '../../backends/wgsl/device.js';
import { createTfjsBackend } from '../../backends/tfjs/index.js';
import { TfjsMemoryError } from '../../backends/tfjs/memory.js';
import type { TfBackendName } from '../../backends/tfjs/tf.js';
import { UserError } from './io.js';
import { BACKEND_NAMES, createBackend, type BackendName } from '../../backends/by-name.js';
import { EVAL_BACKEND } from './defaults.js';

export type { BackendName };

/** The backend `name` (or `fallback` when no --backend was given) for flowc `command`. */
export async function backendFor(command: string, name: string | undefined, fallback: BackendName, options: { bake?: boolean } = {}): Promise<{ name: BackendName; backend: Backend }> {
  const chosen = (name ?? fallback) as BackendName;
  if (!BACKEND_NAMES.includes(chosen)) throw new UserError(`flowc ${command}: --backend must be wgsl, wasm, tfjs or reference, got '${name}'`, 2);
  if (options.bake && chosen !== 'wgsl') throw new UserError(`flowc ${command}: --bake applies to the wgsl backend only`, 2);
  if (chosen !== 'wgsl') return { name: chosen, backend: await createBackend(chosen) };
  try {
    return { name: chosen, backend: await createBackend(chosen, options) };
  } catch (error) {
    // The device cannot be had: the message already says what to install or set.
    throw new UserError(`flowc ${command}: ${(error as Error).message}`);
  }
}

/** What the WebGPU adapter is, when there is one: SwiftShader (`software`) runs WGSL on the CPU. */
export interface AdapterFacts {
  readonly software: boolean;
  readonly adapterInfo: string;
}

/**
 * `flowc sample`'s backend when no --backend is given: the fastest one that is really there. WGSL on a
 * hardware adapter; tfjs otherwise, since WGSL on SwiftShader measured 12× slower than tfjs (issue 16).
 * `--bake` is a WGSL option, so it asks for WGSL whatever the adapter. Pure: the tests give the facts.
 */
export function defaultSampleBackend(adapter: AdapterFacts | undefined, bake: boolean): { name: BackendName; line: string } {
  if (bake) return { name: 'wgsl', line: 'backend: wgsl (--bake asks for it)' };
  if (adapter && !adapter.software) return { name: 'wgsl', line: `backend: wgsl (GPU adapter: ${adapter.adapterInfo}) — --backend tfjs to override` };
  const why = adapter ? 'no GPU adapter; SwiftShader would be slower' : 'no WebGPU adapter';
  return { name: 'tfjs', line: `backend: tfjs (${why}) — --backend wgsl to override` };
}

/**
 * The adapter's facts, or undefined when there is none. A software adapter's device is released at once
 * (a live Dawn device keeps Node running); a hardware one is kept for the WGSL backend to use.
 */
export async function probeAdapter(): Promise<AdapterFacts | undefined> {
  try {
    const { software, adapterInfo } = await gpuContext();
    if (software) await releaseGpu();
    return { software, adapterInfo };
  } catch {
    return undefined;
  }
}

/** The backend `name`, or when none is given the fastest there is (printed to stderr, with how to override). */
export async function sampleBackend(command: string, name: string | undefined, bake: boolean, probe: () => Promise<AdapterFacts | undefined> = probeAdapter): Promise<{ name: BackendName; backend: Backend }> {
  if (name !== undefined) return backendFor(command, name, 'wgsl', { bake });
  const choice = defaultSampleBackend(bake ? undefined : await probe(), bake);
  process.stderr.write(`${choice.line}\n`);
  return backendFor(command, choice.name, choice.name, { bake });
}

/**
 * One of tfjs's own backends by flag: tfjs-wasm, tfjs-cpu, tfjs-tensorflow (also the older bare cpu and
 * tensorflow); undefined for any other name. A bare `wasm` is flowc's own wasm backend, not tfjs's.
 */
export function tfjsSubBackend(name: string | undefined): TfBackendName | undefined {
  if (name === undefined) return undefined;
  const bare = name.startsWith('tfjs-') ? name.slice('tfjs-'.length) : name === 'cpu' || name === 'tensorflow' ? name : undefined;
  return bare === 'wasm' || bare === 'cpu' || bare === 'tensorflow' ? bare : undefined;
}

/**
 * The backend of the commands that measure a trained flow (eval, report): tfjs by default, or one of
 * tfjs's own (tfjs-wasm, tfjs-cpu, tfjs-tensorflow), or wasm, wgsl, or the reference.
 */
export async function evalBackend(command: string, name: string | undefined, bake: boolean): Promise<Backend> {
  const tfjsName = tfjsSubBackend(name);
  if (tfjsName !== undefined) {
    if (bake) throw new UserError(`flowc ${command}: --bake applies to the wgsl backend only`, 2);
    return createTfjsBackend(tfjsName);
  }
  if (name !== undefined && !(BACKEND_NAMES as readonly string[]).includes(name))
    throw new UserError(`flowc ${command}: --backend must be wgsl, wasm, tfjs (or tfjs-wasm, tfjs-cpu, tfjs-tensorflow) or reference, got '${name}'`, 2);
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
