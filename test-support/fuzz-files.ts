/**
 * Fuzzing the files and counts a user hands flowc: mutated `.npy` data, safetensors weights, `flowc sample`
 * `.partial` files, `history.json` and count/seed flag texts, each run in-process through the reader the CLI
 * uses (wrapped in `readingInputs` as the commands wrap it). The property: the reader returns, or throws a
 * UserError of one non-empty line; any other exception is a problem. A hang shows as the test's timeout
 * (`npm run fuzz` prints the slowest input). Each class has the shape the spec fuzz classes have, so the
 * lead can plug them into `npm run fuzz` (test-support/fuzz.ts).
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { encodeNpy, readColumn, readConfigurations } from '../backends/data/npy.js';
import { encodeSafetensors, weightsFromBytes } from '../backends/weights-io.js';
import { randomWeights } from '../backends/init.js';
import { readingInputs, UserError } from '../compiler/cli/io.js';
import { encodePartial, loadPartial, type PartialKey } from '../compiler/cli/sample-partial.js';
import { findHistory } from '../compiler/report/collect.js';
import { trainingFigures } from '../compiler/report/figures.js';
import { countFlag } from '../compiler/cli/counts.js';
import { seedValue } from '../compiler/cli/args.js';

/** One class of inputs: a generator and the property (a problem text, or undefined when handled well). */
export interface FileFuzzClass<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  check(input: T): string | undefined;
}

// A small flow (4 particles in 2D, one augmented copy): its readers are the ones a real flow's go through.
const { module } = compile(`flow fuzz {
  system particles 4, dim 2
  let net = egnn(layers 1, mlp [4, 4], features 4, head [4, 4])
  couple x | a project cartesian condition net
  couple a | x project cartesian condition net
}
`);
const { n, dim: d, augmented: A } = module.system;

let folder: string | undefined;
/** A file holding `bytes` in this process's scratch folder (the readers take paths, as the CLI's do). */
function scratchFile(name: string, bytes: Uint8Array | string): string {
  folder ??= mkdtempSync(join(tmpdir(), 'flowc-fuzz-files-'));
  const path = join(folder, name);
  rmSync(path, { recursive: true, force: true });
  writeFileSync(path, bytes);
  return path;
}

/** Runs `read`: undefined when it returned or threw a one-line UserError, else the problem. */
function handled(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) return `threw ${(error as Error).stack ?? String(error)}`;
    if (error.message.trim() === '' || error.message.includes('\n')) return `a UserError that is not one line: ${JSON.stringify(error.message)}`;
    return undefined;
  }
}

/** A file's bytes with damage: bits flipped, cut short, or both. */
function damaged(base: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 });
  return fc.oneof(
    fc.tuple(base, flips).map(([bytes, bits]) => {
      const out = Uint8Array.from(bytes);
      for (const [at, bit] of bits) out[at % out.length]! ^= 1 << bit;
      return out;
    }),
    fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([bytes, keep]) => bytes.subarray(0, Math.floor(bytes.length * keep))),
  );
}

// ---- .npy ----------------------------------------------------------------------------------------------

const shapeText = fc.oneof(
  fc.constantFrom('(-5, 8)', '(5, -8)', '(10, 2, 4)', '(10, 4, 2)', '(10, 8)', '(10,)', '()', '(1e400, 8)', '(99999999999999, 8)', '(0, 8)', '(2.5, 8)', '(10, 8, 1)'),
  fc.array(fc.integer({ min: -3, max: 40 }), { maxLength: 4 }).map((dims) => `(${dims.join(', ')}${dims.length === 1 ? ',' : ''})`),
  fc.string({ maxLength: 12 }).map((s) => `(${s})`),
);

