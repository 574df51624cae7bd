/**
 * Shape facts of each projection (method §5): how many reference vectors it needs, how many inner
 * transforms it applies by default, which transforms fit, and how many head outputs it consumes.
 */
export interface ProjectionInfo {
  /** Reference vectors per inner transform (nvec). */
  vectorsPerTransform(dim: number): number;
  /** Default number of inner transforms T. */
  defaultInner(dim: number): number;
  /** The transform used when a coupling does not name one. */
  readonly defaultTransform: 'spline' | 'affine';
  /** Why an affine transform cannot be used, if it cannot. */
  readonly affineUnfit?: string;
  /** Spline options that do not apply here, with what to use instead. */
  readonly foreignSplineOptions: Readonly<Record<string, string>>;
  /** Default spline interval for coordinates (cartesian/none). */
  readonly splineRange?: { lo: number; hi: number };
  /** Transformed coordinates per point and inner transform. */
  coordinates(dim: number): number;
  /** Whether the conditioner must be equivariant (give vectors). */
  readonly needsVectors: boolean;
}

const radiusOnly = { range: "the radius spline runs over [0, radius_max]: set 'radius_max' instead", boundary: 'the angle splines are always circular and the radius spline unconstrained (method §5.1)' };

export const projectionInfo: Readonly<Record<string, ProjectionInfo>> = {
  spherical: {
    vectorsPerTransform: (d) => d,
    defaultInner: () => 1,
    defaultTransform: 'spline',
    affineUnfit: 'the angles live on bounded intervals ([0, π], [−π, π]) that an affine map does not preserve; use transform spline',
    foreignSplineOptions: radiusOnly,
    coordinates: (d) => d,
    needsVectors: true,
  },
  cartesian: {
    vectorsPerTransform: (d) => d,
    defaultInner: () => 1,
    defaultTransform: 'affine',
    foreignSplineOptions: { radius_max: "cartesian coordinates are not radii: set 'range' (default -10..10) instead" },
    splineRange: { lo: -10, hi: 10 },
    coordinates: (d) => d,
    needsVectors: true,
  },
  vector: {
    vectorsPerTransform: () => 1,
    defaultInner: (d) => d,
    defaultTransform: 'spline',
    affineUnfit: 'the distance r must stay positive, and an affine map can send it below 0; use transform spline',
    foreignSplineOptions: radiusOnly,
    coordinates: () => 1,
    needsVectors: true,
  },
  none: {
    vectorsPerTransform: () => 0,
    defaultInner: () => 1,
    defaultTransform: 'affine',
    foreignSplineOptions: { radius_max: "raw coordinates are not radii: set 'range' (default -20..20) instead" },
    splineRange: { lo: -20, hi: 20 },
    coordinates: (d) => d,
    needsVectors: false,
  },
};
