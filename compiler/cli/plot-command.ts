/**
 * `flowc plot KIND FILE … -o OUT.svg|png|json`: one report figure on its own, from files (no weights
 * needed): `distances` (--data and/or --samples), `energies` (the spec's target; --data and/or --samples,
 * --logw for the reweighted histogram), `training` (--history run/history.json; loss, and validation NLL
 * as a second file OUT-validation.EXT when the run measured it).
 */
import { extname } from 'node:path';
import { readColumn, readConfigurations } from '../../backends/data/npy.js';
import { targetLogProb } from '../../backends/flow.js';
import type { TargetSpec } from '../ir/ir.js';
import { distanceFigure, energyFigure, trainingFigures, type Figure } from '../report/figures.js';
import { findHistory } from '../report/collect.js';
import { compileChecked } from './compile-helpers.js';
import { checkOutputFolder, readingInputs, UserError } from './io.js';
import { checkFigurePath, writeFigure } from './figure-output.js';
import { parseRows } from './args.js';
import { printable } from '../diagnostics/printable.js';
import { refuseOutputOverInput } from './same-file.js';

export interface PlotFlags {
  readonly data?: string;
  readonly rows?: string;
  readonly samples?: string;
  readonly logw?: string;
  readonly history?: string;
  readonly out?: string;
}

const KINDS = ['distances', 'energies', 'training'] as const;

export async function runPlot(positionals: readonly string[], flags: PlotFlags): Promise<number> {
  const [kind, file, ...rest] = positionals;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new UserError(`flowc plot: the first argument is the kind of plot: ${KINDS.join(', ')} (got '${kind ?? ''}')`, 2);
  if (!file || rest.length > 0) throw new UserError(`flowc plot: give one .flow file after the kind, e.g. flowc plot ${kind} examples/dw4.flow --data val.npy --samples s.npy -o ${kind}.svg`, 2);
  if (!flags.out) throw new UserError('flowc plot: -o OUT.svg (or .png, .json) is required', 2);
  checkFigurePath(flags.out, 'plot');
  checkOutputFolder(flags.out, 'plot');
  refuseOutputOverInput('plot', [flags.out, validationPath(flags.out)], [file, flags.data, flags.samples, flags.logw, flags.history]);
  const compiled = compileChecked(file);
  if (!compiled) return 1;
  const { n, dim: d } = compiled.module.system;
  const figures = readingInputs('flowc plot', (): Figure[] => {
    if (kind === 'training') {
      if (!flags.history) throw new UserError('flowc plot training: --history RUN/history.json is required (flowc train writes it in its --out folder)', 2);
      const history = findHistory('', flags.history);
      if (!history) throw new UserError(`flowc plot training: cannot read '${flags.history}': no such file`);
      if (history.length === 0) throw new UserError(`flowc plot training: ${flags.history} holds no training steps`);
      return trainingFigures(history);
    } else {
      const data = flags.data ? readConfigurations(flags.data, n, d, parseRows(flags.rows, '--rows')) : undefined;
      const samples = flags.samples ? readConfigurations(flags.samples, n, d) : undefined;
      if (!data && !samples) throw new UserError(`flowc plot ${kind}: give --data NPY and/or --samples NPY (from flowc sample)`, 2);
      return [kind === 'distances' ? distances(n, d, data, samples) : energies(compiled.module.target, file, n, d, data, samples, flags.logw)];
    }
  }, [SyntaxError]);
  const paths = figures.map((f, i) => (i === 0 ? flags.out! : validationPath(flags.out!)));
  for (const [i, figure] of figures.entries()) await writeFigure(figure, paths[i]!);
  process.stdout.write(`wrote ${printable(paths.join(', '))}\n`);
  return 0;
}

/** The second file of `plot training`: OUT-validation.EXT, the validation NLL curve. */
function validationPath(out: string): string {
  const ext = extname(out);
  return `${out.slice(0, -ext.length)}-validation${ext}`;
}

type Rows = { data: Float64Array; count: number } | undefined;

function distances(n: number, d: number, data: Rows, samples: Rows): Figure {
  const sets = [];
  if (data) sets.push({ name: 'data', configurations: { values: data.data, count: data.count } });
  if (samples) sets.push({ name: 'model samples', configurations: { values: samples.data, count: samples.count } });
  return distanceFigure(n, d, sets);
}

function energies(target: TargetSpec | undefined, file: string, n: number, d: number, data: Rows, samples: Rows, logwPath: string | undefined): Figure {
  if (!target) throw new UserError(`flowc plot energies: ${file} has no target energy (add e.g. \`target lj\`)`, 2);
  const energy = (rows: NonNullable<Rows>) => Array.from(targetLogProb(target, rows.data, rows.count, n, d), (l) => -l);
  if (!samples) return energyFigure(energy(data!), undefined);
  let logW: Float64Array | undefined;
  // One finite value per sample: a NaN would silently empty the reweighted histogram.
  if (logwPath) logW = readColumn(logwPath, samples.count, '--logw');
  return energyFigure(data && energy(data), energy(samples), logW);
}
