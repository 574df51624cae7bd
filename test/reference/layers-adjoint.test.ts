/**
 * Adjoints of centring, split and merge (backends/reference/ops/layers-adjoint.ts): ⟨ȳ, J v⟩ = ⟨Jᵀȳ, v⟩ for
 * random ȳ and v (the maps are linear, so the Jacobian-vector product is the map itself), for A = 1 and 3, in
 * 2D and 3D, every channel and both swaps. A centring adjoint that subtracts from every channel must fail.
 */
import { describe, expect, it } from 'vitest';
import { center, merge, split, type Sizes } from '../../backends/reference/ops/layers.js';
import { centerVjp, mergeVjp, splitVjp } from '../../backends/reference/ops/layers-adjoint.js';
import { NormalStream } from '../../backends/rng.js';
import { dot, randoms } from '../helpers/adjoint-check.js';


const shapes: Sizes[] = [
  { n: 4, C: 2, s: 1, d: 2 },
  { n: 5, C: 4, s: 2, d: 3 },
];

/** |⟨ȳ, f(v)⟩ − ⟨f̄(ȳ), v⟩| relative to the terms' size. */
function adjointGap(f: (v: Float64Array) => Float64Array, fBar: (y: Float64Array) => Float64Array, inLength: number, outLength: number, seed: number): number {
  const s = new NormalStream(seed, 6);
  const v = randoms(inLength, s);
  const yBar = randoms(outLength, s);
  const left = dot(yBar, f(v));
  const right = dot(fBar(yBar), v);
  return Math.abs(left - right) / Math.max(1, Math.abs(left));
}

describe('adjoints of centring, split and merge', () => {
  it.each(shapes)('are the transposes of the maps (n $n, C $C, d $d)', (sizes) => {
    const length = sizes.n * sizes.C * sizes.d;
    const half = sizes.n * sizes.s * sizes.d;
    for (let channel = 0; channel < sizes.C; channel++) {
      expect(adjointGap((v) => center(v, sizes, channel), (y) => centerVjp(y, sizes, channel), length, length, channel + 1)).toBeLessThan(1e-12);
    }
    for (const swap of [false, true]) {
      const both = (v: Float64Array) => {
        const { cond, trans } = split(v, sizes, swap);
        const out = new Float64Array(2 * half);
        out.set(cond, 0);
        out.set(trans, half);
        return out;
      };
      expect(adjointGap(both, (y) => splitVjp(y.subarray(0, half), y.subarray(half), sizes, swap), length, 2 * half, 7)).toBeLessThan(1e-12);
      const joined = (v: Float64Array) => merge(v.subarray(0, half), v.subarray(half), sizes, swap);
      const mergeBar = (y: Float64Array) => {
        const { cond, trans } = mergeVjp(y, sizes, swap);
        const out = new Float64Array(2 * half);
        out.set(cond, 0);
        out.set(trans, half);
        return out;
      };
      expect(adjointGap(joined, mergeBar, 2 * half, length, 8)).toBeLessThan(1e-12);
    }
  });

  it('catches a centring adjoint that subtracts the mean from every channel', () => {
    const sizes = shapes[1]!;
    const length = sizes.n * sizes.C * sizes.d;
    const wrong = (y: Float64Array) => {
      const total = [0, 0, 0];
      y.forEach((v, i) => (total[i % 3] = total[i % 3]! + v));
      return Float64Array.from(y, (v, i) => v - total[i % 3]! / sizes.n / sizes.C);
    };
    expect(adjointGap((v) => center(v, sizes, 2), wrong, length, length, 9)).toBeGreaterThan(1e-3);
  });
});
