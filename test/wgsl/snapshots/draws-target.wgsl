// ==== dw4: base (bindings Z, LOGQ0) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
fn sincos_acc(x: f32) -> vec2f {
  let k = round(x * 0.636619772);
  let r = (x - k * 1.57079637) + k * 4.37113883e-8;
  let r2 = r * r;
  let s = r + r * r2 * (-0.166666667 + r2 * (0.00833333333 + r2 * (-0.000198412698 + r2 * 2.75573192e-6)));
  let c = 1.0 + r2 * (-0.5 + r2 * (0.0416666667 + r2 * (-0.00138888889 + r2 * (2.48015873e-5 - r2 * 2.75573192e-7))));
  let q = i32(k) & 3;
  if (q == 0) { return vec2f(s, c); }
  if (q == 1) { return vec2f(c, -s); }
  if (q == 2) { return vec2f(-s, -c); }
  return vec2f(-c, s);
}
fn sin_acc(x: f32) -> f32 { return sincos_acc(x).x; }
fn cos_acc(x: f32) -> f32 { return sincos_acc(x).y; }
fn atan_unit(a: f32) -> f32 {
  // a in [0, 1]: atan(a) = π/4 + atan((a − 1)/(a + 1)) above tan(π/8), then the series on |t| ≤ 0.4143.
  let big = a > 0.414213562;
  let t = select(a, (a - 1.0) / (a + 1.0), big);
  let t2 = t * t;
  let p = t * (1.0 + t2 * (-0.333333333 + t2 * (0.2 + t2 * (-0.142857143 + t2 * (0.111111111 + t2 * (-0.0909090909 + t2 * (0.0769230769 - t2 * 0.0666666667)))))));
  return select(p, 0.785398163 + p, big);
}
fn atan2_acc(y: f32, x: f32) -> f32 {
  let ax = abs(x); let ay = abs(y);
  let hi = max(ax, ay);
  if (hi == 0.0) { return select(0.0, 3.14159265, x < 0.0); }
  var r = atan_unit(min(ax, ay) / hi);
  if (ay > ax) { r = 1.57079633 - r; }
  if (x < 0.0) { r = 3.14159265 - r; }
  return select(r, -r, y < 0.0);
}
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
  return 2.0 * z * (1.0 + z2 * (0.333333343f + z2 * (0.200000003f + z2 * (0.142857149f + z2 * (0.111111112f + z2 * (0.0909090936f + z2 * (0.0769230798f + z2 * (0.0666666701f + z2 * 0.0588235296f))))))));
}
fn log_unit(u: u32) -> f32 {
  // log((u + 0.5) / 2^32): from the complement ~u above one half (no cancellation near 1), else from the
  // exponent and mantissa of the float.
  if (u >= 0x80000000u) {
    let s = (f32(~u) + 0.5) * 2.32830644e-10f;
    return log_series(-s / (2.0 - s));
  }
  let parts = frexp((f32(u) + 0.5) * 2.32830644e-10f);
  let low = parts.fract < 0.707106769f;
  let m = select(parts.fract, parts.fract * 2.0, low);
  let e = f32(parts.exp) - select(0.0, 1.0, low);
  return e * 0.693147182f + log_series((m - 1.0) / (m + 1.0));
}
fn box_muller(u1: u32, u2: u32) -> vec2f {
  // angle = 2π (u2 + 0.5) / 2^32: the quadrant from the top two bits, the rest reduced exactly.
  let radius = sqrt(-2.0 * log_unit(u1));
  let sc = sincos_acc(6.28318548f * ((f32(u2 & 0x3fffffffu) + 0.5) * 2.32830644e-10f));
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
}
@group(0) @binding(0) var<storage, read_write> Z: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGQ0: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
var x: array<f32, 8>;
for (var call = 0u; call < 2u; call++) {
  let e = normals4(seed, 0u, row, call);
  for (var j = 0u; j < 4u; j++) {
    if (4u * call + j < 8u) { x[4u * call + j] = e[j]; }
  }
}
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var i = 0u; i < 4u; i++) { mean += x[i * 2u + k] / 4.00000000f; }
  for (var i = 0u; i < 4u; i++) { x[i * 2u + k] = 1.00000000f * (x[i * 2u + k] - mean); }
}
// log N(x; 0, σ²) on the centre-of-mass-free subspace, the mean recomputed as base.ts does.
var x_sq = 0.0;
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var i = 0u; i < 4u; i++) { mean += x[i * 2u + k]; }
  mean = mean / 4.00000000f;
  for (var i = 0u; i < 4u; i++) { let v = (x[i * 2u + k] - mean) / 1.00000000f; x_sq += v * v; }
}
var eps: array<f32, 8>;
for (var call = 0u; call < 2u; call++) {
  let e = normals4(seed, 1u, row, call);
  for (var j = 0u; j < 4u; j++) {
    if (4u * call + j < 8u) { eps[4u * call + j] = e[j]; }
  }
}
let zb = sys * 16u;
var a_sq = 0.0;
for (var i = 0u; i < 4u; i++) {
  for (var k = 0u; k < 2u; k++) { Z[zb + i * 4u + k] = x[i * 2u + k]; }
  for (var c = 0u; c < 1u; c++) {
    for (var k = 0u; k < 2u; k++) {
      let a = x[i * 2u + k] + 0.100000001f * eps[(i * 1u + c) * 2u + k];
      Z[zb + (i * 2u + 1u + c) * 2u + k] = a;
      let v = (a - x[i * 2u + k]) / 0.100000001f;
      a_sq += v * v;
    }
  }
}
LOGQ0[sys] = -0.5 * x_sq - 0.5 * a_sq + 5.55554152f;
}

