/** Parameter initialisation from the IR's layout: haiku's initialisers, seeded (Philox stream `params`). */
import type { Init, IRModule } from '../compiler/ir/ir.js';
import { NormalStream, Streams } from './rng.js';

function draw(init: Init, size: number, rng: NormalStream): Float64Array {
  const out = new Float64Array(size);
  switch (init.kind) {
    case 'zeros':
      return out;
    case 'ones':
      return out.fill(1);
    case 'normal':
      return out.map(() => init.std * rng.next());
    case 'truncated_normal':
      return out.map(() => init.std * truncated(rng));
    case 'variance_scaling': {
      const fan = init.mode === 'fan_in' ? init.fanIn : (init.fanIn + init.fanOut) / 2;
      const variance = init.scale / Math.max(1, fan);
      if (init.distribution === 'uniform') {
        const limit = Math.sqrt(3 * variance);
        return out.map(() => (2 * rng.uniform() - 1) * limit);
      }
      // haiku divides by the std of a unit normal truncated to ±2 (≈ 0.8796) to keep the variance.
      return out.map(() => (Math.sqrt(variance) / 0.87962566103423978) * truncated(rng));
    }
  }
}

function truncated(rng: NormalStream): number {
  for (;;) {
    const v = rng.next();
    if (Math.abs(v) <= 2) return v;
  }
}

export type Weights = Map<string, Float64Array>;

/** Fresh weights for a module: each tensor from its initialiser, in layout order, from one seed. */
export function initWeights(m: IRModule, seed: number): Weights {
  const rng = new NormalStream(seed, Streams.params);
  return new Map(m.params.map((p) => [p.name, draw(p.init, p.shape.reduce((a, b) => a * b, 1), rng)]));
}

/**
 * Random non-identity weights for testing (`flowc verify`): the initialisers, plus noise of `scale` on
 * every tensor whose initialiser is constant (zero heads, LayerNorm, biases), so that no layer is the identity.
 */
export function randomWeights(m: IRModule, seed: number, scale = 0.05): Weights {
  const weights = initWeights(m, seed);
  const rng = new NormalStream(seed, Streams.verify);
  for (const p of m.params) {
    if (p.init.kind !== 'zeros' && p.init.kind !== 'ones') continue;
    const t = weights.get(p.name)!;
    for (let i = 0; i < t.length; i++) t[i] = t[i]! + scale * rng.next();
  }
  return weights;
}

/** Names of the tensors that make a layer the identity when they are zero (heads' output layers, scales, shifts). */
export const identityParam = (name: string) => /\.head\d+\.out\.|\.scale_head\.out\.|\.scale_logits$|\.com_logits$|\.shift_w$/.test(name);

/** Weights that make every layer the identity (method §9.4 identity_init), whatever the spec's `init`. */
export function identityWeights(m: IRModule, seed: number): Weights {
  const weights = initWeights(m, seed);
  for (const [name, t] of weights) if (identityParam(name)) t.fill(0);
  return weights;
}
