/**
 * Adjoints of the reference's linear whole-sample ops (layers.ts): centring, splitting and merging halves
 * (method §3.1). Each returns the input's adjoint from the output's; none has parameters. Part of compiled
 * training, step 1 (docs/design/compiled-training.md).
 */
import { merge, split, type Sizes } from './layers.js';

/**
 * out[i][c] = z[i][c] − mean_j z[j][channel] for every channel c, so
 * z̄[i][c] = ȳ[i][c] − [c = channel] · (1/n) Σ_{j, c'} ȳ[j][c'].
 */
export function centerVjp(yBar: Float64Array, sizes: Sizes, channel: number): Float64Array {
  const { n, C, d } = sizes;
  const total = new Array<number>(d).fill(0);
  for (let i = 0; i < yBar.length; i++) total[i % d] = total[i % d]! + yBar[i]!;
  const zBar = Float64Array.from(yBar);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) zBar[(i * C + channel) * d + k] = zBar[(i * C + channel) * d + k]! - total[k]! / n;
  return zBar;
}

/** split is a permutation of z's entries: its adjoint puts the halves' adjoints back (a merge). */
export function splitVjp(condBar: Float64Array, transBar: Float64Array, sizes: Sizes, swap: boolean): Float64Array {
  return merge(condBar, transBar, sizes, swap);
}

/** merge is the inverse permutation: its adjoint splits z̄ into the halves' adjoints. */
export function mergeVjp(zBar: Float64Array, sizes: Sizes, swap: boolean): { cond: Float64Array; trans: Float64Array } {
  return split(zBar, sizes, swap);
}