// ==== dw4: augment (bindings XS, Z, LOGPI) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
fn sincos_acc(x: f32) -> vec2f {
  let k = round(x * 0.636619772);
  let r = (x - k * 1.57079637) + k * 4.37113883e-8;
  let r2 = r * r;
  let s = r + r * r2 * (-0.166666667 + r2 * (0.00833333333 + r2 * (-0.000198412698 + r2 * 2.75573192e-6)));
  let c = 1.0 + r2 * (-0.5 + r2 * (0.0416666667 + r2 * (-0.00138888889 + r2 * (2.48015873e-5 - r2 * 2.75573192e-7))));
  let q = i32(k) & 3;
  if (q == 0) { return vec2f(s, c); }
  if (q == 1) { return vec2f(c, -s); }
  if (q == 2) { return vec2f(-s, -c); }
  return vec2f(-c, s);
}
fn sin_acc(x: f32) -> f32 { return sincos_acc(x).x; }
fn cos_acc(x: f32) -> f32 { return sincos_acc(x).y; }
fn atan_unit(a: f32) -> f32 {
  // a in [0, 1]: atan(a) = π/4 + atan((a − 1)/(a + 1)) above tan(π/8), then the series on |t| ≤ 0.4143.
  let big = a > 0.414213562;
  let t = select(a, (a - 1.0) / (a + 1.0), big);
  let t2 = t * t;
  let p = t * (1.0 + t2 * (-0.333333333 + t2 * (0.2 + t2 * (-0.142857143 + t2 * (0.111111111 + t2 * (-0.0909090909 + t2 * (0.0769230769 - t2 * 0.0666666667)))))));
  return select(p, 0.785398163 + p, big);
}
fn atan2_acc(y: f32, x: f32) -> f32 {
  let ax = abs(x); let ay = abs(y);
  let hi = max(ax, ay);
  if (hi == 0.0) { return select(0.0, 3.14159265, x < 0.0); }
  var r = atan_unit(min(ax, ay) / hi);
  if (ay > ax) { r = 1.57079633 - r; }
  if (x < 0.0) { r = 3.14159265 - r; }
  return select(r, -r, y < 0.0);
}
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
  return 2.0 * z * (1.0 + z2 * (0.333333343f + z2 * (0.200000003f + z2 * (0.142857149f + z2 * (0.111111112f + z2 * (0.0909090936f + z2 * (0.0769230798f + z2 * (0.0666666701f + z2 * 0.0588235296f))))))));
}
fn log_unit(u: u32) -> f32 {
  // log((u + 0.5) / 2^32): from the complement ~u above one half (no cancellation near 1), else from the
  // exponent and mantissa of the float.
  if (u >= 0x80000000u) {
    let s = (f32(~u) + 0.5) * 2.32830644e-10f;
    return log_series(-s / (2.0 - s));
  }
  let parts = frexp((f32(u) + 0.5) * 2.32830644e-10f);
  let low = parts.fract < 0.707106769f;
  let m = select(parts.fract, parts.fract * 2.0, low);
  let e = f32(parts.exp) - select(0.0, 1.0, low);
  return e * 0.693147182f + log_series((m - 1.0) / (m + 1.0));
}
fn box_muller(u1: u32, u2: u32) -> vec2f {
  // angle = 2π (u2 + 0.5) / 2^32: the quadrant from the top two bits, the rest reduced exactly.
  let radius = sqrt(-2.0 * log_unit(u1));
  let sc = sincos_acc(6.28318548f * ((f32(u2 & 0x3fffffffu) + 0.5) * 2.32830644e-10f));
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
}
@group(0) @binding(0) var<storage, read> XS: array<f32>;
@group(0) @binding(1) var<storage, read_write> Z: array<f32>;
@group(0) @binding(2) var<storage, read_write> LOGPI: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
let xb = sys * 8u;
let zb = sys * 16u;
var mean: array<f32, 2>;
for (var k = 0u; k < 2u; k++) {
  var s = 0.0;
  for (var i = 0u; i < 4u; i++) { s += XS[xb + i * 2u + k] / 4.00000000f; }
  mean[k] = s;
}
var pi_sq = 0.0;
for (var call = 0u; call < 2u; call++) {
  let e = normals4(seed, 2u, row, call);
  for (var j = 0u; j < 4u; j++) {
    let idx = 4u * call + j;
    if (idx < 8u) {
      let i = idx / 2u;
      let c = (idx / 2u) % 1u;
      let k = idx % 2u;
      let x = XS[xb + i * 2u + k];
      let a = x + 0.100000001f * e[j];
      Z[zb + (i * 2u + 1u + c) * 2u + k] = a - mean[k];
      let v = (a - x) / 0.100000001f;
      pi_sq += v * v;
    }
  }
}
for (var i = 0u; i < 4u; i++) {
  for (var k = 0u; k < 2u; k++) { Z[zb + i * 4u + k] = XS[xb + i * 2u + k] - mean[k]; }
}
LOGPI[sys] = -0.5 * pi_sq + 11.0691729f;
}

