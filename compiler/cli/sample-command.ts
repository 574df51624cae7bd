/**
 * `flowc sample FILE --weights W -n N [--backend wgsl|tfjs|reference] [--seed S] -o OUT.npy [--with a,logq,logw,xyz]
 * [--bake] [--resume] [--check-logq K]` (the default backend: WGSL on a GPU, tfjs otherwise, backends.ts):
 * N samples x [N, n, d] as .npy, and on request the augmented a [N, n, A, d], log q(x, a) [N] and the log
 * importance weights log w = log p(x) + log π(a|x) − log q(x, a) [N] (a target is needed) next to it
 * (OUT.a.npy, OUT.logq.npy, OUT.logw.npy), and x as multi-frame OUT.xyz for molecule viewers. Row k is the
 * k-th base draw of the seed, so the bytes do not depend on the chunk size; every file is written to a
 * temporary name and renamed. A long run keeps OUT.npy.partial (sample-partial.ts) for `--resume`.
 * `--check-logq K` recomputes log q(x, a) of K rows (evenly spread) with the float64 reference and prints the
 * largest difference: the float32 backends' answer checked by the oracle on the user's own flow and weights.
 */
import { Flow, type Sample } from '../../backends/flow.js';
import { readWeightsFile, weightsFromBytes } from '../../backends/weights-io.js';
import { modelLogWeights } from '../../backends/metrics.js';
import { formatXyz, particleSymbols } from '../../backends/data/xyz.js';
import { encodeNpy } from '../../backends/data/npy.js';
import type { OutputFile } from '../../backends/safe-write.js';
import { checkOutputFolder, flowcVersion, readingInputs, UserError, writeFilesOrFail } from './io.js';
import { compileChecked } from './compile-helpers.js';
import { seedValue } from './args.js';
import { checkFits, countFlag, ROWS_PER_SEED } from './counts.js';
import { sampleMemory } from './memory-estimates.js';
import { refuseOutputOverInput } from './same-file.js';
import { digest, loadPartial, partialPath, removePartial, savePartial, type PartialKey, type Rows } from './sample-partial.js';
import { printModule } from '../ir/print.js';
import { existsSync } from 'node:fs';
import type { IRModule } from '../ir/ir.js';
import type { Weights } from '../../backends/init.js';
import { openFlow, sampleBackend } from './backends.js';
import { formatRate, Progress } from './progress.js';
import { referenceBackend } from '../../backends/reference/index.js';
import { printable } from '../diagnostics/printable.js';
import { DEFAULT_SEED, SAMPLE_COUNT } from './defaults.js';

export interface SampleFlags {
  readonly weights?: string;
  readonly count?: string;
  readonly backend?: string;
  readonly seed?: string;
  readonly out?: string;
  readonly with?: string;
  readonly bake?: boolean;
  readonly resume?: boolean;
  readonly checkLogq?: string;
}

const EXTRAS = ['a', 'logq', 'logw', 'xyz'] as const;
type Extra = (typeof EXTRAS)[number];

