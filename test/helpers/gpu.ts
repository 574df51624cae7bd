/**
 * The WebGPU device for a WGSL test file: acquired once before its tests, released after. A test that needs
 * it fails with the device error (which says what to install) when the machine has none; .ci/run installs
 * SwiftShader, so CI always has one.
 */
import { afterAll, beforeAll } from 'vitest';
import { gpuContext, releaseGpu, type GpuContext } from '../../backends/wgsl/device.js';

export function useGpu<T = GpuContext>(acquire: () => Promise<T> = gpuContext as () => Promise<T>): () => T {
  let value: T | undefined;
  let why = '';
  beforeAll(async () => {
    try {
      value = await acquire();
    } catch (error) {
      why = (error as Error).message;
    }
  });
  afterAll(releaseGpu);
  return () => {
    if (value === undefined) throw new Error(`no WebGPU device here (${why}); the WGSL tests need one`);
    return value;
  };
}
