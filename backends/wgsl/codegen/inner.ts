/**
 * The IR's `inner` op in WGSL (method §5, §6): one thread per (system, node, channel) of the transformed
 * half builds its projection from the conditioning point and reference vectors, maps each coordinate with
 * its spline or affine transform (forward or inverse) and writes the new point and its log-det; a second
 * kernel sums the log-dets per system. Mirrors backends/reference/ops/inner.ts formula by formula.
 */
import type { Op, SplineSpec } from '../../../compiler/ir/ir.js';
import { kernel, read, write, type KernelSource } from './kernel.js';
import { Code, f32, lines, NameRegistry, u32, wgsl, type Ident } from './wgsl.js';

type InnerOp = Extract<Op, { kind: 'inner' }>;

export interface InnerSizes {
  readonly n: number;
  readonly s: number;
  readonly d: number;
  /** Reference vectors per node in VEC (the conditioner's M). */
  readonly M: number;
}

/**
 * WGSL's sin, cos and atan2 only promise about 2⁻¹¹ absolute error (SwiftShader's are that coarse: points
 * were off by 1e-4 relative), so the projections use these: Cody–Waite reduction and Taylor polynomials
 * exact to float32 round-off on the reduced intervals.
 */
export const TRIG = new Code(`fn sincos_acc(x: f32) -> vec2f {
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
}`);

const HELPERS = new Code(`struct Mapped { value: f32, log_det: f32 }
fn softplus(t: f32) -> f32 { return max(t, 0.0) + log(1.0 + exp(-abs(t))); }
fn safe_norm2(v: vec2f) -> f32 { return sqrt(safe_sq(dot(v, v))); }
fn safe_norm3(v: vec3f) -> f32 { return sqrt(safe_sq(dot(v, v))); }`);

/** One WGSL function pair (forward, inverse) per spline configuration, reading its 3K+1 logits from COEF. */
function splineFunctions(names: NameRegistry, spec: SplineSpec): { code: Code; forward: Ident; inverse: Ident } {
  const K = spec.bins;
  const forward = names.fresh('spline_forward');
  const inverse = names.fresh('spline_inverse');
  const knots = names.fresh('spline_knots');
  const knotsType = names.fresh('Knots');
  const edges = names.fresh('bin_edges');
  const slopeOffset = Math.log(Math.expm1(1 - spec.minKnotSlope));
  const boundary = spec.boundary === 'circular' ? wgsl`k.d[${K}] = k.d[0];` : spec.boundary === 'identity' ? wgsl`k.d[0] = 1.0; k.d[${K}] = 1.0;` : wgsl``;
  const bin = (pos: string, v: string) => new Code(`var b = 0u; for (var j = 0u; j < ${K}u; j++) { if (${v} >= k.${pos}[j] && ${v} < k.${pos}[j + 1u]) { b = j; break; } }`);
  const code = wgsl`struct ${knotsType} { x: array<f32, ${K + 1}>, y: array<f32, ${K + 1}>, d: array<f32, ${K + 1}> }
fn ${edges}(base: u32) -> array<f32, ${K + 1}> {
  var top = COEF[base];
  for (var j = 1u; j < ${u32(K)}; j++) { top = max(top, COEF[base + j]); }
  var total = 0.0;
  for (var j = 0u; j < ${u32(K)}; j++) { total += exp(COEF[base + j] - top); }
  var e: array<f32, ${K + 1}>;
  e[0] = ${f32(spec.lo)};
  var acc = ${f32(spec.lo)};
  for (var j = 0u; j < ${u32(K - 1)}; j++) {
    acc += exp(COEF[base + j] - top) / total * ${f32(spec.hi - spec.lo - K * spec.minBinSize)} + ${f32(spec.minBinSize)};
    e[j + 1u] = acc;
  }
  e[${K}] = ${f32(spec.hi)};
  return e;
}
fn ${knots}(base: u32) -> ${knotsType} {
  var k: ${knotsType};
  k.x = ${edges}(base);
  k.y = ${edges}(base + ${u32(K)});
  for (var j = 0u; j < ${u32(K + 1)}; j++) { k.d[j] = softplus(COEF[base + ${u32(2 * K)} + j] + ${f32(slopeOffset)}) + ${f32(spec.minKnotSlope)}; }
  ${boundary}
  return k;
}
fn ${forward}(base: u32, v: f32) -> Mapped {
  let k = ${knots}(base);
  if (v <= k.x[0]) { return Mapped((v - k.x[0]) * k.d[0] + k.y[0], log(k.d[0])); }
  if (v >= k.x[${K}]) { return Mapped((v - k.x[${K}]) * k.d[${K}] + k.y[${K}], log(k.d[${K}])); }
  ${bin('x', 'v')}
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let z = clamp((v - k.x[b]) / w, 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  let value = k.y[b] + h * (s * z * z + d0 * z * (1.0 - z)) / den;
  return Mapped(value, 2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den));
}
fn ${inverse}(base: u32, v: f32) -> Mapped {
  let k = ${knots}(base);
  if (v <= k.y[0]) { return Mapped((v - k.y[0]) / k.d[0] + k.x[0], -log(k.d[0])); }
  if (v >= k.y[${K}]) { return Mapped((v - k.y[${K}]) / k.d[${K}] + k.x[${K}], -log(k.d[${K}])); }
  ${bin('y', 'v')}
  let w = k.x[b + 1u] - k.x[b]; let h = k.y[b + 1u] - k.y[b]; let s = h / w; let d0 = k.d[b]; let d1 = k.d[b + 1u];
  let wt = clamp((v - k.y[b]) / h, 0.0, 1.0);
  let c = -s * wt;
  let bb = d0 - (d1 + d0 - 2.0 * s) * wt;
  let a = s - bb;
  let disc = max(bb * bb - 4.0 * a * c, 1e-37);
  let z = clamp(select((-bb + sqrt(disc)) / (2.0 * a), (2.0 * c) / (-bb - sqrt(disc)), bb >= 0.0), 0.0, 1.0);
  let den = s + (d1 + d0 - 2.0 * s) * z * (1.0 - z);
  return Mapped(k.x[b] + w * z, -(2.0 * log(s) + log(d1 * z * z + 2.0 * s * z * (1.0 - z) + d0 * (1.0 - z) * (1.0 - z)) - 2.0 * log(den)));
}`;
  return { code, forward, inverse };
}

