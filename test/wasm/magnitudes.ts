/**
 * What each dense kernel's float32 rounding error scales with, per output entry (float64): the kernel's
 * formula with every term replaced by its absolute value. Dividing the error by these (componentwiseError)
 * gives a relative error that neither cancellation in the exact result nor a row's conditioning inflates, so
 * one bound fits every size and input.
 */

/** A [rows, cols] row-major matrix transposed. */
export function transposed(a: Float64Array, rows: number, cols: number): Float64Array {
  return Float64Array.from({ length: a.length }, (_, k) => a[(k % rows) * cols + Math.floor(k / rows)]!);
}

/** |b_o| + Σ_i |x_ri·W_io| for y = x [rows, in] · W [in, out] + b (b optional: zeros). */
export function linearMagnitude(x: Float64Array, w: Float64Array, b: Float64Array | undefined, rows: number, inDim: number, out: number): Float64Array {
  const m = new Float64Array(rows * out);
  for (let r = 0; r < rows; r++)
    for (let o = 0; o < out; o++) {
      let sum = b ? Math.abs(b[o]!) : 0;
      for (let i = 0; i < inDim; i++) sum += Math.abs(x[r * inDim + i]! * w[i * out + o]!);
      m[r * out + o] = sum;
    }
  return m;
}

/** Row r's mean and 1/√(var + ε) in float64. */
function statistics(x: Float64Array, r: number, width: number): { mean: number; inv: number } {
  const row = x.subarray(r * width, (r + 1) * width);
  const mean = row.reduce((s, v) => s + v, 0) / width;
  return { mean, inv: 1 / Math.sqrt(row.reduce((s, v) => s + (v - mean) ** 2, 0) / width + 1e-5) };
}

/**
 * LayerNorm's magnitudes. With a_i = (|x_i| + |μ|)·inv (x̂ with its subtraction's terms made absolute) and
 * ĝ = ȳ·scale: y_i ~ |scale_i|·a_i + |offset_i|; x̄_i ~ inv·(|ĝ_i| + mean|ĝ| + a_i·mean(|ĝ|·a)); scalē_i ~
 * |scalē₀_i| + Σ_r |ȳ_ri|·a_ri; offset̄_i ~ |offset̄₀_i| + Σ_r |ȳ_ri|. (The two-pass variance is insensitive to
 * the mean's rounding, so inv adds no term of its own.)
 */
export function layerNormMagnitudes(x: Float64Array, rows: number, p: { scale: Float64Array; offset: Float64Array; yBar: Float64Array; scaleBar0: Float64Array; offsetBar0: Float64Array }) {
  const width = p.scale.length;
  const y = new Float64Array(x.length);
  const xBar = new Float64Array(x.length);
  const scaleBar = p.scaleBar0.map(Math.abs);
  const offsetBar = p.offsetBar0.map(Math.abs);
  for (let r = 0; r < rows; r++) {
    const { mean, inv } = statistics(x, r, width);
    const a = Array.from({ length: width }, (_, i) => (Math.abs(x[r * width + i]!) + Math.abs(mean)) * inv);
    const g = Array.from({ length: width }, (_, i) => Math.abs(p.yBar[r * width + i]! * p.scale[i]!));
    const meanG = g.reduce((s, v) => s + v, 0) / width;
    const meanGA = g.reduce((s, v, i) => s + v * a[i]!, 0) / width;
    for (let i = 0; i < width; i++) {
      y[r * width + i] = Math.abs(p.scale[i]!) * a[i]! + Math.abs(p.offset[i]!);
      xBar[r * width + i] = inv * (g[i]! + meanG + a[i]! * meanGA);
      scaleBar[i] = scaleBar[i]! + Math.abs(p.yBar[r * width + i]!) * a[i]!;
      offsetBar[i] = offsetBar[i]! + Math.abs(p.yBar[r * width + i]!);
    }
  }
  return { y, xBar, scaleBar, offsetBar };
}
