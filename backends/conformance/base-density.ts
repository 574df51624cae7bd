/**
 * The base density log q0(x, a) written a second time, apart from backends/base.ts (which Flow.logProb uses),
 * for the "identity init = base density" property: a bug in base.ts cannot cancel against itself. Method §2.1,
 * §2.2; test/conformance/base-density.test.ts checks it against the golden vectors (../shared/data/golden).
 */

export interface BaseShape {
  readonly n: number;
  readonly d: number;
  readonly A: number;
  /** σ of x on the zero-CoM subspace. */
  readonly scale: number;
  /** η of a | x. */
  readonly augmentScale: number;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** log N(x − x̄; 0, σ²) on the (n−1)·d-dimensional zero-CoM subspace (x need not be centred). */
export function independentComFreeLogProb(x: ArrayLike<number>, n: number, d: number, scale: number): number {
  const centre = Array.from({ length: d }, (_, k) => Array.from({ length: n }, (_, i) => x[i * d + k]!).reduce((s, v) => s + v, 0) / n);
  let squares = 0;
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) squares += ((x[i * d + k]! - centre[k]!) / scale) ** 2;
  const dims = (n - 1) * d;
  return -0.5 * squares - dims * (LOG_SQRT_2PI + Math.log(scale));
}

/** Σ log N(a_ik; x_i, η²) over every coordinate of every copy (nothing centred). */
export function independentAugmentLogProb(x: ArrayLike<number>, a: ArrayLike<number>, n: number, A: number, d: number, eta: number): number {
  let total = 0;
  for (let i = 0; i < n; i++)
    for (let c = 0; c < A; c++)
      for (let k = 0; k < d; k++) {
        const t = (a[(i * A + c) * d + k]! - x[i * d + k]!) / eta;
        total += -0.5 * t * t - Math.log(eta) - LOG_SQRT_2PI;
      }
  return total;
}

/**
 * log q0(x, a) as Flow.logProb defines it for one system: x's part on the centred x, a | x on a and x both
 * moved by x's centre of mass (logProb centres the joint before the inverse).
 */
export function independentBaseLogProb(x: ArrayLike<number>, a: ArrayLike<number>, shape: BaseShape): number {
  const { n, d, A } = shape;
  const centre = Array.from({ length: d }, (_, k) => Array.from({ length: n }, (_, i) => x[i * d + k]!).reduce((s, v) => s + v, 0) / n);
  const xc = Array.from({ length: n * d }, (_, j) => x[j]! - centre[j % d]!);
  const ac = Array.from({ length: n * A * d }, (_, j) => a[j]! - centre[j % d]!);
  return independentComFreeLogProb(xc, n, d, shape.scale) + independentAugmentLogProb(xc, ac, n, A, d, shape.augmentScale);
}
