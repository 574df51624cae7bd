// ==== dw4: target.dw4 (bindings X, A, LOGQ, ENERGY, LOGW) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> X: array<f32>;
@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> LOGQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> ENERGY: array<f32>;
@group(0) @binding(4) var<storage, read_write> LOGW: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== lj13: target.lj (bindings X, A, LOGQ, ENERGY, LOGW) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> X: array<f32>;
@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> LOGQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> ENERGY: array<f32>;
@group(0) @binding(4) var<storage, read_write> LOGW: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
