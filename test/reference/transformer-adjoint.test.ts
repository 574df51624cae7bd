/**
 * The transformer conditioner's adjoint (backends/reference/nets/transformer-adjoint.ts) against central finite
 * differences of the float64 forward: L = Σ h̄·h for a random h̄, every input coordinate and parameter entry,
 * ≤ 1e-6 relative. Layers 1–2, heads 1–2, MLP widths [8] and [8, 6], typed and untyped, 2D and 3D. The softmax
 * adjoint with its centring term dropped must fail the same check.
 */
import { describe, expect, it } from 'vitest';
import type { TransformerConfig } from '../../compiler/ir/ir.js';
import { transformerParams } from '../../compiler/ir/layout.js';
import { attentionMix, attentionWeights, transformerForward } from '../../backends/reference/nets/transformer.js';
import { attentionMixVjp, transformerVjp } from '../../backends/reference/nets/transformer-adjoint.js';
import type { GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { NormalStream } from '../../backends/rng.js';
import { dot, randoms, randomStore, storeEntries, worstFdError } from '../helpers/adjoint-check.js';

const n = 4;

const cases = [
  { layers: 1, heads: 1, mlp: [8], typed: false, m: 1, d: 3 },
  { layers: 1, heads: 2, mlp: [8, 6], typed: true, m: 2, d: 2 },
  { layers: 2, heads: 2, mlp: [8], typed: true, m: 1, d: 3 },
  { layers: 2, heads: 1, mlp: [8, 6], typed: false, m: 2, d: 2 },
];

const config = (layers: number, heads: number, mlp: number[]): TransformerConfig => ({ layers, heads, keySize: 8 / heads, width: 8, mlp, output: 5 });

describe('transformer adjoint', () => {
  it.each(cases)('matches central finite differences (layers $layers, heads $heads, mlp $mlp, typed $typed, m $m, d $d)', ({ layers, heads, mlp, typed, m, d }) => {
    const c = config(layers, heads, mlp);
    const store = randomStore(layers * 10 + heads, (sink) => transformerParams(sink, 't', m * d + 1, c));
    const stream = new NormalStream(5, 4);
    const P = randoms(n * m * d, stream);
    const typeIds = typed ? [0, 1, 1, 2] : undefined;
    const hBar = randoms(n * c.output, stream);
    const grads: GradStore = new Map();
    const PBar = transformerVjp(P, n, m, d, typeIds, store, 't', c, hBar, grads);
    const loss = () => dot(hBar, transformerForward(P, n, m, d, typeIds, store, 't', c));
    const error = worstFdError(loss, [{ values: P, analytic: (i) => PBar[i]! }, ...storeEntries(store, grads)]);
    expect(error).toBeLessThan(1e-6);
  });

  it('catches a softmax adjoint without its centring term', () => {
    const c = config(1, 2, [8]);
    const stream = new NormalStream(6, 4);
    const [q, k, v, mixedBar] = [0, 1, 2, 3].map(() => randoms(n * c.width, stream)) as [Float64Array, Float64Array, Float64Array, Float64Array];
    // The mutant's s̄_ij = a_ij·ā_ij forgets −a_ij·Σ_j' a_ij' ā_ij' (the softmax normaliser's dependence on s_ij),
    // so it adds e_i·a_ij/√K to each s̄_ij, with e_i = Σ_j a_ij ā_ij, back through q and k.
    const mutant = () => {
      const bars = attentionMixVjp(q, k, v, n, c, mixedBar);
      const K = c.keySize;
      const weights = new Float64Array(n);
      for (let head = 0; head < c.heads; head++) {
        const off = head * K;
        for (let i = 0; i < n; i++) {
          attentionWeights(q, k, n, i, off, c, weights);
          let e = 0;
          for (let j = 0; j < n; j++) for (let u = 0; u < K; u++) e += weights[j]! * mixedBar[i * c.width + off + u]! * v[j * c.width + off + u]!;
          for (let j = 0; j < n; j++) {
            const extra = (e * weights[j]!) / Math.sqrt(K);
            for (let u = 0; u < K; u++) {
              bars.qBar[i * c.width + off + u] = bars.qBar[i * c.width + off + u]! + extra * k[j * c.width + off + u]!;
              bars.kBar[j * c.width + off + u] = bars.kBar[j * c.width + off + u]! + extra * q[i * c.width + off + u]!;
            }
          }
        }
      }
      return bars;
    };
    const loss = () => dot(mixedBar, attentionMix(q, k, v, n, c));
    const check = (bars: ReturnType<typeof mutant>) => worstFdError(loss, [
      { values: q, analytic: (i) => bars.qBar[i]! },
      { values: k, analytic: (i) => bars.kBar[i]! },
      { values: v, analytic: (i) => bars.vBar[i]! },
    ]);
    expect(check(attentionMixVjp(q, k, v, n, c, mixedBar))).toBeLessThan(1e-6);
    expect(check(mutant())).toBeGreaterThan(1e-3);
  });
});
