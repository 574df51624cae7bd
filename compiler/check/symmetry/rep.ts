/**
 * Representation types: how a value transforms under the generators of the particle-system group.
 * A value is a point, a vector or a scalar (its rotation behaviour), with a parity (pseudovectors and
 * pseudoscalars pick up an extra sign det(g) under reflections), and is indexed per particle (permutes
 * with the particles) or pooled (invariant under permutations). `broken` lists the generators under
 * which the value does NOT transform as its type says, each with the first reason why.
 *
 *   point        positions: translate, rotate, reflect
 *   vector       differences of points: rotate and reflect, translation-invariant
 *   pseudovector cross products (3D), 90° turns (2D): rotate, and reflect with an extra sign
 *   scalar       norms, dot products of vectors: invariant
 *   pseudoscalar triple products, signed angles: rotation-invariant, change sign under reflections
 */

/** The generators the checker reasons about; a claim is a set of them. */
export type Generator =
  /** x ↦ x + t for all particles. */
  | 'translation'
  /** x ↦ R x, R ∈ SO(d). */
  | 'rotation'
  /** x ↦ P x with det P = −1 (together with rotations: O(d)). */
  | 'reflection'
  /** any permutation of the particles. */
  | 'permutation'
  /** permutations that only exchange particles of the same type. */
  | 'typed-permutation';

export const allGenerators: readonly Generator[] = ['translation', 'rotation', 'reflection', 'permutation', 'typed-permutation'];

export type Geometry = 'point' | 'vector' | 'scalar';
export type Parity = 1 | -1;

/** Why a value stopped transforming as its type says under one generator. */
export interface Breach {
  /** One sentence naming the operation and the value ("spline(φ): φ is a pseudoscalar and a spline is not odd"). */
  readonly reason: string;
}

export interface Rep {
  readonly geometry: Geometry;
  readonly parity: Parity;
  readonly indexing: 'particle' | 'pooled';
  readonly broken: ReadonlyMap<Generator, Breach>;
}

const none: ReadonlyMap<Generator, Breach> = new Map();

export const Reps = {
  point: (indexing: Rep['indexing'] = 'particle'): Rep => ({ geometry: 'point', parity: 1, indexing, broken: none }),
  vector: (indexing: Rep['indexing'] = 'particle'): Rep => ({ geometry: 'vector', parity: 1, indexing, broken: none }),
  pseudovector: (indexing: Rep['indexing'] = 'particle'): Rep => ({ geometry: 'vector', parity: -1, indexing, broken: none }),
  scalar: (indexing: Rep['indexing'] = 'particle'): Rep => ({ geometry: 'scalar', parity: 1, indexing, broken: none }),
  pseudoscalar: (indexing: Rep['indexing'] = 'particle'): Rep => ({ geometry: 'scalar', parity: -1, indexing, broken: none }),
};

/** "pseudovector", "scalar (per particle)", …: the name of a type, as messages and `explain` show it. */
export function repName(rep: Rep): string {
  const base = rep.geometry === 'point' ? 'point' : rep.parity === -1 ? `pseudo${rep.geometry}` : rep.geometry;
  return rep.geometry === 'point' && rep.parity === -1 ? 'pseudopoint' : base;
}

/** Merges breach maps, keeping the first reason recorded for each generator. */
export function mergeBroken(...maps: readonly ReadonlyMap<Generator, Breach>[]): Map<Generator, Breach> {
  const out = new Map<Generator, Breach>();
  for (const map of maps) for (const [g, b] of map) if (!out.has(g)) out.set(g, b);
  return out;
}

/** Is the value invariant under generator g? (Only scalars of even parity that are not broken.) */
export function isInvariantUnder(rep: Rep, g: Generator): boolean {
  if (rep.broken.has(g)) return false;
  switch (g) {
    case 'translation':
      return rep.geometry !== 'point';
    case 'rotation':
      return rep.geometry === 'scalar';
    case 'reflection':
      return rep.geometry === 'scalar' && rep.parity === 1;
    case 'permutation':
    case 'typed-permutation':
      return rep.indexing === 'pooled';
  }
}