/** A valid .npy of [rows, n, d] or [rows, n·d] (float32 or float64), maybe with a NaN or ±∞ in it. */
const validNpy = fc
  .record({ rows: fc.integer({ min: 0, max: 6 }), flat: fc.boolean(), dtype: fc.constantFrom<'f4' | 'f8'>('f4', 'f8'), bad: fc.option(fc.tuple(fc.nat(), fc.constantFrom(NaN, Infinity, -Infinity))) })
  .map(({ rows, flat, dtype, bad }) => {
    const data = Array.from({ length: rows * n * d }, (_, i) => Math.sin(i));
    if (bad && data.length > 0) data[bad[0] % data.length] = bad[1];
    return new Uint8Array(encodeNpy(flat ? [rows, n * d] : [rows, n, d], data, dtype));
  });

/** One header edit: another shape, dtype, order or version, or a header length that is not the header's. */
type NpyEdit = { shape: string } | { descr: string } | { fortran: string } | { version: number } | { headerLength: number };
const npyEdit: fc.Arbitrary<NpyEdit> = fc.oneof(
  { weight: 4, arbitrary: shapeText.map((shape) => ({ shape })) },
  fc.constantFrom('<f4', '<f8', '>f4', '<i8', '|u1', "'").map((descr) => ({ descr })),
  fc.constantFrom('True', 'False', 'Maybe').map((fortran) => ({ fortran })),
  fc.integer({ min: 0, max: 255 }).map((version) => ({ version })),
  fc.integer({ min: 0, max: 0xffff }).map((headerLength) => ({ headerLength })),
);

/** A valid file with one or two header edits (one at a time reaches the checks behind the first ones). */
const editedNpy = fc.tuple(validNpy, fc.array(npyEdit, { minLength: 1, maxLength: 2 })).map(([bytes, edits]) => {
  const length = Buffer.from(bytes).readUInt16LE(8);
  let header = Buffer.from(bytes.subarray(10, 10 + length)).toString('latin1');
  for (const edit of edits) {
    if ('shape' in edit) header = header.replace(/'shape': \([^)]*\)/, `'shape': ${edit.shape}`);
    if ('descr' in edit) header = header.replace(/'descr': '[^']*'/, `'descr': '${edit.descr}'`);
    if ('fortran' in edit) header = header.replace(/'fortran_order': \w+/, `'fortran_order': ${edit.fortran}`);
  }
  const out = Buffer.concat([Buffer.from(bytes.subarray(0, 10)), Buffer.from(header, 'latin1'), Buffer.from(bytes.subarray(10 + length))]);
  out.writeUInt16LE(header.length, 8);
  for (const edit of edits) {
    if ('headerLength' in edit) out.writeUInt16LE(edit.headerLength, 8);
    if ('version' in edit) out[6] = edit.version;
  }
  return new Uint8Array(out);
});

export const npyFiles: FileFuzzClass<Uint8Array> = {
  name: '.npy data files (train/eval/report/plot --data, plot --logw)',
  arbitrary: fc.oneof(validNpy, editedNpy, damaged(fc.oneof(validNpy, editedNpy)), fc.uint8Array({ maxLength: 200 })),
  check(bytes) {
    const path = scratchFile('data.npy', bytes);
    return handled(() => readingInputs('flowc eval', () => readConfigurations(path, n, d))) ?? handled(() => readingInputs('flowc plot', () => readColumn(path, 3, '--logw')));
  },
};

// ---- safetensors ---------------------------------------------------------------------------------------

const validWeights = fc.integer({ min: 1, max: 1000 }).map((seed) => randomWeights(module, seed));
const validSafetensors = fc.tuple(validWeights, fc.constantFrom<'F64' | 'F32'>('F64', 'F32')).map(([w, dtype]) => new Uint8Array(encodeSafetensors(w, { flow: module.name }, dtype)));

/** Safetensors bytes from a header (any JSON value) and a data section, with an 8-byte header length. */
function safetensorsOf(header: unknown, data: Uint8Array, claimedLength?: bigint): Uint8Array {
  const json = Buffer.from(JSON.stringify(header) ?? '');
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(claimedLength ?? BigInt(json.length));
  return new Uint8Array(Buffer.concat([length, json, data]));
}

