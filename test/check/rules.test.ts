/** One test per typing rule of the symmetry checker (compiler/check/symmetry/rules.ts). */
import { describe, expect, it } from 'vitest';
import * as R from '../../compiler/check/symmetry/rules.js';
import { isInvariantUnder, Reps, repName } from '../../compiler/check/symmetry/rep.js';
import type { Typed } from '../../compiler/check/symmetry/rules.js';

const point: Typed = { name: 'p', rep: Reps.point() };
const point2: Typed = { name: 'q', rep: Reps.point() };
const vec: Typed = { name: 'v', rep: Reps.vector() };
const vec2: Typed = { name: 'u', rep: Reps.vector() };
const pvec: Typed = { name: 'n', rep: Reps.pseudovector() };
const scalar: Typed = { name: 's', rep: Reps.scalar() };
const pscalar: Typed = { name: 'ψ', rep: Reps.pseudoscalar() };
const broken = (t: Typed) => [...t.rep.broken.keys()].sort();

describe('typing rules', () => {
  it('sub: point − point is a vector, point − vector a point, parities must agree', () => {
    expect(repName(R.sub('d', point, point2).rep)).toBe('vector');
    expect(repName(R.sub('o', point, vec).rep)).toBe('point');
    expect(broken(R.sub('d', point, point2))).toEqual([]);
    expect(broken(R.sub('m', vec, pvec))).toEqual(['reflection']);
  });

  it('add: point + vector is a point; adding two points breaks translation', () => {
    expect(repName(R.add('o', point, vec).rep)).toBe('point');
    expect(broken(R.add('pp', point, point2))).toEqual(['translation']);
    expect(broken(R.add('mix', vec, scalar))).toContain('rotation');
  });

  it('mean: pools over particles (permutation-invariant)', () => {
    const m = R.mean('c', point);
    expect(m.rep.indexing).toBe('pooled');
    expect(isInvariantUnder(m.rep, 'permutation')).toBe(true);
    expect(isInvariantUnder(point.rep, 'permutation')).toBe(false);
  });

  it('scale: parities multiply; a non-scalar factor breaks rotation', () => {
    expect(repName(R.scale('sv', scalar, vec).rep)).toBe('vector');
    expect(repName(R.scale('ψv', pscalar, vec).rep)).toBe('pseudovector');
    expect(repName(R.scale('ψn', pscalar, pvec).rep)).toBe('vector');
    expect(broken(R.scale('vv', vec, vec2))).toContain('rotation');
  });

  it('dot: vector·vector is a scalar, vector·pseudovector a pseudoscalar', () => {
    expect(repName(R.dot('uv', vec, vec2).rep)).toBe('scalar');
    expect(repName(R.dot('un', vec, pvec).rep)).toBe('pseudoscalar');
    expect(broken(R.dot('pv', point, vec))).toEqual(['translation']);
  });

  it('cross: the cross product of two vectors is a pseudovector (3D)', () => {
    expect(repName(R.cross('u×v', vec, vec2).rep)).toBe('pseudovector');
    expect(repName(R.cross('u×n', vec, pvec).rep)).toBe('vector');
  });

  it('cross2: the 2D cross product of two vectors is a pseudoscalar', () => {
    expect(repName(R.cross2('u×v', vec, vec2).rep)).toBe('pseudoscalar');
  });

  it('turn90: a 90° turn of a vector is a pseudovector (2D)', () => {
    expect(repName(R.turn90('Jv', vec).rep)).toBe('pseudovector');
  });

  it('norm: always an even scalar; the norm of a point breaks translation', () => {
    expect(repName(R.norm('|n|', pvec).rep)).toBe('scalar');
    expect(broken(R.norm('|p|', point))).toEqual(['translation']);
  });

  it('normalize: keeps the type', () => {
    expect(R.normalize('n̂', pvec).rep).toEqual(pvec.rep);
  });

  it('nonlinear: invariant inputs keep everything; vectors break rotation, pseudoscalars reflection', () => {
    expect(broken(R.nonlinear('f', 'mlp', [scalar]))).toEqual([]);
    expect(broken(R.nonlinear('f', 'mlp', [vec]))).toEqual(['reflection', 'rotation']);
    expect(broken(R.nonlinear('f', 'spline', [pscalar]))).toEqual(['reflection']);
    expect(broken(R.nonlinear('f', 'mlp', [point]))).toEqual(['reflection', 'rotation', 'translation']);
    expect(R.nonlinear('f', 'spline', [pscalar]).rep.broken.get('reflection')?.reason).toMatch(/pseudoscalar/);
  });

  it('oddIn: an odd function keeps a pseudoscalar a pseudoscalar', () => {
    const angle = R.oddIn('φ', 'atan2', pscalar, [scalar]);
    expect(repName(angle.rep)).toBe('pseudoscalar');
    expect(broken(angle)).toEqual([]);
    expect(broken(R.oddIn('φ', 'atan2', pscalar, [pscalar]))).toEqual(['reflection']);
  });

  it('components: raw lab-frame coordinates break rotation and reflection (and translation for points)', () => {
    expect(broken(R.components('vₖ', vec))).toEqual(['reflection', 'rotation']);
    expect(broken(R.components('pₖ', point))).toEqual(['reflection', 'rotation', 'translation']);
  });

  it('fromComponents: carries the breaches of its components', () => {
    expect(broken(R.fromComponents('q', R.components('qₖ', point), 'point'))).toEqual(['reflection', 'rotation', 'translation']);
  });

  it('addFixedAxis: a fixed lab vector breaks rotation and reflection', () => {
    expect(broken(R.addFixedAxis('b', vec, 'axis e0'))).toEqual(['reflection', 'rotation']);
  });

  it('flattenParticles: reading particles in index order breaks permutations', () => {
    expect(broken(R.flattenParticles('flat', scalar))).toEqual(['permutation', 'typed-permutation']);
  });

  it('typeFeature: distinct types break full permutations only', () => {
    expect(broken(R.typeFeature('t', 3))).toEqual(['permutation']);
    expect(broken(R.typeFeature('t', 1))).toEqual([]);
  });
});