// ==== dw4: target.dw4 (bindings X, A, LOGQ, ENERGY, LOGW) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> X: array<f32>;
@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> LOGQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> ENERGY: array<f32>;
@group(0) @binding(4) var<storage, read_write> LOGW: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let xb = sys * 8u;
let ab = sys * 8u;
var energy = 0.0;
for (var i = 0u; i < 4u; i++) {
  for (var j = i + 1u; j < 4u; j++) {
    var sq = 0.0;
    for (var k = 0u; k < 2u; k++) { let t = X[xb + i * 2u + k] - X[xb + j * 2u + k]; sq += t * t; }
    let t = select(sqrt(sq), 1.0, sq == 0.0) - 4.00000000f;
    let t2 = t * t;
    energy += 0.00000000f * t + -4.00000000f * t2 + 0.899999976f * t2 * t2;
  }
}

var pi_sq = 0.0;
for (var i = 0u; i < 4u; i++) {
  for (var c = 0u; c < 1u; c++) {
    for (var k = 0u; k < 2u; k++) {
      let v = (A[ab + (i * 1u + c) * 2u + k] - X[xb + i * 2u + k]) / 0.100000001f;
      pi_sq += v * v;
    }
  }
}
ENERGY[sys] = energy;
LOGW[sys] = -energy / 1.00000000f + (-0.5 * pi_sq + 11.0691729f) - LOGQ[sys];
}

