/** `npm run bench`: the reference and tfjs benchmarks, in one run. */
import { benchReference } from './bench-reference.js';
import { benchTfjs } from './bench-tfjs.js';

benchReference();
await benchTfjs(Number(process.env['BENCH_BATCH'] ?? 4096));
