/**
 * The command line's flags, per command, and their parser. Node's `parseArgs` knew one flag set for all
 * commands (so `check --steps 5` passed), answered `--steps -1` and `--step` in its own multi-line words,
 * and let `--steps` with `--epochs` through. Here every command lists its flags and what their values must be
 * (args.ts checks them), and every mistake is one line naming the flag and the fix, with "did you mean".
 */
import { closestName } from '../diagnostics/suggest.js';
import { valueProblem, type ValueKind } from './args.js';
import { UserError } from './io.js';
import {
  DEFAULT_SEED, EVAL_BACKEND, EVAL_ROWS, EVAL_EVERY_EPOCHS, MARGINAL_SAMPLES, MODEL_SAMPLES, REPORT_JACOBIAN_RUNS, REPORT_VERIFY_RUNS, SAMPLE_BACKEND_RULE,
  SAMPLE_COUNT, SERVE_PORT, TRAIN_BATCH, TRAIN_EPOCHS, VERIFY_BACKEND, VERIFY_RUNS,
} from './defaults.js';

/** A flag is a switch (`--json`) or takes a value of a kind (`--steps 1000`). */
export type FlagKind = 'switch' | ValueKind;

/** One flag of one command: what `flowc CMD --help` prints about it, and what the parser checks. */
export interface FlagSpec {
  readonly kind: FlagKind;
  /** What the flag does, in a few words. */
  readonly meaning: string;
  /**
   * The value used when the flag is absent: a number or name read from defaults.ts (the constant the command
   * uses), or a phrase where it depends on the input ("the train block's batch, else 32"); 'required' for a
   * value flag the command cannot run without. Switches are off by default and leave it out.
   */
  readonly default?: string | number;
  /** The value's placeholder in help (`--data NPY`); counts default to N, seeds to S, rows to A..B. */
  readonly value?: string;
}

/** A command: its usage line(s), what it does, and its flags. */
export interface CommandSpec {
  readonly usage: readonly string[];
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
}

const shortNames: Readonly<Record<string, string>> = { o: 'out', n: 'count' };
/** How a flag is shown in messages: the short form where the usage text shows it. */
export const spelling = (name: string) => (name === 'count' ? '-n' : name === 'out' ? '-o' : `--${name}`);

const json: FlagSpec = { kind: 'switch', meaning: 'print the result as JSON on stdout, for scripts' };
const seed: FlagSpec = { kind: 'seed', meaning: 'seed of every random draw (same seed, same numbers)', default: DEFAULT_SEED };
const bake: FlagSpec = { kind: 'switch', meaning: 'WGSL only: weights as literals in the kernels (faster runs, longer compiles)' };
const weights = (what: string): FlagSpec => ({ kind: 'text', value: 'W', meaning: `trained weights (.safetensors, e.g. RUN/weights.safetensors)${what}`, default: 'required' });
const rowsOf = (file: string): FlagSpec => ({ kind: 'rows', meaning: `the rows of ${file} to use: A..B (B excluded) or A..`, default: 'all rows' });
const marginal = (fallback: string): FlagSpec => ({ kind: 'count', value: 'K', meaning: 'augmented draws per configuration in the marginal log q (NLL)', default: fallback });
/** eval and report: the data rows measured (compiler/cli/eval-rows.ts caps them by default). */
const evalRows: FlagSpec = { ...rowsOf('--data'), default: `the first ${EVAL_ROWS} rows (a line says so; --rows 0..N for all)` };
const modelSamples: FlagSpec = { kind: 'count', meaning: 'model samples for the reverse ESS and the histograms', default: MODEL_SAMPLES };
const measureBackend = (names: string): FlagSpec => ({ kind: 'text', value: 'NAME', meaning: `where the flow runs: ${names}`, default: EVAL_BACKEND });

