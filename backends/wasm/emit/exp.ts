/**
 * exp, σ and SiLU on f32x4. WebAssembly has no exp instruction, so the module carries its own: Cephes' expf
 * (range reduction x = n·ln2 + r with ln2 split in two constants so that n·C1 is exact, a degree-5 polynomial
 * for e^r on |r| ≤ ln2/2, and 2^n assembled in the exponent bits). Inputs are clamped to [−87.3, 88.3] so that
 * 2^n stays a normal float (n ∈ [−126, 127]): below, the result is e^−87.3 ≈ 1.2e−38 instead of a subnormal
 * or 0; above, ≈ 2.2e38 instead of ∞. σ and SiLU only meet those ends where they are 0 or 1 to float32
 * precision anyway. NaN propagates (pmax/pmin keep their first operand when a comparison is false).
 */
import type { Expr, FunctionBuilder } from './function-builder.js';
import type { F32x4 } from './lanes.js';

const LOWEST = -87.3;
const HIGHEST = 88.3;
const LOG2E = 1.44269504088896341;
// ln 2 = C1 + C2 with C1 = 0.693359375 (9 significant bits: n·C1 is exact for |n| ≤ 127).
const LN2_HIGH = 0.693359375;
const LN2_LOW = -2.12194440e-4;
// Cephes expf: e^r ≈ 1 + r + r²·P(r) on [−ln2/2, ln2/2].
const POLYNOMIAL = [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1];

/** Appends the statements computing e^x to `out` and returns an expression for the result (x is read once). */
export function emitExp(fb: FunctionBuilder, math: F32x4, x: Expr, out: Expr[]): Expr {
  const m = fb.m;
  const t = fb.scratch('exp.t');
  const n = fb.scratch('exp.n');
  const r = fb.scratch('exp.r');
  const z = fb.scratch('exp.z');
  const p = fb.scratch('exp.p');
  out.push(
    t.set(m.f32x4.pmin(m.f32x4.pmax(x, math.splat(LOWEST)), math.splat(HIGHEST))),
    // n = round(x / ln2), as floor(x·log2 e + ½) (Cephes).
    n.set(m.f32x4.floor(math.madd(t.get(), math.splat(LOG2E), math.splat(0.5)))),
    r.set(math.madd(n.get(), math.splat(-LN2_HIGH), t.get())),
    r.set(math.madd(n.get(), math.splat(-LN2_LOW), r.get())),
    z.set(math.mul(r.get(), r.get())),
    p.set(math.splat(POLYNOMIAL[0]!)),
  );
  for (const c of POLYNOMIAL.slice(1)) out.push(p.set(math.madd(p.get(), r.get(), math.splat(c))));
  out.push(p.set(math.add(math.madd(p.get(), z.get(), r.get()), math.splat(1))));
  // 2^n: the biased exponent n + 127 shifted into the float's exponent field.
  const biased = m.i32x4.add(m.i32x4.trunc_sat_f32x4_s(n.get()), m.i32x4.splat(m.i32.const(127)));
  return math.mul(p.get(), m.i32x4.shl(biased, m.i32.const(23)));
}

/** 1 + e^−v, the denominator shared by σ and SiLU. */
function onePlusExpNeg(fb: FunctionBuilder, math: F32x4, v: Expr, out: Expr[]): Expr {
  return math.add(math.splat(1), emitExp(fb, math, fb.m.f32x4.neg(v), out));
}

/** σ(v) = 1 / (1 + e^−v). */
export function emitSigmoid(fb: FunctionBuilder, math: F32x4, v: Expr, out: Expr[]): Expr {
  return math.div(math.splat(1), onePlusExpNeg(fb, math, v, out));
}

/** SiLU(v) = v / (1 + e^−v), as mlp.ts writes it; `v` is a local's value, read twice. */
export function emitSilu(fb: FunctionBuilder, math: F32x4, v: () => Expr, out: Expr[]): Expr {
  return math.div(v(), onePlusExpNeg(fb, math, v(), out));
}

/**
 * ȳ·SiLU'(v) = ȳ·σ(v)·(1 + v·(1 − σ(v))) (mlp-adjoint.ts siluDerivative), with 1 − σ(v) computed as
 * e^−v·σ(v): for large v, 1 − σ in float32 keeps almost no correct bits, and v times it is not negligible.
 */
export function emitSiluBackward(fb: FunctionBuilder, math: F32x4, v: () => Expr, yBar: Expr, out: Expr[]): Expr {
  const e = fb.scratch('silu.e');
  const s = fb.scratch('silu.s');
  out.push(e.set(emitExp(fb, math, fb.m.f32x4.neg(v()), out)));
  out.push(s.set(math.div(math.splat(1), math.add(math.splat(1), e.get()))));
  const oneMinusS = math.mul(e.get(), s.get());
  return math.mul(math.mul(yBar, s.get()), math.madd(v(), oneMinusS, math.splat(1)));
}
