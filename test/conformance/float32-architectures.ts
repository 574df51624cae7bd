/**
 * The narrow architectures the float32 backends (tfjs, WGSL) run the conformance suite on: every projection,
 * 2D and 3D, spline and affine, EGNN and transformer, with scaling and an LJ target; n = 5.
 */
const narrow = 'egnn(layers 1, mlp [8, 8], features 8, head [8, 8])';

export const float32Architectures = [
  ['spherical 3D', 3, `project spherical condition ${narrow}`],
  ['spherical 2D', 2, `project spherical condition ${narrow}`],
  ['cartesian 3D', 3, `project cartesian transform spline(bins 4) condition ${narrow}`],
  ['vector 2D', 2, `project vector(inner 2) condition ${narrow}`],
  ['none 3D', 3, 'project none condition transformer(layers 1, heads 2, key_size 2, mlp [8], output 8, head [8])'],
] as const;

export const float32ArchitectureSource = (dim: number, clause: string) =>
  `flow f {\n  system particles 5, dim ${dim}\n  couple x | a ${clause}\n  couple a | x ${clause}\n  scaling\n  target lj\n}`;
