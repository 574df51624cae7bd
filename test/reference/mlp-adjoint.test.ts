/**
 * The dense layers' adjoints (backends/reference/nets/mlp-adjoint.ts) against central finite differences of
 * the float64 forward: L = Σ ȳ·y for a random ȳ, every parameter and input entry, ≤ 1e-6 relative. A
 * LayerNorm adjoint with one term dropped must fail the same check (the check can fail).
 */
import { describe, expect, it } from 'vitest';
import { layerNorm, linear, stableMlp } from '../../backends/reference/nets/mlp.js';
import { layerNormVjp, linearVjp, stableMlpVjp, type GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { param, type ParamStore } from '../../backends/reference/nets/params.js';
import { NormalStream } from '../../backends/rng.js';
import { randoms, storeEntries, worstFdError } from '../helpers/adjoint-check.js';

const rows = 3;

/** Parameters of a StableMLP `name` with input width `inDim` and `units`, as layout.ts names them. */
function mlpStore(inDim: number, units: readonly number[], activateFinal: boolean, seed: number): Map<string, Float64Array> {
  const s = new NormalStream(seed, 3);
  const store = new Map<string, Float64Array>();
  const hidden = activateFinal ? units : units.slice(0, -1);
  let width = inDim;
  hidden.forEach((u, k) => {
    if (k > 0) {
      store.set(`m.ln${k}.scale`, Float64Array.from(randoms(width, s, 0.2), (v) => 1 + v));
      store.set(`m.ln${k}.offset`, randoms(width, s, 0.2));
    }
    store.set(`m.lin${k}.w`, randoms(width * u, s, 0.6));
    store.set(`m.lin${k}.b`, randoms(u, s, 0.3));
    width = u;
  });
  if (!activateFinal) {
    store.set('m.out.w', randoms(width * units.at(-1)!, s, 0.6));
    store.set('m.out.b', randoms(units.at(-1)!, s, 0.3));
  }
  return store;
}

/** Largest |analytic − central difference| / max(1, |difference|) over the inputs and every parameter entry. */
function worstError(forward: (x: Float64Array, store: ParamStore) => Float64Array, vjp: (x: Float64Array, store: ParamStore, yBar: Float64Array, grads: GradStore) => Float64Array, x: Float64Array, store: Map<string, Float64Array>, seed: number): number {
  const yBar = randoms(forward(x, store).length, new NormalStream(seed, 4));
  const loss = () => forward(x, store).reduce((sum, v, i) => sum + v * yBar[i]!, 0);
  const grads: GradStore = new Map();
  const xBar = vjp(x, store, yBar, grads);
  return worstFdError(loss, [{ values: x, analytic: (i) => xBar[i]! }, ...storeEntries(store, grads)]);
}

describe('dense-layer adjoints', () => {
  it('Linear and LayerNorm match central finite differences', () => {
    const s = new NormalStream(1, 5);
    const store = new Map([['l.w', randoms(4 * 3, s)], ['l.b', randoms(3, s)], ['n.scale', randoms(4, s)], ['n.offset', randoms(4, s)]]);
    const x = randoms(rows * 4, s);
    expect(worstError((v, p) => linear(v, rows, p, 'l'), (v, p, g, grads) => linearVjp(v, rows, p, 'l', g, grads), x, store, 2)).toBeLessThan(1e-6);
    expect(worstError((v, p) => layerNorm(v, rows, p, 'n'), (v, p, g, grads) => layerNormVjp(v, rows, p, 'n', g, grads), x, store, 3)).toBeLessThan(1e-6);
  });

  it.each([
    { units: [5, 5, 3], activateFinal: false, what: 'residual blocks and an out layer' },
    { units: [4, 6], activateFinal: true, what: 'a width change (no residual), activated last' },
    { units: [6, 6, 6], activateFinal: true, what: 'two residual blocks, activated last' },
  ])('StableMLP with $what matches central finite differences', ({ units, activateFinal }) => {
    const store = mlpStore(4, units, activateFinal, 7);
    const x = randoms(rows * 4, new NormalStream(8, 5));
    const error = worstError((v, p) => stableMlp(v, rows, p, 'm', units, activateFinal), (v, p, g, grads) => stableMlpVjp(v, rows, p, 'm', units, activateFinal, g, grads), x, store, 9);
    expect(error).toBeLessThan(1e-6);
  });

  it('catches a LayerNorm adjoint with one term dropped', () => {
    const s = new NormalStream(11, 5);
    const store = new Map([['n.scale', randoms(4, s)], ['n.offset', randoms(4, s)]]);
    const x = randoms(rows * 4, s);
    // The mutant forgets the x̂·mean(ĝ·x̂) term of x̄ (the variance's dependence on x).
    const mutant = (v: Float64Array, p: ParamStore, yBar: Float64Array, grads: GradStore) => {
      const scale = param(p, 'n.scale');
      const xBar = layerNormVjp(v, rows, p, 'n', yBar, grads);
      for (let r = 0; r < rows; r++) {
        const row = v.subarray(r * 4, r * 4 + 4);
        const mean = row.reduce((a, b) => a + b, 0) / 4;
        const inv = 1 / Math.sqrt(row.reduce((a, b) => a + (b - mean) ** 2, 0) / 4 + 1e-5);
        const xHat = Array.from(row, (b) => (b - mean) * inv);
        const meanGX = xHat.reduce((a, h, i) => a + yBar[r * 4 + i]! * scale[i]! * h, 0) / 4;
        for (let i = 0; i < 4; i++) xBar[r * 4 + i] = xBar[r * 4 + i]! + xHat[i]! * meanGX * inv;
      }
      return xBar;
    };
    expect(worstError((v, p) => layerNorm(v, rows, p, 'n'), mutant, x, store, 12)).toBeGreaterThan(1e-3);
  });
});