const offset = fc.oneof(fc.integer({ min: -16, max: 4096 }), fc.constantFrom(2 ** 53, 1e300, 0.5, -0), fc.constant('8'));
/** One change to a tensor entry, as the issue lists: offsets, shape or dtype replaced or removed. */
type EntryEdit = { data_offsets: unknown } | { shape: unknown } | { dtype: unknown };
const entryEdit: fc.Arbitrary<EntryEdit> = fc.oneof(
  fc.oneof(fc.tuple(offset, offset), fc.array(offset, { maxLength: 3 }), fc.constant(undefined), fc.jsonValue()).map((data_offsets) => ({ data_offsets })),
  fc.oneof(fc.array(fc.integer({ min: -2, max: 300 }), { maxLength: 3 }), fc.jsonValue()).map((shape) => ({ shape })),
  fc.oneof(fc.constantFrom('F64', 'F32', 'F16', 'BF16', 'I64'), fc.jsonValue()).map((dtype) => ({ dtype })),
);
/** A real file with one or two of its tensor entries edited (entries picked by index), data section kept. */
const editedSafetensors = fc.tuple(validWeights, fc.array(fc.tuple(fc.nat(), entryEdit), { minLength: 1, maxLength: 2 })).map(([weights, edits]) => {
  const bytes = Buffer.from(encodeSafetensors(weights, {}, 'F64'));
  const length = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + length).toString()) as Record<string, Record<string, unknown>>;
  const names = Object.keys(header).filter((k) => k !== '__metadata__');
  for (const [pick, edit] of edits) Object.assign(header[names[pick % names.length]!]!, edit);
  return safetensorsOf(header, bytes.subarray(8 + length));
});

const wholeHeaders = fc.oneof(
  fc.constantFrom<unknown>(null, [], [1, 2], 'weights', 42, { __metadata__: null }, { __metadata__: { a: 1 } }, { t: null }, { t: { dtype: 'F64', shape: [1] } }),
  fc.jsonValue(),
);
const otherSafetensors = fc.oneof(
  fc.tuple(wholeHeaders, fc.uint8Array({ maxLength: 64 })).map(([header, data]) => safetensorsOf(header, data)),
  fc.tuple(validSafetensors, fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })).map(([bytes, claimed]) => {
    const out = Buffer.from(bytes);
    out.writeBigUInt64LE(claimed, 0);
    return new Uint8Array(out);
  }),
);

export const safetensorsFiles: FileFuzzClass<Uint8Array> = {
  name: 'safetensors weights (--weights of sample/eval/report/verify/compile)',
  arbitrary: fc.oneof(validSafetensors, editedSafetensors, otherSafetensors, damaged(fc.oneof(validSafetensors, editedSafetensors))),
  check(bytes) {
    const path = scratchFile('w.safetensors', bytes);
    return handled(() => readingInputs('flowc sample', () => weightsFromBytes(Buffer.from(bytes), path, module)));
  },
};

// ---- flowc sample's .partial ---------------------------------------------------------------------------

const COUNT = 5;
const key: PartialKey = { ir: 'ir', weights: 'w', backend: 'reference', code: 'flowc 0.1.0', seed: 3, count: COUNT };
const rowWidth = n * d + n * A * d + 1;
const payloadOf = (done: number) => new Uint8Array(new Float64Array(Math.max(0, Math.min(done, COUNT)) * rowWidth).fill(0.5).buffer);

/** A partial file's header: the run's own, or damaged (null, done −5, 2.5, past the count, another key, any JSON). */
const partialHeader = fc.oneof(
  fc.integer({ min: 0, max: COUNT }).map((done) => ({ key, done })),
  fc.oneof(fc.integer({ min: -10, max: 20 }), fc.constantFrom(2.5, -5, NaN, 1e300, '3', null)).map((done) => ({ key, done })),
  fc.record({ seed: fc.jsonValue(), count: fc.jsonValue() }).map((edit) => ({ key: { ...key, ...edit }, done: 1 })),
  fc.constantFrom<unknown>(null, [], 'partial', { key: null, done: 1 }, { done: 1 }, { key }),
  fc.jsonValue(),
);

/** A partial file, or `'folder'`: a directory where the file should be. */
export type PartialInput = Uint8Array | 'folder';

