/** Dense linear algebra for the Jacobian check: log|det| by LU with partial pivoting; the zero-CoM basis. */

export function logAbsDet(matrix: Float64Array, size: number): number {
  const a = Float64Array.from(matrix);
  let logDet = 0;
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(a[r * size + col]!) > Math.abs(a[pivot * size + col]!)) pivot = r;
    const p = a[pivot * size + col]!;
    if (p === 0) return -Infinity;
    if (pivot !== col) for (let k = 0; k < size; k++) [a[col * size + k], a[pivot * size + k]] = [a[pivot * size + k]!, a[col * size + k]!];
    logDet += Math.log(Math.abs(p));
    for (let r = col + 1; r < size; r++) {
      const f = a[r * size + col]! / p;
      if (f === 0) continue;
      for (let k = col; k < size; k++) a[r * size + k] = a[r * size + k]! - f * a[col * size + k]!;
    }
  }
  return logDet;
}

/** An orthonormal basis of {v ∈ ℝⁿ : Σ v = 0} (Helmert), as n−1 columns: basis[i][j] for node i, column j. */
export function zeroSumBasis(n: number): number[][] {
  const basis = Array.from({ length: n }, () => new Array<number>(n - 1).fill(0));
  for (let j = 0; j < n - 1; j++) {
    const norm = Math.sqrt((j + 1) * (j + 2));
    for (let i = 0; i <= j; i++) basis[i]![j] = 1 / norm;
    basis[j + 1]![j] = -(j + 1) / norm;
  }
  return basis;
}
