// ==== forward kernel 0: zero (bindings DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== forward kernel 3: layer0.egnn.init (bindings W, P, H, V, V0, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> P: array<f32>;
@group(0) @binding(2) var<storage, read_write> H: array<f32>;
@group(0) @binding(3) var<storage, read_write> V: array<f32>;
@group(0) @binding(4) var<storage, read_write> V0: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var embedded: array<f32, 1>;
embedded[0] = W[0u];
var h: array<f32, 128>;
var acc = WV[33u];
var acc_1 = WV[34u];
var acc_2 = WV[35u];
var acc_3 = WV[36u];
var acc_4 = WV[37u];
var acc_5 = WV[38u];
var acc_6 = WV[39u];
var acc_7 = WV[40u];
var acc_8 = WV[41u];
var acc_9 = WV[42u];
var acc_10 = WV[43u];
var acc_11 = WV[44u];
var acc_12 = WV[45u];
var acc_13 = WV[46u];
var acc_14 = WV[47u];
var acc_15 = WV[48u];
var acc_16 = WV[49u];
var acc_17 = WV[50u];
var acc_18 = WV[51u];
var acc_19 = WV[52u];
var acc_20 = WV[53u];
var acc_21 = WV[54u];
var acc_22 = WV[55u];
var acc_23 = WV[56u];
var acc_24 = WV[57u];
var acc_25 = WV[58u];
var acc_26 = WV[59u];
var acc_27 = WV[60u];
var acc_28 = WV[61u];
var acc_29 = WV[62u];
var acc_30 = WV[63u];
var acc_31 = WV[64u];
for (var k_1 = 0u; k_1 < 1u; k_1++) {
  let x = embedded[k_1];
  let row = 1u + k_1 * 32u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
  acc_16 += x * WV[row + 16u];
  acc_17 += x * WV[row + 17u];
  acc_18 += x * WV[row + 18u];
  acc_19 += x * WV[row + 19u];
  acc_20 += x * WV[row + 20u];
  acc_21 += x * WV[row + 21u];
  acc_22 += x * WV[row + 22u];
  acc_23 += x * WV[row + 23u];
  acc_24 += x * WV[row + 24u];
  acc_25 += x * WV[row + 25u];
  acc_26 += x * WV[row + 26u];
  acc_27 += x * WV[row + 27u];
  acc_28 += x * WV[row + 28u];
  acc_29 += x * WV[row + 29u];
  acc_30 += x * WV[row + 30u];
  acc_31 += x * WV[row + 31u];
}
h[0u] = acc.x; h[1u] = acc.y; h[2u] = acc.z; h[3u] = acc.w;
h[4u] = acc_1.x; h[5u] = acc_1.y; h[6u] = acc_1.z; h[7u] = acc_1.w;
h[8u] = acc_2.x; h[9u] = acc_2.y; h[10u] = acc_2.z; h[11u] = acc_2.w;
h[12u] = acc_3.x; h[13u] = acc_3.y; h[14u] = acc_3.z; h[15u] = acc_3.w;
h[16u] = acc_4.x; h[17u] = acc_4.y; h[18u] = acc_4.z; h[19u] = acc_4.w;
h[20u] = acc_5.x; h[21u] = acc_5.y; h[22u] = acc_5.z; h[23u] = acc_5.w;
h[24u] = acc_6.x; h[25u] = acc_6.y; h[26u] = acc_6.z; h[27u] = acc_6.w;
h[28u] = acc_7.x; h[29u] = acc_7.y; h[30u] = acc_7.z; h[31u] = acc_7.w;
h[32u] = acc_8.x; h[33u] = acc_8.y; h[34u] = acc_8.z; h[35u] = acc_8.w;
h[36u] = acc_9.x; h[37u] = acc_9.y; h[38u] = acc_9.z; h[39u] = acc_9.w;
h[40u] = acc_10.x; h[41u] = acc_10.y; h[42u] = acc_10.z; h[43u] = acc_10.w;
h[44u] = acc_11.x; h[45u] = acc_11.y; h[46u] = acc_11.z; h[47u] = acc_11.w;
h[48u] = acc_12.x; h[49u] = acc_12.y; h[50u] = acc_12.z; h[51u] = acc_12.w;
h[52u] = acc_13.x; h[53u] = acc_13.y; h[54u] = acc_13.z; h[55u] = acc_13.w;
h[56u] = acc_14.x; h[57u] = acc_14.y; h[58u] = acc_14.z; h[59u] = acc_14.w;
h[60u] = acc_15.x; h[61u] = acc_15.y; h[62u] = acc_15.z; h[63u] = acc_15.w;
h[64u] = acc_16.x; h[65u] = acc_16.y; h[66u] = acc_16.z; h[67u] = acc_16.w;
h[68u] = acc_17.x; h[69u] = acc_17.y; h[70u] = acc_17.z; h[71u] = acc_17.w;
h[72u] = acc_18.x; h[73u] = acc_18.y; h[74u] = acc_18.z; h[75u] = acc_18.w;
h[76u] = acc_19.x; h[77u] = acc_19.y; h[78u] = acc_19.z; h[79u] = acc_19.w;
h[80u] = acc_20.x; h[81u] = acc_20.y; h[82u] = acc_20.z; h[83u] = acc_20.w;
h[84u] = acc_21.x; h[85u] = acc_21.y; h[86u] = acc_21.z; h[87u] = acc_21.w;
h[88u] = acc_22.x; h[89u] = acc_22.y; h[90u] = acc_22.z; h[91u] = acc_22.w;
h[92u] = acc_23.x; h[93u] = acc_23.y; h[94u] = acc_23.z; h[95u] = acc_23.w;
h[96u] = acc_24.x; h[97u] = acc_24.y; h[98u] = acc_24.z; h[99u] = acc_24.w;
h[100u] = acc_25.x; h[101u] = acc_25.y; h[102u] = acc_25.z; h[103u] = acc_25.w;
h[104u] = acc_26.x; h[105u] = acc_26.y; h[106u] = acc_26.z; h[107u] = acc_26.w;
h[108u] = acc_27.x; h[109u] = acc_27.y; h[110u] = acc_27.z; h[111u] = acc_27.w;
h[112u] = acc_28.x; h[113u] = acc_28.y; h[114u] = acc_28.z; h[115u] = acc_28.w;
h[116u] = acc_29.x; h[117u] = acc_29.y; h[118u] = acc_29.z; h[119u] = acc_29.w;
h[120u] = acc_30.x; h[121u] = acc_30.y; h[122u] = acc_30.z; h[123u] = acc_30.w;
h[124u] = acc_31.x; h[125u] = acc_31.y; h[126u] = acc_31.z; h[127u] = acc_31.w;
for (var c = 0u; c < 128u; c++) { H[t * 128u + c] = h[c]; }
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

