/**
 * The rational-quadratic spline (math/spline.ts, method §6.2) with its derivatives, for reverse mode
 * (compiled training, step 1): the value and log-det, their derivatives in the input, and a pullback to the
 * 3K + 1 raw logits.
 *
 * Where it is not differentiable: the bin search is piecewise constant, so it contributes nothing; at a
 * knot (and at lo, hi) the value is C¹ in the input and the logits, but the log-det only continuous, and
 * we return the one-sided derivative of the piece the forward chose (the bin to the right, or the tail at
 * lo/hi). clip01 of z never cuts more than rounding (the bin search already puts the input in the bin),
 * so the derivatives are those of the unclipped formula.
 */
import { binAt, findBin, forwardBinZ, inverseBinZ, splineForward, splineInverse, splineKnots, type Bin, type Knots, type SplineConfig } from './spline.js';
import { addKnotsBarToLogits, zeroKnotsBar, type KnotsBar } from './spline-knots-adjoint.js';
import type { MappedGrad } from './mapped-grad.js';

/** The forward map's derivatives on the piece (a tail or a bin) that holds one point. */
interface ForwardPartials {
  /** ∂value/∂x. */
  readonly dValue: number;
  /** ∂logDet/∂x. */
  readonly dLogDet: number;
  /** Adds valueBar·∂value/∂knots + logDetBar·∂logDet/∂knots into bar. */
  addKnotsBar(valueBar: number, logDetBar: number, bar: KnotsBar): void;
}

/** The linear tail through (edge, edge) with slope slopes[end]: value (x − edge)·δ + edge, log-det log δ. */
function tailPartials(knots: Knots, end: number, x: number): ForwardPartials {
  const slope = knots.slopes[end]!;
  // The tail's edge is lo or hi, a constant (splineKnots sets it exactly), so only the slope has an adjoint.
  const fromEdge = x - knots.xPos[end]!;
  return {
    dValue: slope,
    dLogDet: 0,
    addKnotsBar: (valueBar, logDetBar, bar) => {
      bar.slopes[end] = bar.slopes[end]! + valueBar * fromEdge + logDetBar / slope;
    },
  };
}

/** Partial derivatives of one output of a bin's rational quadratic in (z, s = h/w, h, δ_k, δ_{k+1}). */
interface LocalPartials {
  readonly z: number;
  readonly s: number;
  readonly h: number;
  readonly d0: number;
  readonly d1: number;
}

/**
 * value = y_k + h·num/den and logDet = 2 log s + log m − 2 log den (method §6.2), with q = z(1 − z),
 * num = s z² + δ_k q, den = s + (δ_{k+1} + δ_k − 2s) q, m = δ_{k+1} z² + 2 s q + δ_k (1 − z)².
 */
function rationalQuadraticPartials(bin: Bin, z: number): { value: LocalPartials; logDet: LocalPartials } {
  const { h, s, d0, d1 } = bin;
  const q = z * (1 - z);
  const dq = 1 - 2 * z;
  const curvature = d1 + d0 - 2 * s;
  const den = s + curvature * q;
  const ratio = (s * z * z + d0 * q) / den;
  const m = d1 * z * z + 2 * s * q + d0 * (1 - z) * (1 - z);
  // Quotient rule: ∂(num/den) = (∂num − ratio·∂den)/den; ∂den/∂s = 1 − 2q, ∂den/∂δ = q.
  const value = {
    z: (h * (2 * s * z + d0 * dq - ratio * curvature * dq)) / den,
    s: (h * (z * z - ratio * (1 - 2 * q))) / den,
    h: ratio,
    d0: (h * q * (1 - ratio)) / den,
    d1: (-h * q * ratio) / den,
  };
  const logDet = {
    z: (2 * d1 * z + 2 * s * dq - 2 * d0 * (1 - z)) / m - (2 * curvature * dq) / den,
    s: 2 / s + (2 * q) / m - (2 * (1 - 2 * q)) / den,
    h: 0,
    d0: ((1 - z) * (1 - z)) / m - (2 * q) / den,
    d1: (z * z) / m - (2 * q) / den,
  };
  return { value, logDet };
}

/**
 * Bin k at position z: chains the local partials through z = (x − x_k)/w, s = h/w, w = x_{k+1} − x_k,
 * h = y_{k+1} − y_k to the four knot positions and two slopes the bin reads.
 */
