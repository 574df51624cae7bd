/**
 * `flowc CMD --help` (compiler/cli/help.ts from the table in flags.ts): every flag a command accepts has a
 * meaning and a default in its help, and the defaults the help prints are the ones the commands use.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandFlags, commandSpecs, spelling } from '../../compiler/cli/flags.js';
import { commandHelp, overviewHelp } from '../../compiler/cli/help.js';
import { flowc } from '../helpers/cli.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';
import { encodeNpy, parseNpy } from '../../backends/data/npy.js';

const spec = `flow small {
  system particles 4, dim 3
  symmetry SE(3) x S(4)
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
}
`;

/** The help line of `flag` in `help` (`-n N` finds `  -n, --count N  …`), by the flag's spelling at the start of the line. */
function flagLine(help: string, flag: string): string | undefined {
  const [name, value] = flag.split(' ');
  return help.split('\n').find((l) => l.startsWith(`  ${flag} `) || (value !== undefined && new RegExp(`^  ${name}, --[a-z-]+ ${value} `).test(l)) || new RegExp(`^  ${name}[ ,]`).test(l));
}

/** The default `flowc COMMAND --help` prints for `flag` ("[integer ≥ 1; default: 10]" → "10"). */
function printedDefault(command: string, flag: string): string {
  const run = flowc([command, '--help']);
  expect(run.status).toBe(0);
  const line = flagLine(run.stdout, flag);
  expect(line, `${command} --help lists ${flag}`).toBeDefined();
  const match = /default: ([^\]]+)\]$/.exec(line!);
  expect(match, line).not.toBeNull();
  return match![1]!;
}

describe('flowc CMD --help', () => {
  it('gives every flag every command accepts a line with its meaning, value kind and default', () => {
    for (const [command, flags] of Object.entries(commandFlags)) {
      const help = commandHelp(command, commandSpecs[command]!);
      expect(help.split('\n')[0]).toMatch(new RegExp(`^usage: flowc ${command}\\b`));
      for (const name of Object.keys(flags)) {
        const flag = commandSpecs[command]!.flags[name]!;
        expect(flag.meaning.trim(), `${command} ${spelling(name)} has no meaning`).not.toBe('');
        if (flag.kind !== 'switch') expect(flag.default, `${command} ${spelling(name)} has no default`).toBeDefined();
        const line = flagLine(help, spelling(name));
        expect(line, `${command} --help has no line for ${spelling(name)}`).toBeDefined();
        expect(line).toContain(flag.meaning);
        expect(line).toMatch(/\[(switch|integer|number|row range|text)[^\]]*; (default: [^\]]+|required)\]$/);
      }
    }
  });

  it('documents exactly the flags each command reads: main.ts passes every listed flag on, and no other', () => {
    // A flag in the table that main.ts never reads would be accepted, described in --help, and do nothing.
    const main = readFileSync(new URL('../../compiler/cli/main.ts', import.meta.url), 'utf8');
    const cases = main.split(/\n\s*case '/).slice(1);
    for (const command of Object.keys(commandSpecs)) {
      const block = cases.find((c) => c.startsWith(`${command}':`));
      expect(block, `main.ts has a case for ${command}`).toBeDefined();
      const read = [...block!.matchAll(/\b(?:text|on)\('([a-z-]+)'\)/g)].map((m) => m[1]!);
      expect(new Set(read), command).toEqual(new Set(Object.keys(commandSpecs[command]!.flags)));
    }
  });

  it('prints that command\'s help and exits 0; the overview stays short and points to it', () => {
    const run = flowc(['train', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: flowc train FILE/);
    expect(flagLine(run.stdout, '--batch N')).toMatch(/default: the train block's batch, else 32\]$/);
    expect(flagLine(run.stdout, '--max-minutes M')).toContain('default: no limit');
    expect(run.stdout).not.toContain('explain FILE');
    const overview = overviewHelp();
    expect(overview).toContain('flowc COMMAND --help');
    expect(overview.split('\n').length).toBeLessThanOrEqual(30);
    for (const command of Object.keys(commandSpecs)) expect(overview).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(overview).not.toContain('--marginal-samples');
  });

  it('prints the defaults flowc verify uses: runs, seed and backend', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-help-'));
    const file = join(dir, 'small.flow');
    writeFileSync(file, spec);
    const run = flowc(['verify', file]);
    expect(run.status, run.stderr).toBe(0);
    const [runs, seed, backend] = [printedDefault('verify', '--runs N'), printedDefault('verify', '--seed S'), printedDefault('verify', '--backend NAME')];
    expect(run.stdout).toContain(`random weights (seed ${seed}); backend ${backend}; ${runs} runs per property`);
  }, 60_000);

  it('prints the defaults flowc sample uses: -n and --seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-help-'));
    const file = join(dir, 'small.flow');
    writeFileSync(file, spec);
    const { module } = compile(spec);
    const weights = join(dir, 'w.safetensors');
    saveWeights(weights, module, randomWeights(module, 2));
    const [count, seed] = [printedDefault('sample', '-n N'), printedDefault('sample', '--seed S')];
    const common = ['sample', file, '--weights', weights, '--backend', 'reference'];
    const byDefault = flowc([...common, '-o', join(dir, 'default.npy')]);
    expect(byDefault.status, byDefault.stderr).toBe(0);
    const explicit = flowc([...common, '-n', count, '--seed', seed, '-o', join(dir, 'explicit.npy')]);
    expect(explicit.status, explicit.stderr).toBe(0);
    const rows = parseNpy(readFileSync(join(dir, 'default.npy')), 'default.npy').shape[0];
    expect(rows).toBe(Number(count));
    expect(readFileSync(join(dir, 'default.npy')).equals(readFileSync(join(dir, 'explicit.npy')))).toBe(true);
  }, 120_000);

  it("prints the batch flowc train uses: the train block's, else the fallback", () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-help-'));
    const rows = 64;
    const data = join(dir, 'data.npy');
    writeFileSync(data, encodeNpy([rows, 4, 2], Float64Array.from({ length: rows * 8 }, (_, i) => Math.sin(i * 1.7))));
    const printed = printedDefault('train', '--batch N');
    const fallback = Number(/^the train block's batch, else (\d+)$/.exec(printed)?.[1]);
    // One epoch is rows / batch steps: the step count shows the batch the run used.
    const stepsOfOneEpoch = (trainBlock: string) => {
      const file = join(dir, `t${trainBlock.length}.flow`);
      writeFileSync(file, `flow tiny {\n  system particles 4, dim 2\n  symmetry SE(2) x S(4)\n  let net = egnn(layers 1, mlp [8], features 8, head [8])\n  couple x | a condition net\n  couple a | x condition net\n${trainBlock}}\n`);
      const run = flowc(['train', file, '--data', data, '--epochs', '1', '--out', join(dir, `run${trainBlock.length}`)]);
      expect(run.status, run.stderr).toBe(0);
      return Number(/trained (\d+) steps/.exec(run.stdout)?.[1]);
    };
    expect(stepsOfOneEpoch('')).toBe(rows / fallback);
    expect(stepsOfOneEpoch('  train { batch 16 }\n')).toBe(rows / 16);
  }, 120_000);
});
