/**
 * The IR's `inner` op in tfjs: every (system, node, channel) point at once as rows [R = B·n·s, d]. Frames,
 * coordinates and log-dets follow method §5 exactly as the reference does (backends/reference/math/frames.ts).
 */
import type { Op } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import { normalize, safeNorm, select } from './nn.js';
import { coordinateMapTf, type Mapped } from './spline.js';

type InnerOp = Extract<Op, { kind: 'inner' }>;
type Tau = (index: number, v: tf.Tensor) => Mapped;

const dot = (a: tf.Tensor, b: tf.Tensor) => tf.sum(a.mul(b), -1);
const col = (v: tf.Tensor) => v.expandDims(-1);
const component = (v: tf.Tensor, k: number) => v.slice([0, k], [v.shape[0]!, 1]);

function cross(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const [a0, a1, a2] = [0, 1, 2].map((k) => component(a, k)) as [tf.Tensor, tf.Tensor, tf.Tensor];
  const [b0, b1, b2] = [0, 1, 2].map((k) => component(b, k)) as [tf.Tensor, tf.Tensor, tf.Tensor];
  return tf.concat([a1.mul(b2).sub(a2.mul(b1)), a2.mul(b0).sub(a0.mul(b2)), a0.mul(b1).sub(a1.mul(b0))], 1);
}

const sumLogDets = (ms: readonly Mapped[]) => ms.reduce((s, m) => s.add(m.logDet), tf.zeros([ms[0]!.logDet.shape[0]!]) as tf.Tensor);

function spherical3(q: tf.Tensor, refs: tf.Tensor[], reflectionInvariant: boolean, tau: Tau): Mapped {
  const [o, pz, po] = refs as [tf.Tensor, tf.Tensor, tf.Tensor];
  const z = normalize(pz.sub(o));
  const u = po.sub(o);
  const x = normalize(u.sub(col(dot(u, z)).mul(z)));
  let y = normalize(cross(x, z));
  if (reflectionInvariant) {
    const sign = tf.sign(dot(y, pz));
    y = y.mul(col(sign.add(tf.sub(1, sign.abs())))); // sign(0) counts as +1
  }
  const w = q.sub(o);
  const r = safeNorm(w).squeeze([-1]);
  const wz = dot(w, z);
  const perp = w.sub(col(wz).mul(z));
  const theta = tf.atan2(safeNorm(perp).squeeze([-1]), wz);
  const phi = tf.atan2(dot(perp, y), dot(perp, x));
  const mapped = [tau(0, r), tau(1, theta), tau(2, phi)];
  const [r2, t2, p2] = mapped.map((m) => m.value) as [tf.Tensor, tf.Tensor, tf.Tensor];
  const azimuth = x.mul(col(tf.cos(p2))).add(y.mul(col(tf.sin(p2))));
  const direction = z.mul(col(tf.cos(t2))).add(azimuth.mul(col(tf.sin(t2))));
  const logDet = sumLogDets(mapped).sub(r.log().mul(2).add(tf.sin(theta).log())).add(r2.log().mul(2).add(tf.sin(t2).log()));
  return { value: o.add(direction.mul(col(r2))), logDet };
}

function polar(q: tf.Tensor, refs: tf.Tensor[], tau: Tau): Mapped {
  const [o, py] = refs as [tf.Tensor, tf.Tensor];
  const u = normalize(py.sub(o));
  const w = q.sub(o);
  const r = safeNorm(w).squeeze([-1]);
  const wHat = w.div(col(r));
  const [u0, u1] = [component(u, 0), component(u, 1)];
  const crossUW = u0.mul(component(wHat, 1)).sub(u1.mul(component(wHat, 0))).squeeze([-1]);
  const theta = tf.atan2(crossUW, dot(u, wHat));
  const mapped = [tau(0, r), tau(1, theta)];
  const [r2, t2] = mapped.map((m) => m.value) as [tf.Tensor, tf.Tensor];
  const [c, s] = [col(tf.cos(t2)), col(tf.sin(t2))];
  const rotated = tf.concat([c.mul(u0).sub(s.mul(u1)), s.mul(u0).add(c.mul(u1))], 1);
  return { value: o.add(rotated.mul(col(r2))), logDet: sumLogDets(mapped).sub(r.log()).add(r2.log()) };
}