/** Every command and its flags. A flag not listed for a command is refused for it; every flag has its help. */
export const commandSpecs: Readonly<Record<string, CommandSpec>> = {
  check: {
    usage: ['check FILE... [--json] [--time]'],
    summary: 'check syntax, names, shapes and the symmetry claim (exit 1 on errors, 0 with warnings only)',
    flags: { json, time: { kind: 'switch', meaning: "print each file's check time" } },
  },
  fmt: {
    usage: ['fmt FILE... [--check | --stdout]'],
    summary: 'rewrite files in canonical form, keeping every comment',
    flags: {
      check: { kind: 'switch', meaning: 'only report files that would change (exit 1), rewrite nothing' },
      stdout: { kind: 'switch', meaning: 'print the formatted text instead of rewriting the file' },
    },
  },
  explain: { usage: ['explain FILE [--json]'], summary: 'the symmetry certificate, degrees of freedom and parameters per layer', flags: { json } },
  compile: {
    usage: ['compile FILE --emit ir [-o OUT]', 'compile FILE --weights W --target wgsl -o DIR [--bake]'],
    summary: 'print the IR, or write a standalone WebGPU sampler folder (kernels, weights, flow.js, index.html)',
    flags: {
      emit: { kind: 'text', value: 'ir', meaning: 'what to print: ir (the forward and inverse functions and the parameter layout) or gradient (the training loss\'s gradient function: inverse, loss, and the adjoint program)', default: 'ir' },
      target: { kind: 'text', value: 'wgsl', meaning: 'wgsl: write the standalone sampler folder -o DIR instead of printing the IR', default: 'none (--emit ir)' },
      out: { kind: 'text', value: 'OUT', meaning: 'the IR file, or the folder for --target wgsl', default: 'stdout (--emit); required for --target' },
      weights: { ...weights(' for the sampler'), default: 'required for --target wgsl' },
      bake,
    },
  },
  serve: {
    usage: ['serve DIR [--port P]'],
    summary: 'serve a folder from compile --target wgsl at http://127.0.0.1:P/ to open its page in a browser',
    flags: { port: { kind: 'count', value: 'P', meaning: 'the port to listen on (this machine only)', default: SERVE_PORT } },
  },
  verify: {
    usage: ['verify FILE [options]'],
    summary: 'the property suite: round trip, log-det, the proven equivariance, counterexamples for the rest',
    flags: {
      backend: { kind: 'text', value: 'NAME', meaning: 'where the flow runs: reference (float64), wasm, tfjs or wgsl (float32)', default: VERIFY_BACKEND },
      runs: { kind: 'count', meaning: 'random inputs per property', default: VERIFY_RUNS },
      seed,
      'no-check': { kind: 'switch', meaning: 'verify even when the checker refuses the symmetry claim (shows the counterexample)' },
      weights: { ...weights(''), default: 'random weights drawn with --seed' },
      json,
    },
  },
  train: {
    usage: ['train FILE [options]'],
    summary: "maximum-likelihood training; the file's train block gives the defaults, flags override it",
    flags: {
      data: { kind: 'text', value: 'NPY', meaning: 'training configurations (.npy, N × n × d)', default: "the train block's data (required if it has none)" },
      rows: rowsOf('--data'),
      val: { kind: 'text', value: 'NPY', meaning: 'validation configurations for the NLL every --eval-every steps', default: "the train block's validation, else none" },
      'val-rows': rowsOf('--val'),
      steps: { kind: 'count', meaning: 'optimiser steps in all', default: `the train block's epochs or steps, else ${TRAIN_EPOCHS} epochs` },
      epochs: { kind: 'count', meaning: 'passes over the data (steps = epochs × rows / batch)', default: 'see --steps' },
      batch: { kind: 'count', meaning: 'configurations per step', default: `the train block's batch, else ${TRAIN_BATCH}` },
      'micro-batch': { kind: 'count', meaning: 'configurations per forward/backward pass (less memory, same step)', default: 'the batch' },
      out: { kind: 'text', value: 'DIR', meaning: 'the run folder: checkpoint, weights.safetensors, history.json', default: 'runs/FLOW (the flow block\'s name)' },
      resume: { kind: 'switch', meaning: "continue the run in --out from its checkpoint" },
      seed: { ...seed, default: `the train block's seed, else ${DEFAULT_SEED}` },
      backend: { kind: 'text', value: 'NAME', meaning: 'wasm (flowc’s compiled gradient) or tfjs (autodiff) on tfjs-wasm, tfjs-cpu or tfjs-tensorflow', default: 'tfjs: tfjs-tensorflow when tfjs-node is installed, else tfjs-wasm' },
      threads: { kind: 'count', meaning: '--backend wasm only: worker threads for the gradient (a run resumes bit for bit with the same count)', default: 'all cores, at most --micro-batch' },
      'eval-every': { kind: 'count', meaning: 'steps between validation NLLs', default: `the train block's eval_every, else every ${EVAL_EVERY_EPOCHS} epochs` },
      'checkpoint-every': { kind: 'count', meaning: 'steps between checkpoints', default: 'every epoch' },
      'marginal-samples': marginal(`the train block's marginal_samples, else ${MARGINAL_SAMPLES}`),
      'max-minutes': { kind: 'positive-number', value: 'M', meaning: 'bound the whole command to M minutes: steps, the last validation (or a line saying it was skipped) and the checkpoint', default: 'no limit' },
      'fit-schedule': { kind: 'switch', meaning: "scale the lr schedule's warm-up to this run's steps (a short run would otherwise stop inside the recipe's warm-up)" },
    },
  },
  sample: {
    usage: ['sample FILE --weights W -n N -o OUT.npy [options]'],
    summary: 'N samples as .npy; a long run keeps OUT.npy.partial, which --resume continues',
    flags: {
      weights: weights(''),
      backend: { kind: 'text', value: 'NAME', meaning: 'where the flow runs: wgsl (WebGPU), wasm, tfjs or reference', default: SAMPLE_BACKEND_RULE },
      bake,
      seed,
      count: { kind: 'count', meaning: 'samples to draw', default: SAMPLE_COUNT },
      out: { kind: 'text', value: 'OUT.npy', meaning: 'the .npy file for x; extras go next to it (OUT.a.npy, …)', default: 'required' },
      with: { kind: 'text', value: 'LIST', meaning: 'extras, comma-separated: a, logq, logw (needs a target), xyz', default: 'none' },
      resume: { kind: 'switch', meaning: 'continue a killed run from OUT.npy.partial' },
      'check-logq': { kind: 'count', value: 'K', meaning: "recompute K rows' log q with the float64 reference, print the largest difference", default: 'off' },
    },
  },
  eval: {
    usage: ['eval FILE --weights W --data NPY [options]'],
    summary: 'the metrics: NLL, var log w, forward and reverse ESS (the last two need a target)',
    flags: {
      weights: weights(''),
      backend: measureBackend('tfjs (or tfjs-wasm, tfjs-cpu, tfjs-tensorflow), wasm, wgsl or reference'),
      bake,
      seed,
      data: { kind: 'text', value: 'NPY', meaning: 'configurations to evaluate (.npy)', default: 'required' },
      rows: evalRows,
      'marginal-samples': marginal(String(MARGINAL_SAMPLES)),
      samples: modelSamples,
      json,
    },
  },
  report: {
    usage: ['report FILE --weights W -o report.html [options]'],
    summary: 'one self-contained HTML page: metrics, histograms, training curves, equivariance, certificate',
    flags: {
      weights: weights(''),
      backend: measureBackend('tfjs or reference'),
      bake,
      seed,
      data: { kind: 'text', value: 'NPY', meaning: 'configurations for the NLL and the data histograms', default: 'none (model samples only)' },
      rows: evalRows,
      samples: modelSamples,
      'marginal-samples': marginal(String(MARGINAL_SAMPLES)),
      'verify-runs': { kind: 'count-or-zero', meaning: 'property-suite runs on the trained weights (0 skips it)', default: REPORT_VERIFY_RUNS },
      'jacobian-runs': { kind: 'count-or-zero', meaning: 'finite-difference log-det runs (0 skips them)', default: REPORT_JACOBIAN_RUNS },
      history: { kind: 'text', value: 'JSON', meaning: 'the training history for the curves', default: 'history.json next to the weights' },
      figures: { kind: 'text', value: 'DIR', meaning: 'also write each figure alone as SVG and PNG in DIR', default: 'none' },
      json,
      out: { kind: 'text', value: 'report.html', meaning: 'the page to write', default: 'required' },
    },
  },
  plot: {
    usage: ['plot distances|energies|training FILE [options] -o OUT.svg|.png|.json'],
    summary: 'one figure from files (.json: the plotted numbers)',
    flags: {
      data: { kind: 'text', value: 'NPY', meaning: 'data configurations to plot', default: 'none' },
      rows: rowsOf('--data'),
      samples: { kind: 'text', value: 'NPY', meaning: 'model samples (from flowc sample) to plot', default: 'none' },
      logw: { kind: 'text', value: 'NPY', meaning: 'log weights of --samples (OUT.logw.npy) for the reweighted energies', default: 'none' },
      history: { kind: 'text', value: 'JSON', meaning: 'the training history (RUN/history.json), for training', default: 'required for training' },
      out: { kind: 'text', value: 'OUT', meaning: 'the figure: .svg, .png or .json', default: 'required' },
    },
  },
};

