/**
 * `npm run fuzz [-- RUNS [CLASS]]`: the robustness properties over at least 10⁵ inputs (default), split over the input
 * classes by weight, with counts per class and the seed printed for replay (`FUZZ_SEED=S npm run fuzz`).
 * CLASS (a part of a class name) runs only the matching classes.
 */
import { runClass, specInputClasses, type ClassReport, type InputClass } from './fuzz-classes.js';
import { fileFuzzClasses } from './fuzz-files.js';

/** The data-file classes (mutated .npy, safetensors, .partial, history.json, count texts): a sixth of the runs. */
const dataFileClasses: readonly InputClass<unknown>[] = fileFuzzClasses.map((c) => ({ ...c, check: (input: unknown) => c.check(input), weight: 4 }));

/** Every class the fuzzer runs. */
const classes: readonly InputClass<unknown>[] = [...specInputClasses, ...dataFileClasses];

const runs = Number(process.argv[2] ?? 100_000);
const only = process.argv[3];
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const chosen = classes.filter((c) => only === undefined || c.name.includes(only));
const totalWeight = chosen.reduce((sum, c) => sum + c.weight, 0);

const nameWidth = Math.max(...chosen.map((c) => c.name.length));
const started = performance.now();
const reports: ClassReport[] = chosen.map((c, i) => {
  const classStarted = performance.now();
  const report = runClass(c, Math.max(1, Math.ceil((runs * c.weight) / totalWeight)), seed + i);
  const classSeconds = (performance.now() - classStarted) / 1000;
  console.log(`  ${c.name.padEnd(nameWidth)} ${String(report.runs).padStart(7)} inputs in ${classSeconds.toFixed(1).padStart(6)} s  slowest ${report.slowestMs.toFixed(1).padStart(7)} ms  ${report.failed ? 'FAILED' : 'ok'}`);
  return report;
});
const seconds = (performance.now() - started) / 1000;
const total = reports.reduce((sum, r) => sum + r.runs, 0);
const failed = reports.filter((r) => r.failed);
console.log(`fuzz: ${total} inputs in ${chosen.length} classes in ${seconds.toFixed(1)} s (seed ${seed}); ${failed.length} classes failed`);
for (const r of failed) console.error(`\n${r.name} (seed ${seed + chosen.findIndex((c) => c.name === r.name)}):\n${r.report}`);
if (failed.length > 0) process.exitCode = 1;
