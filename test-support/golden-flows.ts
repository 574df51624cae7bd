/**
 * `npm run golden`: writes test/golden/flows/*.json — fixed spec, weights (regenerated from a seed by the
 * Philox initialiser, with a checksum), sample seed → samples x, a and log q, plus log q of data rows —
 * from the float64 reference. Later backends are tested against these files; test/reference checks the
 * reference still reproduces them. Regenerate only on purpose, and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { randomWeights, type Weights } from '../backends/init.js';
import { packageRoot } from '../compiler/bind/modules.js';

export interface GoldenFlow {
  readonly spec: string;
  readonly weights: { readonly seed: number; readonly scale: number; readonly count: number; readonly sum: number; readonly sumOfSquares: number };
  readonly sample: { readonly seed: number; readonly count: number; readonly x: number[]; readonly a: number[]; readonly logQ: number[] };
  readonly density: { readonly x: number[]; readonly a: number[]; readonly logQ: number[] };
}

export const goldenSpecs = ['examples/dw4.flow', 'examples/dw4-vector.flow', 'examples/lj13.flow', 'examples/lj13-nonequivariant.flow'];
export const goldenDir = join(packageRoot(), 'test', 'golden', 'flows');

export function checksum(weights: Weights): { count: number; sum: number; sumOfSquares: number } {
  let count = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const t of weights.values())
    for (const v of t) {
      count++;
      sum += v;
      sumOfSquares += v * v;
    }
  return { count, sum, sumOfSquares };
}

export function computeGolden(spec: string): GoldenFlow {
  const file = join(packageRoot(), spec);
  const flow = compile(readFileSync(file, 'utf8'), { file });
  const weights = randomWeights(flow.module, 1, 0.05);
  flow.setWeights(weights);
  const count = 3;
  const s = flow.sample(count, 42);
  // Density inputs: the samples moved off the model's manifold a little, so log q is not just the sample's.
  const x = s.x.map((v, i) => v + 0.05 * Math.sin(i));
  const a = s.a.map((v, i) => v + 0.05 * Math.cos(i));
  return {
    spec,
    weights: { seed: 1, scale: 0.05, ...checksum(weights) },
    sample: { seed: 42, count, x: [...s.x], a: [...s.a], logQ: [...s.logQ] },
    density: { x: [...x], a: [...a], logQ: [...flow.logProb(x, a, count)] },
  };
}

if (process.argv[1]?.endsWith('golden-flows.js')) {
  for (const spec of goldenSpecs) {
    const golden = computeGolden(spec);
    const out = join(goldenDir, `${spec.replace(/^examples\//, '').replace(/\.flow$/, '')}.json`);
    writeFileSync(out, `${JSON.stringify(golden, null, 1)}\n`);
    console.log(`wrote ${out}`);
  }
}
