#!/usr/bin/env node
/**
 * The `flowc` command line. Exit status: 0 success, 1 the input has errors, 2 a usage mistake,
 * 70 an internal compiler error (a bug: please report it with the input).
 */
import { runCheck, runExplain, runFmt } from './commands.js';
import { runCompile, runVerify } from './verify-command.js';
import { runTrain } from './train-command.js';
import { runEval } from './eval-command.js';
import { runSample } from './sample-command.js';
import { flowcVersion, UserError } from './io.js';
import { closestName } from '../diagnostics/suggest.js';
import { parseCommandLine } from './flags.js';
import { printable } from '../diagnostics/printable.js';

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
             [--checkpoint-every N] [--marginal-samples K] [--max-minutes M] [--fit-schedule]
                           maximum-likelihood training with the file's train block as defaults
                           (--max-minutes bounds the whole command; --fit-schedule scales the lr warm-up to the run)
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
  if (!commands.includes(command)) throw unknownCommand(command);
  const line = parseCommandLine(command, rest);
  const { positionals } = line;
  const text = (name: string) => line.text(name);
  const on = (name: string) => line.on(name);
  switch (command) {
    case 'check':
      return runCheck(positionals, { json: on('json'), time: on('time') });
    case 'fmt':
      return runFmt(positionals, { check: on('check'), stdout: on('stdout') });
    case 'explain':
      return runExplain(positionals, { json: on('json') });
    case 'compile':
      return runCompile(positionals, { emit: text('emit'), target: text('target'), out: text('out'), weights: text('weights'), bake: on('bake') });
    case 'train':
      return runTrain(positionals, { data: text('data'), rows: text('rows'), val: text('val'), valRows: text('val-rows'), steps: text('steps'), epochs: text('epochs'), batch: text('batch'), out: text('out'), resume: on('resume'), seed: text('seed'), backend: text('backend'), evalEvery: text('eval-every'), checkpointEvery: text('checkpoint-every'), marginal: text('marginal-samples'), microBatch: text('micro-batch'), maxMinutes: text('max-minutes'), fitSchedule: on('fit-schedule') });
    case 'sample':
      return runSample(positionals, { weights: text('weights'), count: text('count'), backend: text('backend'), seed: text('seed'), out: text('out'), with: text('with'), bake: on('bake'), resume: on('resume'), checkLogq: text('check-logq') });
    case 'eval':
      return runEval(positionals, { weights: text('weights'), data: text('data'), rows: text('rows'), marginal: text('marginal-samples'), samples: text('samples'), backend: text('backend'), bake: on('bake'), seed: text('seed'), json: on('json') });
    case 'report':
      // plotting libraries load only for the commands that draw
      return import('./report-command.js').then((m) => m.runReport(positionals, { weights: text('weights'), data: text('data'), rows: text('rows'), history: text('history'), samples: text('samples'), marginal: text('marginal-samples'), verifyRuns: text('verify-runs'), jacobianRuns: text('jacobian-runs'), backend: text('backend'), bake: on('bake'), seed: text('seed'), figures: text('figures'), out: text('out'), json: on('json') }));
    case 'plot':
      return import('./plot-command.js').then((m) => m.runPlot(positionals, { data: text('data'), rows: text('rows'), samples: text('samples'), logw: text('logw'), history: text('history'), out: text('out') }));
    case 'serve':
      return import('./serve-command.js').then((m) => m.runServe(positionals, { port: text('port') }));
    case 'verify':
      return runVerify(positionals, { backend: text('backend'), runs: text('runs'), seed: text('seed'), noCheck: on('no-check'), weights: text('weights'), json: on('json') });
    default:
      throw unknownCommand(command);
  }
}

function unknownCommand(command: string): UserError {
  const guess = closestName(command, commands);
  return new UserError(`flowc: unknown command '${command}'${guess ? `: did you mean '${guess}'?` : ''} (see flowc help)`, 2);
}

function fail(error: unknown): void {
  if (error instanceof UserError) {
    // A message may quote a file name or flag value: no control character reaches the terminal raw.
    process.stderr.write(`${printable(error.message)}\n`);
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
