/**
 * The commands' defaults, one constant each: the commands read them, and flags.ts shows them in
 * `flowc CMD --help`, so the help cannot say one number while the command uses another. A default that a
 * .flow file's train block can set is the fallback when the block does not.
 */
import type { BackendName } from './backends.js';

/** Random weights, test points and draws use this seed when no --seed (or train block `seed`) is given. */
export const DEFAULT_SEED = 0;

/** `flowc verify`: runs per property. */
export const VERIFY_RUNS = 10;
/** `flowc verify`: the float64 reference, the oracle the float32 backends are checked against. */
export const VERIFY_BACKEND: BackendName = 'reference';

/** `flowc sample`: rows drawn without -n. */
export const SAMPLE_COUNT = 1000;
/** `flowc sample`'s backend without --backend: the fastest one that is there (compiler/cli/backends.ts defaultSampleBackend). */
export const SAMPLE_BACKEND_RULE = 'wgsl on a GPU adapter, else tfjs (the choice is printed)';

/** eval, report: the backend that measures a trained flow. */
export const EVAL_BACKEND: BackendName = 'tfjs';
/** K, the augmented draws per configuration in the marginal log q (method §2.4): eval, report, train's validation. */
export const MARGINAL_SAMPLES = 20;
/** eval, report: model samples for the reverse ESS and the histograms. */
export const MODEL_SAMPLES = 1000;
/** report: property-suite runs on the trained weights, and finite-difference Jacobian runs. */
export const REPORT_VERIFY_RUNS = 3;
export const REPORT_JACOBIAN_RUNS = 1;

/** `flowc serve`'s port. */
export const SERVE_PORT = 8000;

/** `flowc train`, when neither a flag nor the train block says: batch size, epochs, validation every N epochs. */
export const TRAIN_BATCH = 32;
export const TRAIN_EPOCHS = 100;
export const EVAL_EVERY_EPOCHS = 10;

/** eval, report: data rows used without --rows (K inverse passes each; a default must not run for hours). */
export const EVAL_ROWS = 1000;