function binPartials(knots: Knots, k: number, z: number): ForwardPartials {
  const bin = binAt(knots, k);
  const { w, s } = bin;
  const local = rationalQuadraticPartials(bin, z);
  return {
    dValue: local.value.z / w,
    dLogDet: local.logDet.z / w,
    addKnotsBar: (valueBar, logDetBar, bar) => {
      const along = (key: keyof LocalPartials) => valueBar * local.value[key] + logDetBar * local.logDet[key];
      const [zBar, sBar, hBar] = [along('z'), along('s'), along('h')];
      // ∂z/∂x_k = (z − 1)/w, ∂z/∂x_{k+1} = −z/w; ∂s/∂x_k = s/w = −∂s/∂x_{k+1}; ∂s/∂y_{k+1} = 1/w = −∂s/∂y_k.
      bar.xPos[k] = bar.xPos[k]! + (zBar * (z - 1) + sBar * s) / w;
      bar.xPos[k + 1] = bar.xPos[k + 1]! - (zBar * z + sBar * s) / w;
      bar.yPos[k] = bar.yPos[k]! + valueBar - hBar - sBar / w;
      bar.yPos[k + 1] = bar.yPos[k + 1]! + hBar + sBar / w;
      bar.slopes[k] = bar.slopes[k]! + along('d0');
      bar.slopes[k + 1] = bar.slopes[k + 1]! + along('d1');
    },
  };
}

/** The forward's partials at x, on the piece splineForward evaluates (same tests, same bin, same z). */
function forwardPartialsAt(knots: Knots, x: number): ForwardPartials {
  const K = knots.xPos.length - 1;
  if (x <= knots.xPos[0]!) return tailPartials(knots, 0, x);
  if (x >= knots.xPos[K]!) return tailPartials(knots, K, x);
  const k = findBin(knots.xPos, x);
  return binPartials(knots, k, forwardBinZ(binAt(knots, k), x));
}

/** The forward's partials at the point splineInverse solved for y (x = its value), on the piece it used. */
function forwardPartialsAtSolution(knots: Knots, y: number, x: number): ForwardPartials {
  const K = knots.yPos.length - 1;
  if (y <= knots.yPos[0]!) return tailPartials(knots, 0, x);
  if (y >= knots.yPos[K]!) return tailPartials(knots, K, x);
  const k = findBin(knots.yPos, y);
  return binPartials(knots, k, inverseBinZ(binAt(knots, k), y));
}

/** The pullback through the knots and then the logits; params are copied, so later edits do not leak in. */
function pullbackToLogits(params: ArrayLike<number>, c: SplineConfig, partials: ForwardPartials): MappedGrad['pullback'] {
  const saved = Float64Array.from(params);
  return (valueBar, logDetBar, coefBar, offset) => {
    const bar = zeroKnotsBar(c.bins);
    partials.addKnotsBar(valueBar, logDetBar, bar);
    addKnotsBarToLogits(saved, c, bar, coefBar, offset);
  };
}

/** splineForward(splineKnots(params, c), x) (value and log-det bit for bit) with its derivatives. */
export function splineForwardGrad(params: ArrayLike<number>, c: SplineConfig, x: number): MappedGrad {
  const knots = splineKnots(params, c);
  const { value, logDet } = splineForward(knots, x);
  const partials = forwardPartialsAt(knots, x);
  return { value, logDet, dValue: partials.dValue, dLogDet: partials.dLogDet, pullback: pullbackToLogits(params, c, partials) };
}

/**
 * splineInverse(splineKnots(params, c), y) (value and log-det bit for bit) with its derivatives, by the
 * implicit function theorem at the solved x = G(y) of F(x) = y: G_y = 1/F_x, G_θ = −F_θ/F_x; the log-det
 * −L(G(y)) has ∂/∂y = −L_x/F_x and ∂/∂θ = −L_θ + L_x·F_θ/F_x. So the pullback is the forward's with
 * valueBar' = (−valueBar + logDetBar·L_x)/F_x and logDetBar' = −logDetBar.
 */
export function splineInverseGrad(params: ArrayLike<number>, c: SplineConfig, y: number): MappedGrad {
  const knots = splineKnots(params, c);
  const { value, logDet } = splineInverse(knots, y);
  const forward = forwardPartialsAtSolution(knots, y, value);
  const pull = pullbackToLogits(params, c, forward);
  return {
    value,
    logDet,
    dValue: 1 / forward.dValue,
    dLogDet: -forward.dLogDet / forward.dValue,
    pullback: (valueBar, logDetBar, coefBar, offset) => pull((-valueBar + logDetBar * forward.dLogDet) / forward.dValue, -logDetBar, coefBar, offset),
  };
}
