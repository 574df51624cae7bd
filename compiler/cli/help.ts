/**
 * The help texts, generated from the command table in flags.ts: `flowc help` (a short overview, one entry per
 * command) and `flowc CMD --help` (its usage, then one line per flag: name and value, meaning, value kind and
 * default). A flag added to the table appears here with its default; none can be left out.
 */
import { commandSpecs, spelling, type CommandSpec, type FlagKind, type FlagSpec } from './flags.js';

/** What a value of each kind must be, in help's words. */
const kindWords: Readonly<Record<FlagKind, string>> = {
  switch: 'switch',
  count: 'integer ≥ 1',
  'count-or-zero': 'integer ≥ 0',
  seed: 'integer 0 … 2^53 − 1',
  'positive-number': 'number > 0',
  rows: 'row range',
  text: 'text',
};

const placeholders: Partial<Readonly<Record<FlagKind, string>>> = { count: 'N', 'count-or-zero': 'N', seed: 'S', rows: 'A..B', 'positive-number': 'X' };

/** `--steps N`, `-n, --count N`, `--json`: the flag as it is written (a short form first, then the long one). */
function written(name: string, flag: FlagSpec): string {
  const short = spelling(name);
  const names = short === `--${name}` ? short : `${short}, --${name}`;
  if (flag.kind === 'switch') return names;
  return `${names} ${flag.value ?? placeholders[flag.kind] ?? 'VALUE'}`;
}

/** "[integer ≥ 1; default: 10]": the value's kind and what the command uses without the flag. */
function kindAndDefault(flag: FlagSpec): string {
  if (flag.kind === 'switch') return '[switch; default: off]';
  if (flag.default === 'required') return `[${kindWords[flag.kind]}; required]`;
  return `[${kindWords[flag.kind]}; default: ${flag.default ?? 'none'}]`;
}

/** `flowc CMD --help`: usage, what the command does, and every flag with its meaning and default. */
export function commandHelp(command: string, spec: CommandSpec): string {
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'usage: ' : '       '}flowc ${u}`);
  const flags = Object.entries(spec.flags).map(([name, flag]) => ({ left: written(name, flag), flag }));
  const width = Math.max(0, ...flags.map((f) => f.left.length)) + 2;
  const lines = flags.map(({ left, flag }) => `  ${left.padEnd(width)}${flag.meaning} ${kindAndDefault(flag)}`);
  return [...usage, '', spec.summary, ...(lines.length > 0 ? ['', 'options:', ...lines] : [])].join('\n');
}

/** `flowc help`: one line per command; the flags are each command's own --help. */
export function overviewHelp(): string {
  return [
    'flowc — a compiler for equivariant augmented coupling flows',
    '',
    'usage: flowc <command> [options] FILE...',
    '',
    'commands:',
    ...Object.entries(commandSpecs).map(([command, spec]) => `  ${command.padEnd(9)}${spec.summary}`),
    '  help     this text',
    '',
    "flowc COMMAND --help: that command's usage, and each option's meaning and default.",
    '',
    'examples:',
    '  flowc check examples/lj13.flow',
    '  flowc explain examples/lj13.flow',
    '  flowc train examples/dw4.flow --help',
  ].join('\n');
}
