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
import { commandSpecs, parseCommandLine } from './flags.js';
import { commandHelp, overviewHelp } from './help.js';
import { printable } from '../diagnostics/printable.js';

const commands = [...Object.keys(commandSpecs), 'help'];

function run(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${overviewHelp()}\n`);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    // `flowc train --help`: that command's usage, options, meanings and defaults (the overview for an unknown one).
    const spec = Object.hasOwn(commandSpecs, command) ? commandSpecs[command] : undefined;
    process.stdout.write(`${spec ? commandHelp(command, spec) : overviewHelp()}\n`);
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
      return runTrain(positionals, { data: text('data'), rows: text('rows'), val: text('val'), valRows: text('val-rows'), steps: text('steps'), epochs: text('epochs'), batch: text('batch'), out: text('out'), resume: on('resume'), seed: text('seed'), backend: text('backend'), threads: text('threads'), evalEvery: text('eval-every'), checkpointEvery: text('checkpoint-every'), marginal: text('marginal-samples'), microBatch: text('micro-batch'), maxMinutes: text('max-minutes'), fitSchedule: on('fit-schedule') });
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
