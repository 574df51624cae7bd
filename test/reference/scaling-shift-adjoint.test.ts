/**
 * The scaling block's and the shift's adjoints (backends/reference/ops/layers-adjoint.ts) against central
 * finite differences of the float64 forward: L = Σ ȳ·y (+ ℓ̄·logDet for scaling) for random ȳ and ℓ̄, every
 * input coordinate and parameter entry, ≤ 1e-6 relative. Scaling: conditioned and not, forward and inverse,
 * A = 1 and 3, 2D and 3D; shift: both directions with fewer, as many and more vectors than channels. An
 * inverse scaling adjoint that forgets how σ moves the means λ is conditioned on must fail the same check.
 */
import { describe, expect, it } from 'vitest';
import type { Direction, Op } from '../../compiler/ir/ir.js';
import { stableMlp } from '../../compiler/ir/layout.js';
import { affineScale } from '../../backends/reference/math/affine.js';
import type { GradStore } from '../../backends/reference/nets/mlp-adjoint.js';
import { sigmoid } from '../../backends/reference/nets/mlp.js';
import { param } from '../../backends/reference/nets/params.js';
import { channelMean, scaling, shift, type Sizes } from '../../backends/reference/ops/layers.js';
import { scalingVjp, shiftVjp } from '../../backends/reference/ops/layers-adjoint.js';
import { NormalStream } from '../../backends/rng.js';
import { dot, randoms, randomStore, storeEntries, worstFdError } from '../helpers/adjoint-check.js';

type ScalingOp = Extract<Op, { kind: 'scaling' }>;

const scalingOp = (conditioned: boolean, direction: Direction): ScalingOp => ({ kind: 'scaling', result: 1, logDet: 2, src: 0, params: 'sc', conditioned, units: [6, 6], direction });

/** Parameters as lower.ts declares them: the head (input A, output C) or free logits, and the A CoM logits. */
function scalingStore(op: ScalingOp, C: number, seed: number): Map<string, Float64Array> {
  return randomStore(seed, (sink) => {
    if (op.conditioned) stableMlp(sink, 'sc.scale_head', C - 1, [...op.units, C], false);
    else sink({ name: 'sc.scale_logits', shape: [C], init: { kind: 'zeros' } });
    sink({ name: 'sc.com_logits', shape: [C - 1], init: { kind: 'zeros' } });
  });
}

/** Worst FD error of an adjoint of scaling (the real one unless `adjoint` replaces it). */
function scalingError(op: ScalingOp, sizes: Sizes, seed: number, adjoint = scalingVjp): number {
  const store = scalingStore(op, sizes.C, seed);
  const stream = new NormalStream(seed, 4);
  const z = randoms(sizes.n * sizes.C * sizes.d, stream);
  const zBar = randoms(z.length, stream);
  const logDetBar = stream.next();
  const grads: GradStore = new Map();
  const zBarIn = adjoint(op, z, sizes, store, zBar, logDetBar, grads);
  const loss = () => {
    const { z: out, logDet } = scaling(op, z, sizes, store);
    return dot(zBar, out) + logDetBar * logDet;
  };
  return worstFdError(loss, [{ values: z, analytic: (i) => zBarIn[i]! }, ...storeEntries(store, grads)]);
}

const scalingCases = [false, true].flatMap((conditioned) =>
  (['forward', 'inverse'] as const).flatMap((direction) => [1, 3].flatMap((A) => [2, 3].map((d) => ({ conditioned, direction, A, d })))),
);

const shiftCases = (['forward', 'inverse'] as const).flatMap((direction) => [
  { direction, M: 1, d: 3 },
  { direction, M: 2, d: 2 },
  { direction, M: 3, d: 3 },
]);

describe('scaling and shift adjoints', () => {
  it.each(scalingCases)('scaling matches central finite differences (conditioned $conditioned, $direction, A $A, d $d)', ({ conditioned, direction, A, d }) => {
    const error = scalingError(scalingOp(conditioned, direction), { n: 5, C: A + 1, s: 0, d }, 10 * A + d);
    expect(error).toBeLessThan(1e-6);
  });

  it.each(shiftCases)('shift matches central finite differences ($direction, M $M vectors for 2 channels, d $d)', ({ direction, M, d }) => {
    const sizes: Sizes = { n: 5, C: 4, s: 2, d };
    const op: Extract<Op, { kind: 'shift' }> = { kind: 'shift', result: 2, trans: 0, vectors: 1, params: 'sh', direction };
    const store = randomStore(M, (sink) => sink({ name: 'sh.shift_w', shape: [1], init: { kind: 'zeros' } }));
    const stream = new NormalStream(M + d, 4);
    const trans = randoms(sizes.n * sizes.s * d, stream);
    const vectors = randoms(sizes.n * M * d, stream);
    const outBar = randoms(trans.length, stream);
    const grads: GradStore = new Map();
    const bars = shiftVjp(op, trans, vectors, sizes, store, outBar, grads);
    const loss = () => dot(outBar, shift(op, trans, vectors, sizes, store));
    const error = worstFdError(loss, [
      { values: trans, analytic: (i) => bars.trans[i]! },
      { values: vectors, analytic: (i) => bars.vectors[i]! },
      ...storeEntries(store, grads),
    ]);
    expect(error).toBeLessThan(1e-6);
  });

  it('catches an inverse scaling adjoint that drops the σ-dependence of the means before the CoM flow', () => {
    const sizes: Sizes = { n: 5, C: 4, s: 0, d: 3 };
    // Unconditioned, before_c only moves the points (to_c = before_c), so its adjoint is S_c = Σ_i ȳ[i][c]; the
    // mutant drops −S_c·(μ_c − μ_0)/σ_c² from σ̄_c, i.e. adds its pull-back through affineScale to com_logits̄.
    const mutant: typeof scalingVjp = (op, z, s, store, zBar, logDetBar, grads) => {
      const zBarIn = scalingVjp(op, z, s, store, zBar, logDetBar, grads);
      const logits = param(store, 'sc.com_logits');
      const comBar = grads.get('sc.com_logits')!;
      const x = channelMean(z, s, 0);
      for (let c = 1; c < s.C; c++) {
        const mean = channelMean(z, s, c);
        const sigma = affineScale(logits[c - 1]!);
        let term = 0;
        for (let i = 0; i < s.n; i++) for (let k = 0; k < s.d; k++) term += (zBar[(i * s.C + c) * s.d + k]! * (mean[k]! - x[k]!)) / sigma ** 2;
        comBar[c - 1] = comBar[c - 1]! + term * sigmoid(logits[c - 1]! + Math.log(Math.E - 1));
      }
      return zBarIn;
    };
    expect(scalingError(scalingOp(false, 'inverse'), sizes, 41)).toBeLessThan(1e-6);
    expect(scalingError(scalingOp(false, 'inverse'), sizes, 41, mutant)).toBeGreaterThan(1e-3);
  });
});
