#!/usr/bin/env node
/**
 * The `flowc` command line. Exit status: 0 success, 1 the input has errors, 2 a usage mistake,
 * 70 an internal compiler error (a bug: please report it with the input).
 */
import { parseArgs } from 'node:util';
import { runCheck, runExplain, runFmt } from './commands.js';
import { runCompile, runVerify } from './verify-command.js';
import { runTrain } from './train-command.js';
import { runEval } from './eval-command.js';
import { runSample } from './sample-command.js';
import { flowcVersion, UserError } from './io.js';
import { closestName } from '../diagnostics/suggest.js';

const usage = `flowc — a compiler for equivariant augmented coupling flows

usage: flowc <command> [options] FILE...

commands:
  check FILE...            check syntax, shapes and the symmetry claim (exit 1 on errors)
                           --json   machine-readable diagnostics   --time   time per file
  fmt FILE... [--check]    rewrite files in canonical form (--check: only report, --stdout: print)
  explain FILE [--json]    the symmetry certificate, degrees of freedom and parameters per layer
  compile FILE --emit ir [-o OUT]
                           print the IR (the forward and inverse functions and the parameter layout)
  compile FILE --weights W --target wgsl -o DIR [--bake]
                           a standalone WebGPU sampler: manifest, kernels, weights, flow.js, index.html
                           (--bake: weights as literals in the EGNN kernels: faster runs, longer compiles)
  serve DIR [--port P]     serve that folder at http://127.0.0.1:P/ (default 8000) to open its page in a browser
  verify FILE [--runs N] [--seed S] [--no-check] [--weights W] [--backend reference|tfjs|wgsl] [--json]
                           run the property suite (invertibility, log-det, equivariance of the proven
                           group, counterexamples for the rest) on random or given weights
  train FILE [--data NPY] [--rows A..B] [--val NPY] [--val-rows A..B] [--steps N | --epochs N]
             [--batch N] [--micro-batch N] [--out DIR] [--resume] [--seed S] [--backend wasm|cpu] [--eval-every N]
             [--checkpoint-every N] [--marginal-samples K] [--max-minutes M]
                           maximum-likelihood training with the file's train block as defaults
  sample FILE --weights W -n N -o OUT.npy [--backend wgsl|tfjs|reference] [--seed S] [--with a,logq,logw,xyz] [--bake] [--resume] [--check-logq K]
                           N samples as .npy (x; a, log q, log w and a multi-frame .xyz next to it on request);
                           wgsl (WebGPU) by default; a long run keeps OUT.npy.partial, which --resume continues;
                           --check-logq K: K rows' log q recomputed by the float64 reference, largest difference printed
  eval FILE --weights W --data NPY [--rows A..B] [--marginal-samples K] [--samples N] [--seed S]
            [--backend tfjs|wasm|cpu|wgsl|reference] [--bake] [--json]
                           NLL (K = 20), var log w, forward and reverse ESS (with a target)
  report FILE --weights W [--data NPY] [--rows A..B] [--samples N] [--marginal-samples K] [--verify-runs N] [--jacobian-runs N]
              [--history JSON] [--figures DIR] [--backend tfjs|wgsl|reference] [--bake] [--json] -o report.html
                           one self-contained HTML page: metrics, distance/energy histograms, training
                           curves, measured equivariance errors, certificate, spec (--figures: SVG + PNG)
  plot distances|energies|training FILE [--data NPY] [--rows A..B] [--samples NPY] [--logw NPY]
              [--history JSON] -o OUT.svg|.png|.json
                           one figure from files (samples from flowc sample; .json: the plotted numbers)
  help                     this text

examples:
  flowc check examples/lj13.flow
  flowc explain examples/lj13.flow`;

const commands = ['check', 'fmt', 'explain', 'compile', 'serve', 'verify', 'train', 'sample', 'eval', 'report', 'plot', 'help'];

/** The lines of the usage text that describe `command` (its entry and its continuation lines). */
function usageOf(command: string): string | undefined {
  const lines = usage.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && /^ {5,}/.test(lines[end]!)) end++;
  return `usage: flowc\n${lines.slice(start, end).join('\n')}`;
}

