/**
 * The GradientEngine of a backend by name: tfjs's autodiff, or the wasm backend's compiled gradient. Loaded
 * on demand, so a run on one backend never loads the other.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { GradientEngine } from './trainer.js';

export type TrainingBackend = 'tfjs' | 'wasm';

export async function gradientEngine(module: IRModule, backend: TrainingBackend): Promise<GradientEngine> {
  if (backend === 'wasm') {
    const { WasmGradientEngine } = await import('../wasm/train-engine.js');
    return new WasmGradientEngine(module);
  }
  const { TfjsGradientEngine } = await import('../tfjs/train/tfjs-engine.js');
  return new TfjsGradientEngine(module);
}
