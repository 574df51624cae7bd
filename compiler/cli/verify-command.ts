/** `flowc verify` (the property suite on random weights) and `flowc compile --emit ir`. */
import { printModule } from '../ir/print.js';
import { printGradient } from '../ir/print-gradient.js';
import { buildGradient } from '../ir/gradient.js';
import { recipeNumber } from '../train-recipe.js';
import { randomWeights } from '../../backends/init.js';
import type { PropertyResult } from '../../backends/conformance/suite.js';
import { verifyFlow } from '../../backends/conformance/verify.js';
import { backendFor, openFlow } from './backends.js';
import { loadWeights } from '../../backends/weights-io.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import { displayPath, readingInputs, UserError, writeFileAtomic } from './io.js';
import { compileChecked } from './compile-helpers.js';
import { positiveInt, seedValue } from './args.js';
import { writeWgslTarget } from './wgsl-target.js';
import { suiteProgress } from './step-progress.js';
import { printable } from '../diagnostics/printable.js';
import { refuseOutputOverInput } from './same-file.js';
import { DEFAULT_SEED, VERIFY_BACKEND, VERIFY_RUNS } from './defaults.js';

function table(results: readonly PropertyResult[]): string {
  const rows = results.map((r) => [
    r.property,
    r.worstError === 0 ? '0' : r.worstError.toExponential(2),
    `${r.expectation === 'holds' ? '≤' : '>'} ${r.tolerance.toExponential(0)}${r.unit === 'σ32' ? ' σ32' : ''}`,
    r.expectation === 'holds' ? 'holds' : 'counterexample',
    r.pass ? 'pass' : 'FAIL',
    r.replay,
  ]);
  const header = ['property', 'worst error', 'tolerance', 'expect', 'result', 'replay'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export async function runVerify(files: readonly string[], flags: { backend?: string; runs?: string; seed?: string; noCheck: boolean; weights?: string; json: boolean }): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc verify: give exactly one .flow file, e.g. flowc verify examples/dw4.flow', 2);
  // At least one run: a property run zero times must never print 'pass'.
  const runs = positiveInt(flags.runs, '--runs') ?? VERIFY_RUNS;
  const seed = seedValue(flags.seed, '--seed', DEFAULT_SEED);
  const file = files[0]!;
  const { name: backendName, backend } = await backendFor('verify', flags.backend, VERIFY_BACKEND);
  const compiled = compileChecked(file, flags.noCheck);
  if (!compiled) return 1;
  const refused = compiled.check.diagnostics.filter((d) => d.severity === 'error');
  if (refused.length > 0) {
    process.stderr.write(`${renderDiagnostics(refused, (f) => compiled.check.sources.get(f), { excerpt: false, color: false, displayFile: displayPath })}\n`);
    process.stderr.write('(--no-check: the checker refused this claim; verifying it anyway)\n');
  }
  const weightsPath = flags.weights;
  const weights = readingInputs('flowc verify', () => (weightsPath ? loadWeights(weightsPath, compiled.module) : randomWeights(compiled.module, seed)));
  // A float32 backend: float32 tolerances, agreement with the float64 reference instead of finite differences.
  const float32 = backendName !== 'reference';
  const flow = openFlow('verify', compiled.module, weights, backend);
  const started = performance.now();
  const progress = suiteProgress('verify');
  const results = await verifyFlow(flow, runs, seed, progress.onProgress);
  progress.end();
  const seconds = (performance.now() - started) / 1000;
  flow.dispose();
  const failed = results.filter((r) => !r.pass);
  if (flags.json) process.stdout.write(`${JSON.stringify({ file, backend: backendName, proven: compiled.module.symmetry.proven, seconds, results }, null, 2)}\n`);
  else {
    process.stdout.write(`${printable(displayPath(file))}: ${compiled.module.symmetry.proven} proven; ${flags.weights ? `weights ${printable(flags.weights)}` : `random weights (seed ${seed})`}; backend ${backendName}; ${runs} runs per property\n${float32 ? 'float32 backend: σ32 = each value’s float32 round-off scale at its input, modelled on the float64 reference (large where the map amplifies round-off, e.g. near-degenerate frames); finite-difference log-det left to the reference, agreement with it checked instead\n' : ''}\n`);
    process.stdout.write(`${table(results)}\n\n${results.length - failed.length} passed, ${failed.length} failed in ${seconds.toFixed(1)} s\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

export function runCompile(files: readonly string[], flags: { emit?: string; target?: string; out?: string; weights?: string; bake?: boolean }): number {
  if (files.length !== 1) throw new UserError('flowc compile: give exactly one .flow file, e.g. flowc compile examples/lj13.flow --emit ir', 2);
  if (flags.target !== undefined) {
    if (flags.target !== 'wgsl') throw new UserError(`flowc compile: --target ${flags.target} is not one flowc has; use --target wgsl (or --emit ir)`, 2);
    if (!flags.weights || !flags.out) throw new UserError('flowc compile: --target wgsl needs --weights W.safetensors and -o DIR', 2);
    const compiled = compileChecked(files[0]!);
    if (!compiled) return 1;
    const weightsPath = flags.weights;
    const weights = readingInputs('flowc compile', () => loadWeights(weightsPath, compiled.module));
    writeWgslTarget(compiled.module, weights, flags.out, flags.bake ?? false);
    process.stdout.write(`wrote ${printable(flags.out)}: manifest.json, kernels/, weights, flow.js (loadFlow), index.html\n`);
    return 0;
  }
  const emit = flags.emit ?? 'ir';
  if (emit !== 'ir' && emit !== 'gradient') throw new UserError(`flowc compile: --emit ${emit} is not supported; use --emit ir or --emit gradient`, 2);
  refuseOutputOverInput('compile', [flags.out], [files[0]]);
  const compiled = compileChecked(files[0]!, false);
  if (!compiled) return 1;
  const text = emit === 'ir' ? printModule(compiled.module) : printGradient(buildGradient(compiled.module, { auxWeight: recipeNumber(compiled.model.train?.values['aux_loss'], 0) }));
  if (flags.out) writeFileAtomic(flags.out, text);
  else process.stdout.write(text);
  return 0;
}
