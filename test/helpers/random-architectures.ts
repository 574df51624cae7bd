/**
 * The conformance suite's random architectures (every projection, spline and affine, A ∈ {1, 3}, 2D and 3D,
 * scaling and shift, typed particles) and the paper's four presets at DW4, LJ13 and QM9 sizes, with narrow
 * networks so that finite differences stay affordable. Shared by the reference conformance and gradient tests.
 */
import fc from 'fast-check';

export const narrow = 'egnn(layers 1, mlp [8, 8], features 8, head [8, 8])';

export const arbArchitecture = fc.record({
  // n ≥ 3: with two particles 3D frames are (nearly) degenerate and finite differences cannot resolve them.
  n: fc.integer({ min: 3, max: 5 }),
  dim: fc.constantFrom(2, 3),
  copies: fc.constantFrom(1, 3),
  projection: fc.constantFrom('spherical', 'cartesian', 'vector', 'none'),
  spline: fc.boolean(),
  inner: fc.integer({ min: 1, max: 2 }),
  scaling: fc.boolean(),
  shift: fc.boolean(),
  types: fc.boolean(),
});

export type Architecture = typeof arbArchitecture extends fc.Arbitrary<infer T> ? T : never;

export function architectureSource(a: Architecture): string {
  const transform = a.projection === 'spherical' || a.projection === 'vector' || a.spline ? 'spline(bins 4)' : 'affine';
  const conditioner = a.projection === 'none' && !a.types ? 'transformer(layers 1, heads 2, key_size 2, mlp [8], output 8, head [8])' : narrow;
  const couple = (sides: string) => `couple ${sides} project ${a.projection}(inner ${a.inner}) transform ${transform} condition ${conditioner}`;
  const types = a.types ? `, types [${Array.from({ length: a.n }, (_, i) => (i % 2 ? 'H' : 'C')).join(', ')}]` : '';
  return `flow random {
  system particles ${a.n}, dim ${a.dim}${types}
  augment copies ${a.copies}
  ${couple('x | a')}
  ${couple('a | x')}
  ${a.scaling ? 'scaling mlp [4, 4]' : ''}
  ${a.shift ? `shift condition ${narrow}` : ''}
  target lj
}`;
}


export const presets = ['spherical', 'cartesian', 'vector', 'nonequivariant'] as const;
export type Preset = (typeof presets)[number];

export interface PresetSize {
  readonly name: string;
  readonly n: number;
  readonly dim: number;
  readonly copies: number;
}

export const presetSizes: readonly PresetSize[] = [
  { name: 'DW4', n: 4, dim: 2, copies: 1 },
  { name: 'LJ13', n: 13, dim: 3, copies: 1 },
  { name: 'QM9', n: 19, dim: 3, copies: 3 },
];

/** One of the paper's four architectures (two couplings) at a system's size, with narrow networks. */
export function presetSource(preset: Preset, size: PresetSize): string {
  const conditioner = preset === 'nonequivariant' ? 'transformer(layers 1, heads 2, key_size 1, mlp [8], output 8, head [8])' : narrow;
  const projection = { spherical: 'spherical transform spline', cartesian: 'cartesian transform affine', vector: 'vector transform spline', nonequivariant: 'none transform affine' }[preset];
  return `flow f {
  system particles ${size.n}, dim ${size.dim}
  augment copies ${size.copies}
  couple x | a project ${projection} condition ${conditioner}
  couple a | x project ${projection} condition ${conditioner}
}`;
}
