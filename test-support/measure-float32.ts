/**
 * `node dist/test-support/measure-float32.js [runs] [case regexp]`: runs the conformance suite on the tfjs
 * backend (float32, wasm) with the reference as oracle, on the float32 test architectures (weight seeds 5–8)
 * and on examples, and prints every property's worst error (σ32 or relative). The numbers quoted at
 * FLOAT32_FACTOR (backends/conformance/suite.ts) come from this script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { Flow } from '../backends/flow.js';
import { randomWeights } from '../backends/init.js';
import { createTfjsBackend } from '../backends/tfjs/index.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { float32Tolerances, runSuite } from '../backends/conformance/suite.js';
import { float32Architectures, float32ArchitectureSource } from '../test/conformance/float32-architectures.js';

function cases(): { name: string; source: string; seed: number }[] {
  const narrow = float32Architectures.flatMap(([name, dim, clause]) => [5, 6, 7, 8].map((seed) => ({ name: `${name} w${seed}`, source: float32ArchitectureSource(dim, clause), seed })));
  const examples = ['dw4', 'dw4-vector', 'dw4-cartesian', 'dw4-nonequivariant', 'lj13', 'lj13-nonequivariant'].map((e) => ({ name: e, source: readFileSync(join(packageRoot(), 'examples', `${e}.flow`), 'utf8'), seed: 0 }));
  return [...narrow, ...examples];
}

const runs = Number(process.argv[2] ?? 5);
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
const tfjs = await createTfjsBackend('wasm');
for (const c of cases().filter((k) => !only || only.test(k.name))) {
  const reference = compile(c.source, { file: join(packageRoot(), 'examples', 'measured.flow') });
  reference.setWeights(randomWeights(reference.module, c.seed));
  const flow = new Flow(reference.module, reference.weights, tfjs);
  const results = await runSuite(flow, { runs, seed: c.seed, jacobianRuns: 0, tolerances: float32Tolerances, oracle: reference });
  flow.dispose();
  for (const r of results) console.log([c.name, r.property, r.expectation, r.worstError.toExponential(2), r.unit, r.pass ? 'pass' : 'FAIL'].join('\t'));
}