// ==== lj13: base (bindings Z, LOGQ0) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
fn sincos_acc(x: f32) -> vec2f {
  let k = round(x * 0.636619772);
  let r = (x - k * 1.57079637) + k * 4.37113883e-8;
  let r2 = r * r;
  let s = r + r * r2 * (-0.166666667 + r2 * (0.00833333333 + r2 * (-0.000198412698 + r2 * 2.75573192e-6)));
  let c = 1.0 + r2 * (-0.5 + r2 * (0.0416666667 + r2 * (-0.00138888889 + r2 * (2.48015873e-5 - r2 * 2.75573192e-7))));
  let q = i32(k) & 3;
  if (q == 0) { return vec2f(s, c); }
  if (q == 1) { return vec2f(c, -s); }
  if (q == 2) { return vec2f(-s, -c); }
  return vec2f(-c, s);
}
fn sin_acc(x: f32) -> f32 { return sincos_acc(x).x; }
fn cos_acc(x: f32) -> f32 { return sincos_acc(x).y; }
fn atan_unit(a: f32) -> f32 {
  // a in [0, 1]: atan(a) = π/4 + atan((a − 1)/(a + 1)) above tan(π/8), then the series on |t| ≤ 0.4143.
  let big = a > 0.414213562;
  let t = select(a, (a - 1.0) / (a + 1.0), big);
  let t2 = t * t;
  let p = t * (1.0 + t2 * (-0.333333333 + t2 * (0.2 + t2 * (-0.142857143 + t2 * (0.111111111 + t2 * (-0.0909090909 + t2 * (0.0769230769 - t2 * 0.0666666667)))))));
  return select(p, 0.785398163 + p, big);
}
fn atan2_acc(y: f32, x: f32) -> f32 {
  let ax = abs(x); let ay = abs(y);
  let hi = max(ax, ay);
  if (hi == 0.0) { return select(0.0, 3.14159265, x < 0.0); }
  var r = atan_unit(min(ax, ay) / hi);
  if (ay > ax) { r = 1.57079633 - r; }
  if (x < 0.0) { r = 3.14159265 - r; }
  return select(r, -r, y < 0.0);
}
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
  return 2.0 * z * (1.0 + z2 * (0.333333343f + z2 * (0.200000003f + z2 * (0.142857149f + z2 * (0.111111112f + z2 * (0.0909090936f + z2 * (0.0769230798f + z2 * (0.0666666701f + z2 * 0.0588235296f))))))));
}
fn log_unit(u: u32) -> f32 {
  // log((u + 0.5) / 2^32): from the complement ~u above one half (no cancellation near 1), else from the
  // exponent and mantissa of the float.
  if (u >= 0x80000000u) {
    let s = (f32(~u) + 0.5) * 2.32830644e-10f;
    return log_series(-s / (2.0 - s));
  }
  let parts = frexp((f32(u) + 0.5) * 2.32830644e-10f);
  let low = parts.fract < 0.707106769f;
  let m = select(parts.fract, parts.fract * 2.0, low);
  let e = f32(parts.exp) - select(0.0, 1.0, low);
  return e * 0.693147182f + log_series((m - 1.0) / (m + 1.0));
}
fn box_muller(u1: u32, u2: u32) -> vec2f {
  // angle = 2π (u2 + 0.5) / 2^32: the quadrant from the top two bits, the rest reduced exactly.
  let radius = sqrt(-2.0 * log_unit(u1));
  let sc = sincos_acc(6.28318548f * ((f32(u2 & 0x3fffffffu) + 0.5) * 2.32830644e-10f));
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
}
@group(0) @binding(0) var<storage, read_write> Z: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGQ0: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
var x: array<f32, 39>;
for (var call = 0u; call < 10u; call++) {
  let e = normals4(seed, 0u, row, call);
  for (var j = 0u; j < 4u; j++) {
    if (4u * call + j < 39u) { x[4u * call + j] = e[j]; }
  }
}
for (var k = 0u; k < 3u; k++) {
  var mean = 0.0;
  for (var i = 0u; i < 13u; i++) { mean += x[i * 3u + k] / 13.0000000f; }
  for (var i = 0u; i < 13u; i++) { x[i * 3u + k] = 1.00000000f * (x[i * 3u + k] - mean); }
}
// log N(x; 0, σ²) on the centre-of-mass-free subspace, the mean recomputed as base.ts does.
var x_sq = 0.0;
for (var k = 0u; k < 3u; k++) {
  var mean = 0.0;
  for (var i = 0u; i < 13u; i++) { mean += x[i * 3u + k]; }
  mean = mean / 13.0000000f;
  for (var i = 0u; i < 13u; i++) { let v = (x[i * 3u + k] - mean) / 1.00000000f; x_sq += v * v; }
}
var eps: array<f32, 39>;
for (var call = 0u; call < 10u; call++) {
  let e = normals4(seed, 1u, row, call);
  for (var j = 0u; j < 4u; j++) {
    if (4u * call + j < 39u) { eps[4u * call + j] = e[j]; }
  }
}
let zb = sys * 78u;
var a_sq = 0.0;
for (var i = 0u; i < 13u; i++) {
  for (var k = 0u; k < 3u; k++) { Z[zb + i * 6u + k] = x[i * 3u + k]; }
  for (var c = 0u; c < 1u; c++) {
    for (var k = 0u; k < 3u; k++) {
      let a = x[i * 3u + k] + 0.100000001f * eps[(i * 1u + c) * 3u + k];
      Z[zb + (i * 2u + 1u + c) * 3u + k] = a;
      let v = (a - x[i * 3u + k]) / 0.100000001f;
      a_sq += v * v;
    }
  }
}
LOGQ0[sys] = -0.5 * x_sq - 0.5 * a_sq + 20.8804283f;
}

