/**
 * The EGNN conditioner's adjoint (backends/reference/nets/egnn-adjoint.ts) against central finite differences
 * of the float64 forward: L = Σ h̄·h + Σ v̄·v for random h̄, v̄; P̄ and every parameter entry, ≤ 1e-6 relative.
 * Parameters are random everywhere (not the initialisers: x_out's 0.001 scale would hide the vector terms).
 * Measured worst errors: 6e-10 to 5e-8 (finite-difference truncation). Adjoints with one term left out must
 * fail the same check (measured 0.04 to 0.2), so the check can fail.
 */
import { describe, expect, it } from 'vitest';
import type { EgnnConfig, ParamSpec } from '../../compiler/ir/ir.js';
import { egnnParams } from '../../compiler/ir/layout.js';
import { egnnForward } from '../../backends/reference/nets/egnn.js';
import { egnnMutantVjp, egnnVjp, type EgnnMutation } from '../../backends/reference/nets/egnn-adjoint.js';
import type { GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { NormalStream } from '../../backends/rng.js';
import { randoms, storeEntries, worstFdError } from '../helpers/adjoint-check.js';

/** Every tensor layout.ts names for this EGNN, random: weights ~ 0.8/√fan_in, LayerNorm scales near 1, the rest ~ 0.3. */
function egnnStore(c: EgnnConfig, seed: number): Map<string, Float64Array> {
  const specs: ParamSpec[] = [];
  egnnParams((spec) => specs.push(spec), 'net', c);
  const s = new NormalStream(seed, 3);
  return new Map(
    specs.map(({ name, shape }) => {
      const size = shape.reduce((a, b) => a * b, 1);
      if (name.endsWith('.scale')) return [name, Float64Array.from(randoms(size, s, 0.2), (v) => 1 + v)];
      if (name.endsWith('.w')) return [name, randoms(size, s, 0.8 / Math.sqrt(shape[0]!))];
      return [name, randoms(size, s, 0.3)];
    }),
  );
}

interface Case {
  readonly what: string;
  readonly n: number;
  readonly m: number;
  readonly d: number;
  readonly c: EgnnConfig;
}

/** Largest |analytic − central difference| / max(1, |difference|) over P and every parameter entry. */
function worstError({ n, m, d, c }: Case, seed: number, mutation?: EgnnMutation): number {
  const store = egnnStore(c, seed);
  const s = new NormalStream(seed, 5);
  const P = randoms(n * m * d, s);
  const typeIds = c.numTypes > 1 ? Array.from({ length: n }, (_, i) => i % c.numTypes) : undefined;
  const hBar = randoms(n * c.features, s);
  const vBar = randoms(n * c.vectors * d, s);
  const loss = () => {
    const { h, v } = egnnForward(P, n, m, d, typeIds, store, 'net', c);
    return h.reduce((sum, x, i) => sum + x * hBar[i]!, 0) + v.reduce((sum, x, i) => sum + x * vBar[i]!, 0);
  };
  const grads: GradStore = new Map();
  const PBar = mutation ? egnnMutantVjp(mutation, P, n, m, d, typeIds, store, 'net', c, hBar, vBar, grads) : egnnVjp(P, n, m, d, typeIds, store, 'net', c, hBar, vBar, grads);
  return worstFdError(loss, [{ values: P, analytic: (i) => PBar[i]! }, ...storeEntries(store, grads)]);
}

const config = (over: Partial<EgnnConfig>): EgnnConfig => ({ blocks: 1, mlp: [8, 8], features: 5, vectors: 1, crossMultiplicity: true, numTypes: 0, embedding: 3, ...over });

const cases: Case[] = [
  { what: '2D, m = 1, M = 1, untyped, one block', n: 4, m: 1, d: 2, c: config({}) },
  { what: '3D, m = 1, M = 3 (repeats: κ = 0 → safe norm), cross, typed, two blocks, mlp [6, 8]', n: 4, m: 1, d: 3, c: config({ blocks: 2, mlp: [6, 8], vectors: 3, numTypes: 3 }) },
  { what: '3D, m = 2, M = 4, cross off, untyped, two blocks', n: 3, m: 2, d: 3, c: config({ blocks: 2, vectors: 4, crossMultiplicity: false }) },
  { what: '2D, m = 2, M = 4, cross, typed, one block, mlp [6, 8]', n: 5, m: 2, d: 2, c: config({ mlp: [6, 8], vectors: 4, numTypes: 2 }) },
  { what: '2D, m = 2, M = 2 (no repeats), cross, untyped, two blocks', n: 3, m: 2, d: 2, c: config({ blocks: 2, vectors: 2 }) },
];

describe('EGNN adjoint', () => {
  it.each(cases)('$what matches central finite differences', (testCase) => {
    expect(worstError(testCase, 21)).toBeLessThan(1e-6);
  });

  it('treats an undefined h̄ or v̄ as zero', () => {
    const { n, m, d, c } = cases[1]!;
    const store = egnnStore(c, 4);
    const s = new NormalStream(4, 5);
    const P = randoms(n * m * d, s);
    const typeIds = [0, 1, 2, 1];
    const hBar = randoms(n * c.features, s);
    const vBar = randoms(n * c.vectors * d, s);
    const run = (h: Float64Array | undefined, v: Float64Array | undefined) => {
      const grads: GradStore = new Map();
      const PBar = egnnVjp(P, n, m, d, typeIds, store, 'net', c, h, v, grads);
      return [Array.from(PBar), ...[...store.keys()].map((name) => Array.from(grads.get(name) ?? new Float64Array(store.get(name)!.length)))];
    };
    expect(run(undefined, vBar)).toEqual(run(new Float64Array(hBar.length), vBar));
    expect(run(hBar, undefined)).toEqual(run(hBar, new Float64Array(vBar.length)));
  });

  it.each<EgnnMutation>(['gate', 'length', 'cross-denominator'])('catches an adjoint without its %s term', (mutation) => {
    expect(worstError(cases[3]!, 21, mutation)).toBeGreaterThan(1e-3);
  });
});
