/**
 * Vector–Jacobian products of the dense layers in mlp.ts (float64): the first adjoints of compiled training
 * (docs/design/compiled-training.md, step 1). Each takes the forward's input and the output's adjoint ȳ,
 * adds the parameters' adjoints into `grads` (same names and shapes as the ParamStore) and returns x̄.
 * Forward intermediates are recomputed here, not saved: the reference is the oracle, not the fast path.
 */
import { param, type ParamStore } from './params.js';
import { layerNorm, linear, mapInPlace, rowStatistics, sigmoid, silu } from './mlp.js';

export type GradStore = Map<string, Float64Array>;

/** The adjoint buffer of parameter `name` (zeros, shaped like the parameter, made on first use). */
export function gradOf(grads: GradStore, store: ParamStore, name: string): Float64Array {
  let g = grads.get(name);
  if (!g) grads.set(name, (g = new Float64Array(param(store, name).length)));
  return g;
}

/** silu'(v) = σ(v)·(1 + v·(1 − σ(v))). */
export const siluDerivative = (v: number) => {
  const s = sigmoid(v);
  return s * (1 + v * (1 - s));
};

/** y = x·W + b: W̄ += xᵀȳ, b̄ += Σ_rows ȳ, x̄ = ȳ·Wᵀ. */
export function linearVjp(x: Float64Array, rows: number, store: ParamStore, name: string, yBar: Float64Array, grads: GradStore): Float64Array {
  const w = param(store, `${name}.w`);
  const out = param(store, `${name}.b`).length;
  const inDim = w.length / out;
  const wBar = gradOf(grads, store, `${name}.w`);
  const bBar = gradOf(grads, store, `${name}.b`);
  const xBar = new Float64Array(rows * inDim);
  for (let r = 0; r < rows; r++) {
    for (let o = 0; o < out; o++) bBar[o] = bBar[o]! + yBar[r * out + o]!;
    for (let i = 0; i < inDim; i++) {
      const xv = x[r * inDim + i]!;
      let acc = 0;
      for (let o = 0; o < out; o++) {
        const g = yBar[r * out + o]!;
        wBar[i * out + o] = wBar[i * out + o]! + xv * g;
        acc += g * w[i * out + o]!;
      }
      xBar[r * inDim + i] = acc;
    }
  }
  return xBar;
}

/**
 * y = x̂·scale + offset with x̂ = (x − μ)/√(σ² + ε): scalē += Σ ȳ·x̂, offset̄ += Σ ȳ, and per row
 * x̄ = (ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) / √(σ² + ε) with ĝ = ȳ·scale.
 */
export function layerNormVjp(x: Float64Array, rows: number, store: ParamStore, name: string, yBar: Float64Array, grads: GradStore): Float64Array {
  const scale = param(store, `${name}.scale`);
  const width = scale.length;
  const scaleBar = gradOf(grads, store, `${name}.scale`);
  const offsetBar = gradOf(grads, store, `${name}.offset`);
  const xBar = new Float64Array(x.length);
  const xHat = new Float64Array(width);
  const gHat = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    const { mean, inv } = rowStatistics(x, r, width);
    let meanG = 0;
    let meanGX = 0;
    for (let i = 0; i < width; i++) {
      const g = yBar[r * width + i]!;
      xHat[i] = (x[r * width + i]! - mean) * inv;
      gHat[i] = g * scale[i]!;
      scaleBar[i] = scaleBar[i]! + g * xHat[i]!;
      offsetBar[i] = offsetBar[i]! + g;
      meanG += gHat[i]!;
      meanGX += gHat[i]! * xHat[i]!;
    }
    meanG /= width;
    meanGX /= width;
    for (let i = 0; i < width; i++) xBar[r * width + i] = (gHat[i]! - meanG - xHat[i]! * meanGX) * inv;
  }
  return xBar;
}

/** The adjoint of stableMlp (same arguments as the forward, plus ȳ and the gradient store): returns x̄. */
export function stableMlpVjp(x: Float64Array, rows: number, store: ParamStore, name: string, units: readonly number[], activateFinal: boolean, yBar: Float64Array, grads: GradStore): Float64Array {
  const hidden = activateFinal ? units : units.slice(0, -1);
  // Recompute the forward, keeping each block's input, normalised input and pre-activation.
  const pre0 = linear(x, rows, store, `${name}.lin0`);
  const blocks: { y: Float64Array; normed: Float64Array; pre: Float64Array; residual: boolean }[] = [];
  let y = mapInPlace(Float64Array.from(pre0), silu);
  for (let k = 1; k < hidden.length; k++) {
    const normed = layerNorm(y, rows, store, `${name}.ln${k}`);
    const pre = linear(normed, rows, store, `${name}.lin${k}`);
    const residual = hidden[k] === hidden[k - 1];
    blocks.push({ y, normed, pre, residual });
    const z = mapInPlace(Float64Array.from(pre), silu);
    if (residual) for (let i = 0; i < z.length; i++) z[i] = z[i]! + y[i]!;
    y = z;
  }
  let g = activateFinal ? Float64Array.from(yBar) : linearVjp(y, rows, store, `${name}.out`, yBar, grads);
  for (let k = hidden.length - 1; k >= 1; k--) {
    const block = blocks[k - 1]!;
    const preBar = new Float64Array(block.pre.length);
    for (let i = 0; i < preBar.length; i++) preBar[i] = g[i]! * siluDerivative(block.pre[i]!);
    const normedBar = linearVjp(block.normed, rows, store, `${name}.lin${k}`, preBar, grads);
    const inBar = layerNormVjp(block.y, rows, store, `${name}.ln${k}`, normedBar, grads);
    if (block.residual) for (let i = 0; i < inBar.length; i++) inBar[i] = inBar[i]! + g[i]!;
    g = inBar;
  }
  const pre0Bar = new Float64Array(pre0.length);
  for (let i = 0; i < pre0.length; i++) pre0Bar[i] = g[i]! * siluDerivative(pre0[i]!);
  return linearVjp(x, rows, store, `${name}.lin0`, pre0Bar, grads);
}