/** Each command's flags and their kinds (what the parser checks). */
export const commandFlags: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = Object.fromEntries(
  Object.entries(commandSpecs).map(([command, spec]) => [command, Object.fromEntries(Object.entries(spec.flags).map(([name, flag]) => [name, flag.kind]))]),
);

/** Pairs of flags of a command that contradict each other. */
const exclusive: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  train: [['steps', 'epochs']],
  fmt: [['check', 'stdout']],
};

export interface CommandLine {
  readonly positionals: readonly string[];
  /** A value flag's text, or undefined when it is absent. */
  text(name: string): string | undefined;
  /** Whether a switch was given. */
  on(name: string): boolean;
}

/** Parses `args` for `command` (one listed in `commandFlags`); throws a one-line UserError (exit 2) on a mistake. */
export function parseCommandLine(command: string, args: readonly string[]): CommandLine {
  const flags = (Object.hasOwn(commandFlags, command) ? commandFlags[command] : undefined) ?? {};
  const given = new Map<string, string | true>();
  const positionals: string[] = [];
  const fail: (message: string) => never = (message) => {
    throw new UserError(`flowc ${command}: ${message} (see flowc ${command} --help)`, 2);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    const flag = splitFlag(arg);
    if (!flag) {
      positionals.push(arg);
      continue;
    }
    // Own keys only: `--toString` must not find Object.prototype's.
    const kind = Object.hasOwn(flags, flag.name) ? flags[flag.name] : undefined;
    if (kind === undefined) fail(unknownFlag(command, flag.written, flags));
    if (given.has(flag.name)) fail(`${spelling(flag.name)} is given twice`);
    if (kind === 'switch') {
      if (flag.inline !== undefined) fail(`${spelling(flag.name)} is a switch and takes no value (got '${flag.inline}')`);
      given.set(flag.name, true);
      continue;
    }
    const value = flag.inline ?? args[i + 1];
    // `--out --bake`: a flag where a value belongs is the value forgotten, not a file named --bake.
    if (value === undefined || (flag.inline === undefined && value.startsWith('--'))) fail(`${spelling(flag.name)} needs a value: ${spelling(flag.name)} VALUE`);
    if (flag.inline === undefined) i++;
    const problem = valueProblem(kind, value, spelling(flag.name));
    if (problem) fail(problem);
    given.set(flag.name, value);
  }
  for (const [a, b] of exclusive[command] ?? []) if (given.has(a) && given.has(b)) fail(`give ${spelling(a)} or ${spelling(b)}, not both`);
  return {
    positionals,
    text: (name) => {
      const v = given.get(name);
      return typeof v === 'string' ? v : undefined;
    },
    on: (name) => given.get(name) === true,
  };
}

