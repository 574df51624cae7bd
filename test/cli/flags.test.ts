/**
 * The command line (compiler/cli/flags.ts, args.ts): every mistake is one line naming the flag and the fix,
 * exit 2; unknown flags get "did you mean"; every numeric flag of every command is checked the same way.
 */
import { describe, expect, it } from 'vitest';
import { commandFlags, parseCommandLine } from '../../compiler/cli/flags.js';
import { UserError } from '../../compiler/cli/io.js';
import { flowc } from '../helpers/cli.js';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function refusal(command: string, args: readonly string[]): string {
  try {
    parseCommandLine(command, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).not.toContain('\n');
    return (error as UserError).message;
  }
  throw new Error(`flowc ${command} ${args.join(' ')} was accepted`);
}

describe('parseCommandLine', () => {
  it('reads switches, values, inline values, short flags and positionals', () => {
    const line = parseCommandLine('sample', ['f.flow', '--weights', 'w.safetensors', '-n', '64', '--seed=7', '-oout.npy', '--bake']);
    expect(line.positionals).toEqual(['f.flow']);
    expect([line.text('weights'), line.text('count'), line.text('seed'), line.text('out'), line.on('bake'), line.on('resume')]).toEqual(['w.safetensors', '64', '7', 'out.npy', true, false]);
    expect(parseCommandLine('check', ['--', '--json']).positionals).toEqual(['--json']);
  });

  it('suggests the nearest flag of the command for an unknown one', () => {
    expect(refusal('train', ['f.flow', '--step', '5'])).toBe('flowc train: unknown flag --step: did you mean --steps? (see flowc train --help)');
    expect(refusal('check', ['--jsn'])).toMatch(/did you mean --json\?/);
    // A swapped pair of letters is one edit (the issue's own example).
    expect(refusal('train', ['f.flow', '--stesp', '3'])).toMatch(/unknown flag --stesp: did you mean --steps\?/);
    expect(refusal('check', ['--steps', '5'])).toMatch(/unknown flag --steps \(a flag of train, not of check\)/);
    // Names of Object.prototype are no flags (the table is a plain object).
    expect(refusal('check', ['--toString', 'x'])).toBe('flowc check: unknown flag --toString (see flowc check --help)');
    expect(refusal('check', ['--constructor'])).toBe('flowc check: unknown flag --constructor (see flowc check --help)');
  });

  it('refuses --steps -1, --runs 0, a missing value, a repeated flag and a switch with a value', () => {
    expect(refusal('train', ['f.flow', '--steps', '-1'])).toBe("flowc train: --steps expects a positive integer like 1000, got '-1' (see flowc train --help)");
    expect(refusal('verify', ['f.flow', '--runs', '0'])).toMatch(/--runs expects a positive integer/);
    expect(refusal('sample', ['f.flow', '-o', '--bake'])).toMatch(/-o needs a value/);
    expect(refusal('train', ['f.flow', '--steps'])).toMatch(/--steps needs a value/);
    expect(refusal('train', ['--steps', '5', '--steps', '6'])).toMatch(/--steps is given twice/);
    expect(refusal('check', ['--json=yes'])).toMatch(/--json is a switch and takes no value/);
  });

  it('refuses flags that exclude each other', () => {
    expect(refusal('train', ['f.flow', '--steps', '5', '--epochs', '2'])).toMatch(/give --steps or --epochs, not both/);
    expect(refusal('fmt', ['f.flow', '--check', '--stdout'])).toMatch(/give --check or --stdout, not both/);
  });

  it('checks every numeric flag of every command: no sign, no fraction, no empty or hex text, seeds below 2^53', () => {
    for (const [command, flags] of Object.entries(commandFlags)) {
      for (const [name, kind] of Object.entries(flags)) {
        const flag = name === 'count' ? '-n' : `--${name}`;
        const bad = kind === 'count' || kind === 'count-or-zero' || kind === 'seed' ? ['-1', '1.5', '', '0x10', ' 5', '1e3', 'ten', '9007199254740992'] : kind === 'positive-number' ? ['0', '-1', 'NaN', 'Infinity', ''] : kind === 'rows' ? ['5..2', '-1..4', 'a..b', ''] : [];
        for (const value of bad) expect(refusal(command, [flag, value]), `${command} ${flag} '${value}'`).toMatch(value === '9007199254740992' ? `${flag} 9007199254740992 is too large` : `${flag} expects`);
        if (kind === 'count') expect(refusal(command, [flag, '0'])).toContain(`${flag} expects a positive integer`);
        if (kind === 'seed' || kind === 'count-or-zero') expect(parseCommandLine(command, [flag, '9007199254740991']).text(name)).toBe('9007199254740991');
      }
    }
  });
});

describe('the flowc command line', () => {
  it('prints one line and exits 2 for flag mistakes, never Node parser text', () => {
    for (const [args, pattern] of [
      [['verify', 'examples/dw4.flow', '--runs', '0'], /^flowc verify: --runs expects a positive integer/],
      [['train', 'examples/dw4.flow', '--steps', '-1'], /^flowc train: --steps expects a positive integer/],
      [['train', 'examples/dw4.flow', '--step', '5'], /^flowc train: unknown flag --step: did you mean --steps\?/],
      [['train', 'examples/dw4.flow', '--steps', '5', '--epochs', '1'], /^flowc train: give --steps or --epochs, not both/],
      [['train', 'examples/dw4.flow', '--threads', '2'], /^flowc train: --threads applies to --backend wasm only/],
    ] as const) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(pattern);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stdout).not.toContain('pass');
    }
  });

  it('refuses an unknown training --backend before making the run folder', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'flowc-backend-')), 'run');
    const run = flowc(['train', 'examples/dw4.flow', '--backend', 'cuda', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^flowc train: --backend must be wasm, tfjs, tfjs-wasm, tfjs-cpu or tfjs-tensorflow, got 'cuda'\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
