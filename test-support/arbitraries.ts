/**
 * fast-check generators of .flow sources, shared by the property tests and `npm run fuzz`:
 * valid specs with random layout and comments (for fmt round trips), and random or mutated inputs
 * (for robustness: no exception, no hang, every rejection a coded diagnostic).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../compiler/bind/modules.js';

const gap = fc.constantFrom(' ', '  ', '\n', '\n\n', '\n  ', '\t', ' \n\n\n ');
const commentText = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' '));
/** Whitespace between tokens, sometimes with a comment (which always ends its line). */
const separator = fc.oneof({ weight: 6, arbitrary: gap }, { weight: 1, arbitrary: commentText.map((c) => ` //${c}\n`) });

const ident = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((s) => !['flow', 'from', 'import', 'let', 'def', 'system', 'symmetry', 'augment', 'base', 'init', 'repeat', 'couple', 'project', 'transform', 'condition', 'scaling', 'shift', 'use', 'target', 'train', 'true', 'false', 'x'].includes(s));
const int = fc.integer({ min: 0, max: 500 }).map(String);
const real = fc.oneof(int, fc.constantFrom('0.1', '2e-5', '1e-4', '3.25', '10'));
const signed = fc.tuple(fc.boolean(), real).map(([neg, r]) => (neg ? `-${r}` : r));

type Tokens = readonly string[];
const value: fc.Arbitrary<Tokens> = fc.letrec<{ value: Tokens; options: Tokens }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    signed.map((v) => [v]),
    fc.tuple(signed, fc.option(signed)).map(([a, b]) => [a, '..', ...(b === null ? [] : [b])]),
    fc.constantFrom<Tokens>(['"data.npy"'], ['"a b\\"c"'], ['"f.npy"', '[', '0', '..', '10', ']']),
    fc.constantFrom<Tokens>(['true'], ['false']),
    ident.map((n) => [n]),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => ['[', ...items.flatMap((v, i) => (i === 0 ? v : [',', ...v])), ']']),
    fc.tuple(ident, fc.option(tie('options'))).map(([n, o]) => [n, '(', ...(o ?? []), ')']),
  ),
  options: fc.array(fc.tuple(ident, tie('value'), fc.boolean()), { minLength: 1, maxLength: 3 }).map((list) =>
    list.flatMap(([k, v, comma], i) => [...(i > 0 && comma ? [','] : []), k, ...v]),
  ),
})).value;

const options = fc.array(fc.tuple(ident, value, fc.boolean()), { minLength: 1, maxLength: 3 }).map((list) => list.flatMap(([k, v, comma], i) => [...(i > 0 && comma ? [','] : []), k, ...v]));
const side = fc.constantFrom<Tokens>(['x', '|', 'a'], ['a', '|', 'x']);
const clause = fc.tuple(fc.constantFrom('project', 'transform', 'condition', 'init'), value).map(([k, v]) => [k, ...v]);
const layer: fc.Arbitrary<Tokens> = fc.letrec<{ layer: Tokens }>((tie) => ({
  layer: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(side, fc.array(clause, { maxLength: 4 })).map(([s, cs]) => ['couple', ...s, ...cs.flat()]),
    fc.option(options).map((o) => ['scaling', ...(o ?? [])]),
    fc.option(value).map((v) => ['shift', ...(v === null ? [] : ['condition', ...v])]),
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.array(tie('layer'), { maxLength: 3 })).map(([n, body]) => ['repeat', String(n), '{', ...body.flat(), '}']),
    ident.map((n) => ['use', n]),
  ),
})).layer;

