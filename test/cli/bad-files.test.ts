/**
 * A bad weights or .npy file is the user's mistake: every command that reads one says which file and why in
 * one line, exits non-zero and prints no stack trace (`readingInputs` in compiler/cli/io.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowc, repoRoot } from '../helpers/cli.js';
import { readingInputs, UserError } from '../../compiler/cli/io.js';
import { decodeSafetensors, encodeSafetensors, WeightsError } from '../../backends/weights-io.js';
import { encodeNpy, NpyError, parseNpy, readConfigurations } from '../../backends/data/npy.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { loadPartial, type PartialKey } from '../../compiler/cli/sample-partial.js';
import { findHistory } from '../../compiler/report/collect.js';

describe('readingInputs', () => {
  it('turns weights and .npy errors (and the classes it is given) into UserErrors, and passes others', () => {
    const fail = (error: Error) => () => readingInputs('flowc x', () => { throw error; }, [SyntaxError]);
    expect(fail(new WeightsError('w.safetensors: bad header'))).toThrow(new UserError('flowc x: w.safetensors: bad header'));
    expect(fail(new NpyError('d.npy: not a .npy file'))).toThrow(UserError);
    expect(fail(new SyntaxError('history.json: bad JSON'))).toThrow(UserError);
    expect(fail(new RangeError('a bug'))).toThrow(RangeError);
    expect(readingInputs('flowc x', () => 42)).toBe(42);
  });
});

describe('commands given a bad weights or data file', () => {
  it('name the file in one line, exit 1 and print no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-bad-'));
    const flow = join(repoRoot, 'examples', 'dw4.flow');
    const junk = join(dir, 'junk.safetensors');
    writeFileSync(junk, 'not weights at all');
    const junkNpy = join(dir, 'junk.npy');
    writeFileSync(junkNpy, 'not an array');
    const data = join(repoRoot, '..', 'shared', 'data', 'val_split_DW4.npy');
    const cases: string[][] = [
      ['eval', flow, '--weights', junk, '--data', data],
      ['report', flow, '--weights', junk, '-o', join(dir, 'r.html')],
      ['verify', flow, '--weights', junk],
      ['compile', flow, '--weights', junk, '--target', 'wgsl', '-o', join(dir, 'out')],
      ['plot', 'distances', flow, '--data', junkNpy, '-o', join(dir, 'd.svg')],
      ['train', flow, '--data', junkNpy, '--steps', '1', '--out', join(dir, 'run')],
    ];
    for (const args of cases) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(new RegExp(`^flowc ${args[0]}: .*junk\\.(safetensors|npy)`));
      expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    }
  }, 120_000);
});

/** Helpers for the in-process readers below: a 4-particle 2D flow and files built byte by byte. */
const tiny = compile(`flow tiny {
  system particles 4, dim 2
  let net = egnn(layers 1, mlp [4, 4], features 4, head [4, 4])
  couple x | a project cartesian condition net
  couple a | x project cartesian condition net
}
`).module;
const scratchDir = mkdtempSync(join(tmpdir(), 'flowc-bad-readers-'));
const fileOf = (name: string, bytes: Uint8Array | string) => {
  const path = join(scratchDir, name);
  writeFileSync(path, bytes);
  return path;
};
/** The error `read` throws (it must throw). */
function thrown(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('.npy files', () => {
  const withHeader = (edit: (header: string) => string) => {
    const bytes = encodeNpy([3, 8], new Array(24).fill(1), 'f4');
    const header = edit(bytes.toString('latin1', 10, 10 + bytes.readUInt16LE(8)));
    const out = Buffer.concat([bytes.subarray(0, 10), Buffer.from(header, 'latin1'), bytes.subarray(10 + bytes.readUInt16LE(8))]);
    out.writeUInt16LE(header.length, 8);
    return out;
  };
  it('refuse a negative, fractional or absurd shape as damage, before allocating', () => {
    for (const shape of ['(-5, 8)', '(2.5, 8)', '(1e400, 8)']) expect(thrown(() => parseNpy(withHeader((h) => h.replace('(3, 8)', shape)), 'd.npy')), shape).toBeInstanceOf(NpyError);
    expect(thrown(() => parseNpy(withHeader((h) => h.replace('(3, 8)', '(99999999999999, 8)')), 'd.npy')).message).toMatch(/shorter than its shape/);
  });
  it('refuse a header length past the end of the file', () => {
    const bytes = withHeader((h) => h);
    bytes.writeUInt16LE(0xfff0, 8);
    expect(thrown(() => parseNpy(bytes, 'd.npy')).message).toMatch(/d\.npy: the \.npy header claims 65520 bytes/);
  });
  it('refuse a shape that is not the flow\'s (n, d) layout, naming both', () => {
    const swapped = fileOf('swapped.npy', encodeNpy([3, 2, 4], new Array(24).fill(1)));
    expect(thrown(() => readConfigurations(swapped, 4, 2)).message).toBe(`${swapped}: shape (3, 2, 4) does not match the flow's system (n = 4 particles in d = 2: rows of n·d = 4·2 = 8); expected (N, 4, 2) or (N, 8); transpose the last two axes if they are swapped`);
    expect(readConfigurations(fileOf('good3.npy', encodeNpy([3, 4, 2], new Array(24).fill(1))), 4, 2).count).toBe(3);
    expect(readConfigurations(fileOf('good2.npy', encodeNpy([3, 8], new Array(24).fill(1))), 4, 2).count).toBe(3);
  });
  it('name the row and column of the first NaN or infinity', () => {
    const values = new Array(24).fill(1);
    values[13] = Infinity;
    values[20] = NaN;
    const path = fileOf('inf.npy', encodeNpy([3, 8], values, 'f8'));
    expect(thrown(() => readConfigurations(path, 4, 2)).message).toBe(`${path}: row 1 holds Infinity at column 5 (the first value that is not finite); clean the data first`);
    expect(thrown(() => readConfigurations(path, 4, 2, { lo: 2, hi: undefined })).message).toMatch(/row 2 holds NaN at column 4/);
  });
});

describe('safetensors headers', () => {
  const good = encodeSafetensors(randomWeights(tiny, 1), {}, 'F64');
  const headerLength = Number(good.readBigUInt64LE(0));
  const goodHeader = JSON.parse(good.subarray(8, 8 + headerLength).toString()) as Record<string, { dtype: string; shape: number[]; data_offsets: number[] }>;
  const data = good.subarray(8 + headerLength);
  const first = Object.keys(goodHeader).find((k) => k !== '__metadata__')!;
  const second = Object.keys(goodHeader).filter((k) => k !== '__metadata__')[1]!;
  const fileWith = (header: unknown, length?: bigint) => {
    const json = Buffer.from(JSON.stringify(header));
    const out = Buffer.concat([Buffer.alloc(8), json, data]);
    out.writeBigUInt64LE(length ?? BigInt(json.length));
    return out;
  };
  const edited = (edit: (entry: Record<string, unknown>, header: Record<string, Record<string, unknown>>) => void) => {
    const header = structuredClone(goodHeader) as Record<string, Record<string, unknown>>;
    edit(header[first]!, header);
    return fileWith(header);
  };
  const cases: [string, Buffer, RegExp][] = [
    ['a null header', fileWith(null), /the header is null/],
    ['an array header', fileWith([1, 2]), /the header is an array/],
    ['a string header', fileWith('weights'), /the header is a string/],
    ['no data_offsets', edited((e) => delete e['data_offsets']), /has data_offsets undefined/],
    ['offsets [-8, 0]', edited((e) => (e['data_offsets'] = [-8, 0])), /has data_offsets \[-8,0\]/],
    ['reversed offsets', edited((e) => (e['data_offsets'] = [16, 8])), /has data_offsets \[16,8\]/],
    ['a shape that contradicts the data', edited((e) => (e['shape'] = [3])), /has shape \[3\] \(24 bytes of F64\) but data_offsets span/],
    ['an unknown dtype', edited((e) => (e['dtype'] = 'BF16')), /has dtype "BF16"; flowc reads F32 and F64/],
    ['offsets past the end', edited((e) => (e['data_offsets'] = [data.length, data.length + 8])), /ends at byte \d+ of a \d+-byte data section/],
    ['overlapping tensors', edited((e, h) => (h[second] = { ...e })), /tensors '.*' and '.*' overlap/],
    ['an absurd header length', fileWith(goodHeader, 2n ** 63n), /header length 9223372036854775808 exceeds/],
  ];
  for (const [what, bytes, message] of cases)
    it(`refuse ${what} in one WeightsError`, () => {
      const error = thrown(() => decodeSafetensors(bytes, 'w.safetensors'));
      expect(error).toBeInstanceOf(WeightsError);
      expect(error.message).toMatch(/^w\.safetensors: /);
      expect(error.message).toMatch(message);
    });
  it('still read a good file', () => expect(decodeSafetensors(good).weights.get(first)!.length).toBe(goodHeader[first]!.shape.reduce((a, b) => a * b, 1)));
});

describe('damaged sample .partial files', () => {
  const key: PartialKey = { ir: 'i', weights: 'w', backend: 'reference', code: 'c', seed: 1, count: 4 };
  const rows = () => ({ x: new Float64Array(4 * 8), a: new Float64Array(4 * 8), logQ: new Float64Array(4) });
  const partial = (header: unknown, doneRows = 4) => {
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length);
    return Buffer.concat([Buffer.from('FLOWC-SAMPLE-PARTIAL 1\n'), length, json, Buffer.alloc(doneRows * 17 * 8)]);
  };
  it('refuse a null header, a done of −5, 2.5 or more than the count, and a folder, in one line', () => {
    const folder = join(scratchDir, 'folder.npy.partial');
    mkdirSync(folder);
    const paths = [fileOf('null.partial', partial(null)), ...[-5, 2.5, 5].map((done) => fileOf(`done${done}.partial`, partial({ key, done }, 6))), folder];
    for (const path of paths) {
      const error = thrown(() => loadPartial(path, key, rows()));
      expect(error, path).toBeInstanceOf(UserError);
      expect(error.message).toMatch(/^flowc sample: .*; delete it to start over$/);
    }
    expect(loadPartial(fileOf('ok.partial', partial({ key, done: 3 })), key, rows())).toBe(3);
  });
  it('name a key field that is an object without calling its toString (CI fuzz counterexample: seed {"toString": false})', () => {
    const error = thrown(() => loadPartial(fileOf('object-seed.partial', partial({ key: { ...key, seed: { toString: false } }, done: 1 })), key, rows()));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/belongs to another run \(its seed \{"toString":false\}, this run's 1\)/);
  });
});

describe('history.json', () => {
  it('refuse rows that are not training steps, naming the row', () => {
    for (const [text, message] of [['[null]', /row 0 is null, not an object/], ['[1,2,3]', /row 0 is 1, not an object/], ['[{"step":1,"loss":2},{"step":"2","loss":"3"}]', /row 1 has step "2"/], ['[{"step":1,"loss":"2"}]', /row 0 has loss "2", not a number/], ['{"step":1}', /expected a JSON array/]] as const) {
      const error = thrown(() => findHistory('', fileOf('history.json', text)));
      expect(error.constructor.name, text).not.toMatch(/^(TypeError|RangeError)$/);
      expect(() => readingInputs('flowc plot', () => findHistory('', fileOf('history.json', text))), text).toThrow(message);
      expect(() => readingInputs('flowc plot', () => findHistory('', fileOf('history.json', text))), text).toThrow(UserError);
    }
    // flowc train writes a NaN loss as null: still a history.
    expect(findHistory('', fileOf('history.json', '[{"step":1,"loss":null},{"step":2,"loss":1.5,"valNll":3}]'))).toHaveLength(2);
  });
});

describe('a reader whose message quotes the file', () => {
  it('stays one line (JSON.parse quotes the bytes it stopped at, newlines included)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-bad-'));
    const history = join(dir, 'h.json');
    writeFileSync(history, '\n]');
    const run = flowc(['plot', 'training', join(repoRoot, 'examples', 'dw4.flow'), '--history', history, '-o', join(dir, 'p.svg')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^flowc plot: .*h\.json: not JSON .*\n$/);
    // The error as thrown, before printing, is one line too (the fuzzer's property: fuzz-files.ts).
    expect(() => readingInputs('flowc plot', () => { throw new SyntaxError('not JSON: "\n]"'); }, [SyntaxError])).toThrow(/^flowc plot: not JSON: "\\x0a\]"$/);
  });
});
