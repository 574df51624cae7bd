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
