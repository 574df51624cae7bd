/**
 * `npm run bench`: throughput of the float64 reference (samples with log q per second) on the examples,
 * medians of a few repeats in one run. The reference is the oracle, not the fast path: these numbers are
 * the yardstick the compiled backends will be compared with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { randomWeights } from '../backends/init.js';
import { packageRoot } from '../compiler/bind/modules.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

function bench(spec: string, batch: number, repeats: number): void {
  const file = join(packageRoot(), spec);
  const flow = compile(readFileSync(file, 'utf8'), { file });
  flow.setWeights(randomWeights(flow.module, 1));
  const rates: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    flow.sample(batch, r);
    rates.push(batch / ((performance.now() - t0) / 1000));
  }
  console.log(`${spec.padEnd(36)} reference f64  batch ${String(batch).padStart(3)}  ${median(rates).toFixed(2).padStart(8)} samples/s (median of ${repeats}; ${flow.module.params.reduce((s, p) => s + p.shape.reduce((a, b) => a * b, 1), 0).toLocaleString('en-US')} parameters)`);
}

export function benchReference(): void {
  bench('examples/dw4.flow', 16, 3);
  bench('examples/lj13.flow', 4, 3);
  bench('examples/lj13-nonequivariant.flow', 4, 3);
}