const factor = fc.tuple(fc.constantFrom('T', 'SO', 'O', 'SE', 'E', 'S'), fc.oneof(fc.constantFrom('2', '3', '13'), fc.constant('types'))).map(([g, a]) => [g, '(', a, ')']);
const flowItem = fc.oneof(
  options.map((o) => ['system', ...o]),
  fc.array(fc.tuple(fc.constantFrom('x', '×'), factor), { minLength: 1, maxLength: 3 }).map((fs) => ['symmetry', ...fs.flatMap(([times, f], i) => (i === 0 ? f : [times, ...f]))]),
  options.map((o) => ['augment', ...o]),
  value.map((v) => ['base', ...v]),
  value.map((v) => ['init', ...v]),
  value.map((v) => ['target', ...v]),
  fc.option(options).map((o) => ['train', '{', ...(o ?? []), '}']),
  fc.tuple(ident, value).map(([n, v]) => ['let', n, '=', ...v]),
  fc.tuple(ident, fc.array(layer, { maxLength: 2 })).map(([n, ls]) => ['def', n, '{', ...ls.flat(), '}']),
  layer,
);
const topItem = fc.oneof(
  fc.tuple(fc.oneof(ident, fc.constant('"./x.flow"')), fc.array(ident, { minLength: 1, maxLength: 3 })).map(([m, names]) => ['from', m, 'import', ...names.flatMap((n, i) => (i === 0 ? [n] : [',', n]))]),
  fc.tuple(ident, value).map(([n, v]) => ['let', n, '=', ...v]),
  fc.tuple(ident, fc.array(layer, { maxLength: 2 })).map(([n, ls]) => ['def', n, '{', ...ls.flat(), '}']),
);

/** Joins tokens with random separators (a `//` comment is always followed by a newline). */
function layout(tokens: Tokens): fc.Arbitrary<string> {
  return fc.array(separator, { minLength: tokens.length + 1, maxLength: tokens.length + 1 }).map((seps) => seps.map((s, i) => `${s}${tokens[i] ?? ''}`).join(''));
}

/** Syntactically valid .flow sources (names and values need not make sense) with random layout and comments. */
export const arbSyntacticSpec: fc.Arbitrary<string> = fc
  .tuple(fc.array(topItem, { maxLength: 2 }), ident, fc.array(flowItem, { maxLength: 6 }))
  .map(([tops, name, items]) => [...tops.flat(), 'flow', name, '{', ...items.flat(), '}'])
  .chain(layout);

const examplesDir = join(packageRoot(), 'examples');
export const exampleTexts: readonly string[] = readdirSync(examplesDir).filter((f) => f.endsWith('.flow')).map((f) => readFileSync(join(examplesDir, f), 'utf8'));

const junk = fc.constantFrom('{', '}', '(', ')', '[', ']', ',', '|', '..', '=', '-', '×', 'x', 'a', '"', '//', '\n', '@', '#', '1e999', '0', '-0', 'NaN', 'couple', 'repeat', 'flow', 'use', 'S(', 'SE(3)', '\u0000', 'é', '🙂');

/** Random token soup: mostly the language's own tokens, in the wrong order. */
export const arbTokenSoup: fc.Arbitrary<string> = fc.array(fc.oneof(junk, ident, int), { maxLength: 60 }).chain(layout);

/** An example file with a few random edits (deletions, insertions, duplications, swaps). */
export const arbMutatedExample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...exampleTexts), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(junk, ident, int), fc.constantFrom('delete', 'insert', 'duplicate', 'replace')), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) =>
    edits.reduce((t, [at, length, token, kind]) => {
      const i = t.length === 0 ? 0 : at % t.length;
      if (kind === 'delete') return t.slice(0, i) + t.slice(i + length);
      if (kind === 'insert') return `${t.slice(0, i)} ${token} ${t.slice(i)}`;
      if (kind === 'duplicate') return t.slice(0, i + length) + t.slice(i, i + length) + t.slice(i + length);
      return `${t.slice(0, i)}${token}${t.slice(i + token.length)}`;
    }, text),
  );

// ——— Hostile inputs (issue 15): what real files can hold but the generators above never make. ———

/** Opening text and its closer: brackets, and the constructs whose recursion a parser follows. */
const openers: readonly (readonly [string, string])[] = [
  ['[', ']'], ['(', ')'], ['{', '}'], ['repeat 1 {', '}'], ['repeat 2 ', ''], ['spline(', ')'], ['mlp(hidden [', '])'],
  ['egnn(hidden ', ')'], ['couple x | a condition mlp(', ')'], ['def d { ', '}'], ['train { ', '}'],
];

