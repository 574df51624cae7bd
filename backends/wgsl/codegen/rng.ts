/**
 * The host's counter-based generator (backends/rng.ts) in WGSL, so base draws can be made on the device:
 * Philox4x32-10 gives the same 32-bit words as the host for the same (seed, stream, row, call) on every
 * device (integer arithmetic only); Box–Muller turns them into normals with float32 functions accurate to
 * round-off (WGSL's own log, sin and cos promise far less), ≈ 1e-7 from the host's float64 normals.
 */
import { TRIG } from './inner.js';
import { Code, f32 } from './wgsl.js';

const TWO_POW_M32 = f32(2 ** -32).text;
const LN2 = f32(Math.LN2).text;
const TWO_PI = f32(2 * Math.PI).text;
const SQRT_HALF = f32(Math.SQRT1_2).text;
/** 1/(2k + 1) for k = 1 … 8: the series of atanh. */
const ODD = [3, 5, 7, 9, 11, 13, 15, 17].map((k) => f32(1 / k).text);

/** The generator's functions, with the accurate sin/cos they use: a kernel that draws includes this. */
export const RNG = new Code(`${TRIG.text}
fn mulhilo(a: u32, b: u32) -> vec2u {
  // The high word of the 64-bit product from 16-bit halves (WGSL has no 64-bit integers), as rng.ts does.
  let a_hi = a >> 16u; let a_lo = a & 0xffffu;
  let b_hi = b >> 16u; let b_lo = b & 0xffffu;
  let mid1 = a_hi * b_lo; let mid2 = a_lo * b_hi;
  let carry = (((a_lo * b_lo) >> 16u) + (mid1 & 0xffffu) + (mid2 & 0xffffu)) >> 16u;
  return vec2u(a_hi * b_hi + (mid1 >> 16u) + (mid2 >> 16u) + carry, a * b);
}
fn philox(counter: vec4u, seed: vec2u) -> vec4u {
  var x = counter;
  var key = seed;
  for (var round = 0u; round < 10u; round++) {
    let p0 = mulhilo(0xd2511f53u, x.x);
    let p1 = mulhilo(0xcd9e8d57u, x.z);
    x = vec4u(p1.x ^ x.y ^ key.x, p1.y, p0.x ^ x.w ^ key.y, p0.y);
    key = key + vec2u(0x9e3779b9u, 0xbb67ae85u);
  }
  return x;
}
fn log_series(z: f32) -> f32 {
  // 2 atanh(z) = log((1 + z) / (1 − z)), |z| ≤ 1/3: error below float32 round-off.
  let z2 = z * z;
  return 2.0 * z * (1.0 + z2 * (${ODD[0]} + z2 * (${ODD[1]} + z2 * (${ODD[2]} + z2 * (${ODD[3]} + z2 * (${ODD[4]} + z2 * (${ODD[5]} + z2 * (${ODD[6]} + z2 * ${ODD[7]}))))))));
}
fn log_unit(u: u32) -> f32 {
  // log((u + 0.5) / 2^32): from the complement ~u above one half (no cancellation near 1), else from the
  // exponent and mantissa of the float.
  if (u >= 0x80000000u) {
    let s = (f32(~u) + 0.5) * ${TWO_POW_M32};
    return log_series(-s / (2.0 - s));
  }
  let parts = frexp((f32(u) + 0.5) * ${TWO_POW_M32});
  let low = parts.fract < ${SQRT_HALF};
  let m = select(parts.fract, parts.fract * 2.0, low);
  let e = f32(parts.exp) - select(0.0, 1.0, low);
  return e * ${LN2} + log_series((m - 1.0) / (m + 1.0));
}
fn box_muller(u1: u32, u2: u32) -> vec2f {
  // angle = 2π (u2 + 0.5) / 2^32: the quadrant from the top two bits, the rest reduced exactly.
  let radius = sqrt(-2.0 * log_unit(u1));
  let sc = sincos_acc(${TWO_PI} * ((f32(u2 & 0x3fffffffu) + 0.5) * ${TWO_POW_M32}));
  let q = u2 >> 30u;
  var cs = vec2f(sc.y, sc.x);
  if (q == 1u) { cs = vec2f(-sc.x, sc.y); }
  if (q == 2u) { cs = vec2f(-sc.y, -sc.x); }
  if (q == 3u) { cs = vec2f(sc.x, -sc.y); }
  return radius * cs;
}
fn normals4(seed: vec2u, stream: u32, row: u32, call: u32) -> vec4f {
  // Normals 4·call … 4·call + 3 of (seed, stream, row), as rng.ts normals().
  let w = philox(vec4u(call, row, stream, 0u), seed);
  return vec4f(box_muller(w.x, w.y), box_muller(w.z, w.w));
}`);
