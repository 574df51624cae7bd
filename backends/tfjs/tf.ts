/**
 * TensorFlow.js set-up. flowc imports the `@tensorflow/tfjs` union package because it is the one that
 * registers the gradients (tfjs-core's own `register_all_gradients` is extensionless ESM that Node cannot
 * load). Backends: wasm (default in Node: single-threaded SIMD, ~24 GFLOP/s here), cpu (pure JS), and
 * `@tensorflow/tfjs-node`/`-node-gpu` when a user has installed them — detected at run time, never required.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

export { tf };

export type TfBackendName = 'wasm' | 'cpu' | 'tensorflow';

let current: TfBackendName | undefined;

/** Tries the optional native backend; resolves to whether it registered. */
async function tryNative(): Promise<boolean> {
  for (const name of ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node']) {
    try {
      await import(name);
      return true;
    } catch {
      // not installed (its install downloads native code, which fails on machines without internet)
    }
  }
  return false;
}

/**
 * Selects a tfjs backend: the requested one, or the native one when installed, else wasm.
 * Throws an Error with a readable message when the requested backend cannot be had.
 */
export async function useTfBackend(requested?: TfBackendName): Promise<TfBackendName> {
  const wanted: TfBackendName = requested ?? ((await tryNative()) ? 'tensorflow' : 'wasm');
  if (wanted === 'tensorflow' && !(await tryNative())) throw new Error("the 'tensorflow' tfjs backend needs @tensorflow/tfjs-node or -node-gpu, which is not installed");
  if (current !== wanted) {
    const ok = await tf.setBackend(wanted);
    if (!ok) throw new Error(`tfjs backend '${wanted}' could not be initialised`);
    await tf.ready();
    current = wanted;
  }
  return wanted;
}
