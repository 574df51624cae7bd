/**
 * `npm run bench [-- PART…]`: the reference, tfjs, training and WGSL benchmarks, in one run (all parts by
 * default; name some to run only those: reference, tfjs, train, wgsl, sampling, per-point; `kernels`, a
 * per-kernel profile of the WGSL layer, `bake-cap`, SwiftShader's kernel size limit, `draws`, host against
 * device base draws, `dense`, the wasm dense-layer kernels against tfjs-wasm, `threads`, a wasm training
 * step on 1 and 2 threads, and `egnn`, one EGNN op forward + backward on the wasm backend against tfjs-wasm
 * and the reference, run only when named).
 */
import { benchReference } from './bench-reference.js';
import { benchTfjs } from './bench-tfjs.js';
import { benchTrain } from './bench-train.js';
import { benchThreads } from './bench-threads.js';
import { benchWgsl } from './bench-wgsl.js';
import { benchSampling } from './bench-sampling.js';
import { benchKernels } from './bench-kernels.js';
import { probeBakeCap } from './probe-bake-cap.js';
import { benchDraws } from './bench-draws.js';
import { benchPerPoint } from './bench-per-point.js';

const asked = new Set(process.argv.slice(2));
const wants = (part: string) => asked.size === 0 || asked.has(part);

if (wants('reference')) benchReference();
if (wants('tfjs')) await benchTfjs(Number(process.env['BENCH_BATCH'] ?? 4096));
if (wants('train')) await benchTrain();
if (wants('wgsl')) await benchWgsl(Number(process.env['BENCH_WGSL_BATCH'] ?? 256));
if (wants('sampling')) await benchSampling();
if (wants('per-point')) benchPerPoint();
// Not part of the default run: a profile of one layer's kernels, for codegen work.
if (asked.has('kernels')) await benchKernels(Number(process.env['BENCH_WGSL_BATCH'] ?? 4096));
// Nor this: how long a kernel SwiftShader compiles before it crashes (children that may segfault).
if (asked.has('bake-cap')) probeBakeCap();
// Nor this: base draws on the host against the WGSL base kernel.
if (asked.has('draws')) await benchDraws(Number(process.env['BENCH_WGSL_BATCH'] ?? 4096));
// Nor this: the wasm dense-layer kernels against tfjs-wasm and plain JS (compiled-training.md §4).
if (asked.has('dense')) await (await import('./bench-dense.js')).benchDense(); // imported here: it loads binaryen (≈ 1 s)
// Nor this: a wasm training step on 1 and 2 threads.
if (asked.has('threads')) await benchThreads();
// Nor this: one EGNN op forward + backward on the wasm backend's batched kernel, tfjs-wasm and the reference.
if (asked.has('egnn')) await (await import('./bench-egnn-wasm.js')).benchEgnnWasm();
