/** Dense layers over rows (float64): Linear, LayerNorm (ε = 1e-5, haiku), StableMLP (method §4.2). */
import { param, type ParamStore } from './params.js';

export const silu = (v: number) => v / (1 + Math.exp(-v));
export const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
export const relu = (v: number) => (v > 0 ? v : 0);

/** x [rows, in] · W [in, out] + b. */
export function linear(x: Float64Array, rows: number, store: ParamStore, name: string): Float64Array {
  const b = param(store, `${name}.b`);
  const w = param(store, `${name}.w`);
  const out = b.length;
  const inDim = w.length / out;
  const y = new Float64Array(rows * out);
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < out; o++) y[r * out + o] = b[o]!;
    for (let i = 0; i < inDim; i++) {
      const xv = x[r * inDim + i]!;
      if (xv === 0) continue;
      const wRow = i * out;
      for (let o = 0; o < out; o++) y[r * out + o] = y[r * out + o]! + xv * w[wRow + o]!;
    }
  }
  return y;
}

/** Row r's mean and 1/√(variance + ε) (ε = 1e-5, haiku): what LayerNorm and its adjoint normalise by. */
export function rowStatistics(x: Float64Array, r: number, width: number): { mean: number; inv: number } {
  let mean = 0;
  for (let i = 0; i < width; i++) mean += x[r * width + i]!;
  mean /= width;
  let variance = 0;
  for (let i = 0; i < width; i++) variance += (x[r * width + i]! - mean) ** 2;
  variance /= width;
  return { mean, inv: 1 / Math.sqrt(variance + 1e-5) };
}

export function layerNorm(x: Float64Array, rows: number, store: ParamStore, name: string): Float64Array {
  const scale = param(store, `${name}.scale`);
  const offset = param(store, `${name}.offset`);
  const width = scale.length;
  const y = new Float64Array(x.length);
  for (let r = 0; r < rows; r++) {
    const { mean, inv } = rowStatistics(x, r, width);
    for (let i = 0; i < width; i++) y[r * width + i] = (x[r * width + i]! - mean) * inv * scale[i]! + offset[i]!;
  }
  return y;
}

export const mapInPlace = (x: Float64Array, f: (v: number) => number): Float64Array => {
  for (let i = 0; i < x.length; i++) x[i] = f(x[i]!);
  return x;
};

/**
 * StableMLP: y = silu(lin0(x)); then y = y + silu(lin_k(LayerNorm(y))) for each further hidden width
 * (without the residual when the width changes); with activateFinal = false, a plain `out` Linear last.
 */
export function stableMlp(x: Float64Array, rows: number, store: ParamStore, name: string, units: readonly number[], activateFinal: boolean): Float64Array {
  const hidden = activateFinal ? units : units.slice(0, -1);
  let y = mapInPlace(linear(x, rows, store, `${name}.lin0`), silu);
  for (let k = 1; k < hidden.length; k++) {
    const z = mapInPlace(linear(layerNorm(y, rows, store, `${name}.ln${k}`), rows, store, `${name}.lin${k}`), silu);
    if (hidden[k] === hidden[k - 1]) for (let i = 0; i < z.length; i++) z[i] = z[i]! + y[i]!;
    y = z;
  }
  return activateFinal ? y : linear(y, rows, store, `${name}.out`);
}
