/**
 * docs/language.md, generated from the vocabulary (stdlib/vocabulary/): every statement's and construct's
 * options with type, default and meaning, and each projection's shape facts. `npm run docs` rewrites the
 * file; test/docs/language.test.ts fails when the file and the vocabulary drift apart.
 */
import { Registries } from '../../stdlib/vocabulary/constructs.js';
import { projectionInfo } from '../../stdlib/vocabulary/projection-info.js';
import { augmentSpec, scalingSpec, systemSpec, trainSpec } from '../../stdlib/vocabulary/statements.js';
import { describeType, type ConstructSpec, type OptionSpec, type OptionType, type OptionValue, type Registry } from '../../stdlib/vocabulary/schema.js';

const isList = (value: OptionValue): value is readonly number[] | readonly string[] => Array.isArray(value);

/** A default as it would be written in a .flow file. */
export function writtenValue(value: OptionValue): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return String(value);
  if (isList(value)) return `[${value.join(', ')}]`;
  if ('construct' in value) {
    const options = Object.entries(value.options).map(([k, v]) => `${k} ${writtenValue(v)}`);
    return options.length > 0 ? `${value.construct}(${options.join(', ')})` : value.construct;
  }
  if ('path' in value) return JSON.stringify(value.path);
  return `${value.lo}..${value.hi ?? ''}`;
}

function bounds(type: OptionType): string {
  if (type.kind !== 'int' && type.kind !== 'number') return '';
  const parts: string[] = [];
  if (type.min !== undefined) parts.push(`≥ ${type.min}`);
  if (type.kind === 'number' && type.above !== undefined) parts.push(`> ${type.above}`);
  if (type.max !== undefined) parts.push(`≤ ${type.max}`);
  if (type.kind === 'number' && type.below !== undefined) parts.push(`< ${type.below}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function optionRow(o: OptionSpec): string {
  const fallback = o.required ? 'required' : o.default === undefined ? '—' : `\`${writtenValue(o.default)}\``;
  return `| \`${o.name}\` | ${cell(describeType(o.type) + bounds(o.type))} | ${cell(fallback)} | ${cell(o.doc)} |`;
}

function optionTable(spec: ConstructSpec): string[] {
  if (spec.options.length === 0) return ['No options.', ''];
  return ['| option | value | default | meaning |', '|---|---|---|---|', ...spec.options.map(optionRow), ''];
}

function constructSection(level: string, spec: ConstructSpec, extra: string[] = []): string[] {
  return [`${level} \`${spec.name}\``, '', `${spec.doc}.`, '', ...extra, ...optionTable(spec)];
}

function projectionFacts(name: string): string[] {
  const info = projectionInfo[name];
  if (!info) return [];
  const perDim = (f: (d: number) => number) => `${f(2)} in 2D, ${f(3)} in 3D`;
  return [
    `Default transform \`${info.defaultTransform}\`; inner transforms by default: ${perDim(info.defaultInner)}; reference vectors per inner transform: ${perDim(info.vectorsPerTransform)}${info.splineRange ? `; spline range by default ${info.splineRange.lo}..${info.splineRange.hi}` : ''}.${info.affineUnfit ? ` Not affine: ${info.affineUnfit}.` : ''}`,
    '',
  ];
}

function registrySection(title: string, registry: Registry, facts: (name: string) => string[] = () => []): string[] {
  return [`## ${title}`, '', ...[...registry.members.values()].flatMap((spec) => constructSection('###', spec, facts(spec.name)))];
}

const INTRO = `# The .flow language: reference

Generated from the vocabulary (\`stdlib/vocabulary/\`) by \`npm run docs\`; do not edit by hand (a test fails
when this file and the vocabulary differ). Defaults are the reference values of the E-ACF method
(\`../shared/docs/method.md\`, cited by section). Options are \`name value\` pairs separated by commas or
whitespace; a construct is a bare name (\`spline\`) or a call with options (\`spline(bins 16)\`).

## Statements

One file describes one flow: \`flow NAME { … }\`, with imports before it (\`from eacf import spherical\`,
\`from "./common.flow" import net\`). Layers are listed in sampling order (base → data).

| statement | form | meaning |
|---|---|---|
| \`system\` | \`system particles 13, dim 3, types [C, H, …]\` | the particles (options below) |
| \`symmetry\` | \`symmetry SE(3) x S(13)\` | the claim the checker must prove: factors \`T(d)\`, \`SO(d)\`, \`O(d)\`, \`SE(d)\`, \`E(d)\`, \`S(n)\`, \`S(types)\`, joined by \`x\` or \`×\` |
| \`augment\` | \`augment copies 1, scale 0.1\` | A augmented copies a_k = x + η·ε of every particle (options below) |
| \`base\` | \`base com_free_normal(scale 1)\` | the base distribution (constructs below) |
| \`init\` | \`init identity\` | the flow-wide initialisation; a coupling may override it with its own \`init\` clause |
| \`let\` | \`let net = egnn(layers 3)\` | names a configuration (not shared weights) |
| \`def\` / \`use\` | \`def block { … }\`, \`use block\` | a reusable group of layers; the stdlib module \`eacf\` has the paper's four |
| \`repeat\` | \`repeat 12 { … }\` | the layers inside, N times (each with its own weights) |
| \`couple\` | \`couple x \\| a project P transform T condition C [init I]\` | one coupling layer (below) |
| \`scaling\` | \`scaling conditioned true\` | the isotropic and centre-of-mass scaling block (options below) |
| \`shift\` | \`shift condition egnn\` | the equivariant NICE shift (method §5.5) |
| \`target\` | \`target lj(epsilon 1)\` | the target energy (constructs below) |
| \`train\` | \`train { data "f.npy"[0..1000] batch 32 … }\` | the default recipe of \`flowc train\` (options below) |

### \`couple\`: which half is transformed

A joint sample has C = A + 1 channels per particle: channel 0 is x, channels 1..A are a_1..a_A. The channels
split into two halves of s = (A + 1)/2 channels each: the first half \`x\` (channels 0..s−1, which contain x)
and the second half \`a\` (channels s..A) (method §3.1). \`couple x | a\` transforms the first half given the
second; \`couple a | x\` the second given the first. With A = 1 the halves are x and a_1; with A = 3 they are
(x, a_1) and (a_2, a_3), and transformed channel m of a particle uses the frame built from conditioning channel
m. Every coupling re-centres so that x stays free of its centre of mass. \`project\` defaults to \`spherical\`,
\`transform\` to the projection's default transform, \`condition\` to \`egnn\` (\`transformer\` for
\`project none\`).
`;

/** The whole of docs/language.md. */
export function languageReference(): string {
  const statement = (spec: ConstructSpec) => constructSection('###', spec);
  const lines = [
    INTRO,
    '## Statement options',
    '',
    ...[systemSpec, augmentSpec, scalingSpec, trainSpec].flatMap(statement),
    ...registrySection('Projections (`project`)', Registries.projection, projectionFacts),
    ...registrySection('Inner transforms (`transform`)', Registries.transform),
    ...registrySection('Conditioners (`condition`, `let`)', Registries.conditioner),
    ...registrySection('Base distributions (`base`)', Registries.base),
    ...registrySection('Initialisation (`init`)', Registries.init),
    ...registrySection('Targets (`target`)', Registries.target),
    ...registrySection('Optimizers (`train { optimizer … }`)', Registries.optimizer),
    ...registrySection('Learning-rate schedules (`train { lr … }`)', Registries.schedule),
    ...registrySection('Gradient clipping (`train { clip … }`)', Registries.clip),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
