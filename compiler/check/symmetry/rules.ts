/**
 * The typing rules of the symmetry checker: one small function per operation the stdlib's layers use.
 * Each takes named, typed operands and returns the result type, recording a Breach when the operation
 * cannot keep a generator. Rule of thumb (dsl.md §3): a layer is equivariant under a generator when
 * every value it feeds to a non-linear map is invariant under it.
 */
import { mergeBroken, repName, type Breach, type Generator, type Rep } from './rep.js';

/** A value in a typed program: a display name ("ŷ", "‖w‖") and its representation type. */
export interface Typed {
  readonly name: string;
  readonly rep: Rep;
}

type Broken = Map<Generator, Breach>;

function indexingOf(...operands: readonly Typed[]): Rep['indexing'] {
  return operands.some((o) => o.rep.indexing === 'particle') ? 'particle' : 'pooled';
}

function breach(broken: Broken, g: Generator, reason: string): void {
  if (!broken.has(g)) broken.set(g, { reason });
}

const parityProduct = (a: Rep, b: Rep): 1 | -1 => (a.parity * b.parity === 1 ? 1 : -1);

function result(name: string, geometry: Rep['geometry'], parity: 1 | -1, broken: Broken, ...operands: Typed[]): Typed {
  return { name, rep: { geometry, parity, indexing: indexingOf(...operands), broken } };
}

/** a − b: point − point = vector; point − vector = point; vector − vector = vector (parities must agree). */
export function sub(name: string, a: Typed, b: Typed): Typed {
  const broken = mergeBroken(a.rep.broken, b.rep.broken);
  if (a.rep.parity !== b.rep.parity) breach(broken, 'reflection', `${name} subtracts a ${repName(b.rep)} from a ${repName(a.rep)}`);
  if (a.rep.geometry === 'scalar' || b.rep.geometry === 'scalar') {
    if (a.rep.geometry !== b.rep.geometry) breach(broken, 'rotation', `${name} mixes a scalar with a ${b.rep.geometry === 'scalar' ? a.rep.geometry : b.rep.geometry}`);
    return result(name, 'scalar', a.rep.parity, broken, a, b);
  }
  if (a.rep.geometry === 'vector' && b.rep.geometry === 'point') breach(broken, 'translation', `${name} subtracts a point from a vector`);
  const geometry = a.rep.geometry === 'point' && b.rep.geometry === 'vector' ? 'point' : 'vector';
  return result(name, geometry, a.rep.parity, broken, a, b);
}

/** a + b: point + vector = point; vector + vector = vector; point + point is not translation-equivariant. */
export function add(name: string, a: Typed, b: Typed): Typed {
  const broken = mergeBroken(a.rep.broken, b.rep.broken);
  if (a.rep.parity !== b.rep.parity) breach(broken, 'reflection', `${name} adds a ${repName(b.rep)} to a ${repName(a.rep)}`);
  if ((a.rep.geometry === 'scalar') !== (b.rep.geometry === 'scalar')) breach(broken, 'rotation', `${name} adds a scalar to a ${a.rep.geometry === 'scalar' ? b.rep.geometry : a.rep.geometry}`);
  if (a.rep.geometry === 'point' && b.rep.geometry === 'point') breach(broken, 'translation', `${name} adds two points`);
  const geometry = a.rep.geometry === 'point' || b.rep.geometry === 'point' ? 'point' : a.rep.geometry;
  return result(name, geometry, a.rep.parity, broken, a, b);
}

/** The mean over particles: same geometry, pooled (invariant under permutations). */
export function mean(name: string, a: Typed): Typed {
  return { name, rep: { ...a.rep, indexing: 'pooled' } };
}

/** s·v: a scalar times a vector; parities multiply. A scalar times a point is not translation-equivariant. */
export function scale(name: string, s: Typed, v: Typed): Typed {
  const broken = mergeBroken(s.rep.broken, v.rep.broken);
  if (s.rep.geometry !== 'scalar') breach(broken, 'rotation', `${name} multiplies two ${s.rep.geometry}s component-wise`);
  if (v.rep.geometry === 'point') breach(broken, 'translation', `${name} scales a point about the origin`);
  return result(name, v.rep.geometry === 'point' ? 'point' : v.rep.geometry, parityProduct(s.rep, v.rep), broken, s, v);
}

/** u·v: a scalar whose parity is the product of the operands'. */
export function dot(name: string, u: Typed, v: Typed): Typed {
  const broken = mergeBroken(u.rep.broken, v.rep.broken);
  for (const o of [u, v]) if (o.rep.geometry === 'point') breach(broken, 'translation', `${name} takes a dot product with the point ${o.name}`);
  return result(name, 'scalar', parityProduct(u.rep, v.rep), broken, u, v);
}

/** u × v in 3D: a vector of opposite parity (the cross product of two vectors is a pseudovector). */
export function cross(name: string, u: Typed, v: Typed): Typed {
  const broken = mergeBroken(u.rep.broken, v.rep.broken);
  return result(name, 'vector', parityProduct(u.rep, v.rep) === 1 ? -1 : 1, broken, u, v);
}