/** An example or token soup with a run of nested openers spliced in: 1 to 3,000 levels, often near the limit of 64. */
export const arbDeepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...exampleTexts), arbTokenSoup), fc.nat(), fc.array(fc.constantFrom(...openers), { minLength: 1, maxLength: 3 }), fc.oneof(fc.integer({ min: 56, max: 72 }), fc.integer({ min: 1, max: 3000 })), fc.boolean())
  .map(([text, at, cycle, depth, closed]) => {
    const levels = Array.from({ length: depth }, (_, k) => cycle[k % cycle.length]!);
    const inner = `${levels.map(([open]) => open).join(' ')} 1 ${closed ? levels.map(([, close]) => close).reverse().join(' ') : ''}`;
    const i = at % (text.length + 1);
    return `${text.slice(0, i)}${inner}${text.slice(i)}`;
  });

/** 2 kB to just over the size cap: mostly tens of kB (checking costs ≈ 3 ms per kB), sometimes at the cap. */
export function arbLongInput(cap: number): fc.Arbitrary<string> {
  const length = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2000, max: 40_000 }) }, { weight: 1, arbitrary: fc.integer({ min: cap - 2000, max: cap + 2000 }) });
  const unit = fc.oneof(fc.constantFrom(...exampleTexts), arbTokenSoup.filter((s) => s.length > 0), fc.constantFrom('let a = 1\n', '// a long comment line\n', 'x'));
  return fc.tuple(unit, length).map(([text, n]) => text.repeat(Math.ceil(n / text.length)).slice(0, n));
}

const utf8 = new TextEncoder();

/** Random bytes: NUL bytes are likely, so mostly refused as binary. */
export const arbBinaryBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.tuple(fc.constantFrom(...exampleTexts), fc.nat(), fc.integer({ min: 1, max: 8 })).map(([text, at, n]) => {
    const bytes = utf8.encode(text);
    const i = at % (bytes.length + 1);
    return new Uint8Array([...bytes.subarray(0, i), ...new Array<number>(n).fill(0), ...bytes.subarray(i)]);
  }),
);

/** Byte sequences that are not UTF-8 (stray continuations, overlongs, surrogates, > U+10FFFF, truncated) next to valid ones. */
const oddBytes: readonly (readonly number[])[] = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
  [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x99], [0xe9], [0xef, 0xbb, 0xbf], [0xc3, 0xa9], [0xf0, 0x9f, 0x99, 0x82], [0xe2, 0x80, 0xae],
];

/** An example's bytes with a BOM or not, and up to four odd byte sequences spliced in (comments included). */
export const arbNonUtf8Bytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(...exampleTexts), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...oddBytes)), { minLength: 1, maxLength: 4 }))
  .map(([text, bom, edits]) => {
    let bytes = [...(bom ? [0xef, 0xbb, 0xbf] : []), ...utf8.encode(text)];
    for (const [at, odd] of edits) {
      const i = at % (bytes.length + 1);
      bytes = [...bytes.slice(0, i), ...odd, ...bytes.slice(i)];
    }
    return new Uint8Array(bytes);
  });

const controls = fc.constantFrom('\u001b]0;PWNED\u0007', '\u001b[2J', '\u001b[31m', '\u009b', '\u007f', '\u202e', '\u2066', '\r', '\b', '\f', '\v', '\u0007', '\t');

/** A spec with terminal control characters in names, strings, comments or anywhere, under a file name that may hold some too. */
export const arbControlCharacters: fc.Arbitrary<{ readonly name: string; readonly text: string }> = fc
  .tuple(fc.oneof(fc.constantFrom(...exampleTexts), arbTokenSoup), fc.array(fc.tuple(fc.nat(), controls, fc.constantFrom('', '"', '// ', 'x')), { minLength: 1, maxLength: 5 }), fc.option(controls))
  .map(([text, edits, inName]) => ({
    name: `spec${inName ?? ''}.flow`,
    text: edits.reduce((t, [at, c, around]) => {
      const i = at % (t.length + 1);
      return `${t.slice(0, i)}${around}${c}${around === '"' ? '"' : ''}${t.slice(i)}`;
    }, text),
  }));