/** τ for coordinate k as a WGSL expression of type Mapped, given the point's coefficient base. */
type Tau = (k: number, value: Code) => Code;

function coordinateMaps(op: InnerOp, names: NameRegistry, coords: number): { functions: Code; tau: Tau } {
  const forward = op.direction === 'forward';
  if (op.transform.kind === 'affine') {
    const functions = new Code(`fn affine_forward(logit: f32, shift: f32, v: f32) -> Mapped { let s = softplus(logit + ${f32(Math.log(Math.E - 1)).text}); return Mapped(s * v + shift, log(s)); }
fn affine_inverse(logit: f32, shift: f32, v: f32) -> Mapped { let s = softplus(logit + ${f32(Math.log(Math.E - 1)).text}); return Mapped((v - shift) / s, -log(s)); }`);
    const fn = new Code(forward ? 'affine_forward' : 'affine_inverse');
    return { functions, tau: (k, v) => wgsl`${fn}(COEF[cbase + ${u32(k)}], COEF[cbase + ${u32(coords + k)}], ${v})` };
  }
  const per = 3 * (op.transform.splines[0]?.bins ?? 8) + 1;
  const made = op.transform.splines.map((spec) => splineFunctions(names, spec));
  return {
    functions: lines(made.map((m) => m.code)),
    tau: (k, v) => wgsl`${forward ? made[k]!.forward : made[k]!.inverse}(cbase + ${u32(k * per)}, ${v})`,
  };
}