function run(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    // `flowc train --help`: the usage lines of that command (the whole text for an unknown one).
    const block = commands.includes(command) ? usageOf(command) : undefined;
    process.stdout.write(`${block ?? usage}\n`);
    return 0;
  }
  if (command === '--version') {
    process.stdout.write(`flowc ${flowcVersion()}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        time: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        stdout: { type: 'boolean', default: false },
        'no-check': { type: 'boolean', default: false },
        runs: { type: 'string' },
        seed: { type: 'string' },
        backend: { type: 'string' },
        weights: { type: 'string' },
        emit: { type: 'string' },
        target: { type: 'string' },
        out: { type: 'string', short: 'o' },
        data: { type: 'string' },
        rows: { type: 'string' },
        val: { type: 'string' },
        'val-rows': { type: 'string' },
        steps: { type: 'string' },
        epochs: { type: 'string' },
        batch: { type: 'string' },
        resume: { type: 'boolean', default: false },
        'eval-every': { type: 'string' },
        'checkpoint-every': { type: 'string' },
        'marginal-samples': { type: 'string' },
        'micro-batch': { type: 'string' },
        'max-minutes': { type: 'string' },
        count: { type: 'string', short: 'n' },
        with: { type: 'string' },
        samples: { type: 'string' },
        history: { type: 'string' },
        'verify-runs': { type: 'string' },
        bake: { type: 'boolean', default: false },
        'jacobian-runs': { type: 'string' },
        figures: { type: 'string' },
        logw: { type: 'string' },
        'check-logq': { type: 'string' },
        port: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UserError(`flowc ${command}: ${(error as Error).message} (see flowc help)`, 2);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'check':
      return runCheck(positionals, { json: values.json ?? false, time: values.time ?? false });
    case 'fmt':
      return runFmt(positionals, { check: values.check ?? false, stdout: values.stdout ?? false });
    case 'explain':
      return runExplain(positionals, { json: values.json ?? false });
    case 'compile':
      return runCompile(positionals, { emit: values.emit, target: values.target, out: values.out, weights: values.weights, bake: values.bake ?? false });
    case 'train':
      return runTrain(positionals, { data: values.data, rows: values.rows, val: values.val, valRows: values['val-rows'], steps: values.steps, epochs: values.epochs, batch: values.batch, out: values.out, resume: values.resume ?? false, seed: values.seed, backend: values.backend, evalEvery: values['eval-every'], checkpointEvery: values['checkpoint-every'], marginal: values['marginal-samples'], microBatch: values['micro-batch'], maxMinutes: values['max-minutes'] });
    case 'sample':
      return runSample(positionals, { weights: values.weights, count: values.count, backend: values.backend, seed: values.seed, out: values.out, with: values.with, bake: values.bake ?? false, resume: values.resume ?? false, checkLogq: values['check-logq'] });
    case 'eval':
      return runEval(positionals, { weights: values.weights, data: values.data, rows: values.rows, marginal: values['marginal-samples'], samples: values.samples, backend: values.backend, bake: values.bake ?? false, seed: values.seed, json: values.json ?? false });
    case 'report':
      // plotting libraries load only for the commands that draw
      return import('./report-command.js').then((m) => m.runReport(positionals, { weights: values.weights, data: values.data, rows: values.rows, history: values.history, samples: values.samples, marginal: values['marginal-samples'], verifyRuns: values['verify-runs'], jacobianRuns: values['jacobian-runs'], backend: values.backend, bake: values.bake ?? false, seed: values.seed, figures: values.figures, out: values.out, json: values.json ?? false }));
    case 'plot':
      return import('./plot-command.js').then((m) => m.runPlot(positionals, { data: values.data, rows: values.rows, samples: values.samples, logw: values.logw, history: values.history, out: values.out }));
    case 'serve':
      return import('./serve-command.js').then((m) => m.runServe(positionals, { port: values.port }));
    case 'verify':
      return runVerify(positionals, { backend: values.backend, runs: values.runs, seed: values.seed, noCheck: values['no-check'] ?? false, weights: values.weights, json: values.json ?? false });
    default: {
      const guess = closestName(command, commands);
      throw new UserError(`flowc: unknown command '${command}'${guess ? `: did you mean '${guess}'?` : ''} (see flowc help)`, 2);
    }
  }
}

function fail(error: unknown): void {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`flowc internal error (a bug, not your mistake; please report it with the input):\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}

try {
  Promise.resolve(run(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    }, fail)
    // A live WebGPU device keeps Node's event loop running: release it so the process exits.
    .finally(() => import('../../backends/wgsl/device.js').then((m) => m.releaseGpu()));
} catch (error) {
  fail(error);
}