// ==== lj13: augment (bindings XS, Z, LOGPI) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
fn sincos_acc(x: f32) -> vec2f {
  let k = round(x * 0.636619772);
  let r = (x - k * 1.57079637) + k * 4.37113883e-8;
  let r2 = r * r;
  let s = r + r * r2 * (-0.166666667 + r2 * (0.00833333333 + r2 * (-0.000198412698 + r2 * 2.75573192e-6)));
  let c = 1.0 + r2 * (-0.5 + r2 * (0.0416666667 + r2 * (-0.00138888889 + r2 * (2.48015873e-5 - r2 * 2.75573192e-7))));
  let q = i32(k) & 3;
  if (q == 0) { return vec2f(s, c); }
  if (q == 1) { return vec2f(c, -s); }
  if (q == 2) { return vec2f(-s, -c); }
  return vec2f(-c, s);
}
fn sin_acc(x: f32) -> f32 { return sincos_acc(x).x; }
fn cos_acc(x: f32) -> f32 { return sincos_acc(x).y; }
fn atan_unit(a: f32) -> f32 {
  // a in [0, 1]: atan(a) = π/4 + atan((a − 1)/(a + 1)) above tan(π/8), then the series on |t| ≤ 0.4143.
  let big = a > 0.414213562;
  let t = select(a, (a - 1.0) / (a + 1.0), big);
  let t2 = t * t;
  let p = t * (1.0 + t2 * (-0.333333333 + t2 * (0.2 + t2 * (-0.142857143 + t2 * (0.111111111 + t2 * (-0.0909090909 + t2 * (0.0769230769 - t2 * 0.0666666667)))))));
  return select(p, 0.785398163 + p, big);
}
fn atan2_acc(y: f32, x: f32) -> f32 {
  let ax = abs(x); let ay = abs(y);
  let hi = max(ax, ay);
  if (hi == 0.0) { return select(0.0, 3.14159265, x < 0.0); }
  var r = atan_unit(min(ax, ay) / hi);
  if (ay > ax) { r = 1.57079633 - r; }
  if (x < 0.0) { r = 3.14159265 - r; }
  return select(r, -r, y < 0.0);
}
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
  return 2.0 * z * (1.0 + z2 * (0.333333343f + z2 * (0.200000003f + z2 * (0.142857149f + z2 * (0.111111112f + z2 * (0.0909090936f + z2 * (0.0769230798f + z2 * (0.0666666701f + z2 * 0.0588235296f))))))));
}
fn log_unit(u: u32) -> f32 {
  // log((u + 0.5) / 2^32): from the complement ~u above one half (no cancellation near 1), else from the
  // exponent and mantissa of the float.
  if (u >= 0x80000000u) {
    let s = (f32(~u) + 0.5) * 2.32830644e-10f;
    return log_series(-s / (2.0 - s));
  }
  let parts = frexp((f32(u) + 0.5) * 2.32830644e-10f);
  let low = parts.fract < 0.707106769f;
  let m = select(parts.fract, parts.fract * 2.0, low);
  let e = f32(parts.exp) - select(0.0, 1.0, low);
  return e * 0.693147182f + log_series((m - 1.0) / (m + 1.0));
}
fn box_muller(u1: u32, u2: u32) -> vec2f {
  // angle = 2π (u2 + 0.5) / 2^32: the quadrant from the top two bits, the rest reduced exactly.
  let radius = sqrt(-2.0 * log_unit(u1));
  let sc = sincos_acc(6.28318548f * ((f32(u2 & 0x3fffffffu) + 0.5) * 2.32830644e-10f));
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
}
@group(0) @binding(0) var<storage, read> XS: array<f32>;
@group(0) @binding(1) var<storage, read_write> Z: array<f32>;
@group(0) @binding(2) var<storage, read_write> LOGPI: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let seed = vec2u(dims.seed_lo, dims.seed_hi);
let row = dims.first_row + sys;
let xb = sys * 39u;
let zb = sys * 78u;
var mean: array<f32, 3>;
for (var k = 0u; k < 3u; k++) {
  var s = 0.0;
  for (var i = 0u; i < 13u; i++) { s += XS[xb + i * 3u + k] / 13.0000000f; }
  mean[k] = s;
}
var pi_sq = 0.0;
for (var call = 0u; call < 10u; call++) {
  let e = normals4(seed, 2u, row, call);
  for (var j = 0u; j < 4u; j++) {
    let idx = 4u * call + j;
    if (idx < 39u) {
      let i = idx / 3u;
      let c = (idx / 3u) % 1u;
      let k = idx % 3u;
      let x = XS[xb + i * 3u + k];
      let a = x + 0.100000001f * e[j];
      Z[zb + (i * 2u + 1u + c) * 3u + k] = a - mean[k];
      let v = (a - x) / 0.100000001f;
      pi_sq += v * v;
    }
  }
}
for (var i = 0u; i < 13u; i++) {
  for (var k = 0u; k < 3u; k++) { Z[zb + i * 6u + k] = XS[xb + i * 3u + k] - mean[k]; }
}
LOGPI[sys] = -0.5 * pi_sq + 53.9622154f;
}

