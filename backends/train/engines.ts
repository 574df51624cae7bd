/**
 * The GradientEngine of a backend by name: tfjs's autodiff, or the wasm backend's compiled gradient (in this
 * thread, or over worker threads with `threads` > 1). Loaded on demand, so a run on one backend never loads the
 * other.
 */
import type { IRModule } from '../../compiler/ir/ir.js';
import type { GradientEngine } from './trainer.js';

export type TrainingBackend = 'tfjs' | 'wasm';

export interface EngineOptions {
  /** wasm only: worker threads for the gradient (default 1: in this thread, no workers). */
  readonly threads?: number;
}

export async function gradientEngine(module: IRModule, backend: TrainingBackend, options: EngineOptions = {}): Promise<GradientEngine> {
  if (backend === 'wasm') {
    const threads = options.threads ?? 1;
    if (threads > 1) {
      const { ParallelGradientEngine } = await import('../wasm/parallel-engine.js');
      return ParallelGradientEngine.start(module, { threads });
    }
    const { WasmGradientEngine } = await import('../wasm/train-engine.js');
    return new WasmGradientEngine(module);
  }
  const { TfjsGradientEngine } = await import('../tfjs/train/tfjs-engine.js');
  return new TfjsGradientEngine(module);
}
