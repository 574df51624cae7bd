/**
 * What one point of an inner op (node i, channel ch: method §5) hands its projection, and what the
 * projection hands back, as reusable scratch: the point q, the conditioning point c, the reference vectors
 * v_k (relative) and c + v_k (absolute), the mapped point; backward, the adjoints of all of them and of the
 * point's coefficients. A PointMap is one projection's change of coordinates around τ, forward and reverse.
 */
import type { Coordinate } from './coordinate.js';
import { vec3 } from './vec3.js';

type Three = readonly [Float64Array, Float64Array, Float64Array];
const three = (): Three => [vec3(), vec3(), vec3()];

export class PointBuffers {
  readonly q = vec3();
  readonly c = vec3();
  /** v_k, the reference vectors as the conditioner gave them (Cartesian's basis reads these). */
  readonly rel = three();
  /** c + v_k, the absolute reference points (origins and frame points read these). */
  readonly refs = three();
  readonly out = vec3();
  /** Backward inputs: the adjoints of the mapped point and of the op's summed log-det. */
  readonly outBar = vec3();
  logDetBar = 0;
  /** Backward outputs, zeroed by the kernel before each point. */
  readonly qBar = vec3();
  readonly refBars = three();
  readonly relBars = three();
  readonly coefficientBar: Float64Array;

  constructor(coefficientsPerPoint: number) {
    this.coefficientBar = new Float64Array(coefficientsPerPoint);
  }

  /** Plain loops: TypedArray.fill's call overhead dominates on three entries. */
  clearBars(): void {
    const { qBar, refBars, relBars, coefficientBar } = this;
    for (let j = 0; j < 3; j++) {
      qBar[j] = 0;
      refBars[0][j] = refBars[1][j] = refBars[2][j] = 0;
      relBars[0][j] = relBars[1][j] = relBars[2][j] = 0;
    }
    for (let j = 0; j < coefficientBar.length; j++) coefficientBar[j] = 0;
  }
}

export interface PointMap {
  /** Maps p.q into p.out with τ (each coordinate already loaded with the point's coefficients); returns the log-det. */
  forward(p: PointBuffers, tau: readonly Coordinate[]): number;
  /**
   * Recomputes the forward, then adds the adjoints of q, refs, rel and the coefficients (into the cleared
   * p.qBar, p.refBars, p.relBars, p.coefficientBar) from p.outBar and p.logDetBar.
   */
  backward(p: PointBuffers, tau: readonly Coordinate[]): void;
}

/** Coordinate k's evaluator; the kernel makes one per coordinate the projection maps. */
export function coordinate(tau: readonly Coordinate[], k: number): Coordinate {
  const t = tau[k];
  if (!t) throw new Error(`inner op: no evaluator for coordinate ${k}`);
  return t;
}

/**
 * τ backwards for one coordinate: pulls the coefficients' adjoints and returns the input's adjoint
 * v̄ = ȳ·τ′ + ℓ̄·(log τ′)′ (every τ_k's log-det enters the op's sum once).
 */
export function coordinateVjp(t: Coordinate, valueBar: number, logDetBar: number, p: PointBuffers): number {
  t.differentiate();
  t.pull(valueBar, logDetBar, p.coefficientBar);
  return valueBar * t.dValue + logDetBar * t.dLogDet;
}