// ==== lj13: target.lj (bindings X, A, LOGQ, ENERGY, LOGW) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> X: array<f32>;
@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> LOGQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> ENERGY: array<f32>;
@group(0) @binding(4) var<storage, read_write> LOGW: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let sys = gid.x;
if (sys >= dims.systems) { return; }
let xb = sys * 39u;
let ab = sys * 39u;
var energy = 0.0;
for (var i = 0u; i < 13u; i++) {
  for (var j = i + 1u; j < 13u; j++) {
    var sq = 0.0;
    for (var k = 0u; k < 3u; k++) { let t = X[xb + i * 3u + k] - X[xb + j * 3u + k]; sq += t * t; }
    let s2 = 1.00000000f / select(sq, 1.0, sq == 0.0);
    let s6 = s2 * s2 * s2;
    energy += 1.00000000f * (s6 * s6 - 2.0 * s6);
  }
}
var harmonic = 0.0;
for (var k = 0u; k < 3u; k++) {
  var mean = 0.0;
  for (var i = 0u; i < 13u; i++) { mean += X[xb + i * 3u + k]; }
  mean = mean / 13.0000000f;
  for (var i = 0u; i < 13u; i++) { let v = X[xb + i * 3u + k] - mean; harmonic += v * v; }
}
energy += 0.500000000f * harmonic;
var pi_sq = 0.0;
for (var i = 0u; i < 13u; i++) {
  for (var c = 0u; c < 1u; c++) {
    for (var k = 0u; k < 3u; k++) {
      let v = (A[ab + (i * 1u + c) * 3u + k] - X[xb + i * 3u + k]) / 0.100000001f;
      pi_sq += v * v;
    }
  }
}
ENERGY[sys] = energy;
LOGW[sys] = -energy / 1.00000000f + (-0.5 * pi_sq + 53.9622154f) - LOGQ[sys];
}
