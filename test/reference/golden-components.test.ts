/**
 * The reference's component formulas against ../shared/data/golden/components.json (an independent float64
 * implementation, 80-bit expected values): every expected leaf, with the case's tolerance and overrides.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../compiler/bind/modules.js';
import { splineForward, splineInverse, splineKnots, type SplineConfig } from '../../backends/reference/math/spline.js';
import { affineForward, affineInverse, affineScale } from '../../backends/reference/math/affine.js';
import * as F from '../../backends/reference/math/frames.js';
import * as D from '../../backends/reference/math/densities.js';
import { doubleWellEnergy, lennardJonesEnergy } from '../../backends/reference/math/energies.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const golden = JSON.parse(readFileSync(join(packageRoot(), '..', 'shared', 'data', 'golden', 'components.json'), 'utf8')) as Json;

function splineConfig(s: Json): SplineConfig {
  return { bins: s.num_bins, lo: s.range_min, hi: s.range_max, minBinSize: s.min_bin_size, minKnotSlope: s.min_knot_slope, boundary: s.boundary_slopes };
}

const flat = (v: Json): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);

/** What our implementation computes for one case, keyed like `expected`. */
function compute(c: Json): Record<string, Json> {
  const i = c.inputs;
  switch (c.kind) {
    case 'rqs': {
      const knots = splineKnots(i.params, splineConfig(i));
      const fwd = i.x.map((x: number) => splineForward(knots, x));
      const inv = i.y.map((y: number) => splineInverse(knots, y));
      return { x_pos: [...knots.xPos], y_pos: [...knots.yPos], knot_slopes: [...knots.slopes], forward_y: fwd.map((m: Json) => m.value), forward_log_det: fwd.map((m: Json) => m.logDet), inverse_x: inv.map((m: Json) => m.value), inverse_log_det: inv.map((m: Json) => m.logDet) };
    }
    case 'affine': {
      const fwd = i.x.map((x: number, k: number) => affineForward(i.scale_logit[k], i.shift[k], x));
      const inv = i.y.map((y: number, k: number) => affineInverse(i.scale_logit[k], i.shift[k], y));
      return { scale: i.scale_logit.map(affineScale), forward_y: fwd.map((m: Json) => m.value), forward_log_det: fwd.map((m: Json) => m.logDet), forward_log_det_sum: fwd.reduce((s: number, m: Json) => s + m.logDet, 0), inverse_x: inv.map((m: Json) => m.value), inverse_log_det: inv.map((m: Json) => m.logDet) };
    }
    case 'spherical3d': {
      const f = F.sphericalFrame(i.origin, i.z_point, i.o_point);
      const to = F.toSpherical(i.q, i.origin, f);
      const from = F.fromSpherical(i.sph_in, i.origin, f);
      return { x_hat: f.x, y_hat: f.y, z_hat: f.z, sph: to.coords, log_det_to_sph: to.logDet, cart_out: from.q, log_det_to_cart: from.logDet };
    }
    case 'polar2d': {
      const u = F.polarAxis(i.origin, i.y_point);
      const to = F.toPolar(i.q, i.origin, u);
      const from = F.fromPolar(i.polar_in, i.origin, u);
      return { u_hat: u, polar: to.coords, log_det_to_polar: to.logDet, cart_out: from.q, log_det_to_cart: from.logDet };
    }
    case 'spherical_coupling_point':
      return sphericalCoupling(i);
    case 'cartesian_proj_point':
      return cartesianCoupling(i);
    case 'vector_proj_point':
      return vectorCoupling(i);
    case 'com_gaussian_logprob':
      return { log_prob: D.comFreeNormalLogProb(flat(i.x), i.x.length, i.x[0].length) };
    case 'aug_conditional_logprob':
    case 'joint_base_logprob': {
      const n = i.x.length;
      const d = i.x[0].length;
      const A = i.a[0].length;
      const aug = D.augmentedLogProb(flat(i.x), flat(i.a), n, A, d, i.eta);
      const base = D.comFreeNormalLogProb(flat(i.x), n, d);
      return c.kind === 'aug_conditional_logprob' ? { log_prob: aug } : { log_prob_x: base, log_prob_a_given_x: aug, log_prob: base + aug };
    }
    case 'marginal_log_lik': {
      const m = D.marginalFromLogWeights(i.log_w);
      return { log_q_hat: m.logQHat, marginal_log_lik: m.marginalLogLik, nll: m.nll, lower_bound_marginal_gap: m.lowerBoundMarginalGap, var_log_w: m.varLogW };
    }
    case 'reverse_ess':
      return { ess: D.reverseEss(i.log_w) };
    case 'forward_ess': {
      const f = D.forwardEss(i.log_w);
      return { ess: f.ess, log_ess: f.logEss };
    }
    case 'energy_dw4': {
      const e = doubleWellEnergy(flat(i.x), i.x.length, i.x[0].length, { a: 0, b: -4, c: 0.9, d0: 4 });
      return { energy: e, log_prob: -e };
    }
    case 'energy_lj13': {
      const e = lennardJonesEnergy(flat(i.x), i.x.length, i.x[0].length, { epsilon: 1, rm: 1, oscillator: 0.5 });
      return { lj_energy: e.lj, harmonic_energy: e.harmonic, energy: e.total, log_prob: -e.total };
    }
    default:
      throw new Error(`unknown golden kind ${c.kind}`);
  }
}

