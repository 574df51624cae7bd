/**
 * Adam (optax defaults, with bias correction) on one flat vector of all parameters, on the host.
 * A 12-block DW4 flow has 2,616 parameter tensors: a dozen tfjs kernels per tensor made the optimizer cost
 * more than the forward and backward passes together, and tfjs-backend-wasm slices a long vector into
 * pieces very slowly (≈ 36 ms per slice of a 14M vector, measured). One loop on the host takes milliseconds.
 * The state is stored in float32 (the arithmetic is float64), as the checkpoints store it, so a resumed run
 * restores it bit for bit.
 */
export class FlatAdam {
  constructor(
    readonly params: Float32Array,
    readonly m: Float32Array = new Float32Array(params.length),
    readonly v: Float32Array = new Float32Array(params.length),
    private readonly hyper: { readonly beta1: number; readonly beta2: number; readonly eps: number },
  ) {}

  /** params −= lr · m̂ / (√v̂ + ε) for the gradient g · factor; non-finite entries of g count as 0. */
  update(g: Float32Array | Float64Array, factor: number, lr: number, t: number): void {
    const { beta1, beta2, eps } = this.hyper;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    const { params, m, v } = this;
    for (let k = 0; k < params.length; k++) {
      const gk = Number.isFinite(g[k]!) ? g[k]! * factor : 0;
      m[k] = beta1 * m[k]! + (1 - beta1) * gk;
      v[k] = beta2 * v[k]! + (1 - beta2) * gk * gk;
      params[k]! -= (lr * (m[k]! / c1)) / (Math.sqrt(v[k]! / c2) + eps);
    }
  }
}

/** The Euclidean norm of g (NaN or ∞ when any entry is). */
export function globalNorm(g: Float32Array | Float64Array): number {
  let s = 0;
  for (let k = 0; k < g.length; k++) s += g[k]! * g[k]!;
  return Math.sqrt(s);
}
