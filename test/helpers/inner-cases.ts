/**
 * The inner op cases the reference's adjoint test (test/reference/inner-adjoint.test.ts) and the wasm inner
 * kernel's test (test/wasm/per-point-inner.test.ts) both sweep: every projection in 2D and 3D, with its
 * options, and an inner op that is the second of two transforms (so the vector indexing is exercised).
 */
import type { InnerOp } from '../../backends/reference/ops/inner.js';
import type { InnerTransformSpec, ProjectionSpec } from '../../compiler/ir/ir.js';

export interface InnerProjection {
  readonly name: string;
  readonly projection: ProjectionSpec;
  readonly d: 2 | 3;
}

export const innerProjections: readonly InnerProjection[] = [
  { name: 'spherical 3D', projection: { kind: 'spherical', reflectionInvariant: false }, d: 3 },
  { name: 'spherical 3D reflection-invariant', projection: { kind: 'spherical', reflectionInvariant: true }, d: 3 },
  { name: 'polar 2D', projection: { kind: 'spherical', reflectionInvariant: false }, d: 2 },
  { name: 'cartesian 3D', projection: { kind: 'cartesian', smallIdentity: false }, d: 3 },
  { name: 'cartesian 3D small_identity', projection: { kind: 'cartesian', smallIdentity: true }, d: 3 },
  { name: 'cartesian 2D', projection: { kind: 'cartesian', smallIdentity: false }, d: 2 },
  { name: 'cartesian 2D small_identity', projection: { kind: 'cartesian', smallIdentity: true }, d: 2 },
  { name: 'vector 3D', projection: { kind: 'vector' }, d: 3 },
  { name: 'vector 2D', projection: { kind: 'vector' }, d: 2 },
  { name: 'none 3D', projection: { kind: 'none' }, d: 3 },
  { name: 'none 2D', projection: { kind: 'none' }, d: 2 },
];

/** Transform 1 of 2: the reference vectors of the selected transform sit after the other one's. */
export function secondInnerOp(projection: ProjectionSpec, transform: InnerTransformSpec, direction: 'forward' | 'inverse'): InnerOp {
  return { kind: 'inner', result: 0, logDet: 1, trans: 2, cond: 3, vectors: projection.kind === 'none' ? undefined : 4, coefficients: 5, index: 1, count: 2, projection, transform, direction };
}
