/**
 * `npm run bench [-- PART…]`: the reference, tfjs, training and WGSL benchmarks, in one run (all parts by
 * default; name some to run only those: reference, tfjs, train, wgsl).
 */
import { benchReference } from './bench-reference.js';
import { benchTfjs } from './bench-tfjs.js';
import { benchTrain } from './bench-train.js';
import { benchWgsl } from './bench-wgsl.js';

const asked = new Set(process.argv.slice(2));
const wants = (part: string) => asked.size === 0 || asked.has(part);

if (wants('reference')) benchReference();
if (wants('tfjs')) await benchTfjs(Number(process.env['BENCH_BATCH'] ?? 4096));
if (wants('train')) await benchTrain();
if (wants('wgsl')) await benchWgsl(Number(process.env['BENCH_WGSL_BATCH'] ?? 256));
