/**
 * `npm run reproduce -- dw4|lj13 [--budget MINUTES] [--out DIR] [--eval-rows A..B] [--marginal-samples K]
 *  [--only NAME,…]`: the paper's four architectures (Spherical, Cartesian, Vector, Non-E; method §8, §9.3)
 * trained with the recipe in their example files, one after another (parallel runs slow each other on a
 * small machine), then each measured and reported by `flowc report` on the validation split. Without a
 * budget every run is the full recipe; `--budget M` gives each architecture M / 4 minutes of training
 * (`flowc train --max-minutes`; evaluation and reports come on top and are timed). Seeds are fixed (0). Writes
 * DIR/results.md and DIR/results.json (what each row got: steps done of the recipe's, minutes, steps/s) and
 * DIR/NAME/report.html with its figures.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeAtomic } from '../backends/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/compiler/cli/main.js');

interface Protocol {
  readonly architectures: readonly { readonly name: string; readonly file: string }[];
  readonly validation: string;
  readonly evalRows: string;
  /** In-training validation: cheap (few rows, small K), only for the curve in the report. */
  readonly trainArgs: readonly string[];
  /** The property suite on the trained weights (float64 reference; the Jacobian check costs 20·D flow runs). */
  readonly verifyArgs: readonly string[];
}

const protocols: Readonly<Record<string, Protocol>> = {
  dw4: {
    architectures: [
      { name: 'Spherical', file: 'examples/dw4.flow' },
      { name: 'Cartesian', file: 'examples/dw4-cartesian.flow' },
      { name: 'Vector', file: 'examples/dw4-vector.flow' },
      { name: 'Non-E', file: 'examples/dw4-nonequivariant.flow' },
    ],
    validation: '../shared/data/val_split_DW4.npy',
    evalRows: '0..500',
    trainArgs: ['--val-rows', '0..100', '--marginal-samples', '5', '--eval-every', '200'],
    verifyArgs: ['--verify-runs', '1', '--jacobian-runs', '1'],
  },
  lj13: {
    architectures: [
      { name: 'Spherical', file: 'examples/lj13.flow' },
      { name: 'Cartesian', file: 'examples/lj13-cartesian.flow' },
      { name: 'Vector', file: 'examples/lj13-vector.flow' },
      { name: 'Non-E', file: 'examples/lj13-nonequivariant.flow' },
    ],
    validation: '../shared/data/val_split_LJ13-1000.npy',
    evalRows: '1000..1500',
    // the LJ13 tape at batch 32 does not fit the wasm heap in one pass (see docs/training.md)
    trainArgs: ['--val-rows', '1000..1050', '--marginal-samples', '5', '--eval-every', '20', '--micro-batch', '4'],
    // D = 78: the finite-difference Jacobian would take ≈ 1,560 float64 runs of a 12-block flow (tens of minutes)
    verifyArgs: ['--verify-runs', '1', '--jacobian-runs', '0'],
  },
};

interface Row {
  readonly architecture: string;
  readonly file: string;
  readonly budgetMinutes: number | null;
  readonly steps: number;
  readonly recipeSteps: number;
  readonly trainMinutes: number;
  readonly stepsPerSecond: number;
  readonly stoppedBy: 'recipe complete' | 'budget';
  readonly metrics: Record<string, number>;
  readonly evalRows: string;
  readonly reportMinutes: number;
  readonly report: string;
  readonly verify: { passed: number; failed: string[] } | undefined;
}

/** Runs flowc, streaming its progress to our stderr; resolves with its stdout. */
function flowc(args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`flowc ${args.join(' ')} exited with ${code}`))));
  });
}