/** `--name`, `--name=value`, `-o`, `-oVALUE` → the flag's name; undefined for a positional ('-' and '-1' included). */
function splitFlag(arg: string): { name: string; written: string; inline: string | undefined } | undefined {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    const written = eq < 0 ? arg : arg.slice(0, eq);
    return { name: written.slice(2), written, inline: eq < 0 ? undefined : arg.slice(eq + 1) };
  }
  if (/^-[A-Za-z]/.test(arg)) {
    const short = arg[1]!;
    return { name: shortNames[short] ?? `-${short}`, written: `-${short}`, inline: arg.length > 2 ? arg.slice(2) : undefined };
  }
  return undefined;
}

/** "unknown flag --step: did you mean --steps?", or which command has it when another one does. */
function unknownFlag(command: string, written: string, flags: Readonly<Record<string, FlagKind>>): string {
  const guess = closestName(written.replace(/^-+/, ''), Object.keys(flags));
  if (guess) return `unknown flag ${written}: did you mean ${spelling(guess)}?`;
  const owners = Object.keys(commandFlags).filter((c) => c !== command && Object.hasOwn(commandFlags[c]!, written.replace(/^-+/, '')));
  return `unknown flag ${written}${owners.length > 0 ? ` (a flag of ${owners.join(', ')}, not of ${command})` : ''}`;
}