// ==== forward kernel 4: layer0.egnn.block0.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 65u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[4257u];
var acc_17 = WV[4258u];
var acc_18 = WV[4259u];
var acc_19 = WV[4260u];
var acc_20 = WV[4261u];
var acc_21 = WV[4262u];
var acc_22 = WV[4263u];
var acc_23 = WV[4264u];
var acc_24 = WV[4265u];
var acc_25 = WV[4266u];
var acc_26 = WV[4267u];
var acc_27 = WV[4268u];
var acc_28 = WV[4269u];
var acc_29 = WV[4270u];
var acc_30 = WV[4271u];
var acc_31 = WV[4272u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 2113u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 4193u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 4225u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== forward kernel 5: layer0.egnn.block0.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 4161u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[17092u + c_2] + W[17156u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[5329u];
var acc_17 = WV[5330u];
var acc_18 = WV[5331u];
var acc_19 = WV[5332u];
var acc_20 = WV[5333u];
var acc_21 = WV[5334u];
var acc_22 = WV[5335u];
var acc_23 = WV[5336u];
var acc_24 = WV[5337u];
var acc_25 = WV[5338u];
var acc_26 = WV[5339u];
var acc_27 = WV[5340u];
var acc_28 = WV[5341u];
var acc_29 = WV[5342u];
var acc_30 = WV[5343u];
var acc_31 = WV[5344u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 4305u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[6369u];
var acc_33 = WV[6370u];
var acc_34 = WV[6371u];
var acc_35 = WV[6372u];
var acc_36 = WV[6373u];
var acc_37 = WV[6374u];
var acc_38 = WV[6375u];
var acc_39 = WV[6376u];
var acc_40 = WV[6377u];
var acc_41 = WV[6378u];
var acc_42 = WV[6379u];
var acc_43 = WV[6380u];
var acc_44 = WV[6381u];
var acc_45 = WV[6382u];
var acc_46 = WV[6383u];
var acc_47 = WV[6384u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 5345u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[25540u + c_6] + W[25604u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[7441u];
var acc_49 = WV[7442u];
var acc_50 = WV[7443u];
var acc_51 = WV[7444u];
var acc_52 = WV[7445u];
var acc_53 = WV[7446u];
var acc_54 = WV[7447u];
var acc_55 = WV[7448u];
var acc_56 = WV[7449u];
var acc_57 = WV[7450u];
var acc_58 = WV[7451u];
var acc_59 = WV[7452u];
var acc_60 = WV[7453u];
var acc_61 = WV[7454u];
var acc_62 = WV[7455u];
var acc_63 = WV[7456u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 6417u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[29956u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 29828u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[38604u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 38540u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== forward kernel 6: layer0.egnn.block0.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 4161u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[17092u + c_2] + W[17156u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[5329u];
var acc_17 = WV[5330u];
var acc_18 = WV[5331u];
var acc_19 = WV[5332u];
var acc_20 = WV[5333u];
var acc_21 = WV[5334u];
var acc_22 = WV[5335u];
var acc_23 = WV[5336u];
var acc_24 = WV[5337u];
var acc_25 = WV[5338u];
var acc_26 = WV[5339u];
var acc_27 = WV[5340u];
var acc_28 = WV[5341u];
var acc_29 = WV[5342u];
var acc_30 = WV[5343u];
var acc_31 = WV[5344u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 4305u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== forward kernel 7: layer0.egnn.block0.update (bindings W, H, V, AGG, DV, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[12724u];
var acc_1 = WV[12725u];
var acc_2 = WV[12726u];
var acc_3 = WV[12727u];
var acc_4 = WV[12728u];
var acc_5 = WV[12729u];
var acc_6 = WV[12730u];
var acc_7 = WV[12731u];
var acc_8 = WV[12732u];
var acc_9 = WV[12733u];
var acc_10 = WV[12734u];
var acc_11 = WV[12735u];
var acc_12 = WV[12736u];
var acc_13 = WV[12737u];
var acc_14 = WV[12738u];
var acc_15 = WV[12739u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 9652u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[50960u + c_2] + W[51024u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[13796u];
var acc_17 = WV[13797u];
var acc_18 = WV[13798u];
var acc_19 = WV[13799u];
var acc_20 = WV[13800u];
var acc_21 = WV[13801u];
var acc_22 = WV[13802u];
var acc_23 = WV[13803u];
var acc_24 = WV[13804u];
var acc_25 = WV[13805u];
var acc_26 = WV[13806u];
var acc_27 = WV[13807u];
var acc_28 = WV[13808u];
var acc_29 = WV[13809u];
var acc_30 = WV[13810u];
var acc_31 = WV[13811u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 12772u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[15860u];
var acc_33 = WV[15861u];
var acc_34 = WV[15862u];
var acc_35 = WV[15863u];
var acc_36 = WV[15864u];
var acc_37 = WV[15865u];
var acc_38 = WV[15866u];
var acc_39 = WV[15867u];
var acc_40 = WV[15868u];
var acc_41 = WV[15869u];
var acc_42 = WV[15870u];
var acc_43 = WV[15871u];
var acc_44 = WV[15872u];
var acc_45 = WV[15873u];
var acc_46 = WV[15874u];
var acc_47 = WV[15875u];
var acc_48 = WV[15876u];
var acc_49 = WV[15877u];
var acc_50 = WV[15878u];
var acc_51 = WV[15879u];
var acc_52 = WV[15880u];
var acc_53 = WV[15881u];
var acc_54 = WV[15882u];
var acc_55 = WV[15883u];
var acc_56 = WV[15884u];
var acc_57 = WV[15885u];
var acc_58 = WV[15886u];
var acc_59 = WV[15887u];
var acc_60 = WV[15888u];
var acc_61 = WV[15889u];
var acc_62 = WV[15890u];
var acc_63 = WV[15891u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 13812u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[8514u];
var acc_65 = WV[8515u];
var acc_66 = WV[8516u];
var acc_67 = WV[8517u];
var acc_68 = WV[8518u];
var acc_69 = WV[8519u];
var acc_70 = WV[8520u];
var acc_71 = WV[8521u];
var acc_72 = WV[8522u];
var acc_73 = WV[8523u];
var acc_74 = WV[8524u];
var acc_75 = WV[8525u];
var acc_76 = WV[8526u];
var acc_77 = WV[8527u];
var acc_78 = WV[8528u];
var acc_79 = WV[8529u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 7490u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[34120u + c_8] + W[34184u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[9586u];
var acc_81 = WV[9587u];
var acc_82 = WV[9588u];
var acc_83 = WV[9589u];
var acc_84 = WV[9590u];
var acc_85 = WV[9591u];
var acc_86 = WV[9592u];
var acc_87 = WV[9593u];
var acc_88 = WV[9594u];
var acc_89 = WV[9595u];
var acc_90 = WV[9596u];
var acc_91 = WV[9597u];
var acc_92 = WV[9598u];
var acc_93 = WV[9599u];
var acc_94 = WV[9600u];
var acc_95 = WV[9601u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 8562u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[38536u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 38408u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
}

// ==== forward kernel 8: layer0.egnn.block1.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 15892u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[20084u];
var acc_17 = WV[20085u];
var acc_18 = WV[20086u];
var acc_19 = WV[20087u];
var acc_20 = WV[20088u];
var acc_21 = WV[20089u];
var acc_22 = WV[20090u];
var acc_23 = WV[20091u];
var acc_24 = WV[20092u];
var acc_25 = WV[20093u];
var acc_26 = WV[20094u];
var acc_27 = WV[20095u];
var acc_28 = WV[20096u];
var acc_29 = WV[20097u];
var acc_30 = WV[20098u];
var acc_31 = WV[20099u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 17940u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 20020u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 20052u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== forward kernel 9: layer0.egnn.block1.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 19988u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[80400u + c_2] + W[80464u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[21156u];
var acc_17 = WV[21157u];
var acc_18 = WV[21158u];
var acc_19 = WV[21159u];
var acc_20 = WV[21160u];
var acc_21 = WV[21161u];
var acc_22 = WV[21162u];
var acc_23 = WV[21163u];
var acc_24 = WV[21164u];
var acc_25 = WV[21165u];
var acc_26 = WV[21166u];
var acc_27 = WV[21167u];
var acc_28 = WV[21168u];
var acc_29 = WV[21169u];
var acc_30 = WV[21170u];
var acc_31 = WV[21171u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 20132u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[22196u];
var acc_33 = WV[22197u];
var acc_34 = WV[22198u];
var acc_35 = WV[22199u];
var acc_36 = WV[22200u];
var acc_37 = WV[22201u];
var acc_38 = WV[22202u];
var acc_39 = WV[22203u];
var acc_40 = WV[22204u];
var acc_41 = WV[22205u];
var acc_42 = WV[22206u];
var acc_43 = WV[22207u];
var acc_44 = WV[22208u];
var acc_45 = WV[22209u];
var acc_46 = WV[22210u];
var acc_47 = WV[22211u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 21172u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[88848u + c_6] + W[88912u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[23268u];
var acc_49 = WV[23269u];
var acc_50 = WV[23270u];
var acc_51 = WV[23271u];
var acc_52 = WV[23272u];
var acc_53 = WV[23273u];
var acc_54 = WV[23274u];
var acc_55 = WV[23275u];
var acc_56 = WV[23276u];
var acc_57 = WV[23277u];
var acc_58 = WV[23278u];
var acc_59 = WV[23279u];
var acc_60 = WV[23280u];
var acc_61 = WV[23281u];
var acc_62 = WV[23282u];
var acc_63 = WV[23283u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 22244u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[93264u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 93136u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[101912u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 101848u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== forward kernel 10: layer0.egnn.block1.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 19988u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[80400u + c_2] + W[80464u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[21156u];
var acc_17 = WV[21157u];
var acc_18 = WV[21158u];
var acc_19 = WV[21159u];
var acc_20 = WV[21160u];
var acc_21 = WV[21161u];
var acc_22 = WV[21162u];
var acc_23 = WV[21163u];
var acc_24 = WV[21164u];
var acc_25 = WV[21165u];
var acc_26 = WV[21166u];
var acc_27 = WV[21167u];
var acc_28 = WV[21168u];
var acc_29 = WV[21169u];
var acc_30 = WV[21170u];
var acc_31 = WV[21171u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 20132u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== forward kernel 11: layer0.egnn.block1.update (bindings W, H, V, AGG, DV, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[28551u];
var acc_1 = WV[28552u];
var acc_2 = WV[28553u];
var acc_3 = WV[28554u];
var acc_4 = WV[28555u];
var acc_5 = WV[28556u];
var acc_6 = WV[28557u];
var acc_7 = WV[28558u];
var acc_8 = WV[28559u];
var acc_9 = WV[28560u];
var acc_10 = WV[28561u];
var acc_11 = WV[28562u];
var acc_12 = WV[28563u];
var acc_13 = WV[28564u];
var acc_14 = WV[28565u];
var acc_15 = WV[28566u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 25479u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[114268u + c_2] + W[114332u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[29623u];
var acc_17 = WV[29624u];
var acc_18 = WV[29625u];
var acc_19 = WV[29626u];
var acc_20 = WV[29627u];
var acc_21 = WV[29628u];
var acc_22 = WV[29629u];
var acc_23 = WV[29630u];
var acc_24 = WV[29631u];
var acc_25 = WV[29632u];
var acc_26 = WV[29633u];
var acc_27 = WV[29634u];
var acc_28 = WV[29635u];
var acc_29 = WV[29636u];
var acc_30 = WV[29637u];
var acc_31 = WV[29638u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 28599u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[31687u];
var acc_33 = WV[31688u];
var acc_34 = WV[31689u];
var acc_35 = WV[31690u];
var acc_36 = WV[31691u];
var acc_37 = WV[31692u];
var acc_38 = WV[31693u];
var acc_39 = WV[31694u];
var acc_40 = WV[31695u];
var acc_41 = WV[31696u];
var acc_42 = WV[31697u];
var acc_43 = WV[31698u];
var acc_44 = WV[31699u];
var acc_45 = WV[31700u];
var acc_46 = WV[31701u];
var acc_47 = WV[31702u];
var acc_48 = WV[31703u];
var acc_49 = WV[31704u];
var acc_50 = WV[31705u];
var acc_51 = WV[31706u];
var acc_52 = WV[31707u];
var acc_53 = WV[31708u];
var acc_54 = WV[31709u];
var acc_55 = WV[31710u];
var acc_56 = WV[31711u];
var acc_57 = WV[31712u];
var acc_58 = WV[31713u];
var acc_59 = WV[31714u];
var acc_60 = WV[31715u];
var acc_61 = WV[31716u];
var acc_62 = WV[31717u];
var acc_63 = WV[31718u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 29639u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[24341u];
var acc_65 = WV[24342u];
var acc_66 = WV[24343u];
var acc_67 = WV[24344u];
var acc_68 = WV[24345u];
var acc_69 = WV[24346u];
var acc_70 = WV[24347u];
var acc_71 = WV[24348u];
var acc_72 = WV[24349u];
var acc_73 = WV[24350u];
var acc_74 = WV[24351u];
var acc_75 = WV[24352u];
var acc_76 = WV[24353u];
var acc_77 = WV[24354u];
var acc_78 = WV[24355u];
var acc_79 = WV[24356u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 23317u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[97428u + c_8] + W[97492u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[25413u];
var acc_81 = WV[25414u];
var acc_82 = WV[25415u];
var acc_83 = WV[25416u];
var acc_84 = WV[25417u];
var acc_85 = WV[25418u];
var acc_86 = WV[25419u];
var acc_87 = WV[25420u];
var acc_88 = WV[25421u];
var acc_89 = WV[25422u];
var acc_90 = WV[25423u];
var acc_91 = WV[25424u];
var acc_92 = WV[25425u];
var acc_93 = WV[25426u];
var acc_94 = WV[25427u];
var acc_95 = WV[25428u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 24389u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[101844u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 101716u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
}

// ==== forward kernel 12: layer0.egnn.block2.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 31719u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[35911u];
var acc_17 = WV[35912u];
var acc_18 = WV[35913u];
var acc_19 = WV[35914u];
var acc_20 = WV[35915u];
var acc_21 = WV[35916u];
var acc_22 = WV[35917u];
var acc_23 = WV[35918u];
var acc_24 = WV[35919u];
var acc_25 = WV[35920u];
var acc_26 = WV[35921u];
var acc_27 = WV[35922u];
var acc_28 = WV[35923u];
var acc_29 = WV[35924u];
var acc_30 = WV[35925u];
var acc_31 = WV[35926u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 33767u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 35847u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 35879u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== forward kernel 13: layer0.egnn.block2.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 35815u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[143708u + c_2] + W[143772u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[36983u];
var acc_17 = WV[36984u];
var acc_18 = WV[36985u];
var acc_19 = WV[36986u];
var acc_20 = WV[36987u];
var acc_21 = WV[36988u];
var acc_22 = WV[36989u];
var acc_23 = WV[36990u];
var acc_24 = WV[36991u];
var acc_25 = WV[36992u];
var acc_26 = WV[36993u];
var acc_27 = WV[36994u];
var acc_28 = WV[36995u];
var acc_29 = WV[36996u];
var acc_30 = WV[36997u];
var acc_31 = WV[36998u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 35959u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[38023u];
var acc_33 = WV[38024u];
var acc_34 = WV[38025u];
var acc_35 = WV[38026u];
var acc_36 = WV[38027u];
var acc_37 = WV[38028u];
var acc_38 = WV[38029u];
var acc_39 = WV[38030u];
var acc_40 = WV[38031u];
var acc_41 = WV[38032u];
var acc_42 = WV[38033u];
var acc_43 = WV[38034u];
var acc_44 = WV[38035u];
var acc_45 = WV[38036u];
var acc_46 = WV[38037u];
var acc_47 = WV[38038u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 36999u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[152156u + c_6] + W[152220u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[39095u];
var acc_49 = WV[39096u];
var acc_50 = WV[39097u];
var acc_51 = WV[39098u];
var acc_52 = WV[39099u];
var acc_53 = WV[39100u];
var acc_54 = WV[39101u];
var acc_55 = WV[39102u];
var acc_56 = WV[39103u];
var acc_57 = WV[39104u];
var acc_58 = WV[39105u];
var acc_59 = WV[39106u];
var acc_60 = WV[39107u];
var acc_61 = WV[39108u];
var acc_62 = WV[39109u];
var acc_63 = WV[39110u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 38071u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[156572u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 156444u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[165220u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 165156u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== forward kernel 14: layer0.egnn.block2.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 35815u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[143708u + c_2] + W[143772u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[36983u];
var acc_17 = WV[36984u];
var acc_18 = WV[36985u];
var acc_19 = WV[36986u];
var acc_20 = WV[36987u];
var acc_21 = WV[36988u];
var acc_22 = WV[36989u];
var acc_23 = WV[36990u];
var acc_24 = WV[36991u];
var acc_25 = WV[36992u];
var acc_26 = WV[36993u];
var acc_27 = WV[36994u];
var acc_28 = WV[36995u];
var acc_29 = WV[36996u];
var acc_30 = WV[36997u];
var acc_31 = WV[36998u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 35959u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== forward kernel 15: layer0.egnn.block2.update (bindings W, H, V, AGG, DV, SENT, V0, HOUT, VOUT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> V0: array<f32>;
@group(0) @binding(7) var<storage, read_write> HOUT: array<f32>;
@group(0) @binding(8) var<storage, read_write> VOUT: array<f32>;
@group(0) @binding(9) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(10) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[44378u];
var acc_1 = WV[44379u];
var acc_2 = WV[44380u];
var acc_3 = WV[44381u];
var acc_4 = WV[44382u];
var acc_5 = WV[44383u];
var acc_6 = WV[44384u];
var acc_7 = WV[44385u];
var acc_8 = WV[44386u];
var acc_9 = WV[44387u];
var acc_10 = WV[44388u];
var acc_11 = WV[44389u];
var acc_12 = WV[44390u];
var acc_13 = WV[44391u];
var acc_14 = WV[44392u];
var acc_15 = WV[44393u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 41306u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[177576u + c_2] + W[177640u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[45450u];
var acc_17 = WV[45451u];
var acc_18 = WV[45452u];
var acc_19 = WV[45453u];
var acc_20 = WV[45454u];
var acc_21 = WV[45455u];
var acc_22 = WV[45456u];
var acc_23 = WV[45457u];
var acc_24 = WV[45458u];
var acc_25 = WV[45459u];
var acc_26 = WV[45460u];
var acc_27 = WV[45461u];
var acc_28 = WV[45462u];
var acc_29 = WV[45463u];
var acc_30 = WV[45464u];
var acc_31 = WV[45465u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 44426u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[47514u];
var acc_33 = WV[47515u];
var acc_34 = WV[47516u];
var acc_35 = WV[47517u];
var acc_36 = WV[47518u];
var acc_37 = WV[47519u];
var acc_38 = WV[47520u];
var acc_39 = WV[47521u];
var acc_40 = WV[47522u];
var acc_41 = WV[47523u];
var acc_42 = WV[47524u];
var acc_43 = WV[47525u];
var acc_44 = WV[47526u];
var acc_45 = WV[47527u];
var acc_46 = WV[47528u];
var acc_47 = WV[47529u];
var acc_48 = WV[47530u];
var acc_49 = WV[47531u];
var acc_50 = WV[47532u];
var acc_51 = WV[47533u];
var acc_52 = WV[47534u];
var acc_53 = WV[47535u];
var acc_54 = WV[47536u];
var acc_55 = WV[47537u];
var acc_56 = WV[47538u];
var acc_57 = WV[47539u];
var acc_58 = WV[47540u];
var acc_59 = WV[47541u];
var acc_60 = WV[47542u];
var acc_61 = WV[47543u];
var acc_62 = WV[47544u];
var acc_63 = WV[47545u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 45466u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[40168u];
var acc_65 = WV[40169u];
var acc_66 = WV[40170u];
var acc_67 = WV[40171u];
var acc_68 = WV[40172u];
var acc_69 = WV[40173u];
var acc_70 = WV[40174u];
var acc_71 = WV[40175u];
var acc_72 = WV[40176u];
var acc_73 = WV[40177u];
var acc_74 = WV[40178u];
var acc_75 = WV[40179u];
var acc_76 = WV[40180u];
var acc_77 = WV[40181u];
var acc_78 = WV[40182u];
var acc_79 = WV[40183u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 39144u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[160736u + c_8] + W[160800u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[41240u];
var acc_81 = WV[41241u];
var acc_82 = WV[41242u];
var acc_83 = WV[41243u];
var acc_84 = WV[41244u];
var acc_85 = WV[41245u];
var acc_86 = WV[41246u];
var acc_87 = WV[41247u];
var acc_88 = WV[41248u];
var acc_89 = WV[41249u];
var acc_90 = WV[41250u];
var acc_91 = WV[41251u];
var acc_92 = WV[41252u];
var acc_93 = WV[41253u];
var acc_94 = WV[41254u];
var acc_95 = WV[41255u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 40216u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[165152u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 165024u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
var top = h_next[0];
for (var c = 1u; c < 128u; c++) { top = max(top, h_next[c]); }
var total = 0.0;
for (var c = 0u; c < 128u; c++) { h_next[c] = exp(h_next[c] - top); total += h_next[c]; }
for (var c = 0u; c < 128u; c++) { h_next[c] /= total; }
var h_out: array<f32, 128>;
var acc_96 = WV[51642u];
var acc_97 = WV[51643u];
var acc_98 = WV[51644u];
var acc_99 = WV[51645u];
var acc_100 = WV[51646u];
var acc_101 = WV[51647u];
var acc_102 = WV[51648u];
var acc_103 = WV[51649u];
var acc_104 = WV[51650u];
var acc_105 = WV[51651u];
var acc_106 = WV[51652u];
var acc_107 = WV[51653u];
var acc_108 = WV[51654u];
var acc_109 = WV[51655u];
var acc_110 = WV[51656u];
var acc_111 = WV[51657u];
var acc_112 = WV[51658u];
var acc_113 = WV[51659u];
var acc_114 = WV[51660u];
var acc_115 = WV[51661u];
var acc_116 = WV[51662u];
var acc_117 = WV[51663u];
var acc_118 = WV[51664u];
var acc_119 = WV[51665u];
var acc_120 = WV[51666u];
var acc_121 = WV[51667u];
var acc_122 = WV[51668u];
var acc_123 = WV[51669u];
var acc_124 = WV[51670u];
var acc_125 = WV[51671u];
var acc_126 = WV[51672u];
var acc_127 = WV[51673u];
for (var k_6 = 0u; k_6 < 128u; k_6++) {
  let x = h_next[k_6];
  let row = 47546u + k_6 * 32u;
  acc_96 += x * WV[row + 0u];
  acc_97 += x * WV[row + 1u];
  acc_98 += x * WV[row + 2u];
  acc_99 += x * WV[row + 3u];
  acc_100 += x * WV[row + 4u];
  acc_101 += x * WV[row + 5u];
  acc_102 += x * WV[row + 6u];
  acc_103 += x * WV[row + 7u];
  acc_104 += x * WV[row + 8u];
  acc_105 += x * WV[row + 9u];
  acc_106 += x * WV[row + 10u];
  acc_107 += x * WV[row + 11u];
  acc_108 += x * WV[row + 12u];
  acc_109 += x * WV[row + 13u];
  acc_110 += x * WV[row + 14u];
  acc_111 += x * WV[row + 15u];
  acc_112 += x * WV[row + 16u];
  acc_113 += x * WV[row + 17u];
  acc_114 += x * WV[row + 18u];
  acc_115 += x * WV[row + 19u];
  acc_116 += x * WV[row + 20u];
  acc_117 += x * WV[row + 21u];
  acc_118 += x * WV[row + 22u];
  acc_119 += x * WV[row + 23u];
  acc_120 += x * WV[row + 24u];
  acc_121 += x * WV[row + 25u];
  acc_122 += x * WV[row + 26u];
  acc_123 += x * WV[row + 27u];
  acc_124 += x * WV[row + 28u];
  acc_125 += x * WV[row + 29u];
  acc_126 += x * WV[row + 30u];
  acc_127 += x * WV[row + 31u];
}
h_out[0u] = acc_96.x; h_out[1u] = acc_96.y; h_out[2u] = acc_96.z; h_out[3u] = acc_96.w;
h_out[4u] = acc_97.x; h_out[5u] = acc_97.y; h_out[6u] = acc_97.z; h_out[7u] = acc_97.w;
h_out[8u] = acc_98.x; h_out[9u] = acc_98.y; h_out[10u] = acc_98.z; h_out[11u] = acc_98.w;
h_out[12u] = acc_99.x; h_out[13u] = acc_99.y; h_out[14u] = acc_99.z; h_out[15u] = acc_99.w;
h_out[16u] = acc_100.x; h_out[17u] = acc_100.y; h_out[18u] = acc_100.z; h_out[19u] = acc_100.w;
h_out[20u] = acc_101.x; h_out[21u] = acc_101.y; h_out[22u] = acc_101.z; h_out[23u] = acc_101.w;
h_out[24u] = acc_102.x; h_out[25u] = acc_102.y; h_out[26u] = acc_102.z; h_out[27u] = acc_102.w;
h_out[28u] = acc_103.x; h_out[29u] = acc_103.y; h_out[30u] = acc_103.z; h_out[31u] = acc_103.w;
h_out[32u] = acc_104.x; h_out[33u] = acc_104.y; h_out[34u] = acc_104.z; h_out[35u] = acc_104.w;
h_out[36u] = acc_105.x; h_out[37u] = acc_105.y; h_out[38u] = acc_105.z; h_out[39u] = acc_105.w;
h_out[40u] = acc_106.x; h_out[41u] = acc_106.y; h_out[42u] = acc_106.z; h_out[43u] = acc_106.w;
h_out[44u] = acc_107.x; h_out[45u] = acc_107.y; h_out[46u] = acc_107.z; h_out[47u] = acc_107.w;
h_out[48u] = acc_108.x; h_out[49u] = acc_108.y; h_out[50u] = acc_108.z; h_out[51u] = acc_108.w;
h_out[52u] = acc_109.x; h_out[53u] = acc_109.y; h_out[54u] = acc_109.z; h_out[55u] = acc_109.w;
h_out[56u] = acc_110.x; h_out[57u] = acc_110.y; h_out[58u] = acc_110.z; h_out[59u] = acc_110.w;
h_out[60u] = acc_111.x; h_out[61u] = acc_111.y; h_out[62u] = acc_111.z; h_out[63u] = acc_111.w;
h_out[64u] = acc_112.x; h_out[65u] = acc_112.y; h_out[66u] = acc_112.z; h_out[67u] = acc_112.w;
h_out[68u] = acc_113.x; h_out[69u] = acc_113.y; h_out[70u] = acc_113.z; h_out[71u] = acc_113.w;
h_out[72u] = acc_114.x; h_out[73u] = acc_114.y; h_out[74u] = acc_114.z; h_out[75u] = acc_114.w;
h_out[76u] = acc_115.x; h_out[77u] = acc_115.y; h_out[78u] = acc_115.z; h_out[79u] = acc_115.w;
h_out[80u] = acc_116.x; h_out[81u] = acc_116.y; h_out[82u] = acc_116.z; h_out[83u] = acc_116.w;
h_out[84u] = acc_117.x; h_out[85u] = acc_117.y; h_out[86u] = acc_117.z; h_out[87u] = acc_117.w;
h_out[88u] = acc_118.x; h_out[89u] = acc_118.y; h_out[90u] = acc_118.z; h_out[91u] = acc_118.w;
h_out[92u] = acc_119.x; h_out[93u] = acc_119.y; h_out[94u] = acc_119.z; h_out[95u] = acc_119.w;
h_out[96u] = acc_120.x; h_out[97u] = acc_120.y; h_out[98u] = acc_120.z; h_out[99u] = acc_120.w;
h_out[100u] = acc_121.x; h_out[101u] = acc_121.y; h_out[102u] = acc_121.z; h_out[103u] = acc_121.w;
h_out[104u] = acc_122.x; h_out[105u] = acc_122.y; h_out[106u] = acc_122.z; h_out[107u] = acc_122.w;
h_out[108u] = acc_123.x; h_out[109u] = acc_123.y; h_out[110u] = acc_123.z; h_out[111u] = acc_123.w;
h_out[112u] = acc_124.x; h_out[113u] = acc_124.y; h_out[114u] = acc_124.z; h_out[115u] = acc_124.w;
h_out[116u] = acc_125.x; h_out[117u] = acc_125.y; h_out[118u] = acc_125.z; h_out[119u] = acc_125.w;
h_out[120u] = acc_126.x; h_out[121u] = acc_126.y; h_out[122u] = acc_126.z; h_out[123u] = acc_126.w;
h_out[124u] = acc_127.x; h_out[125u] = acc_127.y; h_out[126u] = acc_127.z; h_out[127u] = acc_127.w;
for (var c_11 = 0u; c_11 < 128u; c_11++) { HOUT[t * 128u + c_11] = h_out[c_11]; }
for (var c = 0u; c < 4u; c++) { VOUT[t * 4u + c] = V[t * 4u + c] - V0[t * 4u + c]; }
}

// ==== forward kernel 16: layer0.head0.head (bindings W, SRC, DST, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> SRC: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
var x: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { x[c] = SRC[t * 128u + c]; }
var head0_y0: array<f32, 64>;
var acc = WV[2048u];
var acc_1 = WV[2049u];
var acc_2 = WV[2050u];
var acc_3 = WV[2051u];
var acc_4 = WV[2052u];
var acc_5 = WV[2053u];
var acc_6 = WV[2054u];
var acc_7 = WV[2055u];
var acc_8 = WV[2056u];
var acc_9 = WV[2057u];
var acc_10 = WV[2058u];
var acc_11 = WV[2059u];
var acc_12 = WV[2060u];
var acc_13 = WV[2061u];
var acc_14 = WV[2062u];
var acc_15 = WV[2063u];
for (var k = 0u; k < 128u; k++) {
  let x = x[k];
  let row = 0u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
head0_y0[0u] = acc.x; head0_y0[1u] = acc.y; head0_y0[2u] = acc.z; head0_y0[3u] = acc.w;
head0_y0[4u] = acc_1.x; head0_y0[5u] = acc_1.y; head0_y0[6u] = acc_1.z; head0_y0[7u] = acc_1.w;
head0_y0[8u] = acc_2.x; head0_y0[9u] = acc_2.y; head0_y0[10u] = acc_2.z; head0_y0[11u] = acc_2.w;
head0_y0[12u] = acc_3.x; head0_y0[13u] = acc_3.y; head0_y0[14u] = acc_3.z; head0_y0[15u] = acc_3.w;
head0_y0[16u] = acc_4.x; head0_y0[17u] = acc_4.y; head0_y0[18u] = acc_4.z; head0_y0[19u] = acc_4.w;
head0_y0[20u] = acc_5.x; head0_y0[21u] = acc_5.y; head0_y0[22u] = acc_5.z; head0_y0[23u] = acc_5.w;
head0_y0[24u] = acc_6.x; head0_y0[25u] = acc_6.y; head0_y0[26u] = acc_6.z; head0_y0[27u] = acc_6.w;
head0_y0[28u] = acc_7.x; head0_y0[29u] = acc_7.y; head0_y0[30u] = acc_7.z; head0_y0[31u] = acc_7.w;
head0_y0[32u] = acc_8.x; head0_y0[33u] = acc_8.y; head0_y0[34u] = acc_8.z; head0_y0[35u] = acc_8.w;
head0_y0[36u] = acc_9.x; head0_y0[37u] = acc_9.y; head0_y0[38u] = acc_9.z; head0_y0[39u] = acc_9.w;
head0_y0[40u] = acc_10.x; head0_y0[41u] = acc_10.y; head0_y0[42u] = acc_10.z; head0_y0[43u] = acc_10.w;
head0_y0[44u] = acc_11.x; head0_y0[45u] = acc_11.y; head0_y0[46u] = acc_11.z; head0_y0[47u] = acc_11.w;
head0_y0[48u] = acc_12.x; head0_y0[49u] = acc_12.y; head0_y0[50u] = acc_12.z; head0_y0[51u] = acc_12.w;
head0_y0[52u] = acc_13.x; head0_y0[53u] = acc_13.y; head0_y0[54u] = acc_13.z; head0_y0[55u] = acc_13.w;
head0_y0[56u] = acc_14.x; head0_y0[57u] = acc_14.y; head0_y0[58u] = acc_14.z; head0_y0[59u] = acc_14.w;
head0_y0[60u] = acc_15.x; head0_y0[61u] = acc_15.y; head0_y0[62u] = acc_15.z; head0_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { head0_y0[c] = silu(head0_y0[c]); }
var head0_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { head0_n1[c_1] = head0_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += head0_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = head0_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { head0_n1[c_2] = (head0_n1[c_2] - mean) * inv * W[8256u + c_2] + W[8320u + c_2]; }
var head0_y1: array<f32, 64>;
var acc_16 = WV[3120u];
var acc_17 = WV[3121u];
var acc_18 = WV[3122u];
var acc_19 = WV[3123u];
var acc_20 = WV[3124u];
var acc_21 = WV[3125u];
var acc_22 = WV[3126u];
var acc_23 = WV[3127u];
var acc_24 = WV[3128u];
var acc_25 = WV[3129u];
var acc_26 = WV[3130u];
var acc_27 = WV[3131u];
var acc_28 = WV[3132u];
var acc_29 = WV[3133u];
var acc_30 = WV[3134u];
var acc_31 = WV[3135u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = head0_n1[k_1];
  let row = 2096u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
head0_y1[0u] = acc_16.x; head0_y1[1u] = acc_16.y; head0_y1[2u] = acc_16.z; head0_y1[3u] = acc_16.w;
head0_y1[4u] = acc_17.x; head0_y1[5u] = acc_17.y; head0_y1[6u] = acc_17.z; head0_y1[7u] = acc_17.w;
head0_y1[8u] = acc_18.x; head0_y1[9u] = acc_18.y; head0_y1[10u] = acc_18.z; head0_y1[11u] = acc_18.w;
head0_y1[12u] = acc_19.x; head0_y1[13u] = acc_19.y; head0_y1[14u] = acc_19.z; head0_y1[15u] = acc_19.w;
head0_y1[16u] = acc_20.x; head0_y1[17u] = acc_20.y; head0_y1[18u] = acc_20.z; head0_y1[19u] = acc_20.w;
head0_y1[20u] = acc_21.x; head0_y1[21u] = acc_21.y; head0_y1[22u] = acc_21.z; head0_y1[23u] = acc_21.w;
head0_y1[24u] = acc_22.x; head0_y1[25u] = acc_22.y; head0_y1[26u] = acc_22.z; head0_y1[27u] = acc_22.w;
head0_y1[28u] = acc_23.x; head0_y1[29u] = acc_23.y; head0_y1[30u] = acc_23.z; head0_y1[31u] = acc_23.w;
head0_y1[32u] = acc_24.x; head0_y1[33u] = acc_24.y; head0_y1[34u] = acc_24.z; head0_y1[35u] = acc_24.w;
head0_y1[36u] = acc_25.x; head0_y1[37u] = acc_25.y; head0_y1[38u] = acc_25.z; head0_y1[39u] = acc_25.w;
head0_y1[40u] = acc_26.x; head0_y1[41u] = acc_26.y; head0_y1[42u] = acc_26.z; head0_y1[43u] = acc_26.w;
head0_y1[44u] = acc_27.x; head0_y1[45u] = acc_27.y; head0_y1[46u] = acc_27.z; head0_y1[47u] = acc_27.w;
head0_y1[48u] = acc_28.x; head0_y1[49u] = acc_28.y; head0_y1[50u] = acc_28.z; head0_y1[51u] = acc_28.w;
head0_y1[52u] = acc_29.x; head0_y1[53u] = acc_29.y; head0_y1[54u] = acc_29.z; head0_y1[55u] = acc_29.w;
head0_y1[56u] = acc_30.x; head0_y1[57u] = acc_30.y; head0_y1[58u] = acc_30.z; head0_y1[59u] = acc_30.w;
head0_y1[60u] = acc_31.x; head0_y1[61u] = acc_31.y; head0_y1[62u] = acc_31.z; head0_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { head0_y1[c_3] = silu(head0_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { head0_y1[c_1] += head0_y0[c_1]; }
var head0_out: array<f32, 50>;
for (var c_4 = 0u; c_4 < 50u; c_4++) { head0_out[c_4] = W[15744u + c_4]; }
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = head0_y1[k_2];
  let row = 12544u + k_2 * 50u;
  for (var c_4 = 0u; c_4 < 50u; c_4++) { head0_out[c_4] += x * W[row + c_4]; }
}
for (var c = 0u; c < 50u; c++) { DST[t * 50u + c] = head0_out[c]; }
}

// ==== forward kernel 17: inner.forward.spherical (bindings TRANS, COND, VEC, COEF, OUT, LD) ====
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== forward kernel 18: inner.forward.logdet (bindings LD, LOGDET) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> LD: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGDET: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems) { return; }
var total = 0.0;
for (var k = 0u; k < 4u; k++) { total += LD[t * 4u + k]; }
LOGDET[t] = total;
}

// ==== forward kernel 19: merge.swap (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== forward kernel 20: center.0 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== forward kernel 21: add (bindings A, B, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> A: array<f32>;
@group(0) @binding(1) var<storage, read> B: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = A[t] + B[t];
}

// ==== forward kernel 22: split (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== forward kernel 23: merge (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 2: layer23.egnn.init (bindings W, P, H, V, V0, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> P: array<f32>;
@group(0) @binding(2) var<storage, read_write> H: array<f32>;
@group(0) @binding(3) var<storage, read_write> V: array<f32>;
@group(0) @binding(4) var<storage, read_write> V0: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var embedded: array<f32, 1>;
embedded[0] = W[0u];
var h: array<f32, 128>;
var acc = WV[33u];
var acc_1 = WV[34u];
var acc_2 = WV[35u];
var acc_3 = WV[36u];
var acc_4 = WV[37u];
var acc_5 = WV[38u];
var acc_6 = WV[39u];
var acc_7 = WV[40u];
var acc_8 = WV[41u];
var acc_9 = WV[42u];
var acc_10 = WV[43u];
var acc_11 = WV[44u];
var acc_12 = WV[45u];
var acc_13 = WV[46u];
var acc_14 = WV[47u];
var acc_15 = WV[48u];
var acc_16 = WV[49u];
var acc_17 = WV[50u];
var acc_18 = WV[51u];
var acc_19 = WV[52u];
var acc_20 = WV[53u];
var acc_21 = WV[54u];
var acc_22 = WV[55u];
var acc_23 = WV[56u];
var acc_24 = WV[57u];
var acc_25 = WV[58u];
var acc_26 = WV[59u];
var acc_27 = WV[60u];
var acc_28 = WV[61u];
var acc_29 = WV[62u];
var acc_30 = WV[63u];
var acc_31 = WV[64u];
for (var k_1 = 0u; k_1 < 1u; k_1++) {
  let x = embedded[k_1];
  let row = 1u + k_1 * 32u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
  acc_16 += x * WV[row + 16u];
  acc_17 += x * WV[row + 17u];
  acc_18 += x * WV[row + 18u];
  acc_19 += x * WV[row + 19u];
  acc_20 += x * WV[row + 20u];
  acc_21 += x * WV[row + 21u];
  acc_22 += x * WV[row + 22u];
  acc_23 += x * WV[row + 23u];
  acc_24 += x * WV[row + 24u];
  acc_25 += x * WV[row + 25u];
  acc_26 += x * WV[row + 26u];
  acc_27 += x * WV[row + 27u];
  acc_28 += x * WV[row + 28u];
  acc_29 += x * WV[row + 29u];
  acc_30 += x * WV[row + 30u];
  acc_31 += x * WV[row + 31u];
}
h[0u] = acc.x; h[1u] = acc.y; h[2u] = acc.z; h[3u] = acc.w;
h[4u] = acc_1.x; h[5u] = acc_1.y; h[6u] = acc_1.z; h[7u] = acc_1.w;
h[8u] = acc_2.x; h[9u] = acc_2.y; h[10u] = acc_2.z; h[11u] = acc_2.w;
h[12u] = acc_3.x; h[13u] = acc_3.y; h[14u] = acc_3.z; h[15u] = acc_3.w;
h[16u] = acc_4.x; h[17u] = acc_4.y; h[18u] = acc_4.z; h[19u] = acc_4.w;
h[20u] = acc_5.x; h[21u] = acc_5.y; h[22u] = acc_5.z; h[23u] = acc_5.w;
h[24u] = acc_6.x; h[25u] = acc_6.y; h[26u] = acc_6.z; h[27u] = acc_6.w;
h[28u] = acc_7.x; h[29u] = acc_7.y; h[30u] = acc_7.z; h[31u] = acc_7.w;
h[32u] = acc_8.x; h[33u] = acc_8.y; h[34u] = acc_8.z; h[35u] = acc_8.w;
h[36u] = acc_9.x; h[37u] = acc_9.y; h[38u] = acc_9.z; h[39u] = acc_9.w;
h[40u] = acc_10.x; h[41u] = acc_10.y; h[42u] = acc_10.z; h[43u] = acc_10.w;
h[44u] = acc_11.x; h[45u] = acc_11.y; h[46u] = acc_11.z; h[47u] = acc_11.w;
h[48u] = acc_12.x; h[49u] = acc_12.y; h[50u] = acc_12.z; h[51u] = acc_12.w;
h[52u] = acc_13.x; h[53u] = acc_13.y; h[54u] = acc_13.z; h[55u] = acc_13.w;
h[56u] = acc_14.x; h[57u] = acc_14.y; h[58u] = acc_14.z; h[59u] = acc_14.w;
h[60u] = acc_15.x; h[61u] = acc_15.y; h[62u] = acc_15.z; h[63u] = acc_15.w;
h[64u] = acc_16.x; h[65u] = acc_16.y; h[66u] = acc_16.z; h[67u] = acc_16.w;
h[68u] = acc_17.x; h[69u] = acc_17.y; h[70u] = acc_17.z; h[71u] = acc_17.w;
h[72u] = acc_18.x; h[73u] = acc_18.y; h[74u] = acc_18.z; h[75u] = acc_18.w;
h[76u] = acc_19.x; h[77u] = acc_19.y; h[78u] = acc_19.z; h[79u] = acc_19.w;
h[80u] = acc_20.x; h[81u] = acc_20.y; h[82u] = acc_20.z; h[83u] = acc_20.w;
h[84u] = acc_21.x; h[85u] = acc_21.y; h[86u] = acc_21.z; h[87u] = acc_21.w;
h[88u] = acc_22.x; h[89u] = acc_22.y; h[90u] = acc_22.z; h[91u] = acc_22.w;
h[92u] = acc_23.x; h[93u] = acc_23.y; h[94u] = acc_23.z; h[95u] = acc_23.w;
h[96u] = acc_24.x; h[97u] = acc_24.y; h[98u] = acc_24.z; h[99u] = acc_24.w;
h[100u] = acc_25.x; h[101u] = acc_25.y; h[102u] = acc_25.z; h[103u] = acc_25.w;
h[104u] = acc_26.x; h[105u] = acc_26.y; h[106u] = acc_26.z; h[107u] = acc_26.w;
h[108u] = acc_27.x; h[109u] = acc_27.y; h[110u] = acc_27.z; h[111u] = acc_27.w;
h[112u] = acc_28.x; h[113u] = acc_28.y; h[114u] = acc_28.z; h[115u] = acc_28.w;
h[116u] = acc_29.x; h[117u] = acc_29.y; h[118u] = acc_29.z; h[119u] = acc_29.w;
h[120u] = acc_30.x; h[121u] = acc_30.y; h[122u] = acc_30.z; h[123u] = acc_30.w;
h[124u] = acc_31.x; h[125u] = acc_31.y; h[126u] = acc_31.z; h[127u] = acc_31.w;
for (var c = 0u; c < 128u; c++) { H[t * 128u + c] = h[c]; }
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

// ==== inverse kernel 3: layer23.egnn.block0.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 65u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[4257u];
var acc_17 = WV[4258u];
var acc_18 = WV[4259u];
var acc_19 = WV[4260u];
var acc_20 = WV[4261u];
var acc_21 = WV[4262u];
var acc_22 = WV[4263u];
var acc_23 = WV[4264u];
var acc_24 = WV[4265u];
var acc_25 = WV[4266u];
var acc_26 = WV[4267u];
var acc_27 = WV[4268u];
var acc_28 = WV[4269u];
var acc_29 = WV[4270u];
var acc_30 = WV[4271u];
var acc_31 = WV[4272u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 2113u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 4193u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 4225u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== inverse kernel 4: layer23.egnn.block0.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 4161u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[17092u + c_2] + W[17156u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[5329u];
var acc_17 = WV[5330u];
var acc_18 = WV[5331u];
var acc_19 = WV[5332u];
var acc_20 = WV[5333u];
var acc_21 = WV[5334u];
var acc_22 = WV[5335u];
var acc_23 = WV[5336u];
var acc_24 = WV[5337u];
var acc_25 = WV[5338u];
var acc_26 = WV[5339u];
var acc_27 = WV[5340u];
var acc_28 = WV[5341u];
var acc_29 = WV[5342u];
var acc_30 = WV[5343u];
var acc_31 = WV[5344u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 4305u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[6369u];
var acc_33 = WV[6370u];
var acc_34 = WV[6371u];
var acc_35 = WV[6372u];
var acc_36 = WV[6373u];
var acc_37 = WV[6374u];
var acc_38 = WV[6375u];
var acc_39 = WV[6376u];
var acc_40 = WV[6377u];
var acc_41 = WV[6378u];
var acc_42 = WV[6379u];
var acc_43 = WV[6380u];
var acc_44 = WV[6381u];
var acc_45 = WV[6382u];
var acc_46 = WV[6383u];
var acc_47 = WV[6384u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 5345u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[25540u + c_6] + W[25604u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[7441u];
var acc_49 = WV[7442u];
var acc_50 = WV[7443u];
var acc_51 = WV[7444u];
var acc_52 = WV[7445u];
var acc_53 = WV[7446u];
var acc_54 = WV[7447u];
var acc_55 = WV[7448u];
var acc_56 = WV[7449u];
var acc_57 = WV[7450u];
var acc_58 = WV[7451u];
var acc_59 = WV[7452u];
var acc_60 = WV[7453u];
var acc_61 = WV[7454u];
var acc_62 = WV[7455u];
var acc_63 = WV[7456u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 6417u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[29956u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 29828u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[38604u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 38540u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== inverse kernel 5: layer23.egnn.block0.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 4161u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[17092u + c_2] + W[17156u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[5329u];
var acc_17 = WV[5330u];
var acc_18 = WV[5331u];
var acc_19 = WV[5332u];
var acc_20 = WV[5333u];
var acc_21 = WV[5334u];
var acc_22 = WV[5335u];
var acc_23 = WV[5336u];
var acc_24 = WV[5337u];
var acc_25 = WV[5338u];
var acc_26 = WV[5339u];
var acc_27 = WV[5340u];
var acc_28 = WV[5341u];
var acc_29 = WV[5342u];
var acc_30 = WV[5343u];
var acc_31 = WV[5344u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 4305u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== inverse kernel 6: layer23.egnn.block0.update (bindings W, H, V, AGG, DV, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[12724u];
var acc_1 = WV[12725u];
var acc_2 = WV[12726u];
var acc_3 = WV[12727u];
var acc_4 = WV[12728u];
var acc_5 = WV[12729u];
var acc_6 = WV[12730u];
var acc_7 = WV[12731u];
var acc_8 = WV[12732u];
var acc_9 = WV[12733u];
var acc_10 = WV[12734u];
var acc_11 = WV[12735u];
var acc_12 = WV[12736u];
var acc_13 = WV[12737u];
var acc_14 = WV[12738u];
var acc_15 = WV[12739u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 9652u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[50960u + c_2] + W[51024u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[13796u];
var acc_17 = WV[13797u];
var acc_18 = WV[13798u];
var acc_19 = WV[13799u];
var acc_20 = WV[13800u];
var acc_21 = WV[13801u];
var acc_22 = WV[13802u];
var acc_23 = WV[13803u];
var acc_24 = WV[13804u];
var acc_25 = WV[13805u];
var acc_26 = WV[13806u];
var acc_27 = WV[13807u];
var acc_28 = WV[13808u];
var acc_29 = WV[13809u];
var acc_30 = WV[13810u];
var acc_31 = WV[13811u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 12772u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[15860u];
var acc_33 = WV[15861u];
var acc_34 = WV[15862u];
var acc_35 = WV[15863u];
var acc_36 = WV[15864u];
var acc_37 = WV[15865u];
var acc_38 = WV[15866u];
var acc_39 = WV[15867u];
var acc_40 = WV[15868u];
var acc_41 = WV[15869u];
var acc_42 = WV[15870u];
var acc_43 = WV[15871u];
var acc_44 = WV[15872u];
var acc_45 = WV[15873u];
var acc_46 = WV[15874u];
var acc_47 = WV[15875u];
var acc_48 = WV[15876u];
var acc_49 = WV[15877u];
var acc_50 = WV[15878u];
var acc_51 = WV[15879u];
var acc_52 = WV[15880u];
var acc_53 = WV[15881u];
var acc_54 = WV[15882u];
var acc_55 = WV[15883u];
var acc_56 = WV[15884u];
var acc_57 = WV[15885u];
var acc_58 = WV[15886u];
var acc_59 = WV[15887u];
var acc_60 = WV[15888u];
var acc_61 = WV[15889u];
var acc_62 = WV[15890u];
var acc_63 = WV[15891u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 13812u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[8514u];
var acc_65 = WV[8515u];
var acc_66 = WV[8516u];
var acc_67 = WV[8517u];
var acc_68 = WV[8518u];
var acc_69 = WV[8519u];
var acc_70 = WV[8520u];
var acc_71 = WV[8521u];
var acc_72 = WV[8522u];
var acc_73 = WV[8523u];
var acc_74 = WV[8524u];
var acc_75 = WV[8525u];
var acc_76 = WV[8526u];
var acc_77 = WV[8527u];
var acc_78 = WV[8528u];
var acc_79 = WV[8529u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 7490u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[34120u + c_8] + W[34184u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[9586u];
var acc_81 = WV[9587u];
var acc_82 = WV[9588u];
var acc_83 = WV[9589u];
var acc_84 = WV[9590u];
var acc_85 = WV[9591u];
var acc_86 = WV[9592u];
var acc_87 = WV[9593u];
var acc_88 = WV[9594u];
var acc_89 = WV[9595u];
var acc_90 = WV[9596u];
var acc_91 = WV[9597u];
var acc_92 = WV[9598u];
var acc_93 = WV[9599u];
var acc_94 = WV[9600u];
var acc_95 = WV[9601u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 8562u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[38536u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 38408u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
}

// ==== inverse kernel 7: layer23.egnn.block1.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 15892u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[20084u];
var acc_17 = WV[20085u];
var acc_18 = WV[20086u];
var acc_19 = WV[20087u];
var acc_20 = WV[20088u];
var acc_21 = WV[20089u];
var acc_22 = WV[20090u];
var acc_23 = WV[20091u];
var acc_24 = WV[20092u];
var acc_25 = WV[20093u];
var acc_26 = WV[20094u];
var acc_27 = WV[20095u];
var acc_28 = WV[20096u];
var acc_29 = WV[20097u];
var acc_30 = WV[20098u];
var acc_31 = WV[20099u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 17940u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 20020u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 20052u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== inverse kernel 8: layer23.egnn.block1.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 19988u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[80400u + c_2] + W[80464u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[21156u];
var acc_17 = WV[21157u];
var acc_18 = WV[21158u];
var acc_19 = WV[21159u];
var acc_20 = WV[21160u];
var acc_21 = WV[21161u];
var acc_22 = WV[21162u];
var acc_23 = WV[21163u];
var acc_24 = WV[21164u];
var acc_25 = WV[21165u];
var acc_26 = WV[21166u];
var acc_27 = WV[21167u];
var acc_28 = WV[21168u];
var acc_29 = WV[21169u];
var acc_30 = WV[21170u];
var acc_31 = WV[21171u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 20132u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[22196u];
var acc_33 = WV[22197u];
var acc_34 = WV[22198u];
var acc_35 = WV[22199u];
var acc_36 = WV[22200u];
var acc_37 = WV[22201u];
var acc_38 = WV[22202u];
var acc_39 = WV[22203u];
var acc_40 = WV[22204u];
var acc_41 = WV[22205u];
var acc_42 = WV[22206u];
var acc_43 = WV[22207u];
var acc_44 = WV[22208u];
var acc_45 = WV[22209u];
var acc_46 = WV[22210u];
var acc_47 = WV[22211u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 21172u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[88848u + c_6] + W[88912u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[23268u];
var acc_49 = WV[23269u];
var acc_50 = WV[23270u];
var acc_51 = WV[23271u];
var acc_52 = WV[23272u];
var acc_53 = WV[23273u];
var acc_54 = WV[23274u];
var acc_55 = WV[23275u];
var acc_56 = WV[23276u];
var acc_57 = WV[23277u];
var acc_58 = WV[23278u];
var acc_59 = WV[23279u];
var acc_60 = WV[23280u];
var acc_61 = WV[23281u];
var acc_62 = WV[23282u];
var acc_63 = WV[23283u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 22244u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[93264u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 93136u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[101912u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 101848u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== inverse kernel 9: layer23.egnn.block1.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 19988u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[80400u + c_2] + W[80464u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[21156u];
var acc_17 = WV[21157u];
var acc_18 = WV[21158u];
var acc_19 = WV[21159u];
var acc_20 = WV[21160u];
var acc_21 = WV[21161u];
var acc_22 = WV[21162u];
var acc_23 = WV[21163u];
var acc_24 = WV[21164u];
var acc_25 = WV[21165u];
var acc_26 = WV[21166u];
var acc_27 = WV[21167u];
var acc_28 = WV[21168u];
var acc_29 = WV[21169u];
var acc_30 = WV[21170u];
var acc_31 = WV[21171u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 20132u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== inverse kernel 10: layer23.egnn.block1.update (bindings W, H, V, AGG, DV, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(7) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[28551u];
var acc_1 = WV[28552u];
var acc_2 = WV[28553u];
var acc_3 = WV[28554u];
var acc_4 = WV[28555u];
var acc_5 = WV[28556u];
var acc_6 = WV[28557u];
var acc_7 = WV[28558u];
var acc_8 = WV[28559u];
var acc_9 = WV[28560u];
var acc_10 = WV[28561u];
var acc_11 = WV[28562u];
var acc_12 = WV[28563u];
var acc_13 = WV[28564u];
var acc_14 = WV[28565u];
var acc_15 = WV[28566u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 25479u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[114268u + c_2] + W[114332u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[29623u];
var acc_17 = WV[29624u];
var acc_18 = WV[29625u];
var acc_19 = WV[29626u];
var acc_20 = WV[29627u];
var acc_21 = WV[29628u];
var acc_22 = WV[29629u];
var acc_23 = WV[29630u];
var acc_24 = WV[29631u];
var acc_25 = WV[29632u];
var acc_26 = WV[29633u];
var acc_27 = WV[29634u];
var acc_28 = WV[29635u];
var acc_29 = WV[29636u];
var acc_30 = WV[29637u];
var acc_31 = WV[29638u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 28599u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[31687u];
var acc_33 = WV[31688u];
var acc_34 = WV[31689u];
var acc_35 = WV[31690u];
var acc_36 = WV[31691u];
var acc_37 = WV[31692u];
var acc_38 = WV[31693u];
var acc_39 = WV[31694u];
var acc_40 = WV[31695u];
var acc_41 = WV[31696u];
var acc_42 = WV[31697u];
var acc_43 = WV[31698u];
var acc_44 = WV[31699u];
var acc_45 = WV[31700u];
var acc_46 = WV[31701u];
var acc_47 = WV[31702u];
var acc_48 = WV[31703u];
var acc_49 = WV[31704u];
var acc_50 = WV[31705u];
var acc_51 = WV[31706u];
var acc_52 = WV[31707u];
var acc_53 = WV[31708u];
var acc_54 = WV[31709u];
var acc_55 = WV[31710u];
var acc_56 = WV[31711u];
var acc_57 = WV[31712u];
var acc_58 = WV[31713u];
var acc_59 = WV[31714u];
var acc_60 = WV[31715u];
var acc_61 = WV[31716u];
var acc_62 = WV[31717u];
var acc_63 = WV[31718u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 29639u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[24341u];
var acc_65 = WV[24342u];
var acc_66 = WV[24343u];
var acc_67 = WV[24344u];
var acc_68 = WV[24345u];
var acc_69 = WV[24346u];
var acc_70 = WV[24347u];
var acc_71 = WV[24348u];
var acc_72 = WV[24349u];
var acc_73 = WV[24350u];
var acc_74 = WV[24351u];
var acc_75 = WV[24352u];
var acc_76 = WV[24353u];
var acc_77 = WV[24354u];
var acc_78 = WV[24355u];
var acc_79 = WV[24356u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 23317u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[97428u + c_8] + W[97492u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[25413u];
var acc_81 = WV[25414u];
var acc_82 = WV[25415u];
var acc_83 = WV[25416u];
var acc_84 = WV[25417u];
var acc_85 = WV[25418u];
var acc_86 = WV[25419u];
var acc_87 = WV[25420u];
var acc_88 = WV[25421u];
var acc_89 = WV[25422u];
var acc_90 = WV[25423u];
var acc_91 = WV[25424u];
var acc_92 = WV[25425u];
var acc_93 = WV[25426u];
var acc_94 = WV[25427u];
var acc_95 = WV[25428u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 24389u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[101844u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 101716u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
}

// ==== inverse kernel 11: layer23.egnn.block2.node (bindings H, V, PQ, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> H: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read_write> PQ: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h[c] = H[t * 128u + c]; }
var receiver: array<f32, 64>;
var sender: array<f32, 64>;
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
for (var k = 0u; k < 128u; k++) {
  let x = h[k];
  let row = 31719u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
sender[0u] = acc.x; sender[1u] = acc.y; sender[2u] = acc.z; sender[3u] = acc.w;
sender[4u] = acc_1.x; sender[5u] = acc_1.y; sender[6u] = acc_1.z; sender[7u] = acc_1.w;
sender[8u] = acc_2.x; sender[9u] = acc_2.y; sender[10u] = acc_2.z; sender[11u] = acc_2.w;
sender[12u] = acc_3.x; sender[13u] = acc_3.y; sender[14u] = acc_3.z; sender[15u] = acc_3.w;
sender[16u] = acc_4.x; sender[17u] = acc_4.y; sender[18u] = acc_4.z; sender[19u] = acc_4.w;
sender[20u] = acc_5.x; sender[21u] = acc_5.y; sender[22u] = acc_5.z; sender[23u] = acc_5.w;
sender[24u] = acc_6.x; sender[25u] = acc_6.y; sender[26u] = acc_6.z; sender[27u] = acc_6.w;
sender[28u] = acc_7.x; sender[29u] = acc_7.y; sender[30u] = acc_7.z; sender[31u] = acc_7.w;
sender[32u] = acc_8.x; sender[33u] = acc_8.y; sender[34u] = acc_8.z; sender[35u] = acc_8.w;
sender[36u] = acc_9.x; sender[37u] = acc_9.y; sender[38u] = acc_9.z; sender[39u] = acc_9.w;
sender[40u] = acc_10.x; sender[41u] = acc_10.y; sender[42u] = acc_10.z; sender[43u] = acc_10.w;
sender[44u] = acc_11.x; sender[45u] = acc_11.y; sender[46u] = acc_11.z; sender[47u] = acc_11.w;
sender[48u] = acc_12.x; sender[49u] = acc_12.y; sender[50u] = acc_12.z; sender[51u] = acc_12.w;
sender[52u] = acc_13.x; sender[53u] = acc_13.y; sender[54u] = acc_13.z; sender[55u] = acc_13.w;
sender[56u] = acc_14.x; sender[57u] = acc_14.y; sender[58u] = acc_14.z; sender[59u] = acc_14.w;
sender[60u] = acc_15.x; sender[61u] = acc_15.y; sender[62u] = acc_15.z; sender[63u] = acc_15.w;
var acc_16 = WV[35911u];
var acc_17 = WV[35912u];
var acc_18 = WV[35913u];
var acc_19 = WV[35914u];
var acc_20 = WV[35915u];
var acc_21 = WV[35916u];
var acc_22 = WV[35917u];
var acc_23 = WV[35918u];
var acc_24 = WV[35919u];
var acc_25 = WV[35920u];
var acc_26 = WV[35921u];
var acc_27 = WV[35922u];
var acc_28 = WV[35923u];
var acc_29 = WV[35924u];
var acc_30 = WV[35925u];
var acc_31 = WV[35926u];
for (var k_1 = 0u; k_1 < 128u; k_1++) {
  let x = h[k_1];
  let row = 33767u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
receiver[0u] = acc_16.x; receiver[1u] = acc_16.y; receiver[2u] = acc_16.z; receiver[3u] = acc_16.w;
receiver[4u] = acc_17.x; receiver[5u] = acc_17.y; receiver[6u] = acc_17.z; receiver[7u] = acc_17.w;
receiver[8u] = acc_18.x; receiver[9u] = acc_18.y; receiver[10u] = acc_18.z; receiver[11u] = acc_18.w;
receiver[12u] = acc_19.x; receiver[13u] = acc_19.y; receiver[14u] = acc_19.z; receiver[15u] = acc_19.w;
receiver[16u] = acc_20.x; receiver[17u] = acc_20.y; receiver[18u] = acc_20.z; receiver[19u] = acc_20.w;
receiver[20u] = acc_21.x; receiver[21u] = acc_21.y; receiver[22u] = acc_21.z; receiver[23u] = acc_21.w;
receiver[24u] = acc_22.x; receiver[25u] = acc_22.y; receiver[26u] = acc_22.z; receiver[27u] = acc_22.w;
receiver[28u] = acc_23.x; receiver[29u] = acc_23.y; receiver[30u] = acc_23.z; receiver[31u] = acc_23.w;
receiver[32u] = acc_24.x; receiver[33u] = acc_24.y; receiver[34u] = acc_24.z; receiver[35u] = acc_24.w;
receiver[36u] = acc_25.x; receiver[37u] = acc_25.y; receiver[38u] = acc_25.z; receiver[39u] = acc_25.w;
receiver[40u] = acc_26.x; receiver[41u] = acc_26.y; receiver[42u] = acc_26.z; receiver[43u] = acc_26.w;
receiver[44u] = acc_27.x; receiver[45u] = acc_27.y; receiver[46u] = acc_27.z; receiver[47u] = acc_27.w;
receiver[48u] = acc_28.x; receiver[49u] = acc_28.y; receiver[50u] = acc_28.z; receiver[51u] = acc_28.w;
receiver[52u] = acc_29.x; receiver[53u] = acc_29.y; receiver[54u] = acc_29.z; receiver[55u] = acc_29.w;
receiver[56u] = acc_30.x; receiver[57u] = acc_30.y; receiver[58u] = acc_30.z; receiver[59u] = acc_30.w;
receiver[60u] = acc_31.x; receiver[61u] = acc_31.y; receiver[62u] = acc_31.z; receiver[63u] = acc_31.w;
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
var acc_32 = vec4f(sender[0u], sender[1u], sender[2u], sender[3u]);
var acc_33 = vec4f(sender[4u], sender[5u], sender[6u], sender[7u]);
var acc_34 = vec4f(sender[8u], sender[9u], sender[10u], sender[11u]);
var acc_35 = vec4f(sender[12u], sender[13u], sender[14u], sender[15u]);
var acc_36 = vec4f(sender[16u], sender[17u], sender[18u], sender[19u]);
var acc_37 = vec4f(sender[20u], sender[21u], sender[22u], sender[23u]);
var acc_38 = vec4f(sender[24u], sender[25u], sender[26u], sender[27u]);
var acc_39 = vec4f(sender[28u], sender[29u], sender[30u], sender[31u]);
var acc_40 = vec4f(sender[32u], sender[33u], sender[34u], sender[35u]);
var acc_41 = vec4f(sender[36u], sender[37u], sender[38u], sender[39u]);
var acc_42 = vec4f(sender[40u], sender[41u], sender[42u], sender[43u]);
var acc_43 = vec4f(sender[44u], sender[45u], sender[46u], sender[47u]);
var acc_44 = vec4f(sender[48u], sender[49u], sender[50u], sender[51u]);
var acc_45 = vec4f(sender[52u], sender[53u], sender[54u], sender[55u]);
var acc_46 = vec4f(sender[56u], sender[57u], sender[58u], sender[59u]);
var acc_47 = vec4f(sender[60u], sender[61u], sender[62u], sender[63u]);
for (var k_2 = 0u; k_2 < 2u; k_2++) {
  let x = kappa[k_2];
  let row = 35847u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
sender[0u] = acc_32.x; sender[1u] = acc_32.y; sender[2u] = acc_32.z; sender[3u] = acc_32.w;
sender[4u] = acc_33.x; sender[5u] = acc_33.y; sender[6u] = acc_33.z; sender[7u] = acc_33.w;
sender[8u] = acc_34.x; sender[9u] = acc_34.y; sender[10u] = acc_34.z; sender[11u] = acc_34.w;
sender[12u] = acc_35.x; sender[13u] = acc_35.y; sender[14u] = acc_35.z; sender[15u] = acc_35.w;
sender[16u] = acc_36.x; sender[17u] = acc_36.y; sender[18u] = acc_36.z; sender[19u] = acc_36.w;
sender[20u] = acc_37.x; sender[21u] = acc_37.y; sender[22u] = acc_37.z; sender[23u] = acc_37.w;
sender[24u] = acc_38.x; sender[25u] = acc_38.y; sender[26u] = acc_38.z; sender[27u] = acc_38.w;
sender[28u] = acc_39.x; sender[29u] = acc_39.y; sender[30u] = acc_39.z; sender[31u] = acc_39.w;
sender[32u] = acc_40.x; sender[33u] = acc_40.y; sender[34u] = acc_40.z; sender[35u] = acc_40.w;
sender[36u] = acc_41.x; sender[37u] = acc_41.y; sender[38u] = acc_41.z; sender[39u] = acc_41.w;
sender[40u] = acc_42.x; sender[41u] = acc_42.y; sender[42u] = acc_42.z; sender[43u] = acc_42.w;
sender[44u] = acc_43.x; sender[45u] = acc_43.y; sender[46u] = acc_43.z; sender[47u] = acc_43.w;
sender[48u] = acc_44.x; sender[49u] = acc_44.y; sender[50u] = acc_44.z; sender[51u] = acc_44.w;
sender[52u] = acc_45.x; sender[53u] = acc_45.y; sender[54u] = acc_45.z; sender[55u] = acc_45.w;
sender[56u] = acc_46.x; sender[57u] = acc_46.y; sender[58u] = acc_46.z; sender[59u] = acc_46.w;
sender[60u] = acc_47.x; sender[61u] = acc_47.y; sender[62u] = acc_47.z; sender[63u] = acc_47.w;
var acc_48 = vec4f(receiver[0u], receiver[1u], receiver[2u], receiver[3u]);
var acc_49 = vec4f(receiver[4u], receiver[5u], receiver[6u], receiver[7u]);
var acc_50 = vec4f(receiver[8u], receiver[9u], receiver[10u], receiver[11u]);
var acc_51 = vec4f(receiver[12u], receiver[13u], receiver[14u], receiver[15u]);
var acc_52 = vec4f(receiver[16u], receiver[17u], receiver[18u], receiver[19u]);
var acc_53 = vec4f(receiver[20u], receiver[21u], receiver[22u], receiver[23u]);
var acc_54 = vec4f(receiver[24u], receiver[25u], receiver[26u], receiver[27u]);
var acc_55 = vec4f(receiver[28u], receiver[29u], receiver[30u], receiver[31u]);
var acc_56 = vec4f(receiver[32u], receiver[33u], receiver[34u], receiver[35u]);
var acc_57 = vec4f(receiver[36u], receiver[37u], receiver[38u], receiver[39u]);
var acc_58 = vec4f(receiver[40u], receiver[41u], receiver[42u], receiver[43u]);
var acc_59 = vec4f(receiver[44u], receiver[45u], receiver[46u], receiver[47u]);
var acc_60 = vec4f(receiver[48u], receiver[49u], receiver[50u], receiver[51u]);
var acc_61 = vec4f(receiver[52u], receiver[53u], receiver[54u], receiver[55u]);
var acc_62 = vec4f(receiver[56u], receiver[57u], receiver[58u], receiver[59u]);
var acc_63 = vec4f(receiver[60u], receiver[61u], receiver[62u], receiver[63u]);
for (var k_3 = 0u; k_3 < 2u; k_3++) {
  let x = kappa[k_3];
  let row = 35879u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
receiver[0u] = acc_48.x; receiver[1u] = acc_48.y; receiver[2u] = acc_48.z; receiver[3u] = acc_48.w;
receiver[4u] = acc_49.x; receiver[5u] = acc_49.y; receiver[6u] = acc_49.z; receiver[7u] = acc_49.w;
receiver[8u] = acc_50.x; receiver[9u] = acc_50.y; receiver[10u] = acc_50.z; receiver[11u] = acc_50.w;
receiver[12u] = acc_51.x; receiver[13u] = acc_51.y; receiver[14u] = acc_51.z; receiver[15u] = acc_51.w;
receiver[16u] = acc_52.x; receiver[17u] = acc_52.y; receiver[18u] = acc_52.z; receiver[19u] = acc_52.w;
receiver[20u] = acc_53.x; receiver[21u] = acc_53.y; receiver[22u] = acc_53.z; receiver[23u] = acc_53.w;
receiver[24u] = acc_54.x; receiver[25u] = acc_54.y; receiver[26u] = acc_54.z; receiver[27u] = acc_54.w;
receiver[28u] = acc_55.x; receiver[29u] = acc_55.y; receiver[30u] = acc_55.z; receiver[31u] = acc_55.w;
receiver[32u] = acc_56.x; receiver[33u] = acc_56.y; receiver[34u] = acc_56.z; receiver[35u] = acc_56.w;
receiver[36u] = acc_57.x; receiver[37u] = acc_57.y; receiver[38u] = acc_57.z; receiver[39u] = acc_57.w;
receiver[40u] = acc_58.x; receiver[41u] = acc_58.y; receiver[42u] = acc_58.z; receiver[43u] = acc_58.w;
receiver[44u] = acc_59.x; receiver[45u] = acc_59.y; receiver[46u] = acc_59.z; receiver[47u] = acc_59.w;
receiver[48u] = acc_60.x; receiver[49u] = acc_60.y; receiver[50u] = acc_60.z; receiver[51u] = acc_60.w;
receiver[52u] = acc_61.x; receiver[53u] = acc_61.y; receiver[54u] = acc_61.z; receiver[55u] = acc_61.w;
receiver[56u] = acc_62.x; receiver[57u] = acc_62.y; receiver[58u] = acc_62.z; receiver[59u] = acc_62.w;
receiver[60u] = acc_63.x; receiver[61u] = acc_63.y; receiver[62u] = acc_63.z; receiver[63u] = acc_63.w;
for (var c_1 = 0u; c_1 < 64u; c_1++) { PQ[t * 128u + c_1] = receiver[c_1]; }
for (var c_2 = 0u; c_2 < 64u; c_2++) { PQ[t * 128u + 64u + c_2] = sender[c_2]; }
}

// ==== inverse kernel 12: layer23.egnn.block2.edge (bindings W, V, PQ, AGG, DV, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> AGG: array<f32>;
@group(0) @binding(4) var<storage, read_write> DV: array<f32>;
@group(0) @binding(5) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(6) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var dV: array<f32, 4>;
var agg: array<f32, 64>;
for (var jj = 0u; jj < 4u; jj++) {
  if (jj == i) { continue; }
  let j = sys * 4u + jj;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(t * 2u + ch) * 2u + k] - V[(j * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[t * 128u + c] + PQ[j * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 35815u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[143708u + c_2] + W[143772u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[36983u];
var acc_17 = WV[36984u];
var acc_18 = WV[36985u];
var acc_19 = WV[36986u];
var acc_20 = WV[36987u];
var acc_21 = WV[36988u];
var acc_22 = WV[36989u];
var acc_23 = WV[36990u];
var acc_24 = WV[36991u];
var acc_25 = WV[36992u];
var acc_26 = WV[36993u];
var acc_27 = WV[36994u];
var acc_28 = WV[36995u];
var acc_29 = WV[36996u];
var acc_30 = WV[36997u];
var acc_31 = WV[36998u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 35959u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
var phi_x_y0: array<f32, 64>;
var acc_32 = WV[38023u];
var acc_33 = WV[38024u];
var acc_34 = WV[38025u];
var acc_35 = WV[38026u];
var acc_36 = WV[38027u];
var acc_37 = WV[38028u];
var acc_38 = WV[38029u];
var acc_39 = WV[38030u];
var acc_40 = WV[38031u];
var acc_41 = WV[38032u];
var acc_42 = WV[38033u];
var acc_43 = WV[38034u];
var acc_44 = WV[38035u];
var acc_45 = WV[38036u];
var acc_46 = WV[38037u];
var acc_47 = WV[38038u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_e_y1[k_2];
  let row = 36999u + k_2 * 16u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
}
phi_x_y0[0u] = acc_32.x; phi_x_y0[1u] = acc_32.y; phi_x_y0[2u] = acc_32.z; phi_x_y0[3u] = acc_32.w;
phi_x_y0[4u] = acc_33.x; phi_x_y0[5u] = acc_33.y; phi_x_y0[6u] = acc_33.z; phi_x_y0[7u] = acc_33.w;
phi_x_y0[8u] = acc_34.x; phi_x_y0[9u] = acc_34.y; phi_x_y0[10u] = acc_34.z; phi_x_y0[11u] = acc_34.w;
phi_x_y0[12u] = acc_35.x; phi_x_y0[13u] = acc_35.y; phi_x_y0[14u] = acc_35.z; phi_x_y0[15u] = acc_35.w;
phi_x_y0[16u] = acc_36.x; phi_x_y0[17u] = acc_36.y; phi_x_y0[18u] = acc_36.z; phi_x_y0[19u] = acc_36.w;
phi_x_y0[20u] = acc_37.x; phi_x_y0[21u] = acc_37.y; phi_x_y0[22u] = acc_37.z; phi_x_y0[23u] = acc_37.w;
phi_x_y0[24u] = acc_38.x; phi_x_y0[25u] = acc_38.y; phi_x_y0[26u] = acc_38.z; phi_x_y0[27u] = acc_38.w;
phi_x_y0[28u] = acc_39.x; phi_x_y0[29u] = acc_39.y; phi_x_y0[30u] = acc_39.z; phi_x_y0[31u] = acc_39.w;
phi_x_y0[32u] = acc_40.x; phi_x_y0[33u] = acc_40.y; phi_x_y0[34u] = acc_40.z; phi_x_y0[35u] = acc_40.w;
phi_x_y0[36u] = acc_41.x; phi_x_y0[37u] = acc_41.y; phi_x_y0[38u] = acc_41.z; phi_x_y0[39u] = acc_41.w;
phi_x_y0[40u] = acc_42.x; phi_x_y0[41u] = acc_42.y; phi_x_y0[42u] = acc_42.z; phi_x_y0[43u] = acc_42.w;
phi_x_y0[44u] = acc_43.x; phi_x_y0[45u] = acc_43.y; phi_x_y0[46u] = acc_43.z; phi_x_y0[47u] = acc_43.w;
phi_x_y0[48u] = acc_44.x; phi_x_y0[49u] = acc_44.y; phi_x_y0[50u] = acc_44.z; phi_x_y0[51u] = acc_44.w;
phi_x_y0[52u] = acc_45.x; phi_x_y0[53u] = acc_45.y; phi_x_y0[54u] = acc_45.z; phi_x_y0[55u] = acc_45.w;
phi_x_y0[56u] = acc_46.x; phi_x_y0[57u] = acc_46.y; phi_x_y0[58u] = acc_46.z; phi_x_y0[59u] = acc_46.w;
phi_x_y0[60u] = acc_47.x; phi_x_y0[61u] = acc_47.y; phi_x_y0[62u] = acc_47.z; phi_x_y0[63u] = acc_47.w;
for (var c_4 = 0u; c_4 < 64u; c_4++) { phi_x_y0[c_4] = silu(phi_x_y0[c_4]); }
var phi_x_n1: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_n1[c_5] = phi_x_y0[c_5]; }
var mean_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { mean_1 += phi_x_n1[c_6]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_6 = 0u; c_6 < 64u; c_6++) { let t = phi_x_n1[c_6] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_x_n1[c_6] = (phi_x_n1[c_6] - mean_1) * inv_1 * W[152156u + c_6] + W[152220u + c_6]; }
var phi_x_y1: array<f32, 64>;
var acc_48 = WV[39095u];
var acc_49 = WV[39096u];
var acc_50 = WV[39097u];
var acc_51 = WV[39098u];
var acc_52 = WV[39099u];
var acc_53 = WV[39100u];
var acc_54 = WV[39101u];
var acc_55 = WV[39102u];
var acc_56 = WV[39103u];
var acc_57 = WV[39104u];
var acc_58 = WV[39105u];
var acc_59 = WV[39106u];
var acc_60 = WV[39107u];
var acc_61 = WV[39108u];
var acc_62 = WV[39109u];
var acc_63 = WV[39110u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = phi_x_n1[k_3];
  let row = 38071u + k_3 * 16u;
  acc_48 += x * WV[row + 0u];
  acc_49 += x * WV[row + 1u];
  acc_50 += x * WV[row + 2u];
  acc_51 += x * WV[row + 3u];
  acc_52 += x * WV[row + 4u];
  acc_53 += x * WV[row + 5u];
  acc_54 += x * WV[row + 6u];
  acc_55 += x * WV[row + 7u];
  acc_56 += x * WV[row + 8u];
  acc_57 += x * WV[row + 9u];
  acc_58 += x * WV[row + 10u];
  acc_59 += x * WV[row + 11u];
  acc_60 += x * WV[row + 12u];
  acc_61 += x * WV[row + 13u];
  acc_62 += x * WV[row + 14u];
  acc_63 += x * WV[row + 15u];
}
phi_x_y1[0u] = acc_48.x; phi_x_y1[1u] = acc_48.y; phi_x_y1[2u] = acc_48.z; phi_x_y1[3u] = acc_48.w;
phi_x_y1[4u] = acc_49.x; phi_x_y1[5u] = acc_49.y; phi_x_y1[6u] = acc_49.z; phi_x_y1[7u] = acc_49.w;
phi_x_y1[8u] = acc_50.x; phi_x_y1[9u] = acc_50.y; phi_x_y1[10u] = acc_50.z; phi_x_y1[11u] = acc_50.w;
phi_x_y1[12u] = acc_51.x; phi_x_y1[13u] = acc_51.y; phi_x_y1[14u] = acc_51.z; phi_x_y1[15u] = acc_51.w;
phi_x_y1[16u] = acc_52.x; phi_x_y1[17u] = acc_52.y; phi_x_y1[18u] = acc_52.z; phi_x_y1[19u] = acc_52.w;
phi_x_y1[20u] = acc_53.x; phi_x_y1[21u] = acc_53.y; phi_x_y1[22u] = acc_53.z; phi_x_y1[23u] = acc_53.w;
phi_x_y1[24u] = acc_54.x; phi_x_y1[25u] = acc_54.y; phi_x_y1[26u] = acc_54.z; phi_x_y1[27u] = acc_54.w;
phi_x_y1[28u] = acc_55.x; phi_x_y1[29u] = acc_55.y; phi_x_y1[30u] = acc_55.z; phi_x_y1[31u] = acc_55.w;
phi_x_y1[32u] = acc_56.x; phi_x_y1[33u] = acc_56.y; phi_x_y1[34u] = acc_56.z; phi_x_y1[35u] = acc_56.w;
phi_x_y1[36u] = acc_57.x; phi_x_y1[37u] = acc_57.y; phi_x_y1[38u] = acc_57.z; phi_x_y1[39u] = acc_57.w;
phi_x_y1[40u] = acc_58.x; phi_x_y1[41u] = acc_58.y; phi_x_y1[42u] = acc_58.z; phi_x_y1[43u] = acc_58.w;
phi_x_y1[44u] = acc_59.x; phi_x_y1[45u] = acc_59.y; phi_x_y1[46u] = acc_59.z; phi_x_y1[47u] = acc_59.w;
phi_x_y1[48u] = acc_60.x; phi_x_y1[49u] = acc_60.y; phi_x_y1[50u] = acc_60.z; phi_x_y1[51u] = acc_60.w;
phi_x_y1[52u] = acc_61.x; phi_x_y1[53u] = acc_61.y; phi_x_y1[54u] = acc_61.z; phi_x_y1[55u] = acc_61.w;
phi_x_y1[56u] = acc_62.x; phi_x_y1[57u] = acc_62.y; phi_x_y1[58u] = acc_62.z; phi_x_y1[59u] = acc_62.w;
phi_x_y1[60u] = acc_63.x; phi_x_y1[61u] = acc_63.y; phi_x_y1[62u] = acc_63.z; phi_x_y1[63u] = acc_63.w;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_x_y1[c_7] = silu(phi_x_y1[c_7]); }
for (var c_5 = 0u; c_5 < 64u; c_5++) { phi_x_y1[c_5] += phi_x_y0[c_5]; }
var w: array<f32, 2>;
for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] = W[156572u + c_8]; }
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_x_y1[k_4];
  let row = 156444u + k_4 * 2u;
  for (var c_8 = 0u; c_8 < 2u; c_8++) { w[c_8] += x * W[row + c_8]; }
}
var gate: array<f32, 1>;
for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] = W[165220u + c_9]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_e_y1[k_5];
  let row = 165156u + k_5 * 1u;
  for (var c_9 = 0u; c_9 < 1u; c_9++) { gate[c_9] += x * W[row + c_9]; }
}
for (var ch = 0u; ch < 2u; ch++) {
  let coefficient = w[ch] / (sqrt(sq[ch]) + 1.0) / 3.00000000f;
  for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += coefficient * delta[ch * 2u + k]; }
}
let g = sigmoid(gate[0]) / 1.73205078f;
for (var c = 0u; c < 64u; c++) { agg[c] += g * phi_e_y1[c]; }
}
for (var c_10 = 0u; c_10 < 64u; c_10++) { AGG[t * 64u + c_10] = agg[c_10]; }
for (var c_11 = 0u; c_11 < 4u; c_11++) { DV[t * 4u + c_11] = dV[c_11]; }
}

// ==== inverse kernel 13: layer23.egnn.block2.sender (bindings W, V, PQ, SENT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> V: array<f32>;
@group(0) @binding(2) var<storage, read> PQ: array<f32>;
@group(0) @binding(3) var<storage, read_write> SENT: array<f32>;
@group(0) @binding(4) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(5) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var sum: array<f32, 64>;
for (var ii = 0u; ii < 4u; ii++) {
  if (ii == i) { continue; }
  let r = sys * 4u + ii;
var delta: array<f32, 4>;
var sq: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  var acc = 0.0;
  for (var k = 0u; k < 2u; k++) {
    let v = V[(r * 2u + ch) * 2u + k] - V[(t * 2u + ch) * 2u + k];
    delta[ch * 2u + k] = v;
    acc += v * v;
  }
  sq[ch] = safe_sq(acc);
}
var pre: array<f32, 64>;
for (var c = 0u; c < 64u; c++) { pre[c] = PQ[r * 128u + c] + PQ[t * 128u + 64u + c]; }
var acc = vec4f(pre[0u], pre[1u], pre[2u], pre[3u]);
var acc_1 = vec4f(pre[4u], pre[5u], pre[6u], pre[7u]);
var acc_2 = vec4f(pre[8u], pre[9u], pre[10u], pre[11u]);
var acc_3 = vec4f(pre[12u], pre[13u], pre[14u], pre[15u]);
var acc_4 = vec4f(pre[16u], pre[17u], pre[18u], pre[19u]);
var acc_5 = vec4f(pre[20u], pre[21u], pre[22u], pre[23u]);
var acc_6 = vec4f(pre[24u], pre[25u], pre[26u], pre[27u]);
var acc_7 = vec4f(pre[28u], pre[29u], pre[30u], pre[31u]);
var acc_8 = vec4f(pre[32u], pre[33u], pre[34u], pre[35u]);
var acc_9 = vec4f(pre[36u], pre[37u], pre[38u], pre[39u]);
var acc_10 = vec4f(pre[40u], pre[41u], pre[42u], pre[43u]);
var acc_11 = vec4f(pre[44u], pre[45u], pre[46u], pre[47u]);
var acc_12 = vec4f(pre[48u], pre[49u], pre[50u], pre[51u]);
var acc_13 = vec4f(pre[52u], pre[53u], pre[54u], pre[55u]);
var acc_14 = vec4f(pre[56u], pre[57u], pre[58u], pre[59u]);
var acc_15 = vec4f(pre[60u], pre[61u], pre[62u], pre[63u]);
for (var k = 0u; k < 2u; k++) {
  let x = sq[k];
  let row = 35815u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
pre[0u] = acc.x; pre[1u] = acc.y; pre[2u] = acc.z; pre[3u] = acc.w;
pre[4u] = acc_1.x; pre[5u] = acc_1.y; pre[6u] = acc_1.z; pre[7u] = acc_1.w;
pre[8u] = acc_2.x; pre[9u] = acc_2.y; pre[10u] = acc_2.z; pre[11u] = acc_2.w;
pre[12u] = acc_3.x; pre[13u] = acc_3.y; pre[14u] = acc_3.z; pre[15u] = acc_3.w;
pre[16u] = acc_4.x; pre[17u] = acc_4.y; pre[18u] = acc_4.z; pre[19u] = acc_4.w;
pre[20u] = acc_5.x; pre[21u] = acc_5.y; pre[22u] = acc_5.z; pre[23u] = acc_5.w;
pre[24u] = acc_6.x; pre[25u] = acc_6.y; pre[26u] = acc_6.z; pre[27u] = acc_6.w;
pre[28u] = acc_7.x; pre[29u] = acc_7.y; pre[30u] = acc_7.z; pre[31u] = acc_7.w;
pre[32u] = acc_8.x; pre[33u] = acc_8.y; pre[34u] = acc_8.z; pre[35u] = acc_8.w;
pre[36u] = acc_9.x; pre[37u] = acc_9.y; pre[38u] = acc_9.z; pre[39u] = acc_9.w;
pre[40u] = acc_10.x; pre[41u] = acc_10.y; pre[42u] = acc_10.z; pre[43u] = acc_10.w;
pre[44u] = acc_11.x; pre[45u] = acc_11.y; pre[46u] = acc_11.z; pre[47u] = acc_11.w;
pre[48u] = acc_12.x; pre[49u] = acc_12.y; pre[50u] = acc_12.z; pre[51u] = acc_12.w;
pre[52u] = acc_13.x; pre[53u] = acc_13.y; pre[54u] = acc_13.z; pre[55u] = acc_13.w;
pre[56u] = acc_14.x; pre[57u] = acc_14.y; pre[58u] = acc_14.z; pre[59u] = acc_14.w;
pre[60u] = acc_15.x; pre[61u] = acc_15.y; pre[62u] = acc_15.z; pre[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { pre[c] = silu(pre[c]); }
var phi_e_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_n1[c_1] = pre[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_e_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_e_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_e_n1[c_2] = (phi_e_n1[c_2] - mean) * inv * W[143708u + c_2] + W[143772u + c_2]; }
var phi_e_y1: array<f32, 64>;
var acc_16 = WV[36983u];
var acc_17 = WV[36984u];
var acc_18 = WV[36985u];
var acc_19 = WV[36986u];
var acc_20 = WV[36987u];
var acc_21 = WV[36988u];
var acc_22 = WV[36989u];
var acc_23 = WV[36990u];
var acc_24 = WV[36991u];
var acc_25 = WV[36992u];
var acc_26 = WV[36993u];
var acc_27 = WV[36994u];
var acc_28 = WV[36995u];
var acc_29 = WV[36996u];
var acc_30 = WV[36997u];
var acc_31 = WV[36998u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_e_n1[k_1];
  let row = 35959u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_e_y1[0u] = acc_16.x; phi_e_y1[1u] = acc_16.y; phi_e_y1[2u] = acc_16.z; phi_e_y1[3u] = acc_16.w;
phi_e_y1[4u] = acc_17.x; phi_e_y1[5u] = acc_17.y; phi_e_y1[6u] = acc_17.z; phi_e_y1[7u] = acc_17.w;
phi_e_y1[8u] = acc_18.x; phi_e_y1[9u] = acc_18.y; phi_e_y1[10u] = acc_18.z; phi_e_y1[11u] = acc_18.w;
phi_e_y1[12u] = acc_19.x; phi_e_y1[13u] = acc_19.y; phi_e_y1[14u] = acc_19.z; phi_e_y1[15u] = acc_19.w;
phi_e_y1[16u] = acc_20.x; phi_e_y1[17u] = acc_20.y; phi_e_y1[18u] = acc_20.z; phi_e_y1[19u] = acc_20.w;
phi_e_y1[20u] = acc_21.x; phi_e_y1[21u] = acc_21.y; phi_e_y1[22u] = acc_21.z; phi_e_y1[23u] = acc_21.w;
phi_e_y1[24u] = acc_22.x; phi_e_y1[25u] = acc_22.y; phi_e_y1[26u] = acc_22.z; phi_e_y1[27u] = acc_22.w;
phi_e_y1[28u] = acc_23.x; phi_e_y1[29u] = acc_23.y; phi_e_y1[30u] = acc_23.z; phi_e_y1[31u] = acc_23.w;
phi_e_y1[32u] = acc_24.x; phi_e_y1[33u] = acc_24.y; phi_e_y1[34u] = acc_24.z; phi_e_y1[35u] = acc_24.w;
phi_e_y1[36u] = acc_25.x; phi_e_y1[37u] = acc_25.y; phi_e_y1[38u] = acc_25.z; phi_e_y1[39u] = acc_25.w;
phi_e_y1[40u] = acc_26.x; phi_e_y1[41u] = acc_26.y; phi_e_y1[42u] = acc_26.z; phi_e_y1[43u] = acc_26.w;
phi_e_y1[44u] = acc_27.x; phi_e_y1[45u] = acc_27.y; phi_e_y1[46u] = acc_27.z; phi_e_y1[47u] = acc_27.w;
phi_e_y1[48u] = acc_28.x; phi_e_y1[49u] = acc_28.y; phi_e_y1[50u] = acc_28.z; phi_e_y1[51u] = acc_28.w;
phi_e_y1[52u] = acc_29.x; phi_e_y1[53u] = acc_29.y; phi_e_y1[54u] = acc_29.z; phi_e_y1[55u] = acc_29.w;
phi_e_y1[56u] = acc_30.x; phi_e_y1[57u] = acc_30.y; phi_e_y1[58u] = acc_30.z; phi_e_y1[59u] = acc_30.w;
phi_e_y1[60u] = acc_31.x; phi_e_y1[61u] = acc_31.y; phi_e_y1[62u] = acc_31.z; phi_e_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_e_y1[c_3] = silu(phi_e_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_e_y1[c_1] += pre[c_1]; }
for (var c = 0u; c < 64u; c++) { sum[c] += phi_e_y1[c]; }
}
for (var c_4 = 0u; c_4 < 64u; c_4++) { SENT[t * 64u + c_4] = sum[c_4]; }
}

// ==== inverse kernel 14: layer23.egnn.block2.update (bindings W, H, V, AGG, DV, SENT, V0, HOUT, VOUT, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> H: array<f32>;
@group(0) @binding(2) var<storage, read_write> V: array<f32>;
@group(0) @binding(3) var<storage, read> AGG: array<f32>;
@group(0) @binding(4) var<storage, read> DV: array<f32>;
@group(0) @binding(5) var<storage, read> SENT: array<f32>;
@group(0) @binding(6) var<storage, read> V0: array<f32>;
@group(0) @binding(7) var<storage, read_write> HOUT: array<f32>;
@group(0) @binding(8) var<storage, read_write> VOUT: array<f32>;
@group(0) @binding(9) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(10) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
let sys = t / 4u;
let i = t - sys * 4u;
var h_in: array<f32, 192>;
for (var c = 0u; c < 64u; c++) { h_in[c] = AGG[t * 64u + c]; }
for (var c = 0u; c < 128u; c++) { h_in[64u + c] = H[t * 128u + c]; }
var phi_h_y0: array<f32, 64>;
var acc = WV[44378u];
var acc_1 = WV[44379u];
var acc_2 = WV[44380u];
var acc_3 = WV[44381u];
var acc_4 = WV[44382u];
var acc_5 = WV[44383u];
var acc_6 = WV[44384u];
var acc_7 = WV[44385u];
var acc_8 = WV[44386u];
var acc_9 = WV[44387u];
var acc_10 = WV[44388u];
var acc_11 = WV[44389u];
var acc_12 = WV[44390u];
var acc_13 = WV[44391u];
var acc_14 = WV[44392u];
var acc_15 = WV[44393u];
for (var k = 0u; k < 192u; k++) {
  let x = h_in[k];
  let row = 41306u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
phi_h_y0[0u] = acc.x; phi_h_y0[1u] = acc.y; phi_h_y0[2u] = acc.z; phi_h_y0[3u] = acc.w;
phi_h_y0[4u] = acc_1.x; phi_h_y0[5u] = acc_1.y; phi_h_y0[6u] = acc_1.z; phi_h_y0[7u] = acc_1.w;
phi_h_y0[8u] = acc_2.x; phi_h_y0[9u] = acc_2.y; phi_h_y0[10u] = acc_2.z; phi_h_y0[11u] = acc_2.w;
phi_h_y0[12u] = acc_3.x; phi_h_y0[13u] = acc_3.y; phi_h_y0[14u] = acc_3.z; phi_h_y0[15u] = acc_3.w;
phi_h_y0[16u] = acc_4.x; phi_h_y0[17u] = acc_4.y; phi_h_y0[18u] = acc_4.z; phi_h_y0[19u] = acc_4.w;
phi_h_y0[20u] = acc_5.x; phi_h_y0[21u] = acc_5.y; phi_h_y0[22u] = acc_5.z; phi_h_y0[23u] = acc_5.w;
phi_h_y0[24u] = acc_6.x; phi_h_y0[25u] = acc_6.y; phi_h_y0[26u] = acc_6.z; phi_h_y0[27u] = acc_6.w;
phi_h_y0[28u] = acc_7.x; phi_h_y0[29u] = acc_7.y; phi_h_y0[30u] = acc_7.z; phi_h_y0[31u] = acc_7.w;
phi_h_y0[32u] = acc_8.x; phi_h_y0[33u] = acc_8.y; phi_h_y0[34u] = acc_8.z; phi_h_y0[35u] = acc_8.w;
phi_h_y0[36u] = acc_9.x; phi_h_y0[37u] = acc_9.y; phi_h_y0[38u] = acc_9.z; phi_h_y0[39u] = acc_9.w;
phi_h_y0[40u] = acc_10.x; phi_h_y0[41u] = acc_10.y; phi_h_y0[42u] = acc_10.z; phi_h_y0[43u] = acc_10.w;
phi_h_y0[44u] = acc_11.x; phi_h_y0[45u] = acc_11.y; phi_h_y0[46u] = acc_11.z; phi_h_y0[47u] = acc_11.w;
phi_h_y0[48u] = acc_12.x; phi_h_y0[49u] = acc_12.y; phi_h_y0[50u] = acc_12.z; phi_h_y0[51u] = acc_12.w;
phi_h_y0[52u] = acc_13.x; phi_h_y0[53u] = acc_13.y; phi_h_y0[54u] = acc_13.z; phi_h_y0[55u] = acc_13.w;
phi_h_y0[56u] = acc_14.x; phi_h_y0[57u] = acc_14.y; phi_h_y0[58u] = acc_14.z; phi_h_y0[59u] = acc_14.w;
phi_h_y0[60u] = acc_15.x; phi_h_y0[61u] = acc_15.y; phi_h_y0[62u] = acc_15.z; phi_h_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { phi_h_y0[c] = silu(phi_h_y0[c]); }
var phi_h_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_n1[c_1] = phi_h_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += phi_h_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = phi_h_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { phi_h_n1[c_2] = (phi_h_n1[c_2] - mean) * inv * W[177576u + c_2] + W[177640u + c_2]; }
var phi_h_y1: array<f32, 64>;
var acc_16 = WV[45450u];
var acc_17 = WV[45451u];
var acc_18 = WV[45452u];
var acc_19 = WV[45453u];
var acc_20 = WV[45454u];
var acc_21 = WV[45455u];
var acc_22 = WV[45456u];
var acc_23 = WV[45457u];
var acc_24 = WV[45458u];
var acc_25 = WV[45459u];
var acc_26 = WV[45460u];
var acc_27 = WV[45461u];
var acc_28 = WV[45462u];
var acc_29 = WV[45463u];
var acc_30 = WV[45464u];
var acc_31 = WV[45465u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = phi_h_n1[k_1];
  let row = 44426u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
phi_h_y1[0u] = acc_16.x; phi_h_y1[1u] = acc_16.y; phi_h_y1[2u] = acc_16.z; phi_h_y1[3u] = acc_16.w;
phi_h_y1[4u] = acc_17.x; phi_h_y1[5u] = acc_17.y; phi_h_y1[6u] = acc_17.z; phi_h_y1[7u] = acc_17.w;
phi_h_y1[8u] = acc_18.x; phi_h_y1[9u] = acc_18.y; phi_h_y1[10u] = acc_18.z; phi_h_y1[11u] = acc_18.w;
phi_h_y1[12u] = acc_19.x; phi_h_y1[13u] = acc_19.y; phi_h_y1[14u] = acc_19.z; phi_h_y1[15u] = acc_19.w;
phi_h_y1[16u] = acc_20.x; phi_h_y1[17u] = acc_20.y; phi_h_y1[18u] = acc_20.z; phi_h_y1[19u] = acc_20.w;
phi_h_y1[20u] = acc_21.x; phi_h_y1[21u] = acc_21.y; phi_h_y1[22u] = acc_21.z; phi_h_y1[23u] = acc_21.w;
phi_h_y1[24u] = acc_22.x; phi_h_y1[25u] = acc_22.y; phi_h_y1[26u] = acc_22.z; phi_h_y1[27u] = acc_22.w;
phi_h_y1[28u] = acc_23.x; phi_h_y1[29u] = acc_23.y; phi_h_y1[30u] = acc_23.z; phi_h_y1[31u] = acc_23.w;
phi_h_y1[32u] = acc_24.x; phi_h_y1[33u] = acc_24.y; phi_h_y1[34u] = acc_24.z; phi_h_y1[35u] = acc_24.w;
phi_h_y1[36u] = acc_25.x; phi_h_y1[37u] = acc_25.y; phi_h_y1[38u] = acc_25.z; phi_h_y1[39u] = acc_25.w;
phi_h_y1[40u] = acc_26.x; phi_h_y1[41u] = acc_26.y; phi_h_y1[42u] = acc_26.z; phi_h_y1[43u] = acc_26.w;
phi_h_y1[44u] = acc_27.x; phi_h_y1[45u] = acc_27.y; phi_h_y1[46u] = acc_27.z; phi_h_y1[47u] = acc_27.w;
phi_h_y1[48u] = acc_28.x; phi_h_y1[49u] = acc_28.y; phi_h_y1[50u] = acc_28.z; phi_h_y1[51u] = acc_28.w;
phi_h_y1[52u] = acc_29.x; phi_h_y1[53u] = acc_29.y; phi_h_y1[54u] = acc_29.z; phi_h_y1[55u] = acc_29.w;
phi_h_y1[56u] = acc_30.x; phi_h_y1[57u] = acc_30.y; phi_h_y1[58u] = acc_30.z; phi_h_y1[59u] = acc_30.w;
phi_h_y1[60u] = acc_31.x; phi_h_y1[61u] = acc_31.y; phi_h_y1[62u] = acc_31.z; phi_h_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { phi_h_y1[c_3] = silu(phi_h_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { phi_h_y1[c_1] += phi_h_y0[c_1]; }
var phi_h_out: array<f32, 128>;
var acc_32 = WV[47514u];
var acc_33 = WV[47515u];
var acc_34 = WV[47516u];
var acc_35 = WV[47517u];
var acc_36 = WV[47518u];
var acc_37 = WV[47519u];
var acc_38 = WV[47520u];
var acc_39 = WV[47521u];
var acc_40 = WV[47522u];
var acc_41 = WV[47523u];
var acc_42 = WV[47524u];
var acc_43 = WV[47525u];
var acc_44 = WV[47526u];
var acc_45 = WV[47527u];
var acc_46 = WV[47528u];
var acc_47 = WV[47529u];
var acc_48 = WV[47530u];
var acc_49 = WV[47531u];
var acc_50 = WV[47532u];
var acc_51 = WV[47533u];
var acc_52 = WV[47534u];
var acc_53 = WV[47535u];
var acc_54 = WV[47536u];
var acc_55 = WV[47537u];
var acc_56 = WV[47538u];
var acc_57 = WV[47539u];
var acc_58 = WV[47540u];
var acc_59 = WV[47541u];
var acc_60 = WV[47542u];
var acc_61 = WV[47543u];
var acc_62 = WV[47544u];
var acc_63 = WV[47545u];
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = phi_h_y1[k_2];
  let row = 45466u + k_2 * 32u;
  acc_32 += x * WV[row + 0u];
  acc_33 += x * WV[row + 1u];
  acc_34 += x * WV[row + 2u];
  acc_35 += x * WV[row + 3u];
  acc_36 += x * WV[row + 4u];
  acc_37 += x * WV[row + 5u];
  acc_38 += x * WV[row + 6u];
  acc_39 += x * WV[row + 7u];
  acc_40 += x * WV[row + 8u];
  acc_41 += x * WV[row + 9u];
  acc_42 += x * WV[row + 10u];
  acc_43 += x * WV[row + 11u];
  acc_44 += x * WV[row + 12u];
  acc_45 += x * WV[row + 13u];
  acc_46 += x * WV[row + 14u];
  acc_47 += x * WV[row + 15u];
  acc_48 += x * WV[row + 16u];
  acc_49 += x * WV[row + 17u];
  acc_50 += x * WV[row + 18u];
  acc_51 += x * WV[row + 19u];
  acc_52 += x * WV[row + 20u];
  acc_53 += x * WV[row + 21u];
  acc_54 += x * WV[row + 22u];
  acc_55 += x * WV[row + 23u];
  acc_56 += x * WV[row + 24u];
  acc_57 += x * WV[row + 25u];
  acc_58 += x * WV[row + 26u];
  acc_59 += x * WV[row + 27u];
  acc_60 += x * WV[row + 28u];
  acc_61 += x * WV[row + 29u];
  acc_62 += x * WV[row + 30u];
  acc_63 += x * WV[row + 31u];
}
phi_h_out[0u] = acc_32.x; phi_h_out[1u] = acc_32.y; phi_h_out[2u] = acc_32.z; phi_h_out[3u] = acc_32.w;
phi_h_out[4u] = acc_33.x; phi_h_out[5u] = acc_33.y; phi_h_out[6u] = acc_33.z; phi_h_out[7u] = acc_33.w;
phi_h_out[8u] = acc_34.x; phi_h_out[9u] = acc_34.y; phi_h_out[10u] = acc_34.z; phi_h_out[11u] = acc_34.w;
phi_h_out[12u] = acc_35.x; phi_h_out[13u] = acc_35.y; phi_h_out[14u] = acc_35.z; phi_h_out[15u] = acc_35.w;
phi_h_out[16u] = acc_36.x; phi_h_out[17u] = acc_36.y; phi_h_out[18u] = acc_36.z; phi_h_out[19u] = acc_36.w;
phi_h_out[20u] = acc_37.x; phi_h_out[21u] = acc_37.y; phi_h_out[22u] = acc_37.z; phi_h_out[23u] = acc_37.w;
phi_h_out[24u] = acc_38.x; phi_h_out[25u] = acc_38.y; phi_h_out[26u] = acc_38.z; phi_h_out[27u] = acc_38.w;
phi_h_out[28u] = acc_39.x; phi_h_out[29u] = acc_39.y; phi_h_out[30u] = acc_39.z; phi_h_out[31u] = acc_39.w;
phi_h_out[32u] = acc_40.x; phi_h_out[33u] = acc_40.y; phi_h_out[34u] = acc_40.z; phi_h_out[35u] = acc_40.w;
phi_h_out[36u] = acc_41.x; phi_h_out[37u] = acc_41.y; phi_h_out[38u] = acc_41.z; phi_h_out[39u] = acc_41.w;
phi_h_out[40u] = acc_42.x; phi_h_out[41u] = acc_42.y; phi_h_out[42u] = acc_42.z; phi_h_out[43u] = acc_42.w;
phi_h_out[44u] = acc_43.x; phi_h_out[45u] = acc_43.y; phi_h_out[46u] = acc_43.z; phi_h_out[47u] = acc_43.w;
phi_h_out[48u] = acc_44.x; phi_h_out[49u] = acc_44.y; phi_h_out[50u] = acc_44.z; phi_h_out[51u] = acc_44.w;
phi_h_out[52u] = acc_45.x; phi_h_out[53u] = acc_45.y; phi_h_out[54u] = acc_45.z; phi_h_out[55u] = acc_45.w;
phi_h_out[56u] = acc_46.x; phi_h_out[57u] = acc_46.y; phi_h_out[58u] = acc_46.z; phi_h_out[59u] = acc_46.w;
phi_h_out[60u] = acc_47.x; phi_h_out[61u] = acc_47.y; phi_h_out[62u] = acc_47.z; phi_h_out[63u] = acc_47.w;
phi_h_out[64u] = acc_48.x; phi_h_out[65u] = acc_48.y; phi_h_out[66u] = acc_48.z; phi_h_out[67u] = acc_48.w;
phi_h_out[68u] = acc_49.x; phi_h_out[69u] = acc_49.y; phi_h_out[70u] = acc_49.z; phi_h_out[71u] = acc_49.w;
phi_h_out[72u] = acc_50.x; phi_h_out[73u] = acc_50.y; phi_h_out[74u] = acc_50.z; phi_h_out[75u] = acc_50.w;
phi_h_out[76u] = acc_51.x; phi_h_out[77u] = acc_51.y; phi_h_out[78u] = acc_51.z; phi_h_out[79u] = acc_51.w;
phi_h_out[80u] = acc_52.x; phi_h_out[81u] = acc_52.y; phi_h_out[82u] = acc_52.z; phi_h_out[83u] = acc_52.w;
phi_h_out[84u] = acc_53.x; phi_h_out[85u] = acc_53.y; phi_h_out[86u] = acc_53.z; phi_h_out[87u] = acc_53.w;
phi_h_out[88u] = acc_54.x; phi_h_out[89u] = acc_54.y; phi_h_out[90u] = acc_54.z; phi_h_out[91u] = acc_54.w;
phi_h_out[92u] = acc_55.x; phi_h_out[93u] = acc_55.y; phi_h_out[94u] = acc_55.z; phi_h_out[95u] = acc_55.w;
phi_h_out[96u] = acc_56.x; phi_h_out[97u] = acc_56.y; phi_h_out[98u] = acc_56.z; phi_h_out[99u] = acc_56.w;
phi_h_out[100u] = acc_57.x; phi_h_out[101u] = acc_57.y; phi_h_out[102u] = acc_57.z; phi_h_out[103u] = acc_57.w;
phi_h_out[104u] = acc_58.x; phi_h_out[105u] = acc_58.y; phi_h_out[106u] = acc_58.z; phi_h_out[107u] = acc_58.w;
phi_h_out[108u] = acc_59.x; phi_h_out[109u] = acc_59.y; phi_h_out[110u] = acc_59.z; phi_h_out[111u] = acc_59.w;
phi_h_out[112u] = acc_60.x; phi_h_out[113u] = acc_60.y; phi_h_out[114u] = acc_60.z; phi_h_out[115u] = acc_60.w;
phi_h_out[116u] = acc_61.x; phi_h_out[117u] = acc_61.y; phi_h_out[118u] = acc_61.z; phi_h_out[119u] = acc_61.w;
phi_h_out[120u] = acc_62.x; phi_h_out[121u] = acc_62.y; phi_h_out[122u] = acc_62.z; phi_h_out[123u] = acc_62.w;
phi_h_out[124u] = acc_63.x; phi_h_out[125u] = acc_63.y; phi_h_out[126u] = acc_63.z; phi_h_out[127u] = acc_63.w;
var dV: array<f32, 4>;
for (var c_4 = 0u; c_4 < 4u; c_4++) { dV[c_4] = DV[t * 4u + c_4]; }
var sent: array<f32, 64>;
for (var c_5 = 0u; c_5 < 64u; c_5++) { sent[c_5] = SENT[t * 64u + c_5]; }
var phi_xc_y0: array<f32, 64>;
var acc_64 = WV[40168u];
var acc_65 = WV[40169u];
var acc_66 = WV[40170u];
var acc_67 = WV[40171u];
var acc_68 = WV[40172u];
var acc_69 = WV[40173u];
var acc_70 = WV[40174u];
var acc_71 = WV[40175u];
var acc_72 = WV[40176u];
var acc_73 = WV[40177u];
var acc_74 = WV[40178u];
var acc_75 = WV[40179u];
var acc_76 = WV[40180u];
var acc_77 = WV[40181u];
var acc_78 = WV[40182u];
var acc_79 = WV[40183u];
for (var k_3 = 0u; k_3 < 64u; k_3++) {
  let x = sent[k_3];
  let row = 39144u + k_3 * 16u;
  acc_64 += x * WV[row + 0u];
  acc_65 += x * WV[row + 1u];
  acc_66 += x * WV[row + 2u];
  acc_67 += x * WV[row + 3u];
  acc_68 += x * WV[row + 4u];
  acc_69 += x * WV[row + 5u];
  acc_70 += x * WV[row + 6u];
  acc_71 += x * WV[row + 7u];
  acc_72 += x * WV[row + 8u];
  acc_73 += x * WV[row + 9u];
  acc_74 += x * WV[row + 10u];
  acc_75 += x * WV[row + 11u];
  acc_76 += x * WV[row + 12u];
  acc_77 += x * WV[row + 13u];
  acc_78 += x * WV[row + 14u];
  acc_79 += x * WV[row + 15u];
}
phi_xc_y0[0u] = acc_64.x; phi_xc_y0[1u] = acc_64.y; phi_xc_y0[2u] = acc_64.z; phi_xc_y0[3u] = acc_64.w;
phi_xc_y0[4u] = acc_65.x; phi_xc_y0[5u] = acc_65.y; phi_xc_y0[6u] = acc_65.z; phi_xc_y0[7u] = acc_65.w;
phi_xc_y0[8u] = acc_66.x; phi_xc_y0[9u] = acc_66.y; phi_xc_y0[10u] = acc_66.z; phi_xc_y0[11u] = acc_66.w;
phi_xc_y0[12u] = acc_67.x; phi_xc_y0[13u] = acc_67.y; phi_xc_y0[14u] = acc_67.z; phi_xc_y0[15u] = acc_67.w;
phi_xc_y0[16u] = acc_68.x; phi_xc_y0[17u] = acc_68.y; phi_xc_y0[18u] = acc_68.z; phi_xc_y0[19u] = acc_68.w;
phi_xc_y0[20u] = acc_69.x; phi_xc_y0[21u] = acc_69.y; phi_xc_y0[22u] = acc_69.z; phi_xc_y0[23u] = acc_69.w;
phi_xc_y0[24u] = acc_70.x; phi_xc_y0[25u] = acc_70.y; phi_xc_y0[26u] = acc_70.z; phi_xc_y0[27u] = acc_70.w;
phi_xc_y0[28u] = acc_71.x; phi_xc_y0[29u] = acc_71.y; phi_xc_y0[30u] = acc_71.z; phi_xc_y0[31u] = acc_71.w;
phi_xc_y0[32u] = acc_72.x; phi_xc_y0[33u] = acc_72.y; phi_xc_y0[34u] = acc_72.z; phi_xc_y0[35u] = acc_72.w;
phi_xc_y0[36u] = acc_73.x; phi_xc_y0[37u] = acc_73.y; phi_xc_y0[38u] = acc_73.z; phi_xc_y0[39u] = acc_73.w;
phi_xc_y0[40u] = acc_74.x; phi_xc_y0[41u] = acc_74.y; phi_xc_y0[42u] = acc_74.z; phi_xc_y0[43u] = acc_74.w;
phi_xc_y0[44u] = acc_75.x; phi_xc_y0[45u] = acc_75.y; phi_xc_y0[46u] = acc_75.z; phi_xc_y0[47u] = acc_75.w;
phi_xc_y0[48u] = acc_76.x; phi_xc_y0[49u] = acc_76.y; phi_xc_y0[50u] = acc_76.z; phi_xc_y0[51u] = acc_76.w;
phi_xc_y0[52u] = acc_77.x; phi_xc_y0[53u] = acc_77.y; phi_xc_y0[54u] = acc_77.z; phi_xc_y0[55u] = acc_77.w;
phi_xc_y0[56u] = acc_78.x; phi_xc_y0[57u] = acc_78.y; phi_xc_y0[58u] = acc_78.z; phi_xc_y0[59u] = acc_78.w;
phi_xc_y0[60u] = acc_79.x; phi_xc_y0[61u] = acc_79.y; phi_xc_y0[62u] = acc_79.z; phi_xc_y0[63u] = acc_79.w;
for (var c_6 = 0u; c_6 < 64u; c_6++) { phi_xc_y0[c_6] = silu(phi_xc_y0[c_6]); }
var phi_xc_n1: array<f32, 64>;
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_n1[c_7] = phi_xc_y0[c_7]; }
var mean_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { mean_1 += phi_xc_n1[c_8]; }
mean_1 /= 64.0;
var variance_1 = 0.0;
for (var c_8 = 0u; c_8 < 64u; c_8++) { let t = phi_xc_n1[c_8] - mean_1; variance_1 += t * t; }
let inv_1 = inverseSqrt(variance_1 / 64.0 + 1e-5);
for (var c_8 = 0u; c_8 < 64u; c_8++) { phi_xc_n1[c_8] = (phi_xc_n1[c_8] - mean_1) * inv_1 * W[160736u + c_8] + W[160800u + c_8]; }
var phi_xc_y1: array<f32, 64>;
var acc_80 = WV[41240u];
var acc_81 = WV[41241u];
var acc_82 = WV[41242u];
var acc_83 = WV[41243u];
var acc_84 = WV[41244u];
var acc_85 = WV[41245u];
var acc_86 = WV[41246u];
var acc_87 = WV[41247u];
var acc_88 = WV[41248u];
var acc_89 = WV[41249u];
var acc_90 = WV[41250u];
var acc_91 = WV[41251u];
var acc_92 = WV[41252u];
var acc_93 = WV[41253u];
var acc_94 = WV[41254u];
var acc_95 = WV[41255u];
for (var k_4 = 0u; k_4 < 64u; k_4++) {
  let x = phi_xc_n1[k_4];
  let row = 40216u + k_4 * 16u;
  acc_80 += x * WV[row + 0u];
  acc_81 += x * WV[row + 1u];
  acc_82 += x * WV[row + 2u];
  acc_83 += x * WV[row + 3u];
  acc_84 += x * WV[row + 4u];
  acc_85 += x * WV[row + 5u];
  acc_86 += x * WV[row + 6u];
  acc_87 += x * WV[row + 7u];
  acc_88 += x * WV[row + 8u];
  acc_89 += x * WV[row + 9u];
  acc_90 += x * WV[row + 10u];
  acc_91 += x * WV[row + 11u];
  acc_92 += x * WV[row + 12u];
  acc_93 += x * WV[row + 13u];
  acc_94 += x * WV[row + 14u];
  acc_95 += x * WV[row + 15u];
}
phi_xc_y1[0u] = acc_80.x; phi_xc_y1[1u] = acc_80.y; phi_xc_y1[2u] = acc_80.z; phi_xc_y1[3u] = acc_80.w;
phi_xc_y1[4u] = acc_81.x; phi_xc_y1[5u] = acc_81.y; phi_xc_y1[6u] = acc_81.z; phi_xc_y1[7u] = acc_81.w;
phi_xc_y1[8u] = acc_82.x; phi_xc_y1[9u] = acc_82.y; phi_xc_y1[10u] = acc_82.z; phi_xc_y1[11u] = acc_82.w;
phi_xc_y1[12u] = acc_83.x; phi_xc_y1[13u] = acc_83.y; phi_xc_y1[14u] = acc_83.z; phi_xc_y1[15u] = acc_83.w;
phi_xc_y1[16u] = acc_84.x; phi_xc_y1[17u] = acc_84.y; phi_xc_y1[18u] = acc_84.z; phi_xc_y1[19u] = acc_84.w;
phi_xc_y1[20u] = acc_85.x; phi_xc_y1[21u] = acc_85.y; phi_xc_y1[22u] = acc_85.z; phi_xc_y1[23u] = acc_85.w;
phi_xc_y1[24u] = acc_86.x; phi_xc_y1[25u] = acc_86.y; phi_xc_y1[26u] = acc_86.z; phi_xc_y1[27u] = acc_86.w;
phi_xc_y1[28u] = acc_87.x; phi_xc_y1[29u] = acc_87.y; phi_xc_y1[30u] = acc_87.z; phi_xc_y1[31u] = acc_87.w;
phi_xc_y1[32u] = acc_88.x; phi_xc_y1[33u] = acc_88.y; phi_xc_y1[34u] = acc_88.z; phi_xc_y1[35u] = acc_88.w;
phi_xc_y1[36u] = acc_89.x; phi_xc_y1[37u] = acc_89.y; phi_xc_y1[38u] = acc_89.z; phi_xc_y1[39u] = acc_89.w;
phi_xc_y1[40u] = acc_90.x; phi_xc_y1[41u] = acc_90.y; phi_xc_y1[42u] = acc_90.z; phi_xc_y1[43u] = acc_90.w;
phi_xc_y1[44u] = acc_91.x; phi_xc_y1[45u] = acc_91.y; phi_xc_y1[46u] = acc_91.z; phi_xc_y1[47u] = acc_91.w;
phi_xc_y1[48u] = acc_92.x; phi_xc_y1[49u] = acc_92.y; phi_xc_y1[50u] = acc_92.z; phi_xc_y1[51u] = acc_92.w;
phi_xc_y1[52u] = acc_93.x; phi_xc_y1[53u] = acc_93.y; phi_xc_y1[54u] = acc_93.z; phi_xc_y1[55u] = acc_93.w;
phi_xc_y1[56u] = acc_94.x; phi_xc_y1[57u] = acc_94.y; phi_xc_y1[58u] = acc_94.z; phi_xc_y1[59u] = acc_94.w;
phi_xc_y1[60u] = acc_95.x; phi_xc_y1[61u] = acc_95.y; phi_xc_y1[62u] = acc_95.z; phi_xc_y1[63u] = acc_95.w;
for (var c_9 = 0u; c_9 < 64u; c_9++) { phi_xc_y1[c_9] = silu(phi_xc_y1[c_9]); }
for (var c_7 = 0u; c_7 < 64u; c_7++) { phi_xc_y1[c_7] += phi_xc_y0[c_7]; }
var xc: array<f32, 2>;
for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] = W[165152u + c_10]; }
for (var k_5 = 0u; k_5 < 64u; k_5++) {
  let x = phi_xc_y1[k_5];
  let row = 165024u + k_5 * 2u;
  for (var c_10 = 0u; c_10 < 2u; c_10++) { xc[c_10] += x * W[row + c_10]; }
}
var kappa: array<f32, 2>;
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    var acc = 0.0;
    for (var k = 0u; k < 2u; k++) { let t2 = V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]; acc += t2 * t2; }
    kappa[ch * 1u + j] = safe_sq(acc);
  }
}
for (var ch = 0u; ch < 2u; ch++) {
  for (var j = 0u; j < 1u; j++) {
    let c2 = (ch + 1u + j) % 2u;
    let p = ch * 1u + j;
    let w = xc[p] / (1.0 + kappa[p]) / 1.00000000f;
    for (var k = 0u; k < 2u; k++) { dV[ch * 2u + k] += w * (V[(t * 2u + ch) * 2u + k] - V[(t * 2u + c2) * 2u + k]); }
  }
}
var h_next: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { h_next[c] = H[t * 128u + c] + phi_h_out[c]; H[t * 128u + c] = h_next[c]; }
for (var c = 0u; c < 4u; c++) { V[t * 4u + c] += dV[c]; }
var top = h_next[0];
for (var c = 1u; c < 128u; c++) { top = max(top, h_next[c]); }
var total = 0.0;
for (var c = 0u; c < 128u; c++) { h_next[c] = exp(h_next[c] - top); total += h_next[c]; }
for (var c = 0u; c < 128u; c++) { h_next[c] /= total; }
var h_out: array<f32, 128>;
var acc_96 = WV[51642u];
var acc_97 = WV[51643u];
var acc_98 = WV[51644u];
var acc_99 = WV[51645u];
var acc_100 = WV[51646u];
var acc_101 = WV[51647u];
var acc_102 = WV[51648u];
var acc_103 = WV[51649u];
var acc_104 = WV[51650u];
var acc_105 = WV[51651u];
var acc_106 = WV[51652u];
var acc_107 = WV[51653u];
var acc_108 = WV[51654u];
var acc_109 = WV[51655u];
var acc_110 = WV[51656u];
var acc_111 = WV[51657u];
var acc_112 = WV[51658u];
var acc_113 = WV[51659u];
var acc_114 = WV[51660u];
var acc_115 = WV[51661u];
var acc_116 = WV[51662u];
var acc_117 = WV[51663u];
var acc_118 = WV[51664u];
var acc_119 = WV[51665u];
var acc_120 = WV[51666u];
var acc_121 = WV[51667u];
var acc_122 = WV[51668u];
var acc_123 = WV[51669u];
var acc_124 = WV[51670u];
var acc_125 = WV[51671u];
var acc_126 = WV[51672u];
var acc_127 = WV[51673u];
for (var k_6 = 0u; k_6 < 128u; k_6++) {
  let x = h_next[k_6];
  let row = 47546u + k_6 * 32u;
  acc_96 += x * WV[row + 0u];
  acc_97 += x * WV[row + 1u];
  acc_98 += x * WV[row + 2u];
  acc_99 += x * WV[row + 3u];
  acc_100 += x * WV[row + 4u];
  acc_101 += x * WV[row + 5u];
  acc_102 += x * WV[row + 6u];
  acc_103 += x * WV[row + 7u];
  acc_104 += x * WV[row + 8u];
  acc_105 += x * WV[row + 9u];
  acc_106 += x * WV[row + 10u];
  acc_107 += x * WV[row + 11u];
  acc_108 += x * WV[row + 12u];
  acc_109 += x * WV[row + 13u];
  acc_110 += x * WV[row + 14u];
  acc_111 += x * WV[row + 15u];
  acc_112 += x * WV[row + 16u];
  acc_113 += x * WV[row + 17u];
  acc_114 += x * WV[row + 18u];
  acc_115 += x * WV[row + 19u];
  acc_116 += x * WV[row + 20u];
  acc_117 += x * WV[row + 21u];
  acc_118 += x * WV[row + 22u];
  acc_119 += x * WV[row + 23u];
  acc_120 += x * WV[row + 24u];
  acc_121 += x * WV[row + 25u];
  acc_122 += x * WV[row + 26u];
  acc_123 += x * WV[row + 27u];
  acc_124 += x * WV[row + 28u];
  acc_125 += x * WV[row + 29u];
  acc_126 += x * WV[row + 30u];
  acc_127 += x * WV[row + 31u];
}
h_out[0u] = acc_96.x; h_out[1u] = acc_96.y; h_out[2u] = acc_96.z; h_out[3u] = acc_96.w;
h_out[4u] = acc_97.x; h_out[5u] = acc_97.y; h_out[6u] = acc_97.z; h_out[7u] = acc_97.w;
h_out[8u] = acc_98.x; h_out[9u] = acc_98.y; h_out[10u] = acc_98.z; h_out[11u] = acc_98.w;
h_out[12u] = acc_99.x; h_out[13u] = acc_99.y; h_out[14u] = acc_99.z; h_out[15u] = acc_99.w;
h_out[16u] = acc_100.x; h_out[17u] = acc_100.y; h_out[18u] = acc_100.z; h_out[19u] = acc_100.w;
h_out[20u] = acc_101.x; h_out[21u] = acc_101.y; h_out[22u] = acc_101.z; h_out[23u] = acc_101.w;
h_out[24u] = acc_102.x; h_out[25u] = acc_102.y; h_out[26u] = acc_102.z; h_out[27u] = acc_102.w;
h_out[28u] = acc_103.x; h_out[29u] = acc_103.y; h_out[30u] = acc_103.z; h_out[31u] = acc_103.w;
h_out[32u] = acc_104.x; h_out[33u] = acc_104.y; h_out[34u] = acc_104.z; h_out[35u] = acc_104.w;
h_out[36u] = acc_105.x; h_out[37u] = acc_105.y; h_out[38u] = acc_105.z; h_out[39u] = acc_105.w;
h_out[40u] = acc_106.x; h_out[41u] = acc_106.y; h_out[42u] = acc_106.z; h_out[43u] = acc_106.w;
h_out[44u] = acc_107.x; h_out[45u] = acc_107.y; h_out[46u] = acc_107.z; h_out[47u] = acc_107.w;
h_out[48u] = acc_108.x; h_out[49u] = acc_108.y; h_out[50u] = acc_108.z; h_out[51u] = acc_108.w;
h_out[52u] = acc_109.x; h_out[53u] = acc_109.y; h_out[54u] = acc_109.z; h_out[55u] = acc_109.w;
h_out[56u] = acc_110.x; h_out[57u] = acc_110.y; h_out[58u] = acc_110.z; h_out[59u] = acc_110.w;
h_out[60u] = acc_111.x; h_out[61u] = acc_111.y; h_out[62u] = acc_111.z; h_out[63u] = acc_111.w;
h_out[64u] = acc_112.x; h_out[65u] = acc_112.y; h_out[66u] = acc_112.z; h_out[67u] = acc_112.w;
h_out[68u] = acc_113.x; h_out[69u] = acc_113.y; h_out[70u] = acc_113.z; h_out[71u] = acc_113.w;
h_out[72u] = acc_114.x; h_out[73u] = acc_114.y; h_out[74u] = acc_114.z; h_out[75u] = acc_114.w;
h_out[76u] = acc_115.x; h_out[77u] = acc_115.y; h_out[78u] = acc_115.z; h_out[79u] = acc_115.w;
h_out[80u] = acc_116.x; h_out[81u] = acc_116.y; h_out[82u] = acc_116.z; h_out[83u] = acc_116.w;
h_out[84u] = acc_117.x; h_out[85u] = acc_117.y; h_out[86u] = acc_117.z; h_out[87u] = acc_117.w;
h_out[88u] = acc_118.x; h_out[89u] = acc_118.y; h_out[90u] = acc_118.z; h_out[91u] = acc_118.w;
h_out[92u] = acc_119.x; h_out[93u] = acc_119.y; h_out[94u] = acc_119.z; h_out[95u] = acc_119.w;
h_out[96u] = acc_120.x; h_out[97u] = acc_120.y; h_out[98u] = acc_120.z; h_out[99u] = acc_120.w;
h_out[100u] = acc_121.x; h_out[101u] = acc_121.y; h_out[102u] = acc_121.z; h_out[103u] = acc_121.w;
h_out[104u] = acc_122.x; h_out[105u] = acc_122.y; h_out[106u] = acc_122.z; h_out[107u] = acc_122.w;
h_out[108u] = acc_123.x; h_out[109u] = acc_123.y; h_out[110u] = acc_123.z; h_out[111u] = acc_123.w;
h_out[112u] = acc_124.x; h_out[113u] = acc_124.y; h_out[114u] = acc_124.z; h_out[115u] = acc_124.w;
h_out[116u] = acc_125.x; h_out[117u] = acc_125.y; h_out[118u] = acc_125.z; h_out[119u] = acc_125.w;
h_out[120u] = acc_126.x; h_out[121u] = acc_126.y; h_out[122u] = acc_126.z; h_out[123u] = acc_126.w;
h_out[124u] = acc_127.x; h_out[125u] = acc_127.y; h_out[126u] = acc_127.z; h_out[127u] = acc_127.w;
for (var c_11 = 0u; c_11 < 128u; c_11++) { HOUT[t * 128u + c_11] = h_out[c_11]; }
for (var c = 0u; c < 4u; c++) { VOUT[t * 4u + c] = V[t * 4u + c] - V0[t * 4u + c]; }
}

// ==== inverse kernel 15: layer23.head0.head (bindings W, SRC, DST, WV) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read> SRC: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
@group(0) @binding(3) var<storage, read> WV: array<vec4f>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(4) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 4u) { return; }
var x: array<f32, 128>;
for (var c = 0u; c < 128u; c++) { x[c] = SRC[t * 128u + c]; }
var head0_y0: array<f32, 64>;
var acc = WV[2048u];
var acc_1 = WV[2049u];
var acc_2 = WV[2050u];
var acc_3 = WV[2051u];
var acc_4 = WV[2052u];
var acc_5 = WV[2053u];
var acc_6 = WV[2054u];
var acc_7 = WV[2055u];
var acc_8 = WV[2056u];
var acc_9 = WV[2057u];
var acc_10 = WV[2058u];
var acc_11 = WV[2059u];
var acc_12 = WV[2060u];
var acc_13 = WV[2061u];
var acc_14 = WV[2062u];
var acc_15 = WV[2063u];
for (var k = 0u; k < 128u; k++) {
  let x = x[k];
  let row = 0u + k * 16u;
  acc += x * WV[row + 0u];
  acc_1 += x * WV[row + 1u];
  acc_2 += x * WV[row + 2u];
  acc_3 += x * WV[row + 3u];
  acc_4 += x * WV[row + 4u];
  acc_5 += x * WV[row + 5u];
  acc_6 += x * WV[row + 6u];
  acc_7 += x * WV[row + 7u];
  acc_8 += x * WV[row + 8u];
  acc_9 += x * WV[row + 9u];
  acc_10 += x * WV[row + 10u];
  acc_11 += x * WV[row + 11u];
  acc_12 += x * WV[row + 12u];
  acc_13 += x * WV[row + 13u];
  acc_14 += x * WV[row + 14u];
  acc_15 += x * WV[row + 15u];
}
head0_y0[0u] = acc.x; head0_y0[1u] = acc.y; head0_y0[2u] = acc.z; head0_y0[3u] = acc.w;
head0_y0[4u] = acc_1.x; head0_y0[5u] = acc_1.y; head0_y0[6u] = acc_1.z; head0_y0[7u] = acc_1.w;
head0_y0[8u] = acc_2.x; head0_y0[9u] = acc_2.y; head0_y0[10u] = acc_2.z; head0_y0[11u] = acc_2.w;
head0_y0[12u] = acc_3.x; head0_y0[13u] = acc_3.y; head0_y0[14u] = acc_3.z; head0_y0[15u] = acc_3.w;
head0_y0[16u] = acc_4.x; head0_y0[17u] = acc_4.y; head0_y0[18u] = acc_4.z; head0_y0[19u] = acc_4.w;
head0_y0[20u] = acc_5.x; head0_y0[21u] = acc_5.y; head0_y0[22u] = acc_5.z; head0_y0[23u] = acc_5.w;
head0_y0[24u] = acc_6.x; head0_y0[25u] = acc_6.y; head0_y0[26u] = acc_6.z; head0_y0[27u] = acc_6.w;
head0_y0[28u] = acc_7.x; head0_y0[29u] = acc_7.y; head0_y0[30u] = acc_7.z; head0_y0[31u] = acc_7.w;
head0_y0[32u] = acc_8.x; head0_y0[33u] = acc_8.y; head0_y0[34u] = acc_8.z; head0_y0[35u] = acc_8.w;
head0_y0[36u] = acc_9.x; head0_y0[37u] = acc_9.y; head0_y0[38u] = acc_9.z; head0_y0[39u] = acc_9.w;
head0_y0[40u] = acc_10.x; head0_y0[41u] = acc_10.y; head0_y0[42u] = acc_10.z; head0_y0[43u] = acc_10.w;
head0_y0[44u] = acc_11.x; head0_y0[45u] = acc_11.y; head0_y0[46u] = acc_11.z; head0_y0[47u] = acc_11.w;
head0_y0[48u] = acc_12.x; head0_y0[49u] = acc_12.y; head0_y0[50u] = acc_12.z; head0_y0[51u] = acc_12.w;
head0_y0[52u] = acc_13.x; head0_y0[53u] = acc_13.y; head0_y0[54u] = acc_13.z; head0_y0[55u] = acc_13.w;
head0_y0[56u] = acc_14.x; head0_y0[57u] = acc_14.y; head0_y0[58u] = acc_14.z; head0_y0[59u] = acc_14.w;
head0_y0[60u] = acc_15.x; head0_y0[61u] = acc_15.y; head0_y0[62u] = acc_15.z; head0_y0[63u] = acc_15.w;
for (var c = 0u; c < 64u; c++) { head0_y0[c] = silu(head0_y0[c]); }
var head0_n1: array<f32, 64>;
for (var c_1 = 0u; c_1 < 64u; c_1++) { head0_n1[c_1] = head0_y0[c_1]; }
var mean = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { mean += head0_n1[c_2]; }
mean /= 64.0;
var variance = 0.0;
for (var c_2 = 0u; c_2 < 64u; c_2++) { let t = head0_n1[c_2] - mean; variance += t * t; }
let inv = inverseSqrt(variance / 64.0 + 1e-5);
for (var c_2 = 0u; c_2 < 64u; c_2++) { head0_n1[c_2] = (head0_n1[c_2] - mean) * inv * W[8256u + c_2] + W[8320u + c_2]; }
var head0_y1: array<f32, 64>;
var acc_16 = WV[3120u];
var acc_17 = WV[3121u];
var acc_18 = WV[3122u];
var acc_19 = WV[3123u];
var acc_20 = WV[3124u];
var acc_21 = WV[3125u];
var acc_22 = WV[3126u];
var acc_23 = WV[3127u];
var acc_24 = WV[3128u];
var acc_25 = WV[3129u];
var acc_26 = WV[3130u];
var acc_27 = WV[3131u];
var acc_28 = WV[3132u];
var acc_29 = WV[3133u];
var acc_30 = WV[3134u];
var acc_31 = WV[3135u];
for (var k_1 = 0u; k_1 < 64u; k_1++) {
  let x = head0_n1[k_1];
  let row = 2096u + k_1 * 16u;
  acc_16 += x * WV[row + 0u];
  acc_17 += x * WV[row + 1u];
  acc_18 += x * WV[row + 2u];
  acc_19 += x * WV[row + 3u];
  acc_20 += x * WV[row + 4u];
  acc_21 += x * WV[row + 5u];
  acc_22 += x * WV[row + 6u];
  acc_23 += x * WV[row + 7u];
  acc_24 += x * WV[row + 8u];
  acc_25 += x * WV[row + 9u];
  acc_26 += x * WV[row + 10u];
  acc_27 += x * WV[row + 11u];
  acc_28 += x * WV[row + 12u];
  acc_29 += x * WV[row + 13u];
  acc_30 += x * WV[row + 14u];
  acc_31 += x * WV[row + 15u];
}
head0_y1[0u] = acc_16.x; head0_y1[1u] = acc_16.y; head0_y1[2u] = acc_16.z; head0_y1[3u] = acc_16.w;
head0_y1[4u] = acc_17.x; head0_y1[5u] = acc_17.y; head0_y1[6u] = acc_17.z; head0_y1[7u] = acc_17.w;
head0_y1[8u] = acc_18.x; head0_y1[9u] = acc_18.y; head0_y1[10u] = acc_18.z; head0_y1[11u] = acc_18.w;
head0_y1[12u] = acc_19.x; head0_y1[13u] = acc_19.y; head0_y1[14u] = acc_19.z; head0_y1[15u] = acc_19.w;
head0_y1[16u] = acc_20.x; head0_y1[17u] = acc_20.y; head0_y1[18u] = acc_20.z; head0_y1[19u] = acc_20.w;
head0_y1[20u] = acc_21.x; head0_y1[21u] = acc_21.y; head0_y1[22u] = acc_21.z; head0_y1[23u] = acc_21.w;
head0_y1[24u] = acc_22.x; head0_y1[25u] = acc_22.y; head0_y1[26u] = acc_22.z; head0_y1[27u] = acc_22.w;
head0_y1[28u] = acc_23.x; head0_y1[29u] = acc_23.y; head0_y1[30u] = acc_23.z; head0_y1[31u] = acc_23.w;
head0_y1[32u] = acc_24.x; head0_y1[33u] = acc_24.y; head0_y1[34u] = acc_24.z; head0_y1[35u] = acc_24.w;
head0_y1[36u] = acc_25.x; head0_y1[37u] = acc_25.y; head0_y1[38u] = acc_25.z; head0_y1[39u] = acc_25.w;
head0_y1[40u] = acc_26.x; head0_y1[41u] = acc_26.y; head0_y1[42u] = acc_26.z; head0_y1[43u] = acc_26.w;
head0_y1[44u] = acc_27.x; head0_y1[45u] = acc_27.y; head0_y1[46u] = acc_27.z; head0_y1[47u] = acc_27.w;
head0_y1[48u] = acc_28.x; head0_y1[49u] = acc_28.y; head0_y1[50u] = acc_28.z; head0_y1[51u] = acc_28.w;
head0_y1[52u] = acc_29.x; head0_y1[53u] = acc_29.y; head0_y1[54u] = acc_29.z; head0_y1[55u] = acc_29.w;
head0_y1[56u] = acc_30.x; head0_y1[57u] = acc_30.y; head0_y1[58u] = acc_30.z; head0_y1[59u] = acc_30.w;
head0_y1[60u] = acc_31.x; head0_y1[61u] = acc_31.y; head0_y1[62u] = acc_31.z; head0_y1[63u] = acc_31.w;
for (var c_3 = 0u; c_3 < 64u; c_3++) { head0_y1[c_3] = silu(head0_y1[c_3]); }
for (var c_1 = 0u; c_1 < 64u; c_1++) { head0_y1[c_1] += head0_y0[c_1]; }
var head0_out: array<f32, 50>;
for (var c_4 = 0u; c_4 < 50u; c_4++) { head0_out[c_4] = W[15744u + c_4]; }
for (var k_2 = 0u; k_2 < 64u; k_2++) {
  let x = head0_y1[k_2];
  let row = 12544u + k_2 * 50u;
  for (var c_4 = 0u; c_4 < 50u; c_4++) { head0_out[c_4] += x * W[row + c_4]; }
}
for (var c = 0u; c < 50u; c++) { DST[t * 50u + c] = head0_out[c]; }
}

// ==== inverse kernel 16: inner.inverse.spherical (bindings TRANS, COND, VEC, COEF, OUT, LD) ====
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
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 17: inner.inverse.logdet (bindings LD, LOGDET) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> LD: array<f32>;
@group(0) @binding(1) var<storage, read_write> LOGDET: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(2) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems) { return; }
var total = 0.0;
for (var k = 0u; k < 4u; k++) { total += LD[t * 4u + k]; }
LOGDET[t] = total;
}

// ==== inverse kernel 18: merge (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 19: add (bindings A, B, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> A: array<f32>;
@group(0) @binding(1) var<storage, read> B: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
@group(0) @binding(3) var<uniform> dims: Dims;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
let t = gid.x;
if (t >= dims.systems * 1u) { return; }
DST[t] = A[t] + B[t];
}

// ==== inverse kernel 20: center.1 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 21: split.swap (bindings SRC, COND, TRANS) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> COND: array<f32>;
@group(0) @binding(2) var<storage, read_write> TRANS: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 22: merge.swap (bindings COND, TRANS, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> COND: array<f32>;
@group(0) @binding(1) var<storage, read> TRANS: array<f32>;
@group(0) @binding(2) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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

// ==== inverse kernel 23: center.0 (bindings SRC, DST) ====
fn silu(v: f32) -> f32 { return v / (1.0 + exp(-v)); }
fn sigmoid(v: f32) -> f32 { return 1.0 / (1.0 + exp(-v)); }
fn safe_sq(s: f32) -> f32 { return select(s, 1.0, s <= 0.0); }

@group(0) @binding(0) var<storage, read> SRC: array<f32>;
@group(0) @binding(1) var<storage, read_write> DST: array<f32>;
struct Dims { systems: u32, pad0: u32, pad1: u32, pad2: u32 }
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
