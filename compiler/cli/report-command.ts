/**
 * `flowc report FILE --weights W [--data NPY] [--rows A..B] -o report.html`: one self-contained HTML page —
 * metrics, distance and energy histograms (data vs model), training curves from the run folder, the property
 * suite on the trained weights, the certificate and the spec. `--figures DIR` also writes each plot alone as
 * SVG and PNG.
 */
import { join } from 'node:path';
import { Flow } from '../../backends/flow.js';
import { loadWeights } from '../../backends/weights-io.js';
import { readConfigurations } from '../../backends/data/npy.js';
import { evalBackend, openFlow } from './backends.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { explain, explanationText } from '../explain.js';
import { LineMap } from '../diagnostics/span.js';
import { collectReport, findHistory } from '../report/collect.js';
import { reportHtml } from '../report/html.js';
import { renderSvg } from '../report/render.js';
import { writeFigure } from './figure-output.js';
import { compileChecked } from './compile-helpers.js';
import { checkOutputFolder, displayPath, ensureDir, readingInputs, UserError, writeFileAtomic } from './io.js';
import { nonNegativeInt, seedValue } from './args.js';
import { printable } from '../diagnostics/printable.js';
import { checkFits, countFlag, ROWS_PER_SEED } from './counts.js';
import { marginalMemory, sampleMemory } from './memory-estimates.js';
import { refuseOutputOverInput } from './same-file.js';
import { DEFAULT_SEED, MARGINAL_SAMPLES, MODEL_SAMPLES, REPORT_JACOBIAN_RUNS, REPORT_VERIFY_RUNS } from './defaults.js';
import { metricsProgress, suiteProgress } from './step-progress.js';
import { capRows, evalRows } from './eval-rows.js';
import type { SuiteProgress } from '../../backends/conformance/suite.js';

export interface ReportFlags {
  readonly weights?: string;
  readonly data?: string;
  readonly rows?: string;
  readonly history?: string;
  readonly samples?: string;
  readonly marginal?: string;
  readonly verifyRuns?: string;
  readonly jacobianRuns?: string;
  readonly backend?: string;
  readonly bake?: boolean;
  readonly seed?: string;
  readonly figures?: string;
  readonly out?: string;
  /** Print the metrics and timings as JSON on stdout (for scripts such as npm run reproduce). */
  readonly json?: boolean;
}

export async function runReport(files: readonly string[], flags: ReportFlags): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc report: give exactly one .flow file, e.g. flowc report examples/dw4.flow --weights runs/dw4/weights.safetensors --data val.npy -o report.html', 2);
  if (!flags.weights || !flags.out) throw new UserError('flowc report: --weights W.safetensors and -o report.html are required', 2);
  if (!flags.out.endsWith('.html')) throw new UserError(`flowc report: -o names an .html file (got '${flags.out}')`, 2);
  if (flags.backend !== undefined && flags.backend !== 'tfjs' && flags.backend !== 'reference') throw new UserError(`flowc report: --backend must be tfjs or reference, got '${flags.backend}'`, 2);
  checkOutputFolder(flags.out, 'report');
  refuseOutputOverInput('report', [flags.out], [files[0], flags.weights, flags.data, flags.history]);
  const K = countFlag(flags.marginal, '--marginal-samples', MARGINAL_SAMPLES);
  const samples = countFlag(flags.samples, '--samples', MODEL_SAMPLES, ROWS_PER_SEED);
  const verifyRuns = nonNegativeInt(flags.verifyRuns, '--verify-runs', REPORT_VERIFY_RUNS);
  const jacobianRuns = nonNegativeInt(flags.jacobianRuns, '--jacobian-runs', REPORT_JACOBIAN_RUNS);
  const seed = seedValue(flags.seed, '--seed', DEFAULT_SEED);
  const file = files[0]!;
  const compiled = compileChecked(file);
  if (!compiled) return 1;
  const { module, model, check, source } = compiled;
  const backend = await evalBackend('report', flags.backend, flags.bake ?? false);
  const weightsPath = flags.weights;
  const rowsChoice = evalRows(flags.rows);
  const { weights, data, history } = readingInputs('flowc report', () => ({
    weights: loadWeights(weightsPath, module),
    data: flags.data ? readConfigurations(flags.data, module.system.n, module.system.dim, rowsChoice.rows) : undefined,
    history: findHistory(weightsPath, flags.history),
  }));
  if (data) {
    const used = capRows('report', rowsChoice, data.count, K);
    if (used.note) process.stderr.write(`${used.note}\n`);
    data.count = used.count;
  }
  checkFits('report', '--samples', samples, (rows) => sampleMemory(rows, module.system, []));
  if (data) checkFits('report', '--marginal-samples', K, (k) => marginalMemory(k, data.count, module.system));
  const flow = openFlow('report', module, weights, backend);
  const referenceFlow = verifyRuns > 0 ? new Flow(module, weights, referenceBackend) : undefined;
  const metricsLine = metricsProgress('report', K);
  const verifyLine = suiteProgress('report: property suite');
  const onVerifyProgress = (p: SuiteProgress) => {
    metricsLine.end(); // the metrics' redrawn line stays, the suite's starts below it
    verifyLine.onProgress(p);
  };
  const report = await collectReport(flow, data, history, { K, samples, seed, verifyRuns, jacobianRuns, referenceFlow, onMetricsProgress: metricsLine.onProgress, onVerifyProgress });
  metricsLine.end();
  verifyLine.end();
  flow.dispose();
  const lines = new LineMap(source);
  const certificate = check.certificate ? explanationText(explain(model, check.certificate, (offset) => lines.lineCol(offset).line)) : module.symmetry.proven;
  const figures = [];
  for (const figure of report.figures) figures.push({ kind: figure.kind, caption: figure.caption, svg: await renderSvg(figure.spec) });
  const provenance = [
    `spec: ${displayPath(file)} (flow ${module.name}; proven ${module.symmetry.proven})`,
    `weights: ${displayPath(flags.weights)}${history ? ` (training history: ${history.length} steps)` : ' (no history.json next to them)'}`,
    data ? `data: ${displayPath(flags.data!)}${flags.rows ? ` rows ${flags.rows}` : ''} (${data.count} configurations)` : 'data: none given (model samples only)',
    `backend ${backend.name}; seed ${seed}; K = ${K}; ${samples} model samples; metrics and samples ${report.seconds.metrics.toFixed(1)} s`,
  ];
  writeFileAtomic(flags.out, reportHtml({ title: `flowc report: ${module.name}`, provenance, source, certificate, metrics: report.metrics, figures, verify: report.verify }));
  if (flags.figures) {
    ensureDir(flags.figures);
    for (const figure of report.figures) for (const ext of ['svg', 'png']) await writeFigure(figure, join(flags.figures, `${figure.kind}.${ext}`));
  }
  if (flags.json) {
    const verify = report.verify && { passed: report.verify.results.filter((r) => r.pass).length, failed: report.verify.results.filter((r) => !r.pass).map((r) => r.property), runs: report.verify.runs };
    process.stdout.write(`${JSON.stringify({ report: flags.out, backend: backend.name, metrics: report.metrics, verify, seconds: report.seconds })}\n`);
    return 0;
  }
  process.stdout.write(printable(`wrote ${flags.out}${flags.figures ? ` and ${report.figures.length} figures (SVG, PNG) in ${flags.figures}` : ''}\n`));
  return 0;
}
