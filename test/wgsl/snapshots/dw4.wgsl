// ==== forward kernel 0: zero (bindings DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(1) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = 0.0;
}

// ==== forward kernel 1: center.1 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 8u) { return; }
let sys = t / 8u;
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var j = 0u; j < 4u; j++) { mean += SRC[((sys * 4u + j) * 2u + 1u) * 2u + k]; }
  DST[t * 2u + k] = SRC[t * 2u + k] - mean / 4.00000000f;
}
}

// ==== forward kernel 2: split.swap (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  TRANS[t * 2u + k] = SRC[(node * 2u + ch) * 2u + k];
  COND[t * 2u + k] = SRC[(node * 2u + 1u + ch) * 2u + k];
}
}

// ==== forward kernel 3: layer0.egnn.init (bindings W, P, V, V0, W, H) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> P: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read_write> V0: array<f32>;
@group(0) @binding(4) var<storage, read> W4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> H4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var embedded: array<vec4f, 1>;
embedded[(0) / 4u][(0) % 4u] = W[0u];
var h: array<vec4f, 32>;
var acc = W4[33u];
var acc_1 = W4[34u];
var acc_2 = W4[35u];
var acc_3 = W4[36u];
var acc_4 = W4[37u];
var acc_5 = W4[38u];
var acc_6 = W4[39u];
var acc_7 = W4[40u];
var acc_8 = W4[41u];
var acc_9 = W4[42u];
var acc_10 = W4[43u];
var acc_11 = W4[44u];
var acc_12 = W4[45u];
var acc_13 = W4[46u];
var acc_14 = W4[47u];
var acc_15 = W4[48u];
var acc_16 = W4[49u];
var acc_17 = W4[50u];
var acc_18 = W4[51u];
var acc_19 = W4[52u];
var acc_20 = W4[53u];
var acc_21 = W4[54u];
var acc_22 = W4[55u];
var acc_23 = W4[56u];
var acc_24 = W4[57u];
var acc_25 = W4[58u];
var acc_26 = W4[59u];
var acc_27 = W4[60u];
var acc_28 = W4[61u];
var acc_29 = W4[62u];
var acc_30 = W4[63u];
var acc_31 = W4[64u];
{
  let x4 = embedded[0u];
  acc = fma(vec4f(x4.x), W4[1u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[1u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[1u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[1u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[1u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[1u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[1u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[1u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[1u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[1u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[1u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[1u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[1u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[1u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[1u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[1u + 15u], acc_15);
  acc_16 = fma(vec4f(x4.x), W4[1u + 16u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[1u + 17u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[1u + 18u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[1u + 19u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[1u + 20u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[1u + 21u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[1u + 22u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[1u + 23u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[1u + 24u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[1u + 25u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[1u + 26u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[1u + 27u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[1u + 28u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[1u + 29u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[1u + 30u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[1u + 31u], acc_31);
}
h[0u] = acc;
h[1u] = acc_1;
h[2u] = acc_2;
h[3u] = acc_3;
h[4u] = acc_4;
h[5u] = acc_5;
h[6u] = acc_6;
h[7u] = acc_7;
h[8u] = acc_8;
h[9u] = acc_9;
h[10u] = acc_10;
h[11u] = acc_11;
h[12u] = acc_12;
h[13u] = acc_13;
h[14u] = acc_14;
h[15u] = acc_15;
h[16u] = acc_16;
h[17u] = acc_17;
h[18u] = acc_18;
h[19u] = acc_19;
h[20u] = acc_20;
h[21u] = acc_21;
h[22u] = acc_22;
h[23u] = acc_23;
h[24u] = acc_24;
h[25u] = acc_25;
h[26u] = acc_26;
h[27u] = acc_27;
h[28u] = acc_28;
h[29u] = acc_29;
h[30u] = acc_30;
h[31u] = acc_31;
for (var q = 0u; q < 32u; q++) { H4[t * 32u + 0u + q] = h[q]; }
for (var ch = 0u; ch < 1u; ch++) {
  for (var k = 0u; k < 2u; k++) {
    var mean = 0.0;
    for (var j = 0u; j < 4u; j++) { mean += P[((sys * 4u + j) * 1u + ch) * 2u + k]; }
    let v = P[(t * 1u + ch) * 2u + k] - mean / 4.00000000f;
    for (var r = 0u; r < 2u; r++) {
      let at = (t * 2u + ch * 2u + r) * 2u + k;
      V[at] = v;
      V0[at] = v;
    }
  }
}
}

// ==== forward kernel 4: layer0.egnn.block0.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 65u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[4257u];
var acc_17 = W4[4258u];
var acc_18 = W4[4259u];
var acc_19 = W4[4260u];
var acc_20 = W4[4261u];
var acc_21 = W4[4262u];
var acc_22 = W4[4263u];
var acc_23 = W4[4264u];
var acc_24 = W4[4265u];
var acc_25 = W4[4266u];
var acc_26 = W4[4267u];
var acc_27 = W4[4268u];
var acc_28 = W4[4269u];
var acc_29 = W4[4270u];
var acc_30 = W4[4271u];
var acc_31 = W4[4272u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 2113u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[4193u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[4193u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[4193u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[4193u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[4193u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[4193u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[4193u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[4193u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[4193u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[4193u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[4193u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[4193u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[4193u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[4193u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[4193u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[4193u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[4193u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[4193u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[4193u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[4193u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[4193u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[4193u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[4193u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[4193u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[4193u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[4193u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[4193u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[4193u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[4193u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[4193u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[4193u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[4193u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[4225u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[4225u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[4225u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[4225u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[4225u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[4225u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[4225u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[4225u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[4225u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[4225u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[4225u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[4225u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[4225u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[4225u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[4225u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[4225u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[4225u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[4225u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[4225u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[4225u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[4225u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[4225u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[4225u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[4225u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[4225u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[4225u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[4225u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[4225u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[4225u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[4225u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[4225u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[4225u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== forward kernel 5: layer0.egnn.block0.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[4161u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[4161u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[4161u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[4161u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[4161u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[4161u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[4161u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[4161u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[4161u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[4161u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[4161u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[4161u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[4161u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[4161u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[4161u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[4161u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[4161u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[4161u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[4161u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[4161u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[4161u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[4161u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[4161u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[4161u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[4161u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[4161u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[4161u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[4161u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[4161u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[4161u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[4161u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[4161u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[4273u + q_6] + W4[4289u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[5329u];
var acc_17 = W4[5330u];
var acc_18 = W4[5331u];
var acc_19 = W4[5332u];
var acc_20 = W4[5333u];
var acc_21 = W4[5334u];
var acc_22 = W4[5335u];
var acc_23 = W4[5336u];
var acc_24 = W4[5337u];
var acc_25 = W4[5338u];
var acc_26 = W4[5339u];
var acc_27 = W4[5340u];
var acc_28 = W4[5341u];
var acc_29 = W4[5342u];
var acc_30 = W4[5343u];
var acc_31 = W4[5344u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 4305u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[6369u];
var acc_33 = W4[6370u];
var acc_34 = W4[6371u];
var acc_35 = W4[6372u];
var acc_36 = W4[6373u];
var acc_37 = W4[6374u];
var acc_38 = W4[6375u];
var acc_39 = W4[6376u];
var acc_40 = W4[6377u];
var acc_41 = W4[6378u];
var acc_42 = W4[6379u];
var acc_43 = W4[6380u];
var acc_44 = W4[6381u];
var acc_45 = W4[6382u];
var acc_46 = W4[6383u];
var acc_47 = W4[6384u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 5345u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[6385u + q_14] + W4[6401u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[7441u];
var acc_49 = W4[7442u];
var acc_50 = W4[7443u];
var acc_51 = W4[7444u];
var acc_52 = W4[7445u];
var acc_53 = W4[7446u];
var acc_54 = W4[7447u];
var acc_55 = W4[7448u];
var acc_56 = W4[7449u];
var acc_57 = W4[7450u];
var acc_58 = W4[7451u];
var acc_59 = W4[7452u];
var acc_60 = W4[7453u];
var acc_61 = W4[7454u];
var acc_62 = W4[7455u];
var acc_63 = W4[7456u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 6417u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[29956u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 29828u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[38604u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 38540u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== forward kernel 6: layer0.egnn.block0.sender (bindings MSG, SENT) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> MSG4: array<vec4f>;
@group(0) @binding(1) var<storage, read_write> SENT4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<vec4f, 16>;
for (var k_ii = 0u; k_ii < 3u; k_ii++) {
  let ii = k_ii + select(0u, 1u, k_ii >= i);
  let pair = (sys * 4u + ii) * 4u + i;
for (var q = 0u; q < 16u; q++) { sum[q] += MSG4[pair * 16u + 0u + q]; }
}
for (var q_1 = 0u; q_1 < 16u; q_1++) { SENT4[t * 16u + 0u + q_1] = sum[q_1]; }
}

// ==== forward kernel 7: layer0.egnn.block0.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[8514u];
var acc_1 = W4[8515u];
var acc_2 = W4[8516u];
var acc_3 = W4[8517u];
var acc_4 = W4[8518u];
var acc_5 = W4[8519u];
var acc_6 = W4[8520u];
var acc_7 = W4[8521u];
var acc_8 = W4[8522u];
var acc_9 = W4[8523u];
var acc_10 = W4[8524u];
var acc_11 = W4[8525u];
var acc_12 = W4[8526u];
var acc_13 = W4[8527u];
var acc_14 = W4[8528u];
var acc_15 = W4[8529u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 7490u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[8530u + q_6] + W4[8546u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[9586u];
var acc_17 = W4[9587u];
var acc_18 = W4[9588u];
var acc_19 = W4[9589u];
var acc_20 = W4[9590u];
var acc_21 = W4[9591u];
var acc_22 = W4[9592u];
var acc_23 = W4[9593u];
var acc_24 = W4[9594u];
var acc_25 = W4[9595u];
var acc_26 = W4[9596u];
var acc_27 = W4[9597u];
var acc_28 = W4[9598u];
var acc_29 = W4[9599u];
var acc_30 = W4[9600u];
var acc_31 = W4[9601u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 8562u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[38536u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 38408u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== forward kernel 8: layer0.egnn.block0.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[12724u];
var acc_1 = W4[12725u];
var acc_2 = W4[12726u];
var acc_3 = W4[12727u];
var acc_4 = W4[12728u];
var acc_5 = W4[12729u];
var acc_6 = W4[12730u];
var acc_7 = W4[12731u];
var acc_8 = W4[12732u];
var acc_9 = W4[12733u];
var acc_10 = W4[12734u];
var acc_11 = W4[12735u];
var acc_12 = W4[12736u];
var acc_13 = W4[12737u];
var acc_14 = W4[12738u];
var acc_15 = W4[12739u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 9652u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[12740u + q_6] + W4[12756u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[13796u];
var acc_17 = W4[13797u];
var acc_18 = W4[13798u];
var acc_19 = W4[13799u];
var acc_20 = W4[13800u];
var acc_21 = W4[13801u];
var acc_22 = W4[13802u];
var acc_23 = W4[13803u];
var acc_24 = W4[13804u];
var acc_25 = W4[13805u];
var acc_26 = W4[13806u];
var acc_27 = W4[13807u];
var acc_28 = W4[13808u];
var acc_29 = W4[13809u];
var acc_30 = W4[13810u];
var acc_31 = W4[13811u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 12772u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[15860u];
var acc_33 = W4[15861u];
var acc_34 = W4[15862u];
var acc_35 = W4[15863u];
var acc_36 = W4[15864u];
var acc_37 = W4[15865u];
var acc_38 = W4[15866u];
var acc_39 = W4[15867u];
var acc_40 = W4[15868u];
var acc_41 = W4[15869u];
var acc_42 = W4[15870u];
var acc_43 = W4[15871u];
var acc_44 = W4[15872u];
var acc_45 = W4[15873u];
var acc_46 = W4[15874u];
var acc_47 = W4[15875u];
var acc_48 = W4[15876u];
var acc_49 = W4[15877u];
var acc_50 = W4[15878u];
var acc_51 = W4[15879u];
var acc_52 = W4[15880u];
var acc_53 = W4[15881u];
var acc_54 = W4[15882u];
var acc_55 = W4[15883u];
var acc_56 = W4[15884u];
var acc_57 = W4[15885u];
var acc_58 = W4[15886u];
var acc_59 = W4[15887u];
var acc_60 = W4[15888u];
var acc_61 = W4[15889u];
var acc_62 = W4[15890u];
var acc_63 = W4[15891u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 13812u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== forward kernel 9: layer0.egnn.block1.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 15892u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[20084u];
var acc_17 = W4[20085u];
var acc_18 = W4[20086u];
var acc_19 = W4[20087u];
var acc_20 = W4[20088u];
var acc_21 = W4[20089u];
var acc_22 = W4[20090u];
var acc_23 = W4[20091u];
var acc_24 = W4[20092u];
var acc_25 = W4[20093u];
var acc_26 = W4[20094u];
var acc_27 = W4[20095u];
var acc_28 = W4[20096u];
var acc_29 = W4[20097u];
var acc_30 = W4[20098u];
var acc_31 = W4[20099u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 17940u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[20020u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[20020u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[20020u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[20020u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[20020u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[20020u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[20020u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[20020u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[20020u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[20020u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[20020u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[20020u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[20020u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[20020u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[20020u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[20020u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[20020u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[20020u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[20020u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[20020u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[20020u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[20020u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[20020u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[20020u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[20020u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[20020u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[20020u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[20020u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[20020u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[20020u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[20020u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[20020u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[20052u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[20052u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[20052u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[20052u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[20052u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[20052u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[20052u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[20052u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[20052u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[20052u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[20052u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[20052u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[20052u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[20052u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[20052u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[20052u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[20052u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[20052u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[20052u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[20052u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[20052u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[20052u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[20052u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[20052u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[20052u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[20052u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[20052u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[20052u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[20052u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[20052u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[20052u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[20052u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== forward kernel 10: layer0.egnn.block1.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[19988u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[19988u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[19988u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[19988u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[19988u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[19988u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[19988u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[19988u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[19988u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[19988u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[19988u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[19988u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[19988u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[19988u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[19988u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[19988u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[19988u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[19988u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[19988u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[19988u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[19988u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[19988u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[19988u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[19988u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[19988u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[19988u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[19988u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[19988u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[19988u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[19988u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[19988u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[19988u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[20100u + q_6] + W4[20116u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[21156u];
var acc_17 = W4[21157u];
var acc_18 = W4[21158u];
var acc_19 = W4[21159u];
var acc_20 = W4[21160u];
var acc_21 = W4[21161u];
var acc_22 = W4[21162u];
var acc_23 = W4[21163u];
var acc_24 = W4[21164u];
var acc_25 = W4[21165u];
var acc_26 = W4[21166u];
var acc_27 = W4[21167u];
var acc_28 = W4[21168u];
var acc_29 = W4[21169u];
var acc_30 = W4[21170u];
var acc_31 = W4[21171u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 20132u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[22196u];
var acc_33 = W4[22197u];
var acc_34 = W4[22198u];
var acc_35 = W4[22199u];
var acc_36 = W4[22200u];
var acc_37 = W4[22201u];
var acc_38 = W4[22202u];
var acc_39 = W4[22203u];
var acc_40 = W4[22204u];
var acc_41 = W4[22205u];
var acc_42 = W4[22206u];
var acc_43 = W4[22207u];
var acc_44 = W4[22208u];
var acc_45 = W4[22209u];
var acc_46 = W4[22210u];
var acc_47 = W4[22211u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 21172u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[22212u + q_14] + W4[22228u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[23268u];
var acc_49 = W4[23269u];
var acc_50 = W4[23270u];
var acc_51 = W4[23271u];
var acc_52 = W4[23272u];
var acc_53 = W4[23273u];
var acc_54 = W4[23274u];
var acc_55 = W4[23275u];
var acc_56 = W4[23276u];
var acc_57 = W4[23277u];
var acc_58 = W4[23278u];
var acc_59 = W4[23279u];
var acc_60 = W4[23280u];
var acc_61 = W4[23281u];
var acc_62 = W4[23282u];
var acc_63 = W4[23283u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 22244u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[93264u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 93136u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[101912u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 101848u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== forward kernel 11: layer0.egnn.block1.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[24341u];
var acc_1 = W4[24342u];
var acc_2 = W4[24343u];
var acc_3 = W4[24344u];
var acc_4 = W4[24345u];
var acc_5 = W4[24346u];
var acc_6 = W4[24347u];
var acc_7 = W4[24348u];
var acc_8 = W4[24349u];
var acc_9 = W4[24350u];
var acc_10 = W4[24351u];
var acc_11 = W4[24352u];
var acc_12 = W4[24353u];
var acc_13 = W4[24354u];
var acc_14 = W4[24355u];
var acc_15 = W4[24356u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 23317u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[24357u + q_6] + W4[24373u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[25413u];
var acc_17 = W4[25414u];
var acc_18 = W4[25415u];
var acc_19 = W4[25416u];
var acc_20 = W4[25417u];
var acc_21 = W4[25418u];
var acc_22 = W4[25419u];
var acc_23 = W4[25420u];
var acc_24 = W4[25421u];
var acc_25 = W4[25422u];
var acc_26 = W4[25423u];
var acc_27 = W4[25424u];
var acc_28 = W4[25425u];
var acc_29 = W4[25426u];
var acc_30 = W4[25427u];
var acc_31 = W4[25428u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 24389u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[101844u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 101716u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== forward kernel 12: layer0.egnn.block1.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[28551u];
var acc_1 = W4[28552u];
var acc_2 = W4[28553u];
var acc_3 = W4[28554u];
var acc_4 = W4[28555u];
var acc_5 = W4[28556u];
var acc_6 = W4[28557u];
var acc_7 = W4[28558u];
var acc_8 = W4[28559u];
var acc_9 = W4[28560u];
var acc_10 = W4[28561u];
var acc_11 = W4[28562u];
var acc_12 = W4[28563u];
var acc_13 = W4[28564u];
var acc_14 = W4[28565u];
var acc_15 = W4[28566u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 25479u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[28567u + q_6] + W4[28583u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[29623u];
var acc_17 = W4[29624u];
var acc_18 = W4[29625u];
var acc_19 = W4[29626u];
var acc_20 = W4[29627u];
var acc_21 = W4[29628u];
var acc_22 = W4[29629u];
var acc_23 = W4[29630u];
var acc_24 = W4[29631u];
var acc_25 = W4[29632u];
var acc_26 = W4[29633u];
var acc_27 = W4[29634u];
var acc_28 = W4[29635u];
var acc_29 = W4[29636u];
var acc_30 = W4[29637u];
var acc_31 = W4[29638u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 28599u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[31687u];
var acc_33 = W4[31688u];
var acc_34 = W4[31689u];
var acc_35 = W4[31690u];
var acc_36 = W4[31691u];
var acc_37 = W4[31692u];
var acc_38 = W4[31693u];
var acc_39 = W4[31694u];
var acc_40 = W4[31695u];
var acc_41 = W4[31696u];
var acc_42 = W4[31697u];
var acc_43 = W4[31698u];
var acc_44 = W4[31699u];
var acc_45 = W4[31700u];
var acc_46 = W4[31701u];
var acc_47 = W4[31702u];
var acc_48 = W4[31703u];
var acc_49 = W4[31704u];
var acc_50 = W4[31705u];
var acc_51 = W4[31706u];
var acc_52 = W4[31707u];
var acc_53 = W4[31708u];
var acc_54 = W4[31709u];
var acc_55 = W4[31710u];
var acc_56 = W4[31711u];
var acc_57 = W4[31712u];
var acc_58 = W4[31713u];
var acc_59 = W4[31714u];
var acc_60 = W4[31715u];
var acc_61 = W4[31716u];
var acc_62 = W4[31717u];
var acc_63 = W4[31718u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 29639u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== forward kernel 13: layer0.egnn.block2.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 31719u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[35911u];
var acc_17 = W4[35912u];
var acc_18 = W4[35913u];
var acc_19 = W4[35914u];
var acc_20 = W4[35915u];
var acc_21 = W4[35916u];
var acc_22 = W4[35917u];
var acc_23 = W4[35918u];
var acc_24 = W4[35919u];
var acc_25 = W4[35920u];
var acc_26 = W4[35921u];
var acc_27 = W4[35922u];
var acc_28 = W4[35923u];
var acc_29 = W4[35924u];
var acc_30 = W4[35925u];
var acc_31 = W4[35926u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 33767u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[35847u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[35847u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[35847u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[35847u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[35847u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[35847u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[35847u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[35847u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[35847u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[35847u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[35847u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[35847u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[35847u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[35847u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[35847u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[35847u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[35847u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[35847u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[35847u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[35847u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[35847u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[35847u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[35847u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[35847u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[35847u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[35847u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[35847u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[35847u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[35847u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[35847u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[35847u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[35847u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[35879u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[35879u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[35879u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[35879u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[35879u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[35879u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[35879u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[35879u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[35879u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[35879u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[35879u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[35879u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[35879u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[35879u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[35879u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[35879u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[35879u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[35879u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[35879u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[35879u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[35879u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[35879u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[35879u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[35879u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[35879u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[35879u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[35879u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[35879u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[35879u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[35879u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[35879u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[35879u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== forward kernel 14: layer0.egnn.block2.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[35815u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[35815u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[35815u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[35815u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[35815u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[35815u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[35815u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[35815u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[35815u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[35815u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[35815u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[35815u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[35815u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[35815u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[35815u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[35815u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[35815u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[35815u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[35815u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[35815u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[35815u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[35815u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[35815u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[35815u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[35815u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[35815u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[35815u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[35815u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[35815u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[35815u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[35815u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[35815u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[35927u + q_6] + W4[35943u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[36983u];
var acc_17 = W4[36984u];
var acc_18 = W4[36985u];
var acc_19 = W4[36986u];
var acc_20 = W4[36987u];
var acc_21 = W4[36988u];
var acc_22 = W4[36989u];
var acc_23 = W4[36990u];
var acc_24 = W4[36991u];
var acc_25 = W4[36992u];
var acc_26 = W4[36993u];
var acc_27 = W4[36994u];
var acc_28 = W4[36995u];
var acc_29 = W4[36996u];
var acc_30 = W4[36997u];
var acc_31 = W4[36998u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 35959u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[38023u];
var acc_33 = W4[38024u];
var acc_34 = W4[38025u];
var acc_35 = W4[38026u];
var acc_36 = W4[38027u];
var acc_37 = W4[38028u];
var acc_38 = W4[38029u];
var acc_39 = W4[38030u];
var acc_40 = W4[38031u];
var acc_41 = W4[38032u];
var acc_42 = W4[38033u];
var acc_43 = W4[38034u];
var acc_44 = W4[38035u];
var acc_45 = W4[38036u];
var acc_46 = W4[38037u];
var acc_47 = W4[38038u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 36999u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[38039u + q_14] + W4[38055u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[39095u];
var acc_49 = W4[39096u];
var acc_50 = W4[39097u];
var acc_51 = W4[39098u];
var acc_52 = W4[39099u];
var acc_53 = W4[39100u];
var acc_54 = W4[39101u];
var acc_55 = W4[39102u];
var acc_56 = W4[39103u];
var acc_57 = W4[39104u];
var acc_58 = W4[39105u];
var acc_59 = W4[39106u];
var acc_60 = W4[39107u];
var acc_61 = W4[39108u];
var acc_62 = W4[39109u];
var acc_63 = W4[39110u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 38071u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[156572u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 156444u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[165220u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 165156u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== forward kernel 15: layer0.egnn.block2.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[40168u];
var acc_1 = W4[40169u];
var acc_2 = W4[40170u];
var acc_3 = W4[40171u];
var acc_4 = W4[40172u];
var acc_5 = W4[40173u];
var acc_6 = W4[40174u];
var acc_7 = W4[40175u];
var acc_8 = W4[40176u];
var acc_9 = W4[40177u];
var acc_10 = W4[40178u];
var acc_11 = W4[40179u];
var acc_12 = W4[40180u];
var acc_13 = W4[40181u];
var acc_14 = W4[40182u];
var acc_15 = W4[40183u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 39144u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[40184u + q_6] + W4[40200u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[41240u];
var acc_17 = W4[41241u];
var acc_18 = W4[41242u];
var acc_19 = W4[41243u];
var acc_20 = W4[41244u];
var acc_21 = W4[41245u];
var acc_22 = W4[41246u];
var acc_23 = W4[41247u];
var acc_24 = W4[41248u];
var acc_25 = W4[41249u];
var acc_26 = W4[41250u];
var acc_27 = W4[41251u];
var acc_28 = W4[41252u];
var acc_29 = W4[41253u];
var acc_30 = W4[41254u];
var acc_31 = W4[41255u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 40216u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[165152u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 165024u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== forward kernel 16: layer0.egnn.block2.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[44378u];
var acc_1 = W4[44379u];
var acc_2 = W4[44380u];
var acc_3 = W4[44381u];
var acc_4 = W4[44382u];
var acc_5 = W4[44383u];
var acc_6 = W4[44384u];
var acc_7 = W4[44385u];
var acc_8 = W4[44386u];
var acc_9 = W4[44387u];
var acc_10 = W4[44388u];
var acc_11 = W4[44389u];
var acc_12 = W4[44390u];
var acc_13 = W4[44391u];
var acc_14 = W4[44392u];
var acc_15 = W4[44393u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 41306u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[44394u + q_6] + W4[44410u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[45450u];
var acc_17 = W4[45451u];
var acc_18 = W4[45452u];
var acc_19 = W4[45453u];
var acc_20 = W4[45454u];
var acc_21 = W4[45455u];
var acc_22 = W4[45456u];
var acc_23 = W4[45457u];
var acc_24 = W4[45458u];
var acc_25 = W4[45459u];
var acc_26 = W4[45460u];
var acc_27 = W4[45461u];
var acc_28 = W4[45462u];
var acc_29 = W4[45463u];
var acc_30 = W4[45464u];
var acc_31 = W4[45465u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 44426u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[47514u];
var acc_33 = W4[47515u];
var acc_34 = W4[47516u];
var acc_35 = W4[47517u];
var acc_36 = W4[47518u];
var acc_37 = W4[47519u];
var acc_38 = W4[47520u];
var acc_39 = W4[47521u];
var acc_40 = W4[47522u];
var acc_41 = W4[47523u];
var acc_42 = W4[47524u];
var acc_43 = W4[47525u];
var acc_44 = W4[47526u];
var acc_45 = W4[47527u];
var acc_46 = W4[47528u];
var acc_47 = W4[47529u];
var acc_48 = W4[47530u];
var acc_49 = W4[47531u];
var acc_50 = W4[47532u];
var acc_51 = W4[47533u];
var acc_52 = W4[47534u];
var acc_53 = W4[47535u];
var acc_54 = W4[47536u];
var acc_55 = W4[47537u];
var acc_56 = W4[47538u];
var acc_57 = W4[47539u];
var acc_58 = W4[47540u];
var acc_59 = W4[47541u];
var acc_60 = W4[47542u];
var acc_61 = W4[47543u];
var acc_62 = W4[47544u];
var acc_63 = W4[47545u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 45466u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== forward kernel 17: layer0.egnn.out (bindings V, V0, VOUT, W, H, HOUT) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> V0: array<f32>;
@group(0) @binding(2) var<storage, read_write> VOUT: array<f32>;
@group(0) @binding(3) var<storage, read> W4: array<vec4f>;
@group(0) @binding(4) var<storage, read> H4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> HOUT4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var top4 = h[0];
for (var q_1 = 0u; q_1 < 32u; q_1++) { top4 = max(top4, h[q_1]); }
let top = max(max(top4.x, top4.y), max(top4.z, top4.w));
var total = 0.0;
for (var q_2 = 0u; q_2 < 32u; q_2++) { h[q_2] = exp(h[q_2] - vec4f(top)); total += h[q_2].x;
total += h[q_2].y;
total += h[q_2].z;
total += h[q_2].w; }
for (var q_3 = 0u; q_3 < 32u; q_3++) { h[q_3] = h[q_3] / total; }
var h_out: array<vec4f, 32>;
var acc = W4[51642u];
var acc_1 = W4[51643u];
var acc_2 = W4[51644u];
var acc_3 = W4[51645u];
var acc_4 = W4[51646u];
var acc_5 = W4[51647u];
var acc_6 = W4[51648u];
var acc_7 = W4[51649u];
var acc_8 = W4[51650u];
var acc_9 = W4[51651u];
var acc_10 = W4[51652u];
var acc_11 = W4[51653u];
var acc_12 = W4[51654u];
var acc_13 = W4[51655u];
var acc_14 = W4[51656u];
var acc_15 = W4[51657u];
var acc_16 = W4[51658u];
var acc_17 = W4[51659u];
var acc_18 = W4[51660u];
var acc_19 = W4[51661u];
var acc_20 = W4[51662u];
var acc_21 = W4[51663u];
var acc_22 = W4[51664u];
var acc_23 = W4[51665u];
var acc_24 = W4[51666u];
var acc_25 = W4[51667u];
var acc_26 = W4[51668u];
var acc_27 = W4[51669u];
var acc_28 = W4[51670u];
var acc_29 = W4[51671u];
var acc_30 = W4[51672u];
var acc_31 = W4[51673u];
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 47546u + k4 * 128u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc_16 = fma(vec4f(x4.x), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 31u], acc_31);
  acc = fma(vec4f(x4.y), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 47u], acc_15);
  acc_16 = fma(vec4f(x4.y), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 63u], acc_31);
  acc = fma(vec4f(x4.z), W4[row + 64u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 65u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 66u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 67u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 68u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 69u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 70u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 71u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 72u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 73u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 74u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 75u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 76u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 77u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 78u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 79u], acc_15);
  acc_16 = fma(vec4f(x4.z), W4[row + 80u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 81u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 82u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 83u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 84u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 85u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 86u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 87u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 88u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 89u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 90u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 91u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 92u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 93u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 94u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 95u], acc_31);
  acc = fma(vec4f(x4.w), W4[row + 96u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 97u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 98u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 99u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 100u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 101u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 102u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 103u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 104u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 105u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 106u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 107u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 108u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 109u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 110u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 111u], acc_15);
  acc_16 = fma(vec4f(x4.w), W4[row + 112u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 113u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 114u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 115u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 116u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 117u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 118u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 119u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 120u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 121u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 122u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 123u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 124u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 125u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 126u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 127u], acc_31);
}
h_out[0u] = acc;
h_out[1u] = acc_1;
h_out[2u] = acc_2;
h_out[3u] = acc_3;
h_out[4u] = acc_4;
h_out[5u] = acc_5;
h_out[6u] = acc_6;
h_out[7u] = acc_7;
h_out[8u] = acc_8;
h_out[9u] = acc_9;
h_out[10u] = acc_10;
h_out[11u] = acc_11;
h_out[12u] = acc_12;
h_out[13u] = acc_13;
h_out[14u] = acc_14;
h_out[15u] = acc_15;
h_out[16u] = acc_16;
h_out[17u] = acc_17;
h_out[18u] = acc_18;
h_out[19u] = acc_19;
h_out[20u] = acc_20;
h_out[21u] = acc_21;
h_out[22u] = acc_22;
h_out[23u] = acc_23;
h_out[24u] = acc_24;
h_out[25u] = acc_25;
h_out[26u] = acc_26;
h_out[27u] = acc_27;
h_out[28u] = acc_28;
h_out[29u] = acc_29;
h_out[30u] = acc_30;
h_out[31u] = acc_31;
for (var q_4 = 0u; q_4 < 32u; q_4++) { HOUT4[t * 32u + 0u + q_4] = h_out[q_4]; }
for (var c = 0u; c < 4u; c++) { VOUT[t * 4u + c] = V[t * 4u + c] - V0[t * 4u + c]; }
}

// ==== forward kernel 18: layer0.head0.head (bindings W, DST, W, SRC) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SRC4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
var x: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { x[q] = SRC4[t * 32u + 0u + q]; }
var head0_y0: array<vec4f, 16>;
var acc = W4[2048u];
var acc_1 = W4[2049u];
var acc_2 = W4[2050u];
var acc_3 = W4[2051u];
var acc_4 = W4[2052u];
var acc_5 = W4[2053u];
var acc_6 = W4[2054u];
var acc_7 = W4[2055u];
var acc_8 = W4[2056u];
var acc_9 = W4[2057u];
var acc_10 = W4[2058u];
var acc_11 = W4[2059u];
var acc_12 = W4[2060u];
var acc_13 = W4[2061u];
var acc_14 = W4[2062u];
var acc_15 = W4[2063u];
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = x[k4];
  let row = 0u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
head0_y0[0u] = acc;
head0_y0[1u] = acc_1;
head0_y0[2u] = acc_2;
head0_y0[3u] = acc_3;
head0_y0[4u] = acc_4;
head0_y0[5u] = acc_5;
head0_y0[6u] = acc_6;
head0_y0[7u] = acc_7;
head0_y0[8u] = acc_8;
head0_y0[9u] = acc_9;
head0_y0[10u] = acc_10;
head0_y0[11u] = acc_11;
head0_y0[12u] = acc_12;
head0_y0[13u] = acc_13;
head0_y0[14u] = acc_14;
head0_y0[15u] = acc_15;
for (var q_1 = 0u; q_1 < 16u; q_1++) { head0_y0[q_1] = head0_y0[q_1] / (vec4f(1.0) + exp(-head0_y0[q_1])); }
var head0_n1: array<vec4f, 16>;
for (var q_2 = 0u; q_2 < 16u; q_2++) { head0_n1[q_2] = head0_y0[q_2]; }
var mean = 0.0;
for (var q_3 = 0u; q_3 < 16u; q_3++) { { let t = head0_n1[q_3]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = (head0_n1[q_4] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_5 = 0u; q_5 < 16u; q_5++) { head0_n1[q_5] = (head0_n1[q_5] - vec4f(mean)) * inv * W4[2064u + q_5] + W4[2080u + q_5]; }
var head0_y1: array<vec4f, 16>;
var acc_16 = W4[3120u];
var acc_17 = W4[3121u];
var acc_18 = W4[3122u];
var acc_19 = W4[3123u];
var acc_20 = W4[3124u];
var acc_21 = W4[3125u];
var acc_22 = W4[3126u];
var acc_23 = W4[3127u];
var acc_24 = W4[3128u];
var acc_25 = W4[3129u];
var acc_26 = W4[3130u];
var acc_27 = W4[3131u];
var acc_28 = W4[3132u];
var acc_29 = W4[3133u];
var acc_30 = W4[3134u];
var acc_31 = W4[3135u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = head0_n1[k4_1];
  let row = 2096u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
head0_y1[0u] = acc_16;
head0_y1[1u] = acc_17;
head0_y1[2u] = acc_18;
head0_y1[3u] = acc_19;
head0_y1[4u] = acc_20;
head0_y1[5u] = acc_21;
head0_y1[6u] = acc_22;
head0_y1[7u] = acc_23;
head0_y1[8u] = acc_24;
head0_y1[9u] = acc_25;
head0_y1[10u] = acc_26;
head0_y1[11u] = acc_27;
head0_y1[12u] = acc_28;
head0_y1[13u] = acc_29;
head0_y1[14u] = acc_30;
head0_y1[15u] = acc_31;
for (var q_6 = 0u; q_6 < 16u; q_6++) { head0_y1[q_6] = head0_y1[q_6] / (vec4f(1.0) + exp(-head0_y1[q_6])); }
for (var q_7 = 0u; q_7 < 16u; q_7++) { head0_y1[q_7] += head0_y0[q_7]; }
var head0_out: array<vec4f, 13>;
for (var c = 0u; c < 50u; c++) { head0_out[(c) / 4u][(c) % 4u] = W[15744u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = head0_y1[(k) / 4u][(k) % 4u];
  let row = 12544u + k * 50u;
  for (var c = 0u; c < 50u; c++) { head0_out[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
for (var q_8 = 0u; q_8 < 12u; q_8++) { { DST[t * 50u + 0u + q_8 * 4u + 0u] = head0_out[q_8].x;
DST[t * 50u + 0u + q_8 * 4u + 1u] = head0_out[q_8].y;
DST[t * 50u + 0u + q_8 * 4u + 2u] = head0_out[q_8].z;
DST[t * 50u + 0u + q_8 * 4u + 3u] = head0_out[q_8].w; } }
DST[t * 50u + 0u + 12u * 4u + 0u] = head0_out[12u].x;
DST[t * 50u + 0u + 12u * 4u + 1u] = head0_out[12u].y;
}

// ==== forward kernel 19: inner.forward.spherical (bindings TRANS, COND, VEC, COEF, OUT, LD) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
struct Mapped { value: f32, log_det: f32 }
fn softplus(t: f32) -> f32 { return max(t, 0.0) + log(1.0 + exp(-abs(t))); }
fn safe_norm2(v: vec2f) -> f32 { return sqrt(safe_sq(dot(v, v))); }
fn safe_norm3(v: vec3f) -> f32 { return sqrt(safe_sq(dot(v, v))); }
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
fn normalize_safe(v: vec2f) -> vec2f { return v / safe_norm2(v); }
struct Knots { x: array<f32, 9>, y: array<f32, 9>, d: array<f32, 9> }
fn bin_edges(base: u32) -> array<f32, 9> {
  var top = COEF[base];
  for (var j = 1u; j < 8u; j++) { top = max(top, COEF[base + j]); }
  var total = 0.0;
  for (var j = 0u; j < 8u; j++) { total += exp(COEF[base + j] - top); }
  var e: array<f32, 9>;
  e[0] = 0.00000000f;
  var acc = 0.00000000f;
  for (var j = 0u; j < 7u; j++) {
    acc += exp(COEF[base + j] - top) / total * 9.99199963f + 0.00100000005f;
    e[j + 1u] = acc;
  }
  e[8] = 10.0000000f;
  return e;
}
fn spline_knots(base: u32) -> Knots {
  var k: Knots;
  k.x = bin_edges(base);
  k.y = bin_edges(base + 8u);
  for (var j = 0u; j < 9u; j++) { k.d[j] = softplus(COEF[base + 16u + j] + 0.541166663f) + 0.0000999999975f; }
  
  return k;
}
fn spline_forward(base: u32, v: f32) -> Mapped {
  let k = spline_knots(base);
  if (v <= k.x[0]) { return Mapped((v - k.x[0]) * k.d[0] + k.y[0], log(k.d[0])); }
  if (v >= k.x[8]) { return Mapped((v - k.x[8]) * k.d[8] + k.y[8], log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.x[j] && v < k.x[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let z = clamp((v - k.x[b]) / w, 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  let value = k.y[b] + h * (s * z * z + d0 * z * (1.0 - z)) / den;
  return Mapped(value, 2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den));
}
fn spline_inverse(base: u32, v: f32) -> Mapped {
  let k = spline_knots(base);
  if (v <= k.y[0]) { return Mapped((v - k.y[0]) / k.d[0] + k.x[0], -log(k.d[0])); }
  if (v >= k.y[8]) { return Mapped((v - k.y[8]) / k.d[8] + k.x[8], -log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.y[j] && v < k.y[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let wt = clamp((v - k.y[b]) / h, 0.0, 1.0);
  let c = -s * wt;
  let bb = d0 - (d1 + d0 - 2.0 * s) * wt;
  let a = s - bb;
  let disc = max(bb * bb - 4.0 * a * c, 1e-37);
  let z = clamp(select((-bb + sqrt(disc)) / (2.0 * a), (2.0 * c) / (-bb - sqrt(disc)), bb >= 0.0), 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  return Mapped(k.x[b] + w * z, -(2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den)));
}
struct Knots_1 { x: array<f32, 9>, y: array<f32, 9>, d: array<f32, 9> }
fn bin_edges_1(base: u32) -> array<f32, 9> {
  var top = COEF[base];
  for (var j = 1u; j < 8u; j++) { top = max(top, COEF[base + j]); }
  var total = 0.0;
  for (var j = 0u; j < 8u; j++) { total += exp(COEF[base + j] - top); }
  var e: array<f32, 9>;
  e[0] = -3.14159274f;
  var acc = -3.14159274f;
  for (var j = 0u; j < 7u; j++) {
    acc += exp(COEF[base + j] - top) / total * 6.27815866f + 0.000628318521f;
    e[j + 1u] = acc;
  }
  e[8] = 3.14159274f;
  return e;
}
fn spline_knots_1(base: u32) -> Knots_1 {
  var k: Knots_1;
  k.x = bin_edges_1(base);
  k.y = bin_edges_1(base + 8u);
  for (var j = 0u; j < 9u; j++) { k.d[j] = softplus(COEF[base + 16u + j] + 0.541166663f) + 0.0000999999975f; }
  k.d[8] = k.d[0];
  return k;
}
fn spline_forward_1(base: u32, v: f32) -> Mapped {
  let k = spline_knots_1(base);
  if (v <= k.x[0]) { return Mapped((v - k.x[0]) * k.d[0] + k.y[0], log(k.d[0])); }
  if (v >= k.x[8]) { return Mapped((v - k.x[8]) * k.d[8] + k.y[8], log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.x[j] && v < k.x[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let z = clamp((v - k.x[b]) / w, 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  let value = k.y[b] + h * (s * z * z + d0 * z * (1.0 - z)) / den;
  return Mapped(value, 2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den));
}
fn spline_inverse_1(base: u32, v: f32) -> Mapped {
  let k = spline_knots_1(base);
  if (v <= k.y[0]) { return Mapped((v - k.y[0]) / k.d[0] + k.x[0], -log(k.d[0])); }
  if (v >= k.y[8]) { return Mapped((v - k.y[8]) / k.d[8] + k.x[8], -log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.y[j] && v < k.y[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let wt = clamp((v - k.y[b]) / h, 0.0, 1.0);
  let c = -s * wt;
  let bb = d0 - (d1 + d0 - 2.0 * s) * wt;
  let a = s - bb;
  let disc = max(bb * bb - 4.0 * a * c, 1e-37);
  let z = clamp(select((-bb + sqrt(disc)) / (2.0 * a), (2.0 * c) / (-bb - sqrt(disc)), bb >= 0.0), 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  return Mapped(k.x[b] + w * z, -(2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den)));
}
@group(0) @binding(0) var<storage, read> TRANS: array<f32>;
@group(0) @binding(1) var<storage, read> COND: array<f32>;
@group(0) @binding(2) var<storage, read> VEC: array<f32>;
@group(0) @binding(3) var<storage, read> COEF: array<f32>;
@group(0) @binding(4) var<storage, read_write> OUT: array<f32>;
@group(0) @binding(5) var<storage, read_write> LD: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
let q = vec2f(TRANS[(t) * 2u + 0u], TRANS[(t) * 2u + 1u]);
let c = vec2f(COND[(t) * 2u + 0u], COND[(t) * 2u + 1u]);
let rel0 = vec2f(VEC[(node * 2u + (ch * 1u + 0u) * 2u + 0u) * 2u + 0u], VEC[(node * 2u + (ch * 1u + 0u) * 2u + 0u) * 2u + 1u]);
let ref0 = c + rel0;
let rel1 = vec2f(VEC[(node * 2u + (ch * 1u + 0u) * 2u + 1u) * 2u + 0u], VEC[(node * 2u + (ch * 1u + 0u) * 2u + 1u) * 2u + 1u]);
let ref1 = c + rel1;
let cbase = node * 50u + ch * 50u;
var out: vec2f;
var ld = 0.0;
let u = normalize_safe(ref1 - ref0);
let w = q - ref0;
let r = safe_norm2(w);
let wh = w / r;
let theta = atan2_acc(u.x * wh.y - u.y * wh.x, dot(u, wh));
let m0 = spline_forward(cbase + 0u, r);
let m1 = spline_forward_1(cbase + 25u, theta);
let cs = cos_acc(m1.value); let sn = sin_acc(m1.value);
out = ref0 + vec2f(cs * u.x - sn * u.y, sn * u.x + cs * u.y) * m0.value;
ld = m0.log_det + m1.log_det - log(r) + log(m0.value);
OUT[t * 2u + 0u] = out[0];
OUT[t * 2u + 1u] = out[1];
LD[t] = ld;
}

// ==== forward kernel 20: inner.forward.logdet (bindings LD, LOGDET) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> LD: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGDET: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems) { return; }
var total = 0.0;
for (var k = 0u; k < 4u; k++) { total += LD[t * 4u + k]; }
LOGDET[t] = total;
}

// ==== forward kernel 21: merge.swap (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  DST[(node * 2u + ch) * 2u + k] = TRANS[t * 2u + k];
  DST[(node * 2u + 1u + ch) * 2u + k] = COND[t * 2u + k];
}
}

// ==== forward kernel 22: center.0 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 8u) { return; }
let sys = t / 8u;
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var j = 0u; j < 4u; j++) { mean += SRC[((sys * 4u + j) * 2u + 0u) * 2u + k]; }
  DST[t * 2u + k] = SRC[t * 2u + k] - mean / 4.00000000f;
}
}

// ==== forward kernel 23: add (bindings A, B, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> A: array<f32>;
@group(0) @binding(1) var<storage, read> B: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = A[t] + B[t];
}

// ==== forward kernel 24: split (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  COND[t * 2u + k] = SRC[(node * 2u + ch) * 2u + k];
  TRANS[t * 2u + k] = SRC[(node * 2u + 1u + ch) * 2u + k];
}
}

// ==== forward kernel 25: merge (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  DST[(node * 2u + ch) * 2u + k] = COND[t * 2u + k];
  DST[(node * 2u + 1u + ch) * 2u + k] = TRANS[t * 2u + k];
}
}

// ==== inverse kernel 0: zero (bindings DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(1) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = 0.0;
}

// ==== inverse kernel 1: split (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  COND[t * 2u + k] = SRC[(node * 2u + ch) * 2u + k];
  TRANS[t * 2u + k] = SRC[(node * 2u + 1u + ch) * 2u + k];
}
}

// ==== inverse kernel 2: layer23.egnn.init (bindings W, P, V, V0, W, H) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> P: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read_write> V0: array<f32>;
@group(0) @binding(4) var<storage, read> W4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> H4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var embedded: array<vec4f, 1>;
embedded[(0) / 4u][(0) % 4u] = W[0u];
var h: array<vec4f, 32>;
var acc = W4[33u];
var acc_1 = W4[34u];
var acc_2 = W4[35u];
var acc_3 = W4[36u];
var acc_4 = W4[37u];
var acc_5 = W4[38u];
var acc_6 = W4[39u];
var acc_7 = W4[40u];
var acc_8 = W4[41u];
var acc_9 = W4[42u];
var acc_10 = W4[43u];
var acc_11 = W4[44u];
var acc_12 = W4[45u];
var acc_13 = W4[46u];
var acc_14 = W4[47u];
var acc_15 = W4[48u];
var acc_16 = W4[49u];
var acc_17 = W4[50u];
var acc_18 = W4[51u];
var acc_19 = W4[52u];
var acc_20 = W4[53u];
var acc_21 = W4[54u];
var acc_22 = W4[55u];
var acc_23 = W4[56u];
var acc_24 = W4[57u];
var acc_25 = W4[58u];
var acc_26 = W4[59u];
var acc_27 = W4[60u];
var acc_28 = W4[61u];
var acc_29 = W4[62u];
var acc_30 = W4[63u];
var acc_31 = W4[64u];
{
  let x4 = embedded[0u];
  acc = fma(vec4f(x4.x), W4[1u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[1u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[1u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[1u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[1u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[1u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[1u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[1u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[1u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[1u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[1u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[1u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[1u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[1u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[1u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[1u + 15u], acc_15);
  acc_16 = fma(vec4f(x4.x), W4[1u + 16u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[1u + 17u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[1u + 18u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[1u + 19u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[1u + 20u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[1u + 21u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[1u + 22u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[1u + 23u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[1u + 24u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[1u + 25u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[1u + 26u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[1u + 27u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[1u + 28u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[1u + 29u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[1u + 30u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[1u + 31u], acc_31);
}
h[0u] = acc;
h[1u] = acc_1;
h[2u] = acc_2;
h[3u] = acc_3;
h[4u] = acc_4;
h[5u] = acc_5;
h[6u] = acc_6;
h[7u] = acc_7;
h[8u] = acc_8;
h[9u] = acc_9;
h[10u] = acc_10;
h[11u] = acc_11;
h[12u] = acc_12;
h[13u] = acc_13;
h[14u] = acc_14;
h[15u] = acc_15;
h[16u] = acc_16;
h[17u] = acc_17;
h[18u] = acc_18;
h[19u] = acc_19;
h[20u] = acc_20;
h[21u] = acc_21;
h[22u] = acc_22;
h[23u] = acc_23;
h[24u] = acc_24;
h[25u] = acc_25;
h[26u] = acc_26;
h[27u] = acc_27;
h[28u] = acc_28;
h[29u] = acc_29;
h[30u] = acc_30;
h[31u] = acc_31;
for (var q = 0u; q < 32u; q++) { H4[t * 32u + 0u + q] = h[q]; }
for (var ch = 0u; ch < 1u; ch++) {
  for (var k = 0u; k < 2u; k++) {
    var mean = 0.0;
    for (var j = 0u; j < 4u; j++) { mean += P[((sys * 4u + j) * 1u + ch) * 2u + k]; }
    let v = P[(t * 1u + ch) * 2u + k] - mean / 4.00000000f;
    for (var r = 0u; r < 2u; r++) {
      let at = (t * 2u + ch * 2u + r) * 2u + k;
      V[at] = v;
      V0[at] = v;
    }
  }
}
}

// ==== inverse kernel 3: layer23.egnn.block0.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 65u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[4257u];
var acc_17 = W4[4258u];
var acc_18 = W4[4259u];
var acc_19 = W4[4260u];
var acc_20 = W4[4261u];
var acc_21 = W4[4262u];
var acc_22 = W4[4263u];
var acc_23 = W4[4264u];
var acc_24 = W4[4265u];
var acc_25 = W4[4266u];
var acc_26 = W4[4267u];
var acc_27 = W4[4268u];
var acc_28 = W4[4269u];
var acc_29 = W4[4270u];
var acc_30 = W4[4271u];
var acc_31 = W4[4272u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 2113u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[4193u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[4193u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[4193u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[4193u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[4193u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[4193u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[4193u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[4193u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[4193u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[4193u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[4193u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[4193u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[4193u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[4193u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[4193u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[4193u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[4193u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[4193u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[4193u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[4193u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[4193u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[4193u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[4193u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[4193u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[4193u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[4193u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[4193u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[4193u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[4193u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[4193u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[4193u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[4193u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[4225u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[4225u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[4225u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[4225u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[4225u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[4225u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[4225u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[4225u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[4225u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[4225u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[4225u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[4225u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[4225u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[4225u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[4225u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[4225u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[4225u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[4225u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[4225u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[4225u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[4225u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[4225u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[4225u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[4225u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[4225u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[4225u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[4225u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[4225u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[4225u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[4225u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[4225u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[4225u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== inverse kernel 4: layer23.egnn.block0.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[4161u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[4161u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[4161u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[4161u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[4161u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[4161u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[4161u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[4161u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[4161u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[4161u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[4161u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[4161u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[4161u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[4161u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[4161u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[4161u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[4161u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[4161u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[4161u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[4161u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[4161u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[4161u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[4161u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[4161u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[4161u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[4161u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[4161u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[4161u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[4161u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[4161u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[4161u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[4161u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[4273u + q_6] + W4[4289u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[5329u];
var acc_17 = W4[5330u];
var acc_18 = W4[5331u];
var acc_19 = W4[5332u];
var acc_20 = W4[5333u];
var acc_21 = W4[5334u];
var acc_22 = W4[5335u];
var acc_23 = W4[5336u];
var acc_24 = W4[5337u];
var acc_25 = W4[5338u];
var acc_26 = W4[5339u];
var acc_27 = W4[5340u];
var acc_28 = W4[5341u];
var acc_29 = W4[5342u];
var acc_30 = W4[5343u];
var acc_31 = W4[5344u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 4305u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[6369u];
var acc_33 = W4[6370u];
var acc_34 = W4[6371u];
var acc_35 = W4[6372u];
var acc_36 = W4[6373u];
var acc_37 = W4[6374u];
var acc_38 = W4[6375u];
var acc_39 = W4[6376u];
var acc_40 = W4[6377u];
var acc_41 = W4[6378u];
var acc_42 = W4[6379u];
var acc_43 = W4[6380u];
var acc_44 = W4[6381u];
var acc_45 = W4[6382u];
var acc_46 = W4[6383u];
var acc_47 = W4[6384u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 5345u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[6385u + q_14] + W4[6401u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[7441u];
var acc_49 = W4[7442u];
var acc_50 = W4[7443u];
var acc_51 = W4[7444u];
var acc_52 = W4[7445u];
var acc_53 = W4[7446u];
var acc_54 = W4[7447u];
var acc_55 = W4[7448u];
var acc_56 = W4[7449u];
var acc_57 = W4[7450u];
var acc_58 = W4[7451u];
var acc_59 = W4[7452u];
var acc_60 = W4[7453u];
var acc_61 = W4[7454u];
var acc_62 = W4[7455u];
var acc_63 = W4[7456u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 6417u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[29956u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 29828u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[38604u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 38540u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== inverse kernel 5: layer23.egnn.block0.sender (bindings MSG, SENT) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> MSG4: array<vec4f>;
@group(0) @binding(1) var<storage, read_write> SENT4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<vec4f, 16>;
for (var k_ii = 0u; k_ii < 3u; k_ii++) {
  let ii = k_ii + select(0u, 1u, k_ii >= i);
  let pair = (sys * 4u + ii) * 4u + i;
for (var q = 0u; q < 16u; q++) { sum[q] += MSG4[pair * 16u + 0u + q]; }
}
for (var q_1 = 0u; q_1 < 16u; q_1++) { SENT4[t * 16u + 0u + q_1] = sum[q_1]; }
}

// ==== inverse kernel 6: layer23.egnn.block0.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[8514u];
var acc_1 = W4[8515u];
var acc_2 = W4[8516u];
var acc_3 = W4[8517u];
var acc_4 = W4[8518u];
var acc_5 = W4[8519u];
var acc_6 = W4[8520u];
var acc_7 = W4[8521u];
var acc_8 = W4[8522u];
var acc_9 = W4[8523u];
var acc_10 = W4[8524u];
var acc_11 = W4[8525u];
var acc_12 = W4[8526u];
var acc_13 = W4[8527u];
var acc_14 = W4[8528u];
var acc_15 = W4[8529u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 7490u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[8530u + q_6] + W4[8546u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[9586u];
var acc_17 = W4[9587u];
var acc_18 = W4[9588u];
var acc_19 = W4[9589u];
var acc_20 = W4[9590u];
var acc_21 = W4[9591u];
var acc_22 = W4[9592u];
var acc_23 = W4[9593u];
var acc_24 = W4[9594u];
var acc_25 = W4[9595u];
var acc_26 = W4[9596u];
var acc_27 = W4[9597u];
var acc_28 = W4[9598u];
var acc_29 = W4[9599u];
var acc_30 = W4[9600u];
var acc_31 = W4[9601u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 8562u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[38536u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 38408u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== inverse kernel 7: layer23.egnn.block0.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[12724u];
var acc_1 = W4[12725u];
var acc_2 = W4[12726u];
var acc_3 = W4[12727u];
var acc_4 = W4[12728u];
var acc_5 = W4[12729u];
var acc_6 = W4[12730u];
var acc_7 = W4[12731u];
var acc_8 = W4[12732u];
var acc_9 = W4[12733u];
var acc_10 = W4[12734u];
var acc_11 = W4[12735u];
var acc_12 = W4[12736u];
var acc_13 = W4[12737u];
var acc_14 = W4[12738u];
var acc_15 = W4[12739u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 9652u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[12740u + q_6] + W4[12756u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[13796u];
var acc_17 = W4[13797u];
var acc_18 = W4[13798u];
var acc_19 = W4[13799u];
var acc_20 = W4[13800u];
var acc_21 = W4[13801u];
var acc_22 = W4[13802u];
var acc_23 = W4[13803u];
var acc_24 = W4[13804u];
var acc_25 = W4[13805u];
var acc_26 = W4[13806u];
var acc_27 = W4[13807u];
var acc_28 = W4[13808u];
var acc_29 = W4[13809u];
var acc_30 = W4[13810u];
var acc_31 = W4[13811u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 12772u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[15860u];
var acc_33 = W4[15861u];
var acc_34 = W4[15862u];
var acc_35 = W4[15863u];
var acc_36 = W4[15864u];
var acc_37 = W4[15865u];
var acc_38 = W4[15866u];
var acc_39 = W4[15867u];
var acc_40 = W4[15868u];
var acc_41 = W4[15869u];
var acc_42 = W4[15870u];
var acc_43 = W4[15871u];
var acc_44 = W4[15872u];
var acc_45 = W4[15873u];
var acc_46 = W4[15874u];
var acc_47 = W4[15875u];
var acc_48 = W4[15876u];
var acc_49 = W4[15877u];
var acc_50 = W4[15878u];
var acc_51 = W4[15879u];
var acc_52 = W4[15880u];
var acc_53 = W4[15881u];
var acc_54 = W4[15882u];
var acc_55 = W4[15883u];
var acc_56 = W4[15884u];
var acc_57 = W4[15885u];
var acc_58 = W4[15886u];
var acc_59 = W4[15887u];
var acc_60 = W4[15888u];
var acc_61 = W4[15889u];
var acc_62 = W4[15890u];
var acc_63 = W4[15891u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 13812u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== inverse kernel 8: layer23.egnn.block1.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 15892u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[20084u];
var acc_17 = W4[20085u];
var acc_18 = W4[20086u];
var acc_19 = W4[20087u];
var acc_20 = W4[20088u];
var acc_21 = W4[20089u];
var acc_22 = W4[20090u];
var acc_23 = W4[20091u];
var acc_24 = W4[20092u];
var acc_25 = W4[20093u];
var acc_26 = W4[20094u];
var acc_27 = W4[20095u];
var acc_28 = W4[20096u];
var acc_29 = W4[20097u];
var acc_30 = W4[20098u];
var acc_31 = W4[20099u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 17940u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[20020u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[20020u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[20020u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[20020u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[20020u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[20020u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[20020u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[20020u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[20020u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[20020u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[20020u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[20020u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[20020u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[20020u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[20020u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[20020u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[20020u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[20020u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[20020u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[20020u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[20020u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[20020u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[20020u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[20020u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[20020u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[20020u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[20020u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[20020u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[20020u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[20020u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[20020u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[20020u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[20052u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[20052u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[20052u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[20052u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[20052u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[20052u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[20052u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[20052u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[20052u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[20052u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[20052u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[20052u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[20052u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[20052u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[20052u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[20052u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[20052u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[20052u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[20052u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[20052u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[20052u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[20052u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[20052u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[20052u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[20052u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[20052u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[20052u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[20052u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[20052u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[20052u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[20052u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[20052u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== inverse kernel 9: layer23.egnn.block1.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[19988u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[19988u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[19988u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[19988u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[19988u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[19988u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[19988u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[19988u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[19988u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[19988u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[19988u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[19988u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[19988u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[19988u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[19988u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[19988u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[19988u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[19988u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[19988u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[19988u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[19988u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[19988u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[19988u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[19988u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[19988u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[19988u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[19988u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[19988u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[19988u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[19988u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[19988u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[19988u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[20100u + q_6] + W4[20116u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[21156u];
var acc_17 = W4[21157u];
var acc_18 = W4[21158u];
var acc_19 = W4[21159u];
var acc_20 = W4[21160u];
var acc_21 = W4[21161u];
var acc_22 = W4[21162u];
var acc_23 = W4[21163u];
var acc_24 = W4[21164u];
var acc_25 = W4[21165u];
var acc_26 = W4[21166u];
var acc_27 = W4[21167u];
var acc_28 = W4[21168u];
var acc_29 = W4[21169u];
var acc_30 = W4[21170u];
var acc_31 = W4[21171u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 20132u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[22196u];
var acc_33 = W4[22197u];
var acc_34 = W4[22198u];
var acc_35 = W4[22199u];
var acc_36 = W4[22200u];
var acc_37 = W4[22201u];
var acc_38 = W4[22202u];
var acc_39 = W4[22203u];
var acc_40 = W4[22204u];
var acc_41 = W4[22205u];
var acc_42 = W4[22206u];
var acc_43 = W4[22207u];
var acc_44 = W4[22208u];
var acc_45 = W4[22209u];
var acc_46 = W4[22210u];
var acc_47 = W4[22211u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 21172u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[22212u + q_14] + W4[22228u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[23268u];
var acc_49 = W4[23269u];
var acc_50 = W4[23270u];
var acc_51 = W4[23271u];
var acc_52 = W4[23272u];
var acc_53 = W4[23273u];
var acc_54 = W4[23274u];
var acc_55 = W4[23275u];
var acc_56 = W4[23276u];
var acc_57 = W4[23277u];
var acc_58 = W4[23278u];
var acc_59 = W4[23279u];
var acc_60 = W4[23280u];
var acc_61 = W4[23281u];
var acc_62 = W4[23282u];
var acc_63 = W4[23283u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 22244u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[93264u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 93136u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[101912u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 101848u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== inverse kernel 10: layer23.egnn.block1.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[24341u];
var acc_1 = W4[24342u];
var acc_2 = W4[24343u];
var acc_3 = W4[24344u];
var acc_4 = W4[24345u];
var acc_5 = W4[24346u];
var acc_6 = W4[24347u];
var acc_7 = W4[24348u];
var acc_8 = W4[24349u];
var acc_9 = W4[24350u];
var acc_10 = W4[24351u];
var acc_11 = W4[24352u];
var acc_12 = W4[24353u];
var acc_13 = W4[24354u];
var acc_14 = W4[24355u];
var acc_15 = W4[24356u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 23317u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[24357u + q_6] + W4[24373u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[25413u];
var acc_17 = W4[25414u];
var acc_18 = W4[25415u];
var acc_19 = W4[25416u];
var acc_20 = W4[25417u];
var acc_21 = W4[25418u];
var acc_22 = W4[25419u];
var acc_23 = W4[25420u];
var acc_24 = W4[25421u];
var acc_25 = W4[25422u];
var acc_26 = W4[25423u];
var acc_27 = W4[25424u];
var acc_28 = W4[25425u];
var acc_29 = W4[25426u];
var acc_30 = W4[25427u];
var acc_31 = W4[25428u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 24389u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[101844u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 101716u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== inverse kernel 11: layer23.egnn.block1.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[28551u];
var acc_1 = W4[28552u];
var acc_2 = W4[28553u];
var acc_3 = W4[28554u];
var acc_4 = W4[28555u];
var acc_5 = W4[28556u];
var acc_6 = W4[28557u];
var acc_7 = W4[28558u];
var acc_8 = W4[28559u];
var acc_9 = W4[28560u];
var acc_10 = W4[28561u];
var acc_11 = W4[28562u];
var acc_12 = W4[28563u];
var acc_13 = W4[28564u];
var acc_14 = W4[28565u];
var acc_15 = W4[28566u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 25479u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[28567u + q_6] + W4[28583u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[29623u];
var acc_17 = W4[29624u];
var acc_18 = W4[29625u];
var acc_19 = W4[29626u];
var acc_20 = W4[29627u];
var acc_21 = W4[29628u];
var acc_22 = W4[29629u];
var acc_23 = W4[29630u];
var acc_24 = W4[29631u];
var acc_25 = W4[29632u];
var acc_26 = W4[29633u];
var acc_27 = W4[29634u];
var acc_28 = W4[29635u];
var acc_29 = W4[29636u];
var acc_30 = W4[29637u];
var acc_31 = W4[29638u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 28599u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[31687u];
var acc_33 = W4[31688u];
var acc_34 = W4[31689u];
var acc_35 = W4[31690u];
var acc_36 = W4[31691u];
var acc_37 = W4[31692u];
var acc_38 = W4[31693u];
var acc_39 = W4[31694u];
var acc_40 = W4[31695u];
var acc_41 = W4[31696u];
var acc_42 = W4[31697u];
var acc_43 = W4[31698u];
var acc_44 = W4[31699u];
var acc_45 = W4[31700u];
var acc_46 = W4[31701u];
var acc_47 = W4[31702u];
var acc_48 = W4[31703u];
var acc_49 = W4[31704u];
var acc_50 = W4[31705u];
var acc_51 = W4[31706u];
var acc_52 = W4[31707u];
var acc_53 = W4[31708u];
var acc_54 = W4[31709u];
var acc_55 = W4[31710u];
var acc_56 = W4[31711u];
var acc_57 = W4[31712u];
var acc_58 = W4[31713u];
var acc_59 = W4[31714u];
var acc_60 = W4[31715u];
var acc_61 = W4[31716u];
var acc_62 = W4[31717u];
var acc_63 = W4[31718u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 29639u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== inverse kernel 12: layer23.egnn.block2.node (bindings V, W, H, PQ) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> PQ4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var receiver: array<vec4f, 16>;
var sender: array<vec4f, 16>;
var acc = vec4f(0.0);
var acc_1 = vec4f(0.0);
var acc_2 = vec4f(0.0);
var acc_3 = vec4f(0.0);
var acc_4 = vec4f(0.0);
var acc_5 = vec4f(0.0);
var acc_6 = vec4f(0.0);
var acc_7 = vec4f(0.0);
var acc_8 = vec4f(0.0);
var acc_9 = vec4f(0.0);
var acc_10 = vec4f(0.0);
var acc_11 = vec4f(0.0);
var acc_12 = vec4f(0.0);
var acc_13 = vec4f(0.0);
var acc_14 = vec4f(0.0);
var acc_15 = vec4f(0.0);
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 31719u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
sender[0u] = acc;
sender[1u] = acc_1;
sender[2u] = acc_2;
sender[3u] = acc_3;
sender[4u] = acc_4;
sender[5u] = acc_5;
sender[6u] = acc_6;
sender[7u] = acc_7;
sender[8u] = acc_8;
sender[9u] = acc_9;
sender[10u] = acc_10;
sender[11u] = acc_11;
sender[12u] = acc_12;
sender[13u] = acc_13;
sender[14u] = acc_14;
sender[15u] = acc_15;
var acc_16 = W4[35911u];
var acc_17 = W4[35912u];
var acc_18 = W4[35913u];
var acc_19 = W4[35914u];
var acc_20 = W4[35915u];
var acc_21 = W4[35916u];
var acc_22 = W4[35917u];
var acc_23 = W4[35918u];
var acc_24 = W4[35919u];
var acc_25 = W4[35920u];
var acc_26 = W4[35921u];
var acc_27 = W4[35922u];
var acc_28 = W4[35923u];
var acc_29 = W4[35924u];
var acc_30 = W4[35925u];
var acc_31 = W4[35926u];
for (var k4_1 = 0u; k4_1 < 32u; k4_1++) {
  let x4 = h[k4_1];
  let row = 33767u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
receiver[0u] = acc_16;
receiver[1u] = acc_17;
receiver[2u] = acc_18;
receiver[3u] = acc_19;
receiver[4u] = acc_20;
receiver[5u] = acc_21;
receiver[6u] = acc_22;
receiver[7u] = acc_23;
receiver[8u] = acc_24;
receiver[9u] = acc_25;
receiver[10u] = acc_26;
receiver[11u] = acc_27;
receiver[12u] = acc_28;
receiver[13u] = acc_29;
receiver[14u] = acc_30;
receiver[15u] = acc_31;
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
var acc_32 = sender[0u];
var acc_33 = sender[1u];
var acc_34 = sender[2u];
var acc_35 = sender[3u];
var acc_36 = sender[4u];
var acc_37 = sender[5u];
var acc_38 = sender[6u];
var acc_39 = sender[7u];
var acc_40 = sender[8u];
var acc_41 = sender[9u];
var acc_42 = sender[10u];
var acc_43 = sender[11u];
var acc_44 = sender[12u];
var acc_45 = sender[13u];
var acc_46 = sender[14u];
var acc_47 = sender[15u];
{
  let x4 = kappa[0u];
  acc_32 = fma(vec4f(x4.x), W4[35847u + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[35847u + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[35847u + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[35847u + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[35847u + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[35847u + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[35847u + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[35847u + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[35847u + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[35847u + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[35847u + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[35847u + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[35847u + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[35847u + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[35847u + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[35847u + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[35847u + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[35847u + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[35847u + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[35847u + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[35847u + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[35847u + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[35847u + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[35847u + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[35847u + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[35847u + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[35847u + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[35847u + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[35847u + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[35847u + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[35847u + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[35847u + 31u], acc_47);
}
sender[0u] = acc_32;
sender[1u] = acc_33;
sender[2u] = acc_34;
sender[3u] = acc_35;
sender[4u] = acc_36;
sender[5u] = acc_37;
sender[6u] = acc_38;
sender[7u] = acc_39;
sender[8u] = acc_40;
sender[9u] = acc_41;
sender[10u] = acc_42;
sender[11u] = acc_43;
sender[12u] = acc_44;
sender[13u] = acc_45;
sender[14u] = acc_46;
sender[15u] = acc_47;
var acc_48 = receiver[0u];
var acc_49 = receiver[1u];
var acc_50 = receiver[2u];
var acc_51 = receiver[3u];
var acc_52 = receiver[4u];
var acc_53 = receiver[5u];
var acc_54 = receiver[6u];
var acc_55 = receiver[7u];
var acc_56 = receiver[8u];
var acc_57 = receiver[9u];
var acc_58 = receiver[10u];
var acc_59 = receiver[11u];
var acc_60 = receiver[12u];
var acc_61 = receiver[13u];
var acc_62 = receiver[14u];
var acc_63 = receiver[15u];
{
  let x4 = kappa[0u];
  acc_48 = fma(vec4f(x4.x), W4[35879u + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[35879u + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[35879u + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[35879u + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[35879u + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[35879u + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[35879u + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[35879u + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[35879u + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[35879u + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[35879u + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[35879u + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[35879u + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[35879u + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[35879u + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[35879u + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[35879u + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[35879u + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[35879u + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[35879u + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[35879u + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[35879u + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[35879u + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[35879u + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[35879u + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[35879u + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[35879u + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[35879u + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[35879u + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[35879u + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[35879u + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[35879u + 31u], acc_63);
}
receiver[0u] = acc_48;
receiver[1u] = acc_49;
receiver[2u] = acc_50;
receiver[3u] = acc_51;
receiver[4u] = acc_52;
receiver[5u] = acc_53;
receiver[6u] = acc_54;
receiver[7u] = acc_55;
receiver[8u] = acc_56;
receiver[9u] = acc_57;
receiver[10u] = acc_58;
receiver[11u] = acc_59;
receiver[12u] = acc_60;
receiver[13u] = acc_61;
receiver[14u] = acc_62;
receiver[15u] = acc_63;
for (var q_1 = 0u; q_1 < 16u; q_1++) { PQ4[t * 32u + 0u + q_1] = receiver[q_1]; }
for (var q_2 = 0u; q_2 < 16u; q_2++) { PQ4[t * 32u + 16u + q_2] = sender[q_2]; }
}

// ==== inverse kernel 13: layer23.egnn.block2.edge (bindings W, V, W, PQ, AGG, DV, MSG) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> PQ4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> AGG4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> DV4: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> MSG4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
var agg: array<vec4f, 16>;
var receiver: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { receiver[q] = PQ4[t * 32u + 0u + q]; }
for (var k_jj = 0u; k_jj < 3u; k_jj++) {
  let jj = k_jj + select(0u, 1u, k_jj >= i);
  let j = sys * 4u + jj;
var delta: array<vec4f, 1>;
var sq: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] = v;
    acc += v * v;
  }
  sq[(ch) / 4u][(ch) % 4u] = safe_sq(acc);
}
var pre: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { pre[q_1] = receiver[q_1] + PQ4[j * 32u + 16u + q_1]; }
var acc = pre[0u];
var acc_1 = pre[1u];
var acc_2 = pre[2u];
var acc_3 = pre[3u];
var acc_4 = pre[4u];
var acc_5 = pre[5u];
var acc_6 = pre[6u];
var acc_7 = pre[7u];
var acc_8 = pre[8u];
var acc_9 = pre[9u];
var acc_10 = pre[10u];
var acc_11 = pre[11u];
var acc_12 = pre[12u];
var acc_13 = pre[13u];
var acc_14 = pre[14u];
var acc_15 = pre[15u];
{
  let x4 = sq[0u];
  acc = fma(vec4f(x4.x), W4[35815u + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[35815u + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[35815u + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[35815u + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[35815u + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[35815u + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[35815u + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[35815u + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[35815u + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[35815u + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[35815u + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[35815u + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[35815u + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[35815u + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[35815u + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[35815u + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[35815u + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[35815u + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[35815u + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[35815u + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[35815u + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[35815u + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[35815u + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[35815u + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[35815u + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[35815u + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[35815u + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[35815u + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[35815u + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[35815u + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[35815u + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[35815u + 31u], acc_15);
}
pre[0u] = acc;
pre[1u] = acc_1;
pre[2u] = acc_2;
pre[3u] = acc_3;
pre[4u] = acc_4;
pre[5u] = acc_5;
pre[6u] = acc_6;
pre[7u] = acc_7;
pre[8u] = acc_8;
pre[9u] = acc_9;
pre[10u] = acc_10;
pre[11u] = acc_11;
pre[12u] = acc_12;
pre[13u] = acc_13;
pre[14u] = acc_14;
pre[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { pre[q_2] = pre[q_2] / (vec4f(1.0) + exp(-pre[q_2])); }
var phi_e_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_e_n1[q_3] = pre[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_e_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_e_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_e_n1[q_6] = (phi_e_n1[q_6] - vec4f(mean)) * inv * W4[35927u + q_6] + W4[35943u + q_6]; }
var phi_e_y1: array<vec4f, 16>;
var acc_16 = W4[36983u];
var acc_17 = W4[36984u];
var acc_18 = W4[36985u];
var acc_19 = W4[36986u];
var acc_20 = W4[36987u];
var acc_21 = W4[36988u];
var acc_22 = W4[36989u];
var acc_23 = W4[36990u];
var acc_24 = W4[36991u];
var acc_25 = W4[36992u];
var acc_26 = W4[36993u];
var acc_27 = W4[36994u];
var acc_28 = W4[36995u];
var acc_29 = W4[36996u];
var acc_30 = W4[36997u];
var acc_31 = W4[36998u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_e_n1[k4_1];
  let row = 35959u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_e_y1[0u] = acc_16;
phi_e_y1[1u] = acc_17;
phi_e_y1[2u] = acc_18;
phi_e_y1[3u] = acc_19;
phi_e_y1[4u] = acc_20;
phi_e_y1[5u] = acc_21;
phi_e_y1[6u] = acc_22;
phi_e_y1[7u] = acc_23;
phi_e_y1[8u] = acc_24;
phi_e_y1[9u] = acc_25;
phi_e_y1[10u] = acc_26;
phi_e_y1[11u] = acc_27;
phi_e_y1[12u] = acc_28;
phi_e_y1[13u] = acc_29;
phi_e_y1[14u] = acc_30;
phi_e_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_e_y1[q_7] = phi_e_y1[q_7] / (vec4f(1.0) + exp(-phi_e_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_e_y1[q_8] += pre[q_8]; }
for (var q_9 = 0u; q_9 < 16u; q_9++) { MSG4[(t * 4u + jj) * 16u + 0u + q_9] = phi_e_y1[q_9]; }
var phi_x_y0: array<vec4f, 16>;
var acc_32 = W4[38023u];
var acc_33 = W4[38024u];
var acc_34 = W4[38025u];
var acc_35 = W4[38026u];
var acc_36 = W4[38027u];
var acc_37 = W4[38028u];
var acc_38 = W4[38029u];
var acc_39 = W4[38030u];
var acc_40 = W4[38031u];
var acc_41 = W4[38032u];
var acc_42 = W4[38033u];
var acc_43 = W4[38034u];
var acc_44 = W4[38035u];
var acc_45 = W4[38036u];
var acc_46 = W4[38037u];
var acc_47 = W4[38038u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_e_y1[k4_2];
  let row = 36999u + k4_2 * 64u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_32 = fma(vec4f(x4.y), W4[row + 16u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 17u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 18u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 19u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 20u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 21u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 22u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 23u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 24u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 25u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 26u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 27u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 28u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 29u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 30u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 31u], acc_47);
  acc_32 = fma(vec4f(x4.z), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 47u], acc_47);
  acc_32 = fma(vec4f(x4.w), W4[row + 48u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 49u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 50u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 51u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 52u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 53u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 54u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 55u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 56u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 57u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 58u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 59u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 60u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 61u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 62u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 63u], acc_47);
}
phi_x_y0[0u] = acc_32;
phi_x_y0[1u] = acc_33;
phi_x_y0[2u] = acc_34;
phi_x_y0[3u] = acc_35;
phi_x_y0[4u] = acc_36;
phi_x_y0[5u] = acc_37;
phi_x_y0[6u] = acc_38;
phi_x_y0[7u] = acc_39;
phi_x_y0[8u] = acc_40;
phi_x_y0[9u] = acc_41;
phi_x_y0[10u] = acc_42;
phi_x_y0[11u] = acc_43;
phi_x_y0[12u] = acc_44;
phi_x_y0[13u] = acc_45;
phi_x_y0[14u] = acc_46;
phi_x_y0[15u] = acc_47;
for (var q_10 = 0u; q_10 < 16u; q_10++) { phi_x_y0[q_10] = phi_x_y0[q_10] / (vec4f(1.0) + exp(-phi_x_y0[q_10])); }
var phi_x_n1: array<vec4f, 16>;
for (var q_11 = 0u; q_11 < 16u; q_11++) { phi_x_n1[q_11] = phi_x_y0[q_11]; }
var mean_1 = 0.0;
for (var q_12 = 0u; q_12 < 16u; q_12++) { { let t = phi_x_n1[q_12]; mean_1 += t.x; mean_1 += t.y; mean_1 += t.z; mean_1 += t.w; } }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var q_13 = 0u; q_13 < 16u; q_13++) { { let t = (phi_x_n1[q_13] - vec4f(mean_1)) * vec4f(1.0); let t2 = t * t; variance_1 += t2.x; variance_1 += t2.y; variance_1 += t2.z; variance_1 += t2.w; } }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var q_14 = 0u; q_14 < 16u; q_14++) { phi_x_n1[q_14] = (phi_x_n1[q_14] - vec4f(mean_1)) * inv_1 * W4[38039u + q_14] + W4[38055u + q_14]; }
var phi_x_y1: array<vec4f, 16>;
var acc_48 = W4[39095u];
var acc_49 = W4[39096u];
var acc_50 = W4[39097u];
var acc_51 = W4[39098u];
var acc_52 = W4[39099u];
var acc_53 = W4[39100u];
var acc_54 = W4[39101u];
var acc_55 = W4[39102u];
var acc_56 = W4[39103u];
var acc_57 = W4[39104u];
var acc_58 = W4[39105u];
var acc_59 = W4[39106u];
var acc_60 = W4[39107u];
var acc_61 = W4[39108u];
var acc_62 = W4[39109u];
var acc_63 = W4[39110u];
for (var k4_3 = 0u; k4_3 < 16u; k4_3++) {
  let x4 = phi_x_n1[k4_3];
  let row = 38071u + k4_3 * 64u;
  acc_48 = fma(vec4f(x4.x), W4[row + 0u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 1u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 2u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 3u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 4u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 5u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 6u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 7u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 8u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 9u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 10u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 11u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 12u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 13u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 14u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 15u], acc_63);
  acc_48 = fma(vec4f(x4.y), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 31u], acc_63);
  acc_48 = fma(vec4f(x4.z), W4[row + 32u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 33u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 34u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 35u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 36u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 37u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 38u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 39u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 40u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 41u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 42u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 43u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 44u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 45u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 46u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 47u], acc_63);
  acc_48 = fma(vec4f(x4.w), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 63u], acc_63);
}
phi_x_y1[0u] = acc_48;
phi_x_y1[1u] = acc_49;
phi_x_y1[2u] = acc_50;
phi_x_y1[3u] = acc_51;
phi_x_y1[4u] = acc_52;
phi_x_y1[5u] = acc_53;
phi_x_y1[6u] = acc_54;
phi_x_y1[7u] = acc_55;
phi_x_y1[8u] = acc_56;
phi_x_y1[9u] = acc_57;
phi_x_y1[10u] = acc_58;
phi_x_y1[11u] = acc_59;
phi_x_y1[12u] = acc_60;
phi_x_y1[13u] = acc_61;
phi_x_y1[14u] = acc_62;
phi_x_y1[15u] = acc_63;
for (var q_15 = 0u; q_15 < 16u; q_15++) { phi_x_y1[q_15] = phi_x_y1[q_15] / (vec4f(1.0) + exp(-phi_x_y1[q_15])); }
for (var q_16 = 0u; q_16 < 16u; q_16++) { phi_x_y1[q_16] += phi_x_y0[q_16]; }
var w: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] = W[156572u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_x_y1[(k) / 4u][(k) % 4u];
  let row = 156444u + k * 2u;
  for (var c = 0u; c < 2u; c++) { w[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var gate: array<vec4f, 1>;
for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] = W[165220u + c_1]; }
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_y1[(k_1) / 4u][(k_1) % 4u];
  let row = 165156u + k_1 * 1u;
  for (var c_1 = 0u; c_1 < 1u; c_1++) { gate[(c_1) / 4u][(c_1) % 4u] += x * W[row + c_1]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[(ch) / 4u][(ch) % 4u] / (sqrt(sq[(ch) / 4u][(ch) % 4u]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += coefficient * delta[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u]; }
}
let g = sigmoid(gate[(0) / 4u][(0) % 4u]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[(c) / 4u][(c) % 4u] += g * phi_e_y1[(c) / 4u][(c) % 4u]; }
}
for (var q_17 = 0u; q_17 < 16u; q_17++) { AGG4[t * 16u + 0u + q_17] = agg[q_17]; }
for (var q_18 = 0u; q_18 < 1u; q_18++) { DV4[t * 1u + 0u + q_18] = dV[q_18]; }
}

// ==== inverse kernel 14: layer23.egnn.block2.cross (bindings W, V, W, SENT, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SENT4: array<vec4f>;
@group(0) @binding(4) var<storage, read_write> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<vec4f, 1>;
for (var q = 0u; q < 1u; q++) { dV[q] = DV4[t * 1u + 0u + q]; }
var sent: array<vec4f, 16>;
for (var q_1 = 0u; q_1 < 16u; q_1++) { sent[q_1] = SENT4[t * 16u + 0u + q_1]; }
var phi_xc_y0: array<vec4f, 16>;
var acc = W4[40168u];
var acc_1 = W4[40169u];
var acc_2 = W4[40170u];
var acc_3 = W4[40171u];
var acc_4 = W4[40172u];
var acc_5 = W4[40173u];
var acc_6 = W4[40174u];
var acc_7 = W4[40175u];
var acc_8 = W4[40176u];
var acc_9 = W4[40177u];
var acc_10 = W4[40178u];
var acc_11 = W4[40179u];
var acc_12 = W4[40180u];
var acc_13 = W4[40181u];
var acc_14 = W4[40182u];
var acc_15 = W4[40183u];
for (var k4 = 0u; k4 < 16u; k4++) {
  let x4 = sent[k4];
  let row = 39144u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_xc_y0[0u] = acc;
phi_xc_y0[1u] = acc_1;
phi_xc_y0[2u] = acc_2;
phi_xc_y0[3u] = acc_3;
phi_xc_y0[4u] = acc_4;
phi_xc_y0[5u] = acc_5;
phi_xc_y0[6u] = acc_6;
phi_xc_y0[7u] = acc_7;
phi_xc_y0[8u] = acc_8;
phi_xc_y0[9u] = acc_9;
phi_xc_y0[10u] = acc_10;
phi_xc_y0[11u] = acc_11;
phi_xc_y0[12u] = acc_12;
phi_xc_y0[13u] = acc_13;
phi_xc_y0[14u] = acc_14;
phi_xc_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_xc_y0[q_2] = phi_xc_y0[q_2] / (vec4f(1.0) + exp(-phi_xc_y0[q_2])); }
var phi_xc_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_xc_n1[q_3] = phi_xc_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_xc_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_xc_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_xc_n1[q_6] = (phi_xc_n1[q_6] - vec4f(mean)) * inv * W4[40184u + q_6] + W4[40200u + q_6]; }
var phi_xc_y1: array<vec4f, 16>;
var acc_16 = W4[41240u];
var acc_17 = W4[41241u];
var acc_18 = W4[41242u];
var acc_19 = W4[41243u];
var acc_20 = W4[41244u];
var acc_21 = W4[41245u];
var acc_22 = W4[41246u];
var acc_23 = W4[41247u];
var acc_24 = W4[41248u];
var acc_25 = W4[41249u];
var acc_26 = W4[41250u];
var acc_27 = W4[41251u];
var acc_28 = W4[41252u];
var acc_29 = W4[41253u];
var acc_30 = W4[41254u];
var acc_31 = W4[41255u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_xc_n1[k4_1];
  let row = 40216u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_xc_y1[0u] = acc_16;
phi_xc_y1[1u] = acc_17;
phi_xc_y1[2u] = acc_18;
phi_xc_y1[3u] = acc_19;
phi_xc_y1[4u] = acc_20;
phi_xc_y1[5u] = acc_21;
phi_xc_y1[6u] = acc_22;
phi_xc_y1[7u] = acc_23;
phi_xc_y1[8u] = acc_24;
phi_xc_y1[9u] = acc_25;
phi_xc_y1[10u] = acc_26;
phi_xc_y1[11u] = acc_27;
phi_xc_y1[12u] = acc_28;
phi_xc_y1[13u] = acc_29;
phi_xc_y1[14u] = acc_30;
phi_xc_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_xc_y1[q_7] = phi_xc_y1[q_7] / (vec4f(1.0) + exp(-phi_xc_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_xc_y1[q_8] += phi_xc_y0[q_8]; }
var xc: array<vec4f, 1>;
for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] = W[165152u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = phi_xc_y1[(k) / 4u][(k) % 4u];
  let row = 165024u + k * 2u;
  for (var c = 0u; c < 2u; c++) { xc[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
var kappa: array<vec4f, 1>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[(ch * 1u + j) / 4u][(ch * 1u + j) % 4u] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[(p) / 4u][(p) % 4u] / (1.0 + kappa[(p) / 4u][(p) % 4u]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[(ch * 2u + k) / 4u][(ch * 2u + k) % 4u] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
for (var q_9 = 0u; q_9 < 1u; q_9++) { DV4[t * 1u + 0u + q_9] = dV[q_9]; }
}

// ==== inverse kernel 15: layer23.egnn.block2.update (bindings V, W, H, AGG, DV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> V: array<f32>;
@group(0) @binding(1) var<storage, read> W4: array<vec4f>;
@group(0) @binding(2) var<storage, read_write> H4: array<vec4f>;
@group(0) @binding(3) var<storage, read> AGG4: array<vec4f>;
@group(0) @binding(4) var<storage, read> DV4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<vec4f, 48>;
for (var q = 0u; q < 16u; q++) { h_in[q] = AGG4[t * 16u + 0u + q]; }
for (var q_1 = 0u; q_1 < 32u; q_1++) { h_in[16u + q_1] = H4[t * 32u + 0u + q_1]; }
var phi_h_y0: array<vec4f, 16>;
var acc = W4[44378u];
var acc_1 = W4[44379u];
var acc_2 = W4[44380u];
var acc_3 = W4[44381u];
var acc_4 = W4[44382u];
var acc_5 = W4[44383u];
var acc_6 = W4[44384u];
var acc_7 = W4[44385u];
var acc_8 = W4[44386u];
var acc_9 = W4[44387u];
var acc_10 = W4[44388u];
var acc_11 = W4[44389u];
var acc_12 = W4[44390u];
var acc_13 = W4[44391u];
var acc_14 = W4[44392u];
var acc_15 = W4[44393u];
for (var k4 = 0u; k4 < 48u; k4++) {
  let x4 = h_in[k4];
  let row = 41306u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
phi_h_y0[0u] = acc;
phi_h_y0[1u] = acc_1;
phi_h_y0[2u] = acc_2;
phi_h_y0[3u] = acc_3;
phi_h_y0[4u] = acc_4;
phi_h_y0[5u] = acc_5;
phi_h_y0[6u] = acc_6;
phi_h_y0[7u] = acc_7;
phi_h_y0[8u] = acc_8;
phi_h_y0[9u] = acc_9;
phi_h_y0[10u] = acc_10;
phi_h_y0[11u] = acc_11;
phi_h_y0[12u] = acc_12;
phi_h_y0[13u] = acc_13;
phi_h_y0[14u] = acc_14;
phi_h_y0[15u] = acc_15;
for (var q_2 = 0u; q_2 < 16u; q_2++) { phi_h_y0[q_2] = phi_h_y0[q_2] / (vec4f(1.0) + exp(-phi_h_y0[q_2])); }
var phi_h_n1: array<vec4f, 16>;
for (var q_3 = 0u; q_3 < 16u; q_3++) { phi_h_n1[q_3] = phi_h_y0[q_3]; }
var mean = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = phi_h_n1[q_4]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_5 = 0u; q_5 < 16u; q_5++) { { let t = (phi_h_n1[q_5] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_6 = 0u; q_6 < 16u; q_6++) { phi_h_n1[q_6] = (phi_h_n1[q_6] - vec4f(mean)) * inv * W4[44394u + q_6] + W4[44410u + q_6]; }
var phi_h_y1: array<vec4f, 16>;
var acc_16 = W4[45450u];
var acc_17 = W4[45451u];
var acc_18 = W4[45452u];
var acc_19 = W4[45453u];
var acc_20 = W4[45454u];
var acc_21 = W4[45455u];
var acc_22 = W4[45456u];
var acc_23 = W4[45457u];
var acc_24 = W4[45458u];
var acc_25 = W4[45459u];
var acc_26 = W4[45460u];
var acc_27 = W4[45461u];
var acc_28 = W4[45462u];
var acc_29 = W4[45463u];
var acc_30 = W4[45464u];
var acc_31 = W4[45465u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = phi_h_n1[k4_1];
  let row = 44426u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
phi_h_y1[0u] = acc_16;
phi_h_y1[1u] = acc_17;
phi_h_y1[2u] = acc_18;
phi_h_y1[3u] = acc_19;
phi_h_y1[4u] = acc_20;
phi_h_y1[5u] = acc_21;
phi_h_y1[6u] = acc_22;
phi_h_y1[7u] = acc_23;
phi_h_y1[8u] = acc_24;
phi_h_y1[9u] = acc_25;
phi_h_y1[10u] = acc_26;
phi_h_y1[11u] = acc_27;
phi_h_y1[12u] = acc_28;
phi_h_y1[13u] = acc_29;
phi_h_y1[14u] = acc_30;
phi_h_y1[15u] = acc_31;
for (var q_7 = 0u; q_7 < 16u; q_7++) { phi_h_y1[q_7] = phi_h_y1[q_7] / (vec4f(1.0) + exp(-phi_h_y1[q_7])); }
for (var q_8 = 0u; q_8 < 16u; q_8++) { phi_h_y1[q_8] += phi_h_y0[q_8]; }
var phi_h_out: array<vec4f, 32>;
var acc_32 = W4[47514u];
var acc_33 = W4[47515u];
var acc_34 = W4[47516u];
var acc_35 = W4[47517u];
var acc_36 = W4[47518u];
var acc_37 = W4[47519u];
var acc_38 = W4[47520u];
var acc_39 = W4[47521u];
var acc_40 = W4[47522u];
var acc_41 = W4[47523u];
var acc_42 = W4[47524u];
var acc_43 = W4[47525u];
var acc_44 = W4[47526u];
var acc_45 = W4[47527u];
var acc_46 = W4[47528u];
var acc_47 = W4[47529u];
var acc_48 = W4[47530u];
var acc_49 = W4[47531u];
var acc_50 = W4[47532u];
var acc_51 = W4[47533u];
var acc_52 = W4[47534u];
var acc_53 = W4[47535u];
var acc_54 = W4[47536u];
var acc_55 = W4[47537u];
var acc_56 = W4[47538u];
var acc_57 = W4[47539u];
var acc_58 = W4[47540u];
var acc_59 = W4[47541u];
var acc_60 = W4[47542u];
var acc_61 = W4[47543u];
var acc_62 = W4[47544u];
var acc_63 = W4[47545u];
for (var k4_2 = 0u; k4_2 < 16u; k4_2++) {
  let x4 = phi_h_y1[k4_2];
  let row = 45466u + k4_2 * 128u;
  acc_32 = fma(vec4f(x4.x), W4[row + 0u], acc_32);
  acc_33 = fma(vec4f(x4.x), W4[row + 1u], acc_33);
  acc_34 = fma(vec4f(x4.x), W4[row + 2u], acc_34);
  acc_35 = fma(vec4f(x4.x), W4[row + 3u], acc_35);
  acc_36 = fma(vec4f(x4.x), W4[row + 4u], acc_36);
  acc_37 = fma(vec4f(x4.x), W4[row + 5u], acc_37);
  acc_38 = fma(vec4f(x4.x), W4[row + 6u], acc_38);
  acc_39 = fma(vec4f(x4.x), W4[row + 7u], acc_39);
  acc_40 = fma(vec4f(x4.x), W4[row + 8u], acc_40);
  acc_41 = fma(vec4f(x4.x), W4[row + 9u], acc_41);
  acc_42 = fma(vec4f(x4.x), W4[row + 10u], acc_42);
  acc_43 = fma(vec4f(x4.x), W4[row + 11u], acc_43);
  acc_44 = fma(vec4f(x4.x), W4[row + 12u], acc_44);
  acc_45 = fma(vec4f(x4.x), W4[row + 13u], acc_45);
  acc_46 = fma(vec4f(x4.x), W4[row + 14u], acc_46);
  acc_47 = fma(vec4f(x4.x), W4[row + 15u], acc_47);
  acc_48 = fma(vec4f(x4.x), W4[row + 16u], acc_48);
  acc_49 = fma(vec4f(x4.x), W4[row + 17u], acc_49);
  acc_50 = fma(vec4f(x4.x), W4[row + 18u], acc_50);
  acc_51 = fma(vec4f(x4.x), W4[row + 19u], acc_51);
  acc_52 = fma(vec4f(x4.x), W4[row + 20u], acc_52);
  acc_53 = fma(vec4f(x4.x), W4[row + 21u], acc_53);
  acc_54 = fma(vec4f(x4.x), W4[row + 22u], acc_54);
  acc_55 = fma(vec4f(x4.x), W4[row + 23u], acc_55);
  acc_56 = fma(vec4f(x4.x), W4[row + 24u], acc_56);
  acc_57 = fma(vec4f(x4.x), W4[row + 25u], acc_57);
  acc_58 = fma(vec4f(x4.x), W4[row + 26u], acc_58);
  acc_59 = fma(vec4f(x4.x), W4[row + 27u], acc_59);
  acc_60 = fma(vec4f(x4.x), W4[row + 28u], acc_60);
  acc_61 = fma(vec4f(x4.x), W4[row + 29u], acc_61);
  acc_62 = fma(vec4f(x4.x), W4[row + 30u], acc_62);
  acc_63 = fma(vec4f(x4.x), W4[row + 31u], acc_63);
  acc_32 = fma(vec4f(x4.y), W4[row + 32u], acc_32);
  acc_33 = fma(vec4f(x4.y), W4[row + 33u], acc_33);
  acc_34 = fma(vec4f(x4.y), W4[row + 34u], acc_34);
  acc_35 = fma(vec4f(x4.y), W4[row + 35u], acc_35);
  acc_36 = fma(vec4f(x4.y), W4[row + 36u], acc_36);
  acc_37 = fma(vec4f(x4.y), W4[row + 37u], acc_37);
  acc_38 = fma(vec4f(x4.y), W4[row + 38u], acc_38);
  acc_39 = fma(vec4f(x4.y), W4[row + 39u], acc_39);
  acc_40 = fma(vec4f(x4.y), W4[row + 40u], acc_40);
  acc_41 = fma(vec4f(x4.y), W4[row + 41u], acc_41);
  acc_42 = fma(vec4f(x4.y), W4[row + 42u], acc_42);
  acc_43 = fma(vec4f(x4.y), W4[row + 43u], acc_43);
  acc_44 = fma(vec4f(x4.y), W4[row + 44u], acc_44);
  acc_45 = fma(vec4f(x4.y), W4[row + 45u], acc_45);
  acc_46 = fma(vec4f(x4.y), W4[row + 46u], acc_46);
  acc_47 = fma(vec4f(x4.y), W4[row + 47u], acc_47);
  acc_48 = fma(vec4f(x4.y), W4[row + 48u], acc_48);
  acc_49 = fma(vec4f(x4.y), W4[row + 49u], acc_49);
  acc_50 = fma(vec4f(x4.y), W4[row + 50u], acc_50);
  acc_51 = fma(vec4f(x4.y), W4[row + 51u], acc_51);
  acc_52 = fma(vec4f(x4.y), W4[row + 52u], acc_52);
  acc_53 = fma(vec4f(x4.y), W4[row + 53u], acc_53);
  acc_54 = fma(vec4f(x4.y), W4[row + 54u], acc_54);
  acc_55 = fma(vec4f(x4.y), W4[row + 55u], acc_55);
  acc_56 = fma(vec4f(x4.y), W4[row + 56u], acc_56);
  acc_57 = fma(vec4f(x4.y), W4[row + 57u], acc_57);
  acc_58 = fma(vec4f(x4.y), W4[row + 58u], acc_58);
  acc_59 = fma(vec4f(x4.y), W4[row + 59u], acc_59);
  acc_60 = fma(vec4f(x4.y), W4[row + 60u], acc_60);
  acc_61 = fma(vec4f(x4.y), W4[row + 61u], acc_61);
  acc_62 = fma(vec4f(x4.y), W4[row + 62u], acc_62);
  acc_63 = fma(vec4f(x4.y), W4[row + 63u], acc_63);
  acc_32 = fma(vec4f(x4.z), W4[row + 64u], acc_32);
  acc_33 = fma(vec4f(x4.z), W4[row + 65u], acc_33);
  acc_34 = fma(vec4f(x4.z), W4[row + 66u], acc_34);
  acc_35 = fma(vec4f(x4.z), W4[row + 67u], acc_35);
  acc_36 = fma(vec4f(x4.z), W4[row + 68u], acc_36);
  acc_37 = fma(vec4f(x4.z), W4[row + 69u], acc_37);
  acc_38 = fma(vec4f(x4.z), W4[row + 70u], acc_38);
  acc_39 = fma(vec4f(x4.z), W4[row + 71u], acc_39);
  acc_40 = fma(vec4f(x4.z), W4[row + 72u], acc_40);
  acc_41 = fma(vec4f(x4.z), W4[row + 73u], acc_41);
  acc_42 = fma(vec4f(x4.z), W4[row + 74u], acc_42);
  acc_43 = fma(vec4f(x4.z), W4[row + 75u], acc_43);
  acc_44 = fma(vec4f(x4.z), W4[row + 76u], acc_44);
  acc_45 = fma(vec4f(x4.z), W4[row + 77u], acc_45);
  acc_46 = fma(vec4f(x4.z), W4[row + 78u], acc_46);
  acc_47 = fma(vec4f(x4.z), W4[row + 79u], acc_47);
  acc_48 = fma(vec4f(x4.z), W4[row + 80u], acc_48);
  acc_49 = fma(vec4f(x4.z), W4[row + 81u], acc_49);
  acc_50 = fma(vec4f(x4.z), W4[row + 82u], acc_50);
  acc_51 = fma(vec4f(x4.z), W4[row + 83u], acc_51);
  acc_52 = fma(vec4f(x4.z), W4[row + 84u], acc_52);
  acc_53 = fma(vec4f(x4.z), W4[row + 85u], acc_53);
  acc_54 = fma(vec4f(x4.z), W4[row + 86u], acc_54);
  acc_55 = fma(vec4f(x4.z), W4[row + 87u], acc_55);
  acc_56 = fma(vec4f(x4.z), W4[row + 88u], acc_56);
  acc_57 = fma(vec4f(x4.z), W4[row + 89u], acc_57);
  acc_58 = fma(vec4f(x4.z), W4[row + 90u], acc_58);
  acc_59 = fma(vec4f(x4.z), W4[row + 91u], acc_59);
  acc_60 = fma(vec4f(x4.z), W4[row + 92u], acc_60);
  acc_61 = fma(vec4f(x4.z), W4[row + 93u], acc_61);
  acc_62 = fma(vec4f(x4.z), W4[row + 94u], acc_62);
  acc_63 = fma(vec4f(x4.z), W4[row + 95u], acc_63);
  acc_32 = fma(vec4f(x4.w), W4[row + 96u], acc_32);
  acc_33 = fma(vec4f(x4.w), W4[row + 97u], acc_33);
  acc_34 = fma(vec4f(x4.w), W4[row + 98u], acc_34);
  acc_35 = fma(vec4f(x4.w), W4[row + 99u], acc_35);
  acc_36 = fma(vec4f(x4.w), W4[row + 100u], acc_36);
  acc_37 = fma(vec4f(x4.w), W4[row + 101u], acc_37);
  acc_38 = fma(vec4f(x4.w), W4[row + 102u], acc_38);
  acc_39 = fma(vec4f(x4.w), W4[row + 103u], acc_39);
  acc_40 = fma(vec4f(x4.w), W4[row + 104u], acc_40);
  acc_41 = fma(vec4f(x4.w), W4[row + 105u], acc_41);
  acc_42 = fma(vec4f(x4.w), W4[row + 106u], acc_42);
  acc_43 = fma(vec4f(x4.w), W4[row + 107u], acc_43);
  acc_44 = fma(vec4f(x4.w), W4[row + 108u], acc_44);
  acc_45 = fma(vec4f(x4.w), W4[row + 109u], acc_45);
  acc_46 = fma(vec4f(x4.w), W4[row + 110u], acc_46);
  acc_47 = fma(vec4f(x4.w), W4[row + 111u], acc_47);
  acc_48 = fma(vec4f(x4.w), W4[row + 112u], acc_48);
  acc_49 = fma(vec4f(x4.w), W4[row + 113u], acc_49);
  acc_50 = fma(vec4f(x4.w), W4[row + 114u], acc_50);
  acc_51 = fma(vec4f(x4.w), W4[row + 115u], acc_51);
  acc_52 = fma(vec4f(x4.w), W4[row + 116u], acc_52);
  acc_53 = fma(vec4f(x4.w), W4[row + 117u], acc_53);
  acc_54 = fma(vec4f(x4.w), W4[row + 118u], acc_54);
  acc_55 = fma(vec4f(x4.w), W4[row + 119u], acc_55);
  acc_56 = fma(vec4f(x4.w), W4[row + 120u], acc_56);
  acc_57 = fma(vec4f(x4.w), W4[row + 121u], acc_57);
  acc_58 = fma(vec4f(x4.w), W4[row + 122u], acc_58);
  acc_59 = fma(vec4f(x4.w), W4[row + 123u], acc_59);
  acc_60 = fma(vec4f(x4.w), W4[row + 124u], acc_60);
  acc_61 = fma(vec4f(x4.w), W4[row + 125u], acc_61);
  acc_62 = fma(vec4f(x4.w), W4[row + 126u], acc_62);
  acc_63 = fma(vec4f(x4.w), W4[row + 127u], acc_63);
}
phi_h_out[0u] = acc_32;
phi_h_out[1u] = acc_33;
phi_h_out[2u] = acc_34;
phi_h_out[3u] = acc_35;
phi_h_out[4u] = acc_36;
phi_h_out[5u] = acc_37;
phi_h_out[6u] = acc_38;
phi_h_out[7u] = acc_39;
phi_h_out[8u] = acc_40;
phi_h_out[9u] = acc_41;
phi_h_out[10u] = acc_42;
phi_h_out[11u] = acc_43;
phi_h_out[12u] = acc_44;
phi_h_out[13u] = acc_45;
phi_h_out[14u] = acc_46;
phi_h_out[15u] = acc_47;
phi_h_out[16u] = acc_48;
phi_h_out[17u] = acc_49;
phi_h_out[18u] = acc_50;
phi_h_out[19u] = acc_51;
phi_h_out[20u] = acc_52;
phi_h_out[21u] = acc_53;
phi_h_out[22u] = acc_54;
phi_h_out[23u] = acc_55;
phi_h_out[24u] = acc_56;
phi_h_out[25u] = acc_57;
phi_h_out[26u] = acc_58;
phi_h_out[27u] = acc_59;
phi_h_out[28u] = acc_60;
phi_h_out[29u] = acc_61;
phi_h_out[30u] = acc_62;
phi_h_out[31u] = acc_63;
var dV: array<vec4f, 1>;
for (var q_9 = 0u; q_9 < 1u; q_9++) { dV[q_9] = DV4[t * 1u + 0u + q_9]; }
var h_next: array<vec4f, 32>;
for (var q_10 = 0u; q_10 < 32u; q_10++) { h_next[q_10] = h_in[16u + q_10] + phi_h_out[q_10]; }
for (var q_11 = 0u; q_11 < 32u; q_11++) { H4[t * 32u + 0u + q_11] = h_next[q_11]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[(c) / 4u][(c) % 4u]; }
}

// ==== inverse kernel 16: layer23.egnn.out (bindings V, V0, VOUT, W, H, HOUT) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> V: array<f32>;
@group(0) @binding(1) var<storage, read> V0: array<f32>;
@group(0) @binding(2) var<storage, read_write> VOUT: array<f32>;
@group(0) @binding(3) var<storage, read> W4: array<vec4f>;
@group(0) @binding(4) var<storage, read> H4: array<vec4f>;
@group(0) @binding(5) var<storage, read_write> HOUT4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { h[q] = H4[t * 32u + 0u + q]; }
var top4 = h[0];
for (var q_1 = 0u; q_1 < 32u; q_1++) { top4 = max(top4, h[q_1]); }
let top = max(max(top4.x, top4.y), max(top4.z, top4.w));
var total = 0.0;
for (var q_2 = 0u; q_2 < 32u; q_2++) { h[q_2] = exp(h[q_2] - vec4f(top)); total += h[q_2].x;
total += h[q_2].y;
total += h[q_2].z;
total += h[q_2].w; }
for (var q_3 = 0u; q_3 < 32u; q_3++) { h[q_3] = h[q_3] / total; }
var h_out: array<vec4f, 32>;
var acc = W4[51642u];
var acc_1 = W4[51643u];
var acc_2 = W4[51644u];
var acc_3 = W4[51645u];
var acc_4 = W4[51646u];
var acc_5 = W4[51647u];
var acc_6 = W4[51648u];
var acc_7 = W4[51649u];
var acc_8 = W4[51650u];
var acc_9 = W4[51651u];
var acc_10 = W4[51652u];
var acc_11 = W4[51653u];
var acc_12 = W4[51654u];
var acc_13 = W4[51655u];
var acc_14 = W4[51656u];
var acc_15 = W4[51657u];
var acc_16 = W4[51658u];
var acc_17 = W4[51659u];
var acc_18 = W4[51660u];
var acc_19 = W4[51661u];
var acc_20 = W4[51662u];
var acc_21 = W4[51663u];
var acc_22 = W4[51664u];
var acc_23 = W4[51665u];
var acc_24 = W4[51666u];
var acc_25 = W4[51667u];
var acc_26 = W4[51668u];
var acc_27 = W4[51669u];
var acc_28 = W4[51670u];
var acc_29 = W4[51671u];
var acc_30 = W4[51672u];
var acc_31 = W4[51673u];
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = h[k4];
  let row = 47546u + k4 * 128u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc_16 = fma(vec4f(x4.x), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 31u], acc_31);
  acc = fma(vec4f(x4.y), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 47u], acc_15);
  acc_16 = fma(vec4f(x4.y), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 63u], acc_31);
  acc = fma(vec4f(x4.z), W4[row + 64u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 65u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 66u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 67u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 68u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 69u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 70u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 71u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 72u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 73u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 74u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 75u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 76u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 77u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 78u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 79u], acc_15);
  acc_16 = fma(vec4f(x4.z), W4[row + 80u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 81u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 82u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 83u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 84u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 85u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 86u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 87u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 88u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 89u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 90u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 91u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 92u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 93u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 94u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 95u], acc_31);
  acc = fma(vec4f(x4.w), W4[row + 96u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 97u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 98u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 99u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 100u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 101u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 102u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 103u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 104u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 105u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 106u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 107u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 108u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 109u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 110u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 111u], acc_15);
  acc_16 = fma(vec4f(x4.w), W4[row + 112u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 113u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 114u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 115u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 116u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 117u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 118u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 119u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 120u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 121u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 122u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 123u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 124u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 125u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 126u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 127u], acc_31);
}
h_out[0u] = acc;
h_out[1u] = acc_1;
h_out[2u] = acc_2;
h_out[3u] = acc_3;
h_out[4u] = acc_4;
h_out[5u] = acc_5;
h_out[6u] = acc_6;
h_out[7u] = acc_7;
h_out[8u] = acc_8;
h_out[9u] = acc_9;
h_out[10u] = acc_10;
h_out[11u] = acc_11;
h_out[12u] = acc_12;
h_out[13u] = acc_13;
h_out[14u] = acc_14;
h_out[15u] = acc_15;
h_out[16u] = acc_16;
h_out[17u] = acc_17;
h_out[18u] = acc_18;
h_out[19u] = acc_19;
h_out[20u] = acc_20;
h_out[21u] = acc_21;
h_out[22u] = acc_22;
h_out[23u] = acc_23;
h_out[24u] = acc_24;
h_out[25u] = acc_25;
h_out[26u] = acc_26;
h_out[27u] = acc_27;
h_out[28u] = acc_28;
h_out[29u] = acc_29;
h_out[30u] = acc_30;
h_out[31u] = acc_31;
for (var q_4 = 0u; q_4 < 32u; q_4++) { HOUT4[t * 32u + 0u + q_4] = h_out[q_4]; }
for (var c = 0u; c < 4u; c++) { VOUT[t * 4u + c] = V[t * 4u + c] - V0[t * 4u + c]; }
}

// ==== inverse kernel 17: layer23.head0.head (bindings W, DST, W, SRC) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
@group(0) @binding(2) var<storage, read> W4: array<vec4f>;
@group(0) @binding(3) var<storage, read> SRC4: array<vec4f>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
var x: array<vec4f, 32>;
for (var q = 0u; q < 32u; q++) { x[q] = SRC4[t * 32u + 0u + q]; }
var head0_y0: array<vec4f, 16>;
var acc = W4[2048u];
var acc_1 = W4[2049u];
var acc_2 = W4[2050u];
var acc_3 = W4[2051u];
var acc_4 = W4[2052u];
var acc_5 = W4[2053u];
var acc_6 = W4[2054u];
var acc_7 = W4[2055u];
var acc_8 = W4[2056u];
var acc_9 = W4[2057u];
var acc_10 = W4[2058u];
var acc_11 = W4[2059u];
var acc_12 = W4[2060u];
var acc_13 = W4[2061u];
var acc_14 = W4[2062u];
var acc_15 = W4[2063u];
for (var k4 = 0u; k4 < 32u; k4++) {
  let x4 = x[k4];
  let row = 0u + k4 * 64u;
  acc = fma(vec4f(x4.x), W4[row + 0u], acc);
  acc_1 = fma(vec4f(x4.x), W4[row + 1u], acc_1);
  acc_2 = fma(vec4f(x4.x), W4[row + 2u], acc_2);
  acc_3 = fma(vec4f(x4.x), W4[row + 3u], acc_3);
  acc_4 = fma(vec4f(x4.x), W4[row + 4u], acc_4);
  acc_5 = fma(vec4f(x4.x), W4[row + 5u], acc_5);
  acc_6 = fma(vec4f(x4.x), W4[row + 6u], acc_6);
  acc_7 = fma(vec4f(x4.x), W4[row + 7u], acc_7);
  acc_8 = fma(vec4f(x4.x), W4[row + 8u], acc_8);
  acc_9 = fma(vec4f(x4.x), W4[row + 9u], acc_9);
  acc_10 = fma(vec4f(x4.x), W4[row + 10u], acc_10);
  acc_11 = fma(vec4f(x4.x), W4[row + 11u], acc_11);
  acc_12 = fma(vec4f(x4.x), W4[row + 12u], acc_12);
  acc_13 = fma(vec4f(x4.x), W4[row + 13u], acc_13);
  acc_14 = fma(vec4f(x4.x), W4[row + 14u], acc_14);
  acc_15 = fma(vec4f(x4.x), W4[row + 15u], acc_15);
  acc = fma(vec4f(x4.y), W4[row + 16u], acc);
  acc_1 = fma(vec4f(x4.y), W4[row + 17u], acc_1);
  acc_2 = fma(vec4f(x4.y), W4[row + 18u], acc_2);
  acc_3 = fma(vec4f(x4.y), W4[row + 19u], acc_3);
  acc_4 = fma(vec4f(x4.y), W4[row + 20u], acc_4);
  acc_5 = fma(vec4f(x4.y), W4[row + 21u], acc_5);
  acc_6 = fma(vec4f(x4.y), W4[row + 22u], acc_6);
  acc_7 = fma(vec4f(x4.y), W4[row + 23u], acc_7);
  acc_8 = fma(vec4f(x4.y), W4[row + 24u], acc_8);
  acc_9 = fma(vec4f(x4.y), W4[row + 25u], acc_9);
  acc_10 = fma(vec4f(x4.y), W4[row + 26u], acc_10);
  acc_11 = fma(vec4f(x4.y), W4[row + 27u], acc_11);
  acc_12 = fma(vec4f(x4.y), W4[row + 28u], acc_12);
  acc_13 = fma(vec4f(x4.y), W4[row + 29u], acc_13);
  acc_14 = fma(vec4f(x4.y), W4[row + 30u], acc_14);
  acc_15 = fma(vec4f(x4.y), W4[row + 31u], acc_15);
  acc = fma(vec4f(x4.z), W4[row + 32u], acc);
  acc_1 = fma(vec4f(x4.z), W4[row + 33u], acc_1);
  acc_2 = fma(vec4f(x4.z), W4[row + 34u], acc_2);
  acc_3 = fma(vec4f(x4.z), W4[row + 35u], acc_3);
  acc_4 = fma(vec4f(x4.z), W4[row + 36u], acc_4);
  acc_5 = fma(vec4f(x4.z), W4[row + 37u], acc_5);
  acc_6 = fma(vec4f(x4.z), W4[row + 38u], acc_6);
  acc_7 = fma(vec4f(x4.z), W4[row + 39u], acc_7);
  acc_8 = fma(vec4f(x4.z), W4[row + 40u], acc_8);
  acc_9 = fma(vec4f(x4.z), W4[row + 41u], acc_9);
  acc_10 = fma(vec4f(x4.z), W4[row + 42u], acc_10);
  acc_11 = fma(vec4f(x4.z), W4[row + 43u], acc_11);
  acc_12 = fma(vec4f(x4.z), W4[row + 44u], acc_12);
  acc_13 = fma(vec4f(x4.z), W4[row + 45u], acc_13);
  acc_14 = fma(vec4f(x4.z), W4[row + 46u], acc_14);
  acc_15 = fma(vec4f(x4.z), W4[row + 47u], acc_15);
  acc = fma(vec4f(x4.w), W4[row + 48u], acc);
  acc_1 = fma(vec4f(x4.w), W4[row + 49u], acc_1);
  acc_2 = fma(vec4f(x4.w), W4[row + 50u], acc_2);
  acc_3 = fma(vec4f(x4.w), W4[row + 51u], acc_3);
  acc_4 = fma(vec4f(x4.w), W4[row + 52u], acc_4);
  acc_5 = fma(vec4f(x4.w), W4[row + 53u], acc_5);
  acc_6 = fma(vec4f(x4.w), W4[row + 54u], acc_6);
  acc_7 = fma(vec4f(x4.w), W4[row + 55u], acc_7);
  acc_8 = fma(vec4f(x4.w), W4[row + 56u], acc_8);
  acc_9 = fma(vec4f(x4.w), W4[row + 57u], acc_9);
  acc_10 = fma(vec4f(x4.w), W4[row + 58u], acc_10);
  acc_11 = fma(vec4f(x4.w), W4[row + 59u], acc_11);
  acc_12 = fma(vec4f(x4.w), W4[row + 60u], acc_12);
  acc_13 = fma(vec4f(x4.w), W4[row + 61u], acc_13);
  acc_14 = fma(vec4f(x4.w), W4[row + 62u], acc_14);
  acc_15 = fma(vec4f(x4.w), W4[row + 63u], acc_15);
}
head0_y0[0u] = acc;
head0_y0[1u] = acc_1;
head0_y0[2u] = acc_2;
head0_y0[3u] = acc_3;
head0_y0[4u] = acc_4;
head0_y0[5u] = acc_5;
head0_y0[6u] = acc_6;
head0_y0[7u] = acc_7;
head0_y0[8u] = acc_8;
head0_y0[9u] = acc_9;
head0_y0[10u] = acc_10;
head0_y0[11u] = acc_11;
head0_y0[12u] = acc_12;
head0_y0[13u] = acc_13;
head0_y0[14u] = acc_14;
head0_y0[15u] = acc_15;
for (var q_1 = 0u; q_1 < 16u; q_1++) { head0_y0[q_1] = head0_y0[q_1] / (vec4f(1.0) + exp(-head0_y0[q_1])); }
var head0_n1: array<vec4f, 16>;
for (var q_2 = 0u; q_2 < 16u; q_2++) { head0_n1[q_2] = head0_y0[q_2]; }
var mean = 0.0;
for (var q_3 = 0u; q_3 < 16u; q_3++) { { let t = head0_n1[q_3]; mean += t.x; mean += t.y; mean += t.z; mean += t.w; } }
mean /= 64.0;
var variance = 0.0;
for (var q_4 = 0u; q_4 < 16u; q_4++) { { let t = (head0_n1[q_4] - vec4f(mean)) * vec4f(1.0); let t2 = t * t; variance += t2.x; variance += t2.y; variance += t2.z; variance += t2.w; } }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var q_5 = 0u; q_5 < 16u; q_5++) { head0_n1[q_5] = (head0_n1[q_5] - vec4f(mean)) * inv * W4[2064u + q_5] + W4[2080u + q_5]; }
var head0_y1: array<vec4f, 16>;
var acc_16 = W4[3120u];
var acc_17 = W4[3121u];
var acc_18 = W4[3122u];
var acc_19 = W4[3123u];
var acc_20 = W4[3124u];
var acc_21 = W4[3125u];
var acc_22 = W4[3126u];
var acc_23 = W4[3127u];
var acc_24 = W4[3128u];
var acc_25 = W4[3129u];
var acc_26 = W4[3130u];
var acc_27 = W4[3131u];
var acc_28 = W4[3132u];
var acc_29 = W4[3133u];
var acc_30 = W4[3134u];
var acc_31 = W4[3135u];
for (var k4_1 = 0u; k4_1 < 16u; k4_1++) {
  let x4 = head0_n1[k4_1];
  let row = 2096u + k4_1 * 64u;
  acc_16 = fma(vec4f(x4.x), W4[row + 0u], acc_16);
  acc_17 = fma(vec4f(x4.x), W4[row + 1u], acc_17);
  acc_18 = fma(vec4f(x4.x), W4[row + 2u], acc_18);
  acc_19 = fma(vec4f(x4.x), W4[row + 3u], acc_19);
  acc_20 = fma(vec4f(x4.x), W4[row + 4u], acc_20);
  acc_21 = fma(vec4f(x4.x), W4[row + 5u], acc_21);
  acc_22 = fma(vec4f(x4.x), W4[row + 6u], acc_22);
  acc_23 = fma(vec4f(x4.x), W4[row + 7u], acc_23);
  acc_24 = fma(vec4f(x4.x), W4[row + 8u], acc_24);
  acc_25 = fma(vec4f(x4.x), W4[row + 9u], acc_25);
  acc_26 = fma(vec4f(x4.x), W4[row + 10u], acc_26);
  acc_27 = fma(vec4f(x4.x), W4[row + 11u], acc_27);
  acc_28 = fma(vec4f(x4.x), W4[row + 12u], acc_28);
  acc_29 = fma(vec4f(x4.x), W4[row + 13u], acc_29);
  acc_30 = fma(vec4f(x4.x), W4[row + 14u], acc_30);
  acc_31 = fma(vec4f(x4.x), W4[row + 15u], acc_31);
  acc_16 = fma(vec4f(x4.y), W4[row + 16u], acc_16);
  acc_17 = fma(vec4f(x4.y), W4[row + 17u], acc_17);
  acc_18 = fma(vec4f(x4.y), W4[row + 18u], acc_18);
  acc_19 = fma(vec4f(x4.y), W4[row + 19u], acc_19);
  acc_20 = fma(vec4f(x4.y), W4[row + 20u], acc_20);
  acc_21 = fma(vec4f(x4.y), W4[row + 21u], acc_21);
  acc_22 = fma(vec4f(x4.y), W4[row + 22u], acc_22);
  acc_23 = fma(vec4f(x4.y), W4[row + 23u], acc_23);
  acc_24 = fma(vec4f(x4.y), W4[row + 24u], acc_24);
  acc_25 = fma(vec4f(x4.y), W4[row + 25u], acc_25);
  acc_26 = fma(vec4f(x4.y), W4[row + 26u], acc_26);
  acc_27 = fma(vec4f(x4.y), W4[row + 27u], acc_27);
  acc_28 = fma(vec4f(x4.y), W4[row + 28u], acc_28);
  acc_29 = fma(vec4f(x4.y), W4[row + 29u], acc_29);
  acc_30 = fma(vec4f(x4.y), W4[row + 30u], acc_30);
  acc_31 = fma(vec4f(x4.y), W4[row + 31u], acc_31);
  acc_16 = fma(vec4f(x4.z), W4[row + 32u], acc_16);
  acc_17 = fma(vec4f(x4.z), W4[row + 33u], acc_17);
  acc_18 = fma(vec4f(x4.z), W4[row + 34u], acc_18);
  acc_19 = fma(vec4f(x4.z), W4[row + 35u], acc_19);
  acc_20 = fma(vec4f(x4.z), W4[row + 36u], acc_20);
  acc_21 = fma(vec4f(x4.z), W4[row + 37u], acc_21);
  acc_22 = fma(vec4f(x4.z), W4[row + 38u], acc_22);
  acc_23 = fma(vec4f(x4.z), W4[row + 39u], acc_23);
  acc_24 = fma(vec4f(x4.z), W4[row + 40u], acc_24);
  acc_25 = fma(vec4f(x4.z), W4[row + 41u], acc_25);
  acc_26 = fma(vec4f(x4.z), W4[row + 42u], acc_26);
  acc_27 = fma(vec4f(x4.z), W4[row + 43u], acc_27);
  acc_28 = fma(vec4f(x4.z), W4[row + 44u], acc_28);
  acc_29 = fma(vec4f(x4.z), W4[row + 45u], acc_29);
  acc_30 = fma(vec4f(x4.z), W4[row + 46u], acc_30);
  acc_31 = fma(vec4f(x4.z), W4[row + 47u], acc_31);
  acc_16 = fma(vec4f(x4.w), W4[row + 48u], acc_16);
  acc_17 = fma(vec4f(x4.w), W4[row + 49u], acc_17);
  acc_18 = fma(vec4f(x4.w), W4[row + 50u], acc_18);
  acc_19 = fma(vec4f(x4.w), W4[row + 51u], acc_19);
  acc_20 = fma(vec4f(x4.w), W4[row + 52u], acc_20);
  acc_21 = fma(vec4f(x4.w), W4[row + 53u], acc_21);
  acc_22 = fma(vec4f(x4.w), W4[row + 54u], acc_22);
  acc_23 = fma(vec4f(x4.w), W4[row + 55u], acc_23);
  acc_24 = fma(vec4f(x4.w), W4[row + 56u], acc_24);
  acc_25 = fma(vec4f(x4.w), W4[row + 57u], acc_25);
  acc_26 = fma(vec4f(x4.w), W4[row + 58u], acc_26);
  acc_27 = fma(vec4f(x4.w), W4[row + 59u], acc_27);
  acc_28 = fma(vec4f(x4.w), W4[row + 60u], acc_28);
  acc_29 = fma(vec4f(x4.w), W4[row + 61u], acc_29);
  acc_30 = fma(vec4f(x4.w), W4[row + 62u], acc_30);
  acc_31 = fma(vec4f(x4.w), W4[row + 63u], acc_31);
}
head0_y1[0u] = acc_16;
head0_y1[1u] = acc_17;
head0_y1[2u] = acc_18;
head0_y1[3u] = acc_19;
head0_y1[4u] = acc_20;
head0_y1[5u] = acc_21;
head0_y1[6u] = acc_22;
head0_y1[7u] = acc_23;
head0_y1[8u] = acc_24;
head0_y1[9u] = acc_25;
head0_y1[10u] = acc_26;
head0_y1[11u] = acc_27;
head0_y1[12u] = acc_28;
head0_y1[13u] = acc_29;
head0_y1[14u] = acc_30;
head0_y1[15u] = acc_31;
for (var q_6 = 0u; q_6 < 16u; q_6++) { head0_y1[q_6] = head0_y1[q_6] / (vec4f(1.0) + exp(-head0_y1[q_6])); }
for (var q_7 = 0u; q_7 < 16u; q_7++) { head0_y1[q_7] += head0_y0[q_7]; }
var head0_out: array<vec4f, 13>;
for (var c = 0u; c < 50u; c++) { head0_out[(c) / 4u][(c) % 4u] = W[15744u + c]; }
for (var k = 0u; k < 64u; k++) {
  let x = head0_y1[(k) / 4u][(k) % 4u];
  let row = 12544u + k * 50u;
  for (var c = 0u; c < 50u; c++) { head0_out[(c) / 4u][(c) % 4u] += x * W[row + c]; }
}
for (var q_8 = 0u; q_8 < 12u; q_8++) { { DST[t * 50u + 0u + q_8 * 4u + 0u] = head0_out[q_8].x;
DST[t * 50u + 0u + q_8 * 4u + 1u] = head0_out[q_8].y;
DST[t * 50u + 0u + q_8 * 4u + 2u] = head0_out[q_8].z;
DST[t * 50u + 0u + q_8 * 4u + 3u] = head0_out[q_8].w; } }
DST[t * 50u + 0u + 12u * 4u + 0u] = head0_out[12u].x;
DST[t * 50u + 0u + 12u * 4u + 1u] = head0_out[12u].y;
}

// ==== inverse kernel 18: inner.inverse.spherical (bindings TRANS, COND, VEC, COEF, OUT, LD) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }
struct Mapped { value: f32, log_det: f32 }
fn softplus(t: f32) -> f32 { return max(t, 0.0) + log(1.0 + exp(-abs(t))); }
fn safe_norm2(v: vec2f) -> f32 { return sqrt(safe_sq(dot(v, v))); }
fn safe_norm3(v: vec3f) -> f32 { return sqrt(safe_sq(dot(v, v))); }
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
fn normalize_safe(v: vec2f) -> vec2f { return v / safe_norm2(v); }
struct Knots { x: array<f32, 9>, y: array<f32, 9>, d: array<f32, 9> }
fn bin_edges(base: u32) -> array<f32, 9> {
  var top = COEF[base];
  for (var j = 1u; j < 8u; j++) { top = max(top, COEF[base + j]); }
  var total = 0.0;
  for (var j = 0u; j < 8u; j++) { total += exp(COEF[base + j] - top); }
  var e: array<f32, 9>;
  e[0] = 0.00000000f;
  var acc = 0.00000000f;
  for (var j = 0u; j < 7u; j++) {
    acc += exp(COEF[base + j] - top) / total * 9.99199963f + 0.00100000005f;
    e[j + 1u] = acc;
  }
  e[8] = 10.0000000f;
  return e;
}
fn spline_knots(base: u32) -> Knots {
  var k: Knots;
  k.x = bin_edges(base);
  k.y = bin_edges(base + 8u);
  for (var j = 0u; j < 9u; j++) { k.d[j] = softplus(COEF[base + 16u + j] + 0.541166663f) + 0.0000999999975f; }
  
  return k;
}
fn spline_forward(base: u32, v: f32) -> Mapped {
  let k = spline_knots(base);
  if (v <= k.x[0]) { return Mapped((v - k.x[0]) * k.d[0] + k.y[0], log(k.d[0])); }
  if (v >= k.x[8]) { return Mapped((v - k.x[8]) * k.d[8] + k.y[8], log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.x[j] && v < k.x[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let z = clamp((v - k.x[b]) / w, 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  let value = k.y[b] + h * (s * z * z + d0 * z * (1.0 - z)) / den;
  return Mapped(value, 2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den));
}
fn spline_inverse(base: u32, v: f32) -> Mapped {
  let k = spline_knots(base);
  if (v <= k.y[0]) { return Mapped((v - k.y[0]) / k.d[0] + k.x[0], -log(k.d[0])); }
  if (v >= k.y[8]) { return Mapped((v - k.y[8]) / k.d[8] + k.x[8], -log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.y[j] && v < k.y[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let wt = clamp((v - k.y[b]) / h, 0.0, 1.0);
  let c = -s * wt;
  let bb = d0 - (d1 + d0 - 2.0 * s) * wt;
  let a = s - bb;
  let disc = max(bb * bb - 4.0 * a * c, 1e-37);
  let z = clamp(select((-bb + sqrt(disc)) / (2.0 * a), (2.0 * c) / (-bb - sqrt(disc)), bb >= 0.0), 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  return Mapped(k.x[b] + w * z, -(2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den)));
}
struct Knots_1 { x: array<f32, 9>, y: array<f32, 9>, d: array<f32, 9> }
fn bin_edges_1(base: u32) -> array<f32, 9> {
  var top = COEF[base];
  for (var j = 1u; j < 8u; j++) { top = max(top, COEF[base + j]); }
  var total = 0.0;
  for (var j = 0u; j < 8u; j++) { total += exp(COEF[base + j] - top); }
  var e: array<f32, 9>;
  e[0] = -3.14159274f;
  var acc = -3.14159274f;
  for (var j = 0u; j < 7u; j++) {
    acc += exp(COEF[base + j] - top) / total * 6.27815866f + 0.000628318521f;
    e[j + 1u] = acc;
  }
  e[8] = 3.14159274f;
  return e;
}
fn spline_knots_1(base: u32) -> Knots_1 {
  var k: Knots_1;
  k.x = bin_edges_1(base);
  k.y = bin_edges_1(base + 8u);
  for (var j = 0u; j < 9u; j++) { k.d[j] = softplus(COEF[base + 16u + j] + 0.541166663f) + 0.0000999999975f; }
  k.d[8] = k.d[0];
  return k;
}
fn spline_forward_1(base: u32, v: f32) -> Mapped {
  let k = spline_knots_1(base);
  if (v <= k.x[0]) { return Mapped((v - k.x[0]) * k.d[0] + k.y[0], log(k.d[0])); }
  if (v >= k.x[8]) { return Mapped((v - k.x[8]) * k.d[8] + k.y[8], log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.x[j] && v < k.x[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let z = clamp((v - k.x[b]) / w, 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  let value = k.y[b] + h * (s * z * z + d0 * z * (1.0 - z)) / den;
  return Mapped(value, 2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den));
}
fn spline_inverse_1(base: u32, v: f32) -> Mapped {
  let k = spline_knots_1(base);
  if (v <= k.y[0]) { return Mapped((v - k.y[0]) / k.d[0] + k.x[0], -log(k.d[0])); }
  if (v >= k.y[8]) { return Mapped((v - k.y[8]) / k.d[8] + k.x[8], -log(k.d[8])); }
  var b = 0u; for (var j = 0u; j < 8u; j++) { if (v >= k.y[j] && v < k.y[j + 1u]) { b = j; break; } }
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let wt = clamp((v - k.y[b]) / h, 0.0, 1.0);
  let c = -s * wt;
  let bb = d0 - (d1 + d0 - 2.0 * s) * wt;
  let a = s - bb;
  let disc = max(bb * bb - 4.0 * a * c, 1e-37);
  let z = clamp(select((-bb + sqrt(disc)) / (2.0 * a), (2.0 * c) / (-bb - sqrt(disc)), bb >= 0.0), 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  return Mapped(k.x[b] + w * z, -(2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den)));
}
@group(0) @binding(0) var<storage, read> TRANS: array<f32>;
@group(0) @binding(1) var<storage, read> COND: array<f32>;
@group(0) @binding(2) var<storage, read> VEC: array<f32>;
@group(0) @binding(3) var<storage, read> COEF: array<f32>;
@group(0) @binding(4) var<storage, read_write> OUT: array<f32>;
@group(0) @binding(5) var<storage, read_write> LD: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
let q = vec2f(TRANS[(t) * 2u + 0u], TRANS[(t) * 2u + 1u]);
let c = vec2f(COND[(t) * 2u + 0u], COND[(t) * 2u + 1u]);
let rel0 = vec2f(VEC[(node * 2u + (ch * 1u + 0u) * 2u + 0u) * 2u + 0u], VEC[(node * 2u + (ch * 1u + 0u) * 2u + 0u) * 2u + 1u]);
let ref0 = c + rel0;
let rel1 = vec2f(VEC[(node * 2u + (ch * 1u + 0u) * 2u + 1u) * 2u + 0u], VEC[(node * 2u + (ch * 1u + 0u) * 2u + 1u) * 2u + 1u]);
let ref1 = c + rel1;
let cbase = node * 50u + ch * 50u;
var out: vec2f;
var ld = 0.0;
let u = normalize_safe(ref1 - ref0);
let w = q - ref0;
let r = safe_norm2(w);
let wh = w / r;
let theta = atan2_acc(u.x * wh.y - u.y * wh.x, dot(u, wh));
let m0 = spline_inverse(cbase + 0u, r);
let m1 = spline_inverse_1(cbase + 25u, theta);
let cs = cos_acc(m1.value); let sn = sin_acc(m1.value);
out = ref0 + vec2f(cs * u.x - sn * u.y, sn * u.x + cs * u.y) * m0.value;
ld = m0.log_det + m1.log_det - log(r) + log(m0.value);
OUT[t * 2u + 0u] = out[0];
OUT[t * 2u + 1u] = out[1];
LD[t] = ld;
}

// ==== inverse kernel 19: inner.inverse.logdet (bindings LD, LOGDET) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> LD: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGDET: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems) { return; }
var total = 0.0;
for (var k = 0u; k < 4u; k++) { total += LD[t * 4u + k]; }
LOGDET[t] = total;
}

// ==== inverse kernel 20: merge (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  DST[(node * 2u + ch) * 2u + k] = COND[t * 2u + k];
  DST[(node * 2u + 1u + ch) * 2u + k] = TRANS[t * 2u + k];
}
}

// ==== inverse kernel 21: add (bindings A, B, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> A: array<f32>;
@group(0) @binding(1) var<storage, read> B: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = A[t] + B[t];
}

// ==== inverse kernel 22: center.1 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 8u) { return; }
let sys = t / 8u;
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var j = 0u; j < 4u; j++) { mean += SRC[((sys * 4u + j) * 2u + 1u) * 2u + k]; }
  DST[t * 2u + k] = SRC[t * 2u + k] - mean / 4.00000000f;
}
}

// ==== inverse kernel 23: split.swap (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  TRANS[t * 2u + k] = SRC[(node * 2u + ch) * 2u + k];
  COND[t * 2u + k] = SRC[(node * 2u + 1u + ch) * 2u + k];
}
}

// ==== inverse kernel 24: merge.swap (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let node = t / 1u;
let ch = t - node * 1u;
for (var k = 0u; k < 2u; k++) {
  DST[(node * 2u + ch) * 2u + k] = TRANS[t * 2u + k];
  DST[(node * 2u + 1u + ch) * 2u + k] = COND[t * 2u + k];
}
}

// ==== inverse kernel 25: center.0 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, seed_lo: u32, seed_hi: u32, first_row: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 8u) { return; }
let sys = t / 8u;
for (var k = 0u; k < 2u; k++) {
  var mean = 0.0;
  for (var j = 0u; j < 4u; j++) { mean += SRC[((sys * 4u + j) * 2u + 0u) * 2u + k]; }
  DST[t * 2u + k] = SRC[t * 2u + k] - mean / 4.00000000f;
}
}