export async function runSample(files: readonly string[], flags: SampleFlags): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc sample: give exactly one .flow file, e.g. flowc sample examples/dw4.flow --weights w.safetensors -n 1000 -o s.npy', 2);
  if (!flags.weights || !flags.out) throw new UserError('flowc sample: --weights W.safetensors and -o OUT.npy are required', 2);
  if (!flags.out.endsWith('.npy')) throw new UserError(`flowc sample: -o names the .npy file for x, e.g. samples.npy (got '${flags.out}')`, 2);
  checkOutputFolder(flags.out, 'sample');
  const stem = flags.out.slice(0, -'.npy'.length);
  const outputs = [flags.out, partialPath(flags.out), ...['a.npy', 'logq.npy', 'logw.npy', 'xyz'].map((ext) => `${stem}.${ext}`)];
  refuseOutputOverInput('sample', outputs, [files[0], flags.weights]);
  const count = countFlag(flags.count, '-n', SAMPLE_COUNT, ROWS_PER_SEED);
  const seed = seedValue(flags.seed, '--seed', DEFAULT_SEED);
  const checkRows = Math.min(countFlag(flags.checkLogq, '--check-logq', 0), count);
  const extras = (flags.with ?? '').split(',').filter(Boolean) as Extra[];
  const unknown = extras.find((e) => !EXTRAS.includes(e));
  if (unknown) throw new UserError(`flowc sample: --with takes a comma list of ${EXTRAS.join(', ')}; '${unknown}' is not one`, 2);
  const compiled = compileChecked(files[0]!);
  if (!compiled) return 1;
  const { module } = compiled;
  if (extras.includes('logw') && !module.target) throw new UserError(`flowc sample: --with logw needs a target energy; ${files[0]} has none (add e.g. \`target lj\`)`, 2);
  checkFits('sample', '-n', count, (rows) => sampleMemory(rows, module.system, extras));
  const { weights, bytes: weightsBytes } = readWeights(flags.weights, module);
  const { name: backendName, backend } = await sampleBackend('sample', flags.backend, flags.bake ?? false);
  const flow = openFlow('sample', module, weights, backend);
  const key: PartialKey = { ir: digest(printModule(module)), weights: digest(weightsBytes), backend: `${backendName}${flags.bake ? ' baked' : ''}`, code: flow.code !== undefined ? digest(flow.code) : `flowc ${flowcVersion()}`, seed, count };
  const progress = new Progress(count);
  const { x, a, logQ, resumedAt } = await sampleRows(flow, { path: partialPath(flags.out), key, resume: flags.resume ?? false }, progress);
  // All files or none: a full disk must not leave x.npy beside an a.npy of another run.
  writeFilesOrFail('sample', sampleFiles(flags.out, extras, flow, compiled.model.system?.types, { x, a, logQ, count, seed }));
  flow.dispose();
  removePartial(partialPath(flags.out));
  process.stdout.write(`${summaryLine(count, resumedAt, progress.seconds(), backend.name)}: ${printable(flags.out)}\n`);
  if (checkRows > 0) process.stdout.write(`${checkLogQ(new Flow(module, weights, referenceBackend), { x, a, logQ }, count, checkRows)}\n`);
  return 0;
}

/** The files of a finished run: OUT.npy and, on request, OUT.a.npy, OUT.logq.npy, OUT.logw.npy, OUT.xyz. */
function sampleFiles(out: string, extras: readonly Extra[], flow: Flow, types: readonly string[] | undefined, s: Rows & { count: number; seed: number }): OutputFile[] {
  const { n, d, A, module } = flow;
  const { x, a, logQ, count, seed } = s;
  const stem = out.slice(0, -'.npy'.length);
  const files: OutputFile[] = [{ path: out, data: encodeNpy([count, n, d], x) }];
  if (extras.includes('a')) files.push({ path: `${stem}.a.npy`, data: encodeNpy([count, n, A, d], a) });
  if (extras.includes('logq')) files.push({ path: `${stem}.logq.npy`, data: encodeNpy([count], logQ, 'f8') });
  if (extras.includes('logw')) files.push({ path: `${stem}.logw.npy`, data: encodeNpy([count], modelLogWeights(flow, { x, a, logQ }, count), 'f8') });
  if (extras.includes('xyz')) {
    const symbols = particleSymbols(n, types);
    const comment = (f: number) => `${module.name} sample ${f} seed ${seed} log_q ${logQ[f]!.toPrecision(8)}`;
    files.push({ path: `${stem}.xyz`, data: formatXyz({ x, frames: count, n, d, symbols, comment }) });
  }
  return files;
}

/** What this process did: a resumed run's earlier rows count neither in its time nor in its rate. */
export function summaryLine(count: number, resumedAt: number, seconds: number, backendName: string): string {
  const sampled = count - resumedAt;
  const resumed = resumedAt > 0 ? `, ${sampled} of them in this run (resumed at ${resumedAt})` : '';
  return `${count} samples on ${backendName}${resumed}: ${sampled} in ${seconds.toFixed(1)} s, start-up included (${formatRate(sampled / seconds)} samples/s)`;
}