function cartesian(q: tf.Tensor, refs: tf.Tensor[], rel: tf.Tensor[], smallIdentity: boolean, tau: Tau): Mapped {
  const d = q.shape[1]!;
  const basis = rel.slice(1).map((v, k) => (smallIdentity ? v.add(tf.oneHot([k], d).toFloat().mul(1e-6)) : v));
  const z = basis[0]!.div(safeNorm(basis[0]!));
  const columns = [z];
  if (d === 2) columns.push(tf.concat([component(z, 1).neg(), component(z, 0)], 1));
  else {
    const xt = basis[1]!.div(safeNorm(basis[1]!));
    const x = normalize(xt.sub(z.mul(col(dot(xt, z).div(dot(z, z))))));
    columns.push(x, normalize(cross(z, x)));
  }
  const w = q.sub(refs[0]!);
  const mapped = columns.map((c, k) => tau(k, dot(c, w)));
  const value = columns.reduce((acc, c, k) => acc.add(c.mul(col(mapped[k]!.value))), refs[0]!);
  return { value, logDet: sumLogDets(mapped) };
}

function radial(q: tf.Tensor, refs: tf.Tensor[], tau: Tau): Mapped {
  const p = refs[0]!;
  const w = q.sub(p);
  const r = safeNorm(w).squeeze([-1]);
  const m = tau(0, r);
  const logDet = m.logDet.add(m.value.log().sub(r.log()).mul(q.shape[1]! - 1));
  return { value: p.add(w.mul(col(m.value.div(r)))), logDet };
}

function raw(q: tf.Tensor, tau: Tau): Mapped {
  const d = q.shape[1]!;
  const mapped = Array.from({ length: d }, (_, k) => tau(k, component(q, k).squeeze([-1])));
  return { value: tf.stack(mapped.map((m) => m.value), 1), logDet: sumLogDets(mapped) };
}

/** trans, cond [B, n, s, d]; vectors [B, n, M, d]; coefficients [B, n, s·perPoint] → trans′ and log-det [B]. */
export function innerTf(op: InnerOp, trans: tf.Tensor, cond: tf.Tensor, vectors: tf.Tensor | undefined, coefficients: tf.Tensor): { trans: tf.Tensor; logDet: tf.Tensor } {
  const [B, n, s, d] = trans.shape as [number, number, number, number];
  const R = B * n * s;
  const p = op.projection;
  const coords = p.kind === 'vector' ? 1 : d;
  const nvec = p.kind === 'vector' ? 1 : p.kind === 'none' ? 0 : d;
  const q = trans.reshape([R, d]);
  const c = cond.reshape([R, d]);
  const rel = Array.from({ length: nvec }, (_, k) => {
    const idx = Array.from({ length: s }, (_, ch) => (ch * op.count + op.index) * nvec + k);
    return select(vectors!, idx, 2).reshape([R, d]);
  });
  const refs = rel.map((v) => c.add(v));
  const tau = coordinateMapTf(op.transform, coefficients.reshape([R, -1]), coords, op.direction === 'forward');
  const out = p.kind === 'spherical' ? (d === 3 ? spherical3(q, refs, p.reflectionInvariant, tau) : polar(q, refs, tau)) : p.kind === 'cartesian' ? cartesian(q, refs, rel, p.smallIdentity, tau) : p.kind === 'vector' ? radial(q, refs, tau) : raw(q, tau);
  return { trans: out.value.reshape([B, n, s, d]), logDet: tf.sum(out.logDet.reshape([B, n * s]), 1) };
}
