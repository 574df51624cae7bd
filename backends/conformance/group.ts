/**
 * Random elements of the particle-system group and their action on joint samples z [n][C][d]:
 * rotations uniform on SO(d) (quaternions in 3D), reflections (a rotation times diag(−1, 1, …)),
 * translations, and permutations of the particles (within types when the particles have types).
 */
import { NormalStream } from '../rng.js';

export type GeneratorName = 'translation' | 'rotation' | 'reflection' | 'permutation' | 'typed-permutation';

export type GroupElement =
  | { readonly kind: 'orthogonal'; readonly matrix: number[][] }
  | { readonly kind: 'translation'; readonly shift: number[] }
  | { readonly kind: 'permutation'; readonly perm: number[] };

export function randomRotation(d: number, rng: NormalStream): number[][] {
  if (d === 2) {
    const t = 2 * Math.PI * rng.uniform();
    return [[Math.cos(t), -Math.sin(t)], [Math.sin(t), Math.cos(t)]];
  }
  let q = [rng.next(), rng.next(), rng.next(), rng.next()];
  const norm = Math.hypot(...q);
  q = q.map((v) => v / norm);
  const [w, x, y, z] = q as [number, number, number, number];
  return [
    [1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)],
  ];
}

export function randomElement(g: GeneratorName, d: number, n: number, typeIds: readonly number[] | undefined, rng: NormalStream): GroupElement {
  switch (g) {
    case 'rotation':
      return { kind: 'orthogonal', matrix: randomRotation(d, rng) };
    case 'reflection': {
      const r = randomRotation(d, rng);
      return { kind: 'orthogonal', matrix: r.map((row) => row.map((v, j) => (j === 0 ? -v : v))) };
    }
    case 'translation':
      return { kind: 'translation', shift: Array.from({ length: d }, () => 3 * rng.next()) };
    case 'permutation':
    case 'typed-permutation': {
      const perm = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        // Within types: only swap particles of the same type (a uniform draw within each type class).
        if (g === 'typed-permutation' && typeIds && typeIds[perm[i]!] !== typeIds[perm[j]!]) continue;
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      return { kind: 'permutation', perm: nonTrivial(perm, g, typeIds, rng) };
    }
  }
}

/** g·z for B samples of `points` points per particle, [B][n][points][d] flattened. */
export function act(g: GroupElement, z: Float64Array, batch: number, n: number, points: number, d: number): Float64Array {
  const out = new Float64Array(z.length);
  for (let b = 0; b < batch; b++)
    for (let i = 0; i < n; i++)
      for (let p = 0; p < points; p++) {
        const src = g.kind === 'permutation' ? g.perm[i]! : i;
        const from = ((b * n + src) * points + p) * d;
        const to = ((b * n + i) * points + p) * d;
        for (let k = 0; k < d; k++) {
          if (g.kind === 'orthogonal') {
            let s = 0;
            for (let j = 0; j < d; j++) s += g.matrix[k]![j]! * z[from + j]!;
            out[to + k] = s;
          } else if (g.kind === 'translation') out[to + k] = z[from + k]! + g.shift[k]!;
          else out[to + k] = z[from + k]!;
        }
      }
  return out;
}

/**
 * A permutation that actually moves something: the identity tests nothing. For full permutations of
 * typed particles it must also exchange two particles of different types (the case that can fail).
 */
function nonTrivial(perm: number[], g: GeneratorName, typeIds: readonly number[] | undefined, rng: NormalStream): number[] {
  const n = perm.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const same = !typeIds || typeIds[i] === typeIds[j];
      if (g === 'typed-permutation' ? same : !same || !typeIds) pairs.push([i, j]);
    }
  const crossesTypes = typeIds !== undefined && perm.some((p, i) => typeIds[p] !== typeIds[i]);
  const moves = perm.some((p, i) => p !== i);
  const needed = g === 'permutation' && typeIds ? !crossesTypes : !moves;
  if (!needed || pairs.length === 0) return perm;
  const [i, j] = pairs[Math.floor(rng.uniform() * pairs.length)]!;
  const out = [...perm];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