async function runArchitecture(protocol: Protocol, arch: Protocol['architectures'][number], dir: string, perArchitecture: number | undefined, evalRows: string, K: number): Promise<Row> {
  const runDir = join(dir, arch.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  mkdirSync(runDir, { recursive: true });
  const budget = perArchitecture === undefined ? [] : ['--max-minutes', String(perArchitecture)];
  process.stderr.write(`\n== ${arch.name}: flowc train ${arch.file} ${budget.join(' ')}\n`);
  const trained = await flowc(['train', arch.file, '--out', runDir, '--seed', '0', ...budget, ...protocol.trainArgs]);
  const [, steps, recipeSteps] = /\((\d+)\/(\d+)\)/.exec(trained) ?? [];
  const history = JSON.parse(readFileSync(join(runDir, 'history.json'), 'utf8')) as { seconds: number }[];
  const trainSeconds = history.at(-1)?.seconds ?? 0;
  process.stderr.write(`== ${arch.name}: flowc report (validation rows ${evalRows}, K = ${K})\n`);
  const started = performance.now();
  const reported = JSON.parse(
    await flowc(['report', arch.file, '--weights', join(runDir, 'weights.safetensors'), '--data', protocol.validation, '--rows', evalRows, '--marginal-samples', String(K), '--samples', '1000', ...protocol.verifyArgs, '--figures', join(runDir, 'figures'), '-o', join(runDir, 'report.html'), '--json']),
  ) as { metrics: Record<string, number>; verify?: { passed: number; failed: string[] } };
  return {
    architecture: arch.name,
    file: arch.file,
    budgetMinutes: perArchitecture ?? null,
    steps: Number(steps),
    recipeSteps: Number(recipeSteps),
    trainMinutes: trainSeconds / 60,
    stepsPerSecond: Number(steps) / Math.max(trainSeconds, 1e-9),
    stoppedBy: Number(steps) >= Number(recipeSteps) ? 'recipe complete' : 'budget',
    metrics: reported.metrics,
    evalRows,
    reportMinutes: (performance.now() - started) / 60000,
    report: relative(dir, join(runDir, 'report.html')),
    verify: reported.verify,
  };
}

const pct = (v: number | undefined) => (v === undefined ? '–' : `${(100 * v).toFixed(1)} %`);

function markdown(system: string, rows: readonly Row[], command: string, K: number): string {
  const head = '| architecture | training budget | steps (of recipe) | train min | steps/s | NLL | reverse ESS | forward ESS | var log w | verify | report |';
  const lines = rows.map((r) =>
    `| ${r.architecture} | ${r.budgetMinutes === null ? 'full recipe' : `${r.budgetMinutes.toFixed(1)} min`} | ${r.steps} of ${r.recipeSteps}${r.stoppedBy === 'budget' ? ' (budget)' : ''} | ${r.trainMinutes.toFixed(1)} | ${r.stepsPerSecond.toFixed(3)} | ${r.metrics['nll']!.toFixed(2)} | ${pct(r.metrics['reverse_ess'])} | ${pct(r.metrics['forward_ess'])} | ${r.metrics['var_log_w']!.toFixed(2)} | ${r.verify ? (r.verify.failed.length === 0 ? `${r.verify.passed} pass` : `FAIL: ${r.verify.failed.join(', ')}`) : '–'} | ${r.report} |`,
  );
  return [
    `## ${system.toUpperCase()}: the four E-ACF architectures (\`${command}\`)`,
    '',
    `NLL on validation rows ${rows[0]?.evalRows} with K = ${K} augmented draws (method §2.4); reverse ESS on 1000 model samples; forward ESS with one a per row; seeds 0.`,
    '',
    head,
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { budget: { type: 'string' }, out: { type: 'string' }, 'eval-rows': { type: 'string' }, 'marginal-samples': { type: 'string' }, only: { type: 'string' } } });
  const system = positionals[0] ?? '';
  const protocol = protocols[system];
  if (!protocol) throw new Error(`npm run reproduce -- SYSTEM: SYSTEM is one of ${Object.keys(protocols).join(', ')} (got '${system}')`);
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(budget > 0)) throw new Error(`--budget expects minutes > 0, got '${values.budget}'`);
  const only = values.only?.split(',');
  const architectures = protocol.architectures.filter((a) => !only || only.includes(a.name));
  if (architectures.length === 0) throw new Error(`--only names none of ${protocol.architectures.map((a) => a.name).join(', ')}`);
  const K = Number(values['marginal-samples'] ?? 20);
  const evalRows = values['eval-rows'] ?? protocol.evalRows;
  const dir = resolve(values.out ?? join(root, 'runs', `reproduce-${system}`));
  const perArchitecture = budget === undefined ? undefined : budget / architectures.length;
  const command = `npm run reproduce -- ${process.argv.slice(2).join(' ')}`;
  const rows: Row[] = [];
  for (const arch of architectures) {
    rows.push(await runArchitecture(protocol, arch, dir, perArchitecture, evalRows, K));
    // the table so far, so an interrupted reproduction keeps what it measured
    writeAtomic(join(dir, 'results.json'), `${JSON.stringify({ system, command, budgetMinutes: budget ?? null, K, rows }, null, 2)}\n`);
    writeAtomic(join(dir, 'results.md'), markdown(system, rows, command, K));
  }
  process.stdout.write(`${markdown(system, rows, command, K)}\nwritten: ${join(dir, 'results.md')}, results.json, */report.html\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`reproduce: ${error.message}\n`);
  process.exitCode = 1;
});
