/**
 * `flowc eval FILE --weights W --data NPY`: the paper's metrics (method §2.4, §11) — NLL with K augmented
 * draws, var log w and the bound gap on the data; forward ESS on the data and reverse ESS on model samples
 * when the spec has a target. A readable table, or `--json`.
 */
import { loadWeights } from '../../backends/weights-io.js';
import { readConfigurations } from '../../backends/data/npy.js';
import { evaluateFlow } from '../../backends/metrics.js';
import { evalBackend, openFlow } from './backends.js';
import { readingInputs, UserError } from './io.js';
import { compileChecked } from './compile-helpers.js';
import { seedValue } from './args.js';
import { checkFits, countFlag, ROWS_PER_SEED } from './counts.js';
import { marginalMemory, sampleMemory } from './memory-estimates.js';
import { DEFAULT_SEED, MARGINAL_SAMPLES, MODEL_SAMPLES } from './defaults.js';
import { metricsProgress } from './step-progress.js';
import { capRows, evalRows } from './eval-rows.js';

export interface EvalFlags {
  readonly weights?: string;
  readonly data?: string;
  readonly rows?: string;
  readonly marginal?: string;
  readonly samples?: string;
  readonly backend?: string;
  readonly bake?: boolean;
  readonly seed?: string;
  readonly json: boolean;
}

export async function runEval(files: readonly string[], flags: EvalFlags): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc eval: give exactly one .flow file, e.g. flowc eval examples/dw4.flow --weights runs/dw4/weights.safetensors --data val.npy', 2);
  if (!flags.weights || !flags.data) throw new UserError('flowc eval: --weights W.safetensors and --data FILE.npy are required', 2);
  const compiled = compileChecked(files[0]!);
  if (!compiled) return 1;
  const { module } = compiled;
  const K = countFlag(flags.marginal, '--marginal-samples', MARGINAL_SAMPLES);
  const samples = countFlag(flags.samples, '--samples', MODEL_SAMPLES, ROWS_PER_SEED);
  const seed = seedValue(flags.seed, '--seed', DEFAULT_SEED);
  checkFits('eval', '--samples', samples, (rows) => sampleMemory(rows, module.system, []));
  const backend = await evalBackend('eval', flags.backend, flags.bake ?? false);
  const weightsPath = flags.weights;
  const dataPath = flags.data;
  const rowsChoice = evalRows(flags.rows);
  const { weights, data } = readingInputs('flowc eval', () => ({
    weights: loadWeights(weightsPath, module),
    data: readConfigurations(dataPath, module.system.n, module.system.dim, rowsChoice.rows),
  }));
  const used = capRows('eval', rowsChoice, data.count, K);
  if (used.note) process.stderr.write(`${used.note}\n`);
  data.count = used.count;
  checkFits('eval', '--marginal-samples', K, (k) => marginalMemory(k, data.count, module.system));
  const flow = openFlow('eval', module, weights, backend);
  const progress = metricsProgress('eval', K);
  const { metrics } = await evaluateFlow(flow, data.data, data.count, { K, samples, seed, onProgress: progress.onProgress });
  progress.end();
  if (flags.json) process.stdout.write(`${JSON.stringify({ file: files[0], weights: flags.weights, data: flags.data, backend: flow.backend.name, metrics }, null, 2)}\n`);
  else for (const [k, v] of Object.entries(metrics)) process.stdout.write(`${k.padEnd(26)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(6) : v}\n`);
  return 0;
}
