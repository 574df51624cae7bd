/**
 * `node dist/test-support/sample-ess.js FLOW WEIGHTS STEM`: the reverse ESS of a finished `flowc sample --with
 * a,logq` run (STEM.npy, STEM.a.npy, STEM.logq.npy), with log w computed on the host in float64 as `flowc eval`
 * does, and whether every value is finite. For runs too long to repeat with `--with logw`. Bad files are
 * refused in one line (exit 1), as flowc's commands do.
 */
import { compileChecked } from '../compiler/cli/compile-helpers.js';
import { readingInputs, UserError } from '../compiler/cli/io.js';
import { loadWeights } from '../backends/weights-io.js';
import { readNpy, type NpyArray } from '../backends/data/npy.js';
import { Flow } from '../backends/flow.js';
import { referenceBackend } from '../backends/reference/index.js';
import { modelLogWeights } from '../backends/metrics.js';
import { reverseEss } from '../backends/reference/math/densities.js';

const COMMAND = 'sample-ess';

function main(args: readonly string[]): number {
  const [file, weightsPath, stem] = args;
  if (!file || !weightsPath || !stem) {
    process.stderr.write('usage: node dist/test-support/sample-ess.js FLOW WEIGHTS STEM  (STEM.npy, STEM.a.npy, STEM.logq.npy)\n');
    return 2;
  }
  const compiled = compileChecked(file);
  if (!compiled) return 1;
  const { module } = compiled;
  const { n, dim: d, augmented: A } = module.system;
  const flow = new Flow(module, readingInputs(COMMAND, () => loadWeights(weightsPath, module)), referenceBackend);
  const read = (part: string, width: number): NpyArray => {
    const path = `${stem}${part}.npy`;
    const array = readingInputs(COMMAND, () => readNpy(path));
    const rowWidth = array.shape.slice(1).reduce((p, q) => p * q, 1);
    if (rowWidth !== width) throw new UserError(`${COMMAND}: ${path} has rows of ${rowWidth} numbers (shape ${array.shape.join(' × ')}); ${file} needs ${width}: is it another flow's sample?`);
    return array;
  };
  const [x, a, logQ] = [read('', n * d), read('.a', n * A * d), read('.logq', 1)] as const;
  const count = logQ.shape[0] ?? 0;
  for (const [part, array] of [['', x], ['.a', a]] as const)
    if (array.shape[0] !== count) throw new UserError(`${COMMAND}: ${stem}${part}.npy has ${array.shape[0]} rows, ${stem}.logq.npy ${count}: the files come from different runs`);
  const finite = [x, a, logQ].every((v) => v.data.every(Number.isFinite));
  const ess = reverseEss(Array.from(modelLogWeights(flow, { x: x.data, a: a.data, logQ: logQ.data }, count)));
  process.stdout.write(`${stem}: ${count} samples, all values finite: ${finite}; reverse ESS ${ess.toExponential(2)} (≈ ${(ess * count).toFixed(1)} effective samples)\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