/** u × v in 2D (u0·v1 − u1·v0): a scalar of opposite parity (a pseudoscalar for two vectors). */
export function cross2(name: string, u: Typed, v: Typed): Typed {
  const broken = mergeBroken(u.rep.broken, v.rep.broken);
  return result(name, 'scalar', parityProduct(u.rep, v.rep) === 1 ? -1 : 1, broken, u, v);
}

/** Rot(π/2)·v in 2D: commutes with rotations, anticommutes with reflections, so parity flips. */
export function turn90(name: string, v: Typed): Typed {
  return result(name, v.rep.geometry, v.rep.parity === 1 ? -1 : 1, mergeBroken(v.rep.broken), v);
}

/** ‖v‖: an even scalar, whatever the parity of v. */
export function norm(name: string, v: Typed): Typed {
  const broken = mergeBroken(v.rep.broken);
  if (v.rep.geometry === 'point') breach(broken, 'translation', `${name} is the norm of the point ${v.name}, which depends on the origin`);
  return result(name, 'scalar', 1, broken, v);
}

/** v/‖v‖: same type as v. */
export function normalize(name: string, v: Typed): Typed {
  return { name, rep: v.rep };
}

/**
 * f(inputs) for a non-linear f (MLP, spline, log, cos…): the result is an even scalar, equivariant under a
 * generator only if every input is invariant under it. This is the rule that decides most proofs.
 */
export function nonlinear(name: string, f: string, inputs: readonly Typed[]): Typed {
  const broken = mergeBroken(...inputs.map((i) => i.rep.broken));
  for (const input of inputs) {
    const what = `${f} is non-linear, and its input ${input.name} is a ${repName(input.rep)}`;
    if (input.rep.geometry === 'point') breach(broken, 'translation', what);
    if (input.rep.geometry !== 'scalar') {
      breach(broken, 'rotation', what);
      breach(broken, 'reflection', what);
    } else if (input.rep.parity === -1) {
      breach(broken, 'reflection', `${f} is not an odd function, and its input ${input.name} is a pseudoscalar (it changes sign under reflections)`);
    }
  }
  return result(name, 'scalar', 1, broken, ...inputs);
}

/**
 * f(y, rest) for an f odd in y (atan2(y, x), sin, sign): a pseudoscalar y stays a pseudoscalar, as long as
 * the other inputs are even scalars.
 */
export function oddIn(name: string, f: string, y: Typed, rest: readonly Typed[]): Typed {
  const even = nonlinear(name, f, rest);
  if (y.rep.geometry !== 'scalar') return nonlinear(name, f, [y, ...rest]);
  const broken = mergeBroken(even.rep.broken, y.rep.broken);
  return result(name, 'scalar', y.rep.parity, broken, y, ...rest);
}

/** The Cartesian components of a vector in the fixed lab axes: not invariant under rotations or reflections. */
export function components(name: string, v: Typed): Typed {
  const broken = mergeBroken(v.rep.broken);
  const why = `${name} reads the raw coordinates of ${v.name} in the fixed lab axes`;
  breach(broken, 'rotation', why);
  breach(broken, 'reflection', why);
  if (v.rep.geometry === 'point') breach(broken, 'translation', why);
  return result(name, 'scalar', 1, broken, v);
}

/** A vector rebuilt from lab-axis components (the inverse of `components`). */
export function fromComponents(name: string, c: Typed, geometry: 'point' | 'vector'): Typed {
  const broken = mergeBroken(c.rep.broken);
  return result(name, geometry, 1, broken, c);
}

/** Adds a fixed lab-frame vector (e.g. 1e-6·e_k): breaks rotations and reflections. */
export function addFixedAxis(name: string, v: Typed, what: string): Typed {
  const broken = mergeBroken(v.rep.broken);
  breach(broken, 'rotation', `${name} adds the fixed ${what}, which does not rotate with the system`);
  breach(broken, 'reflection', `${name} adds the fixed ${what}, which does not reflect with the system`);
  return result(name, v.rep.geometry, v.rep.parity, broken, v);
}

/** Concatenates all particles' values in index order into one vector: breaks permutations. */
export function flattenParticles(name: string, a: Typed): Typed {
  const broken = mergeBroken(a.rep.broken);
  const why = `${name} concatenates the particles in index order`;
  breach(broken, 'permutation', why);
  breach(broken, 'typed-permutation', why);
  return { name, rep: { ...a.rep, indexing: 'pooled', broken } };
}

/** Per-particle features from the particle types: a permutation that swaps different types changes them. */
export function typeFeature(name: string, distinctTypes: number): Typed {
  const broken: Broken = new Map();
  if (distinctTypes > 1) breach(broken, 'permutation', `${name} embeds the particle types, and ${distinctTypes} distinct types are declared`);
  return { name, rep: { geometry: 'scalar', parity: 1, indexing: 'particle', broken } };
}