function projectionBody(op: InnerOp, d: number, tau: Tau): Code {
  const p = op.projection;
  const vec = d === 3 ? 'vec3f' : 'vec2f';
  const norm = new Code(d === 3 ? 'safe_norm3' : 'safe_norm2');
  const map = (k: number, v: string) => wgsl`let m${k} = ${tau(k, new Code(v))};`;
  switch (p.kind) {
    case 'spherical':
      if (d === 2)
        return wgsl`let u = normalize_safe(ref1 - ref0);
let w = q - ref0;
let r = ${norm}(w);
let wh = w / r;
let theta = atan2_acc(u.x * wh.y - u.y * wh.x, dot(u, wh));
${map(0, 'r')}
${map(1, 'theta')}
let cs = cos_acc(m1.value); let sn = sin_acc(m1.value);
out = ref0 + vec2f(cs * u.x - sn * u.y, sn * u.x + cs * u.y) * m0.value;
ld = m0.log_det + m1.log_det - log(r) + log(m0.value);`;
      return wgsl`let z = normalize_safe(ref1 - ref0);
let uu = ref2 - ref0;
let x = normalize_safe(uu - dot(uu, z) * z);
var y = normalize_safe(cross(x, z));
${new Code(p.reflectionInvariant ? 'let sg = sign(dot(y, ref1)); y = y * (sg + (1.0 - abs(sg)));' : '')}
let w = q - ref0;
let r = ${norm}(w);
let wz = dot(w, z);
let perp = w - wz * z;
let theta = atan2_acc(${norm}(perp), wz);
let phi = atan2_acc(dot(perp, y), dot(perp, x));
${map(0, 'r')}
${map(1, 'theta')}
${map(2, 'phi')}
let azimuth = x * cos_acc(m2.value) + y * sin_acc(m2.value);
let direction = z * cos_acc(m1.value) + azimuth * sin_acc(m1.value);
out = ref0 + direction * m0.value;
ld = m0.log_det + m1.log_det + m2.log_det - (2.0 * log(r) + log(sin_acc(theta))) + (2.0 * log(m0.value) + log(sin_acc(m1.value)));`;
    case 'cartesian': {
      const tweak = (k: number) => (p.smallIdentity ? new Code(` + ${vec}(${Array.from({ length: d }, (_, j) => (j === k ? '1e-6' : '0.0')).join(', ')})`) : new Code(''));
      const columns =
        d === 2
          ? wgsl`let b0 = rel1${tweak(0)};
let c0 = b0 / ${norm}(b0);
let c1 = vec2f(-c0.y, c0.x);`
          : wgsl`let b0 = rel1${tweak(0)};
let b1 = rel2${tweak(1)};
let c0 = b0 / ${norm}(b0);
let xt = b1 / ${norm}(b1);
let c1 = normalize_safe(xt - c0 * (dot(xt, c0) / dot(c0, c0)));
let c2 = normalize_safe(cross(c0, c1));`;
      const ks = Array.from({ length: d }, (_, k) => k);
      return wgsl`${columns}
let w = q - ref0;
${lines(ks.map((k) => map(k, `dot(c${k}, w)`)))}
out = ref0${new Code(ks.map((k) => ` + c${k} * m${k}.value`).join(''))};
ld = ${new Code(ks.map((k) => `m${k}.log_det`).join(' + '))};`;
    }
    case 'vector':
      return wgsl`let w = q - ref0;
let r = ${norm}(w);
${map(0, 'r')}
out = ref0 + w * (m0.value / r);
ld = m0.log_det + ${f32(d - 1)} * (log(m0.value) - log(r));`;
    case 'none': {
      const ks = Array.from({ length: d }, (_, k) => k);
      return wgsl`${lines(ks.map((k) => map(k, `q[${k}]`)))}
out = ${new Code(vec)}(${new Code(ks.map((k) => `m${k}.value`).join(', '))});
ld = ${new Code(ks.map((k) => `m${k}.log_det`).join(' + '))};`;
    }
  }
}

/** The inner op's two kernels: per point (TRANS, COND, VEC, COEF → OUT, LD) and the per-system log-det sum (LD → LOGDET). */
export function innerKernels(op: InnerOp, z: InnerSizes): KernelSource[] {
  const { n, s, d, M } = z;
  const p = op.projection;
  const coords = p.kind === 'vector' ? 1 : d;
  const nvec = p.kind === 'vector' ? 1 : p.kind === 'none' ? 0 : d;
  const perPoint = op.transform.kind === 'affine' ? 2 * coords : coords * (3 * (op.transform.splines[0]?.bins ?? 8) + 1);
  const names = new NameRegistry();
  const { functions, tau } = coordinateMaps(op, names, coords);
  const vec = d === 3 ? 'vec3f' : 'vec2f';
  const loadVec = (buffer: string, index: string) => new Code(`${vec}(${Array.from({ length: d }, (_, k) => `${buffer}[(${index}) * ${d}u + ${k}u]`).join(', ')})`);
  const refs = Array.from({ length: nvec }, (_, k) => wgsl`let rel${k} = ${loadVec('VEC', `node * ${M}u + (ch * ${op.count}u + ${op.index}u) * ${nvec}u + ${k}u`)};
let ref${k} = c + rel${k};`);
  const body = wgsl`let t = gid.x;
if (t >= dims.systems * ${u32(n * s)}) { return; }
let node = t / ${u32(s)};
let ch = t - node * ${u32(s)};
let q = ${loadVec('TRANS', 't')};
let c = ${loadVec('COND', 't')};
${lines(refs)}
let cbase = node * ${u32(s * perPoint)} + ch * ${u32(perPoint)};
var out: ${new Code(vec)};
var ld = 0.0;
${projectionBody(op, d, tau)}
${lines(Array.from({ length: d }, (_, k) => new Code(`OUT[t * ${d}u + ${k}u] = out[${k}];`)))}
LD[t] = ld;`;
  const helpers = wgsl`${HELPERS}
${TRIG}
fn normalize_safe(v: ${new Code(vec)}) -> ${new Code(vec)} { return v / ${new Code(d === 3 ? 'safe_norm3' : 'safe_norm2')}(v); }
${functions}`;
  const pointKernel = kernel(`inner.${op.direction}.${p.kind}`, [read('TRANS'), read('COND'), ...(nvec > 0 ? [read('VEC')] : []), read('COEF'), write('OUT'), write('LD')], body, helpers);
  const sum = kernel(`inner.${op.direction}.logdet`, [read('LD'), write('LOGDET')], wgsl`let t = gid.x;
if (t >= dims.systems) { return; }
var total = 0.0;
for (var k = 0u; k < ${u32(n * s)}; k++) { total += LD[t * ${u32(n * s)} + k]; }
LOGDET[t] = total;`);
  return [pointKernel, sum];
}
