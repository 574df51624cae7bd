/**
 * The projections as typed programs (method §5): how each builds its frame from the reference points,
 * which coordinates of the transformed point q go through the inner transform τ, and how q′ is rebuilt.
 */
import type { TypedProgram } from '../../compiler/check/symmetry/program.js';
import type { Typed } from '../../compiler/check/symmetry/rules.js';

export interface ProjectionInputs {
  /** Reference points ref_k = c + v_k (points); one list per inner transform. */
  readonly refs: readonly Typed[];
  /** The relative vectors v_k themselves (Cartesian builds its basis from them). */
  readonly vectors: readonly Typed[];
  /** The transformed point q. */
  readonly q: Typed;
  /** Spline/affine parameters from the conditioner head (function of the features h). */
  readonly params: Typed;
  /** The centre of mass of the conditioning half (a pooled point). */
  readonly centre: Typed;
  readonly dim: 2 | 3;
  readonly transform: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ProjectionTyping {
  readonly output: Typed;
  readonly logDet: Typed;
}

export function typeSpherical(p: TypedProgram, i: ProjectionInputs): ProjectionTyping {
  const [o, r1, r2] = [i.refs[0]!, i.refs[1]!, i.refs[2] ?? i.refs[1]!];
  const w = p.sub('w = q − o', i.q, o);
  const r = p.norm('r = ‖w‖', w);
  if (i.dim === 2) {
    const u = p.axis(p.normalize('û = (p_y − o)/‖p_y − o‖', p.sub('p_y − o', r1, o)));
    const theta = p.oddIn('θ = atan2(û × ŵ, û·ŵ)', 'atan2', p.cross2('û × ŵ', u, w), [p.dot('û·ŵ', u, w)]);
    const [r2p, t2] = [p.nonlinear("r′", `${i.transform}(r)`, [r, i.params]), p.nonlinear("θ′", `${i.transform}(θ)`, [theta, i.params])];
    const turned = p.axis(p.turn90('Rot(π/2)·û', u));
    const dir = p.add("cos θ′·û + sin θ′·Rot(π/2)·û", p.scale("cos θ′·û", p.nonlinear('cos θ′', 'cos', [t2]), u), p.scale("sin θ′·Rot(π/2)·û", p.nonlinear('sin θ′', 'sin', [t2]), turned));
    const output = p.add("q′ = o + r′·Rot(θ′)·û", o, p.scale("r′·Rot(θ′)·û", r2p, dir));
    return { output, logDet: p.nonlinear('log|det|', 'the spline log-derivatives and log r', [r, theta, r2p, i.params]) };
  }
  const z = p.axis(p.normalize('ẑ = (p_z − o)/‖p_z − o‖', p.sub('p_z − o', r1, o)));
  const u = p.sub('u = p_o − o', r2, o);
  const x = p.axis(p.normalize('x̂ ∝ u − (u·ẑ)ẑ', p.sub('u − (u·ẑ)ẑ', u, p.scale('(u·ẑ)ẑ', p.dot('u·ẑ', u, z), z))));
  let y = p.normalize('ŷ = x̂ × ẑ', p.cross('x̂ × ẑ', x, z));
  if (i.options['reflection_invariant'] === true) {
    const pz = p.sub('p_z − CoM', r1, i.centre);
    y = p.scale('ŷ·sign(ŷ·p_z)', p.oddIn('sign(ŷ·p_z)', 'sign', p.dot('ŷ·p_z', y, pz), []), y);
  }
  p.axis(y);
  const wz = p.dot('w·ẑ', w, z);
  const wPerp = p.sub('w⊥ = w − (w·ẑ)ẑ', w, p.scale('(w·ẑ)ẑ', wz, z));
  const theta = p.nonlinear('θ = atan2(‖w⊥‖, w·ẑ)', 'atan2', [p.norm('‖w⊥‖', wPerp), wz]);
  const phi = p.oddIn('φ = atan2(w⊥·ŷ, w⊥·x̂)', 'atan2', p.dot('w⊥·ŷ', wPerp, y), [p.dot('w⊥·x̂', wPerp, x)]);
  const r2p = p.nonlinear("r′", `${i.transform}(r)`, [r, i.params]);
  const t2 = p.nonlinear("θ′", `${i.transform}(θ)`, [theta, i.params]);
  const f2 = p.nonlinear("φ′", `${i.transform}(φ)`, [phi, i.params]);
  const azimuth = p.add("cos φ′·x̂ + sin φ′·ŷ", p.scale("cos φ′·x̂", p.nonlinear('cos φ′', 'cos', [f2]), x), p.scale("sin φ′·ŷ", p.nonlinear('sin φ′', 'sin', [f2]), y));
  const dir = p.add("ẑ cos θ′ + (…) sin θ′", p.scale("ẑ cos θ′", p.nonlinear('cos θ′', 'cos', [t2]), z), p.scale("(…) sin θ′", p.nonlinear('sin θ′', 'sin', [t2]), azimuth));
  const output = p.add("q′ = o + r′·(ẑ cos θ′ + (x̂ cos φ′ + ŷ sin φ′) sin θ′)", o, p.scale("r′·(…)", r2p, dir));
  return { output, logDet: p.nonlinear('log|det|', 'the spline log-derivatives, log r and log sin θ', [r, theta, phi, i.params]) };
}

export function typeCartesian(p: TypedProgram, i: ProjectionInputs): ProjectionTyping {
  const o = i.refs[0]!;
  const smallIdentity = i.options['small_identity'] === true;
  const basis = (k: number, v: Typed) => (smallIdentity ? p.addFixedAxis(`b${k} + 1e-6·e${k - 1}`, v, `axis 1e-6·e${k - 1}`) : v);
  const b1 = basis(1, i.vectors[1]!);
  const z = p.axis(p.normalize('ẑ = b₁/‖b₁‖', b1));
  const axes: Typed[] = [z];
  if (i.dim === 2) {
    axes.push(p.axis(p.turn90('ŷ = Rot(π/2)·ẑ', z)));
  } else {
    const b2 = p.normalize('x̃ = b₂/‖b₂‖', basis(2, i.vectors[2]!));
    const x = p.axis(p.normalize('x̂ ∝ x̃ − (x̃·ẑ)ẑ', p.sub('x̃ − (x̃·ẑ)ẑ', b2, p.scale('(x̃·ẑ)ẑ', p.dot('x̃·ẑ', b2, z), z))));
    axes.push(x, p.axis(p.normalize('ŷ = ẑ × x̂', p.cross('ẑ × x̂', z, x))));
  }
  const w = p.sub('w = q − o', i.q, o);
  const names = ['ẑ', i.dim === 2 ? 'ŷ' : 'x̂', 'ŷ'];
  let output = o;
  const coordinates: Typed[] = [];
  axes.forEach((axis, k) => {
    const u = p.dot(`u${k} = w·${names[k]}`, w, axis);
    coordinates.push(u);
    const u2 = p.nonlinear(`u${k}′`, `${i.transform}(u${k})`, [u, i.params]);
    output = p.add(`o + Σ u′·axes`, output, p.scale(`u${k}′·${names[k]}`, u2, axis));
  });
  return { output, logDet: p.nonlinear('log|det|', `the ${i.transform} log-derivatives`, [...coordinates, i.params]) };
}

export function typeVector(p: TypedProgram, i: ProjectionInputs): ProjectionTyping {
  const ref = i.refs[0]!;
  const w = p.sub('w = q − p', i.q, ref);
  const r = p.norm('r = ‖w‖', w);
  const direction = p.axis(p.normalize('ŵ = w/r', w));
  const r2 = p.nonlinear("r′", `${i.transform}(r)`, [r, i.params]);
  const output = p.add("q′ = p + r′·ŵ", ref, p.scale("r′·ŵ", r2, direction));
  return { output, logDet: p.nonlinear('log|det|', `the ${i.transform} log-derivative and (d−1)·log(r′/r)`, [r, r2, i.params]) };
}

export function typeNone(p: TypedProgram, i: ProjectionInputs): ProjectionTyping {
  const u = p.components('qₖ (lab-axis coordinates of q)', i.q);
  const u2 = p.nonlinear("qₖ′", `${i.transform}(qₖ)`, [u, i.params]);
  return { output: p.fromComponents("q′ = (q₁′, …, q_d′)", u2, 'point'), logDet: p.nonlinear('log|det|', `the ${i.transform} log-derivatives`, [u, i.params]) };
}

export const projectionTypings: Readonly<Record<string, (p: TypedProgram, i: ProjectionInputs) => ProjectionTyping>> = {
  spherical: typeSpherical,
  cartesian: typeCartesian,
  vector: typeVector,
  none: typeNone,
};