function sphericalCoupling(i: Json): Record<string, Json> {
  const knots = i.splines.map((s: Json) => splineKnots(s.params, splineConfig(s)));
  const three = i.dim === 3;
  const frame = three ? F.sphericalFrame(i.origin, i.z_point, i.o_point) : undefined;
  const u = three ? undefined : F.polarAxis(i.origin, i.y_point);
  const run = (q: number[], forward: boolean) => {
    const to = three ? F.toSpherical(q, i.origin, frame!) : F.toPolar(q, i.origin, u!);
    const mapped = to.coords.map((v, k) => (forward ? splineForward(knots[k], v) : splineInverse(knots[k], v)));
    const out = mapped.map((m: Json) => m.value);
    const back = three ? F.fromSpherical(out, i.origin, frame!) : F.fromPolar(out, i.origin, u!);
    const splineLd = mapped.map((m: Json) => m.logDet);
    return { sphIn: to.coords, sphOut: out, splineLd, q: back.q, logDet: splineLd.reduce((s: number, v: number) => s + v, 0) + to.logDet + back.logDet };
  };
  const f = run(i.q, true);
  const b = run(i.q_prime, false);
  return { forward_sph_in: f.sphIn, forward_sph_out: f.sphOut, forward_spline_log_dets: f.splineLd, forward_q: f.q, forward_log_det: f.logDet, inverse_sph_in: b.sphIn, inverse_sph_out: b.sphOut, inverse_spline_log_dets: b.splineLd, inverse_q: b.q, inverse_log_det: b.logDet };
}

function cartesianCoupling(i: Json): Record<string, Json> {
  const columns = F.cartesianBasis(i.basis_vectors, i.add_small_identity);
  const t = i.transform;
  const knots = t.type === 'spline' ? t.splines.map((s: Json) => splineKnots(s.params, splineConfig(s))) : [];
  const tau = (forward: boolean): F.CoordinateMap => (k, v) =>
    t.type === 'spline' ? (forward ? splineForward(knots[k], v) : splineInverse(knots[k], v)) : forward ? affineForward(t.scale_logit[k], t.shift[k], v) : affineInverse(t.scale_logit[k], t.shift[k], v);
  const f = F.cartesianMap(i.q, i.origin, columns, tau(true));
  const b = F.cartesianMap(i.q_prime, i.origin, columns, tau(false));
  return { basis_columns: columns, forward_u: f.u, forward_u_out: f.uOut, forward_q: f.q, forward_log_det: f.logDet, inverse_u: b.u, inverse_u_out: b.uOut, inverse_q: b.q, inverse_log_det: b.logDet };
}

function vectorCoupling(i: Json): Record<string, Json> {
  const steps = i.steps.map((s: Json) => ({ p: s.ref_point, knots: splineKnots(s.spline.params, splineConfig(s.spline)) }));
  const run = (q0: number[], forward: boolean) => {
    let q = q0;
    let logDet = 0;
    const rIn: number[] = [];
    const rOut: number[] = [];
    for (const step of forward ? steps : [...steps].reverse()) {
      const m = F.radialMap(q, step.p, (r) => (forward ? splineForward(step.knots, r) : splineInverse(step.knots, r)));
      q = m.q;
      logDet += m.logDet;
      rIn.push(m.rIn);
      rOut.push(m.rOut);
    }
    return { q, logDet, rIn, rOut };
  };
  const f = run(i.q, true);
  const b = run(i.q_prime, false);
  return { forward_q: f.q, forward_log_det: f.logDet, forward_radii_in: f.rIn, forward_radii_out: f.rOut, inverse_q: b.q, inverse_log_det: b.logDet, inverse_radii_in: b.rIn, inverse_radii_out: b.rOut };
}

function wrapAngle(v: number): number {
  const w = ((v + Math.PI) % (2 * Math.PI) + 2 * Math.PI) % (2 * Math.PI) - Math.PI;
  return w === -Math.PI ? Math.PI : w;
}

describe('golden component vectors', () => {
  it('covers all 160 cases', () => expect(golden.cases.length).toBe(160));

  it.each(golden.cases.map((c: Json) => [c.id, c]))('%s', (_id, c: Json) => {
    const got = compute(c);
    const tol = c.tolerance;
    for (const [key, expected] of Object.entries(c.expected)) {
      const { rtol, atol } = tol.overrides?.[key] ?? tol;
      const e = flat(expected);
      const g = flat(got[key]);
      expect(g.length, key).toBe(e.length);
      e.forEach((ev, k) => {
        const path = `${key}[${k}]`;
        const diff = (tol.angles_mod_2pi ?? []).includes(path) ? wrapAngle(g[k]! - ev) : g[k]! - ev;
        expect(Math.abs(diff), `${path}: got ${g[k]} expected ${ev}`).toBeLessThanOrEqual(atol + rtol * Math.abs(ev));
      });
    }
  });
});
