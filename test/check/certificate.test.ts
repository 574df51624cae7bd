/** The proven group of each projection, in 2D and 3D, and the claim comparison. */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../compiler/check/checker.js';

function proven(body: string, dim: 2 | 3, extra = ''): string | undefined {
  const text = `flow t {\n  system particles 5, dim ${dim}${extra}\n${body}\n}\n`;
  const result = checkSource(text, 't.flow');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.certificate?.group;
}

const pair = (clause: string) => `  couple x | a ${clause}\n  couple a | x ${clause}`;

describe('certificate', () => {
  it.each([
    ['project spherical', 3, 'SE(3) x S(5)'],
    ['project spherical', 2, 'SE(2) x S(5)'],
    ['project spherical(reflection_invariant true)', 3, 'E(3) x S(5)'],
    ['project cartesian', 3, 'SE(3) x S(5)'],
    ['project cartesian transform spline', 2, 'SE(2) x S(5)'],
    ['project cartesian(small_identity true)', 3, 'T(3) x S(5)'],
    ['project vector', 3, 'E(3) x S(5)'],
    ['project vector', 2, 'E(2) x S(5)'],
    ['project none condition transformer', 3, 'T(3) x S(5)'],
    ['project none condition egnn', 2, 'T(2) x S(5)'],
  ] as const)('%s in %iD proves %s', (clause, dim, group) => {
    expect(proven(pair(clause), dim)).toBe(group);
  });

  it('intersects over layers: one spherical layer among vector layers removes reflections', () => {
    expect(proven(`${pair('project vector')}\n  couple x | a project spherical`, 3)).toBe('SE(3) x S(5)');
  });

  it('keeps only permutations within types when the particles have distinct types', () => {
    expect(proven(pair('project spherical'), 3, ', types [C, C, O, H, H]')).toBe('SE(3) x S(types)');
    expect(proven(pair('project spherical'), 3, ', types [Ar, Ar, Ar, Ar, Ar]')).toBe('SE(3) x S(5)');
  });

  it('scaling and shift layers are E(d)-equivariant', () => {
    expect(proven(`${pair('project vector')}\n  scaling\n  shift`, 3)).toBe('E(3) x S(5)');
  });

  it('gives a reason for every kept generator of every layer', () => {
    const result = checkSource(`flow t {\n  system particles 5, dim 3\n  symmetry SE(3) x S(5)\n${pair('project spherical')}\n}\n`, 't.flow');
    for (const layer of result.certificate!.layers) {
      for (const g of ['translation', 'rotation', 'permutation'] as const) expect(layer.kept.get(g)).toMatch(/\w/);
      expect(layer.broken.get('reflection')).toMatch(/pseudoscalar/);
    }
  });
});
