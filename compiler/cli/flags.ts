/**
 * The command line's flags, per command, and their parser. Node's `parseArgs` knew one flag set for all
 * commands (so `check --steps 5` passed), answered `--steps -1` and `--step` in its own multi-line words,
 * and let `--steps` with `--epochs` through. Here every command lists its flags and what their values must be
 * (args.ts checks them), and every mistake is one line naming the flag and the fix, with "did you mean".
 */
import { closestName } from '../diagnostics/suggest.js';
import { valueProblem, type ValueKind } from './args.js';
import { UserError } from './io.js';

/** A flag is a switch (`--json`) or takes a value of a kind (`--steps 1000`). */
type FlagKind = 'switch' | ValueKind;

const shortNames: Readonly<Record<string, string>> = { o: 'out', n: 'count' };
/** How a flag is shown in messages: the short form where the usage text shows it. */
const spelling = (name: string) => (name === 'count' ? '-n' : name === 'out' ? '-o' : `--${name}`);

const weightsRun = { weights: 'text', backend: 'text', bake: 'switch', seed: 'seed' } as const;

/** Each command's flags. A flag not listed for a command is refused for it. */
export const commandFlags: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  check: { json: 'switch', time: 'switch' },
  fmt: { check: 'switch', stdout: 'switch' },
  explain: { json: 'switch' },
  compile: { emit: 'text', target: 'text', out: 'text', weights: 'text', bake: 'switch' },
  verify: { backend: 'text', runs: 'count', seed: 'seed', 'no-check': 'switch', weights: 'text', json: 'switch' },
  train: {
    data: 'text', rows: 'rows', val: 'text', 'val-rows': 'rows', steps: 'count', epochs: 'count', batch: 'count', 'micro-batch': 'count',
    out: 'text', resume: 'switch', seed: 'seed', backend: 'text', 'eval-every': 'count', 'checkpoint-every': 'count',
    'marginal-samples': 'count', 'max-minutes': 'positive-number', 'fit-schedule': 'switch',
  },
  sample: { ...weightsRun, count: 'count', out: 'text', with: 'text', resume: 'switch', 'check-logq': 'count' },
  eval: { ...weightsRun, data: 'text', rows: 'rows', 'marginal-samples': 'count', samples: 'count', json: 'switch' },
  report: {
    ...weightsRun, data: 'text', rows: 'rows', samples: 'count', 'marginal-samples': 'count', 'verify-runs': 'count-or-zero',
    'jacobian-runs': 'count-or-zero', history: 'text', figures: 'text', json: 'switch', out: 'text',
  },
  plot: { data: 'text', rows: 'rows', samples: 'text', logw: 'text', history: 'text', out: 'text' },
  serve: { port: 'count' },
};

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
  const flags = commandFlags[command] ?? {};
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
    const kind = flags[flag.name];
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
  const owners = Object.keys(commandFlags).filter((c) => c !== command && written.replace(/^-+/, '') in commandFlags[c]!);
  return `unknown flag ${written}${owners.length > 0 ? ` (a flag of ${owners.join(', ')}, not of ${command})` : ''}`;
}
