/** `npm run fuzz [-- RUNS]`: the robustness property over 10⁵ inputs (default), with the seed printed for replay. */
import fc from 'fast-check';
import { arbMutatedExample, arbSyntacticSpec, arbTokenSoup } from './arbitraries.js';
import { checkRobustly } from './robustness.js';

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const arb = fc.oneof(arbMutatedExample, arbTokenSoup, arbSyntacticSpec);
let slowest = 0;
const started = performance.now();
const result = fc.check(
  fc.property(arb, (input) => {
    const t0 = performance.now();
    const problem = checkRobustly(input);
    slowest = Math.max(slowest, performance.now() - t0);
    if (problem) throw new Error(problem);
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${result.numRuns} inputs in ${seconds.toFixed(1)} s (seed ${seed}); slowest input ${slowest.toFixed(1)} ms`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exitCode = 1;
}
