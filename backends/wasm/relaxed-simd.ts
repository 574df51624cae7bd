/**
 * Whether this process can run WebAssembly relaxed SIMD (f32x4.relaxed_madd, a fused multiply-add). Node 20's
 * V8 has it behind `--experimental-wasm-relaxed-simd` (environment.md); the flag can still be set at run time,
 * before the module that uses it is compiled. Detected, not assumed: a probe module that uses the instruction
 * is compiled, first as the engine is, then once more after setting the flag.
 */
import v8 from 'node:v8';
import binaryen from 'binaryen';
import { F32x4 } from './emit/lanes.js';

let available: boolean | undefined;

/** A one-function module computing relaxed_madd(a, b, c) on v128 parameters (never called, only compiled). */
function probeModule(): Uint8Array<ArrayBuffer> {
  const m = new binaryen.Module();
  try {
    m.setFeatures(binaryen.Features.SIMD128 | binaryen.Features.RelaxedSIMD);
    const v = binaryen.v128;
    const get = (k: number) => m.local.get(k, v);
    m.addFunction('probe', binaryen.createType([v, v, v]), v, [], new F32x4(m, /* fused */ true).madd(get(0), get(1), get(2)));
    m.addFunctionExport('probe', 'probe');
    return new Uint8Array(m.emitBinary());
  } finally {
    m.dispose();
  }
}

function compiles(binary: Uint8Array<ArrayBuffer>): boolean {
  try {
    new WebAssembly.Module(binary);
    return true;
  } catch {
    return false;
  }
}

/** True when relaxed SIMD compiles here, setting V8's flag if that is what it takes (once per process). */
export function relaxedSimdAvailable(): boolean {
  if (available === undefined) {
    const probe = probeModule();
    available = compiles(probe);
    if (!available) {
      v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
      available = compiles(probe);
    }
  }
  return available;
}
