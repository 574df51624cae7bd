/**
 * `node dist/test-support/sample-ess.js FLOW WEIGHTS STEM`: the reverse ESS of a finished `flowc sample --with
 * a,logq` run (STEM.npy, STEM.a.npy, STEM.logq.npy), with log w computed on the host in float64 as `flowc eval`
 * does, and whether every value is finite. For runs too long to repeat with `--with logw`.
 */
import { readFileSync } from 'node:fs';
import { compile } from '../compiler/compile.js';
import { loadWeights } from '../backends/weights-io.js';
import { readNpy } from '../backends/data/npy.js';
import { modelLogWeights } from '../backends/metrics.js';
import { reverseEss } from '../backends/reference/math/densities.js';

const [file, weightsPath, stem] = process.argv.slice(2);
if (!file || !weightsPath || !stem) {
  process.stderr.write('usage: node dist/test-support/sample-ess.js FLOW WEIGHTS STEM  (STEM.npy, STEM.a.npy, STEM.logq.npy)\n');
  process.exit(2);
}
const flow = compile(readFileSync(file, 'utf8'), { file });
flow.setWeights(loadWeights(weightsPath, flow.module));
const [x, a, logQ] = ['', '.a', '.logq'].map((part) => readNpy(`${stem}${part}.npy`));
const count = logQ!.shape[0]!;
const finite = [x!, a!, logQ!].every((v) => v.data.every(Number.isFinite));
const logW = modelLogWeights(flow, { x: x!.data, a: a!.data, logQ: logQ!.data }, count);
const ess = reverseEss(Array.from(logW));
process.stdout.write(`${stem}: ${count} samples, all values finite: ${finite}; reverse ESS ${ess.toExponential(2)} (≈ ${(ess * count).toFixed(1)} effective samples)\n`);