const partialBytes = fc.tuple(partialHeader, fc.integer({ min: 0, max: COUNT + 2 })).map(([header, rows]) => new Uint8Array(encodePartial(header, payloadOf(rows))));

export const partialFiles: FileFuzzClass<PartialInput> = {
  name: 'flowc sample --resume partial files (OUT.npy.partial)',
  arbitrary: fc.oneof({ weight: 8, arbitrary: fc.oneof(partialBytes, damaged(partialBytes)) }, { weight: 1, arbitrary: fc.constant<PartialInput>('folder') }),
  check(input) {
    let path: string;
    if (input === 'folder') {
      path = scratchFile('out.npy.partial', '');
      rmSync(path);
      mkdirSync(path);
    } else path = scratchFile('out.npy.partial', input);
    const rows = { x: new Float64Array(COUNT * n * d), a: new Float64Array(COUNT * n * A * d), logQ: new Float64Array(COUNT) };
    let done: number | undefined;
    const problem = handled(() => (done = loadPartial(path, key, rows)));
    if (problem) return problem;
    if (done !== undefined && !(Number.isSafeInteger(done) && done >= 0 && done <= COUNT)) return `accepted ${done} rows done of ${COUNT}`;
    return undefined;
  },
};

// ---- history.json --------------------------------------------------------------------------------------

const historyRow = fc.record({ step: fc.nat(1000), loss: fc.oneof(fc.double(), fc.constant(null)), aux: fc.option(fc.double(), { nil: undefined }), valNll: fc.option(fc.double(), { nil: undefined }) }, { requiredKeys: ['step', 'loss'] });
/** A row with one field replaced by any JSON value (a string, null, an array…). */
const editedRow = fc.tuple(historyRow, fc.constantFrom('step', 'loss', 'aux', 'valNll', 'lr'), fc.jsonValue()).map(([row, field, value]) => ({ ...row, [field]: value }));
const historyText = fc.oneof(
  fc.array(historyRow, { maxLength: 6 }).map((rows) => JSON.stringify(rows)),
  fc.array(fc.oneof(historyRow, editedRow), { maxLength: 6 }).map((rows) => JSON.stringify(rows)),
  fc.constantFrom('[null]', '[1,2,3]', '[{"step":"1","loss":"2"}]', '{}', 'null', '', '[', '"history"'),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
);

export const historyFiles: FileFuzzClass<string> = {
  name: 'history.json (plot training --history, report)',
  arbitrary: fc.oneof(historyText, damaged(historyText.map((t) => new Uint8Array(Buffer.from(t)))).map((b) => Buffer.from(b).toString('latin1'))),
  check(text) {
    const path = scratchFile('history.json', text);
    return handled(() => readingInputs('flowc plot', () => trainingFigures(findHistory('', path) ?? [])));
  },
};

// ---- counts and seeds ----------------------------------------------------------------------------------

const flagText = fc.oneof(
  fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
  fc.constantFrom('1e12', '9007199254740993', '9007199254740992', '4294967296', '4294967297', '-1', '0', '1.5', ' 7', '0x10', '', '٣', '1_000'),
  fc.string({ maxLength: 12 }),
);

/** An accepted flag text must be read exactly: its digits are the number's. */
export const countTexts: FileFuzzClass<string> = {
  name: 'count and seed flag texts (-n, --marginal-samples, --seed)',
  arbitrary: flagText,
  check(text) {
    for (const read of [() => countFlag(text, '-n', 1), () => seedValue(text, '--seed', 0)]) {
      let value: number | undefined;
      const problem = handled(() => (value = read()));
      if (problem) return problem;
      if (value !== undefined && !(/^\d+$/.test(text) && BigInt(value) === BigInt(text))) return `read '${text}' as ${value}`;
    }
    return undefined;
  },
};

/** Every file class, for `npm run fuzz` and the in-suite test. */
export const fileFuzzClasses: readonly FileFuzzClass<unknown>[] = [npyFiles, safetensorsFiles, partialFiles, historyFiles, countTexts];
