/**
 * The fuzzer's input classes: each a name, a generator, a check (undefined when the input was handled well,
 * else the problem) and a share of the runs. `npm run fuzz` and the in-suite robustness test run the same list;
 * another module's classes (mutated .npy/safetensors/partial/history files) plug in by having this shape.
 */
import fc from 'fast-check';
import { arbBinaryBytes, arbControlCharacters, arbDeepNesting, arbLongInput, arbMutatedExample, arbNonUtf8Bytes, arbSyntacticSpec, arbTokenSoup } from './arbitraries.js';
import { checkFileRobustly, checkRobustly } from './robustness.js';
import { MAX_SOURCE_BYTES } from '../compiler/bind/source-file.js';

export interface InputClass<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** The problem with how `input` was handled, or undefined. (A method, so classes of any T share one list.) */
  check(input: T): string | undefined;
  /** Relative share of a run's inputs. */
  readonly weight: number;
}

export interface ClassReport {
  readonly name: string;
  readonly runs: number;
  readonly failed: boolean;
  readonly slowestMs: number;
  /** fast-check's report with the seed and path to replay, when it failed. */
  readonly report: string | undefined;
}

/** Runs `runs` inputs of one class; a failure stops the class and is shrunk to a small counterexample. */
export function runClass<T>(input: InputClass<T>, runs: number, seed: number): ClassReport {
  let slowestMs = 0;
  const result = fc.check(
    fc.property(input.arbitrary, (value) => {
      const started = performance.now();
      const problem = input.check(value);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      if (problem) throw new Error(problem);
    }),
    { numRuns: runs, seed },
  );
  return { name: input.name, runs: result.numRuns, failed: result.failed, slowestMs, report: result.failed ? fc.defaultReportMessage(result) : undefined };
}

const encoder = new TextEncoder();
/** Long inputs may take a few seconds on a busy machine; the 1 s guard is for ordinary specs. */
const LONG_INPUT_LIMIT_MS = 10_000;

/** The spec classes: text through `checkSource`, and file bytes through the whole `flowc check` path. */
export const specInputClasses: readonly InputClass<unknown>[] = [
  { name: 'mutated example', weight: 12, arbitrary: arbMutatedExample, check: (text: string) => checkRobustly(text) },
  { name: 'token soup', weight: 40, arbitrary: arbTokenSoup, check: (text: string) => checkRobustly(text) },
  { name: 'generated spec', weight: 25, arbitrary: arbSyntacticSpec, check: (text: string) => checkRobustly(text) },
  { name: 'deep nesting (file)', weight: 6, arbitrary: arbDeepNesting, check: (text: string) => checkFileRobustly(encoder.encode(text)) },
  { name: 'control characters (file)', weight: 6, arbitrary: arbControlCharacters, check: (input: { name: string; text: string }) => checkFileRobustly(encoder.encode(input.text), input.name) },
  { name: 'non-UTF-8 bytes (file)', weight: 6, arbitrary: arbNonUtf8Bytes, check: (bytes: Uint8Array) => checkFileRobustly(bytes) },
  { name: 'binary bytes (file)', weight: 4.5, arbitrary: arbBinaryBytes, check: (bytes: Uint8Array) => checkFileRobustly(bytes) },
  { name: 'long input (file)', weight: 0.5, arbitrary: arbLongInput(MAX_SOURCE_BYTES), check: (text: string) => checkFileRobustly(encoder.encode(text), 'long.flow', LONG_INPUT_LIMIT_MS) },
];