/** The weights and their file's bytes (digested for the resume key): one read; a bad file is a UserError. */
function readWeights(path: string, module: IRModule): { weights: Weights; bytes: Buffer } {
  return readingInputs('flowc sample', () => {
    const bytes = readWeightsFile(path);
    return { weights: weightsFromBytes(bytes, path, module), bytes };
  });
}

/** log q of `rows` rows (first and last included, evenly spread) by the float64 reference, against the sampled ones. */
function checkLogQ(reference: Flow, sample: Rows, count: number, rows: number): string {
  const picked = [...new Set(Array.from({ length: rows }, (_, k) => (rows === 1 ? 0 : Math.round((k * (count - 1)) / (rows - 1)))))];
  const width = { x: sample.x.length / count, a: sample.a.length / count };
  const gather = (v: Float64Array, w: number) => {
    const out = new Float64Array(picked.length * w);
    picked.forEach((row, k) => out.set(v.subarray(row * w, (row + 1) * w), k * w));
    return out;
  };
  const started = performance.now();
  const expected = reference.logProb(gather(sample.x, width.x), gather(sample.a, width.a), picked.length);
  let absolute = 0;
  let relative = 0;
  picked.forEach((row, k) => {
    const difference = Math.abs(sample.logQ[row]! - expected[k]!);
    absolute = Math.max(absolute, difference);
    relative = Math.max(relative, difference / Math.max(1, Math.abs(expected[k]!)));
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `log q of ${picked.length} rows recomputed by the float64 reference (${seconds} s): largest difference ${absolute.toExponential(2)} (relative ${relative.toExponential(2)}); log q from ${Math.min(...expected).toFixed(2)} to ${Math.max(...expected).toFixed(2)}`;
}

/** Seconds between partial saves (FLOWC_SAMPLE_SAVE_SECONDS overrides: the resume test saves every chunk). */
const saveEverySeconds = () => Number(process.env['FLOWC_SAMPLE_SAVE_SECONDS'] ?? 60);

/**
 * The count rows of the seed, continuing a stopped run's partial file when `resume`; the partial file is
 * rewritten every minute. Chunks grow towards ≈ 5 s of work (at most 1,024 systems): a slow backend still
 * reports every few seconds, a fast one amortises its per-call costs. Row k is the k-th base draw whatever
 * the chunking.
 */
async function sampleRows(flow: Flow, saving: { path: string; key: PartialKey; resume: boolean }, progress: Progress): Promise<Rows & { resumedAt: number }> {
  const { n, d, A } = flow;
  const { count, seed } = saving.key;
  const rows: Rows = { x: new Float64Array(count * n * d), a: new Float64Array(count * n * A * d), logQ: new Float64Array(count) };
  let done = 0;
  if (existsSync(saving.path)) {
    if (!saving.resume) throw new UserError(`flowc sample: ${saving.path} holds a stopped run for this output; add --resume to continue it, or delete the file to start over`, 2);
    done = loadPartial(saving.path, saving.key, rows);
    process.stderr.write(`resuming from ${printable(saving.path)}: ${done}/${count} samples there\n`);
  }
  let lastSave = performance.now();
  let chunk = 16;
  for (let first = done, b = 0; first < count; first += b) {
    b = Math.min(chunk, count - first);
    const t0 = performance.now();
    const s: Sample = await flow.sampleAsync(b, seed, first);
    rows.x.set(s.x, first * n * d);
    rows.a.set(s.a, first * n * A * d);
    rows.logQ.set(s.logQ, first);
    progress.update(first + b);
    if (first + b < count && performance.now() - lastSave >= saveEverySeconds() * 1000) {
      savePartial(saving.path, saving.key, first + b, rows);
      lastSave = performance.now();
    }
    chunk = Math.max(16, Math.min(1024, Math.round((b / Math.max(1e-3, (performance.now() - t0) / 1000)) * 5)));
  }
  progress.end();
  return { ...rows, resumedAt: done };
}
