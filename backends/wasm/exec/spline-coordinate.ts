/**
 * The rational-quadratic spline with linear tails (method §6.2) as a per-point Coordinate, in preallocated
 * scratch: load turns the 3K + 1 logits [K width | K height | K + 1 slope] into the knots once per point,
 * apply finds the bin with a loop and evaluates it, differentiate and pull give the reverse mode. The formulas
 * are the reference's (math/spline.ts, spline-adjoint.ts, spline-knots-adjoint.ts), rearranged so that only
 * what one point reads is computed: the two slopes of its bin (or its tail's one), and knot adjoints for the
 * bin's two edges only.
 */
import type { SplineSpec } from '../../../compiler/ir/ir.js';
import type { Coordinate } from './coordinate.js';
import type { Batch } from './op-kernel.js';
import { sigmoid, softplus } from './vec3.js';
import { addEdgeLogitsBar, binEdges, findBin } from './spline-knots.js';
import { BinPartials } from './spline-bin.js';

const clip01 = (v: number) => Math.min(1, Math.max(0, v));

/** Which piece of the spline the last input fell on. */
const LOWER_TAIL = -1;
const INTERIOR = 0;
const UPPER_TAIL = 1;

export class SplineCoordinate implements Coordinate {
  value = 0;
  logDet = 0;
  dValue = 0;
  dLogDet = 0;
  private readonly K: number;
  /** softplus's shift log(e^{1 − minSlope} − 1): slope logit 0 gives slope 1. */
  private readonly slopeOffset: number;
  private readonly xPos: Float64Array;
  private readonly yPos: Float64Array;
  /** The softmax probabilities behind the widths and heights (their pullback needs them). */
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  private readonly slopeLogits: Float64Array;
  private readonly bin = new BinPartials();
  private piece = INTERIOR;
  private k = 0;
  /** The forward's input x (the solved x for the inverse). */
  private x = 0;
  /** The forward map's ∂value/∂x and ∂logDet/∂x at x (the inverse's derivatives come from them). */
  private forwardDValue = 0;
  private forwardDLogDet = 0;

  /** first: where this coordinate's logits start within the point's coefficients. */
  constructor(
    private readonly spec: SplineSpec,
    private readonly first: number,
    private readonly forward: boolean,
  ) {
    const K = spec.bins;
    this.K = K;
    this.slopeOffset = Math.log(Math.expm1(1 - spec.minKnotSlope));
    this.xPos = new Float64Array(K + 1);
    this.yPos = new Float64Array(K + 1);
    this.px = new Float64Array(K);
    this.py = new Float64Array(K);
    this.slopeLogits = new Float64Array(K + 1);
  }

  load(coefficients: Batch, pointAt: number): void {
    const { K, spec } = this;
    const at = pointAt + this.first;
    binEdges(coefficients, at, K, spec, this.px, this.xPos);
    binEdges(coefficients, at + K, K, spec, this.py, this.yPos);
    for (let j = 0; j <= K; j++) this.slopeLogits[j] = coefficients[at + 2 * K + j]!;
  }

  /**
   * The knots and the two softmaxes (4K + 2 floats): what load spends its 2K exponentials on. The slope logits
   * are re-read from the coefficients (the slopes are computed on demand).
   */
  get savedLength(): number {
    return 4 * this.K + 2;
  }

  save(saved: Float64Array, at: number): void {
    const K = this.K;
    for (let j = 0; j <= K; j++) {
      saved[at + j] = this.xPos[j]!;
      saved[at + K + 1 + j] = this.yPos[j]!;
    }
    for (let j = 0; j < K; j++) {
      saved[at + 2 * K + 2 + j] = this.px[j]!;
      saved[at + 3 * K + 2 + j] = this.py[j]!;
    }
  }

  restore(coefficients: Batch, pointAt: number, saved: Float64Array, at: number): void {
    const K = this.K;
    for (let j = 0; j <= K; j++) {
      this.xPos[j] = saved[at + j]!;
      this.yPos[j] = saved[at + K + 1 + j]!;
      this.slopeLogits[j] = coefficients[pointAt + this.first + 2 * K + j]!;
    }
    for (let j = 0; j < K; j++) {
      this.px[j] = saved[at + 2 * K + 2 + j]!;
      this.py[j] = saved[at + 3 * K + 2 + j]!;
    }
  }

  /** Knot slope j (splineKnots' slopes[j]), computed on demand: a point reads at most two. */
  private slopeAt(j: number): number {
    const boundary = this.spec.boundary;
    if (boundary === 'identity' && (j === 0 || j === this.K)) return 1;
    const source = boundary === 'circular' && j === this.K ? 0 : j;
    return softplus(this.slopeLogits[source]! + this.slopeOffset) + this.spec.minKnotSlope;
  }

  apply(input: number): void {
    if (this.forward) this.applyForward(input);
    else this.applyInverse(input);
  }

  private applyForward(x: number): void {
    const { K, xPos } = this;
    this.x = x;
    if (x <= xPos[0]! || x >= xPos[K]!) {
      this.piece = x <= xPos[0]! ? LOWER_TAIL : UPPER_TAIL;
      const end = this.piece === LOWER_TAIL ? 0 : K;
      const slope = this.slopeAt(end);
      this.value = (x - xPos[end]!) * slope + xPos[end]!;
      this.logDet = Math.log(slope);
      return;
    }
    this.enterBin(findBin(xPos, K, x));
    const bin = this.bin;
    bin.setZ(clip01((x - xPos[this.k]!) / bin.w));
    this.value = bin.value();
    this.logDet = bin.logDet();
  }

  private applyInverse(y: number): void {
    const { K, xPos, yPos } = this;
    if (y <= yPos[0]! || y >= yPos[K]!) {
      this.piece = y <= yPos[0]! ? LOWER_TAIL : UPPER_TAIL;
      const end = this.piece === LOWER_TAIL ? 0 : K;
      const slope = this.slopeAt(end);
      this.value = (y - yPos[end]!) / slope + xPos[end]!;
      this.logDet = -Math.log(slope);
      this.x = this.value;
      return;
    }
    this.enterBin(findBin(yPos, K, y));
    const bin = this.bin;
    bin.setZ(bin.inverseZ(y));
    this.value = xPos[this.k]! + bin.w * bin.z;
    this.logDet = -bin.logDet();
    this.x = this.value;
  }

  private enterBin(k: number): void {
    this.piece = INTERIOR;
    this.k = k;
    this.bin.set(this.xPos[k]!, this.xPos[k + 1]!, this.yPos[k]!, this.yPos[k + 1]!, this.slopeAt(k), this.slopeAt(k + 1));
  }

  differentiate(): void {
    if (this.piece === INTERIOR) {
      this.bin.differentiate();
      this.forwardDValue = this.bin.valueZ / this.bin.w;
      this.forwardDLogDet = this.bin.logDetZ / this.bin.w;
    } else {
      this.forwardDValue = this.slopeAt(this.piece === LOWER_TAIL ? 0 : this.K);
      this.forwardDLogDet = 0;
    }
    // The inverse G = F⁻¹ at y: G′ = 1/F′(x), and its log-det −L(G(y)) has derivative −L′(x)/F′(x).
    this.dValue = this.forward ? this.forwardDValue : 1 / this.forwardDValue;
    this.dLogDet = this.forward ? this.forwardDLogDet : -this.forwardDLogDet / this.forwardDValue;
  }

  pull(valueBar: number, logDetBar: number, pointBar: Float64Array): void {
    // The inverse pulls back through the forward at the solved x (implicit function theorem, spline-adjoint.ts).
    const vb = this.forward ? valueBar : (-valueBar + logDetBar * this.forwardDLogDet) / this.forwardDValue;
    const lb = this.forward ? logDetBar : -logDetBar;
    if (this.piece === INTERIOR) this.pullBin(vb, lb, pointBar);
    else {
      const end = this.piece === LOWER_TAIL ? 0 : this.K;
      const slope = this.slopeAt(end);
      // The tail's edge (lo or hi) is a constant: only its slope has an adjoint.
      this.addSlopeBar(end, vb * (this.x - this.xPos[end]!) + lb / slope, pointBar);
    }
  }

  /** Bin k's knot adjoints (its two edges in x and y, its two slopes), then through softmax and softplus. */
  private pullBin(vb: number, lb: number, pointBar: Float64Array): void {
    const { K, k } = this;
    const b = this.bin;
    const zBar = vb * b.valueZ + lb * b.logDetZ;
    const sBar = vb * b.valueS + lb * b.logDetS;
    const hBar = vb * b.valueH;
    const z = b.z;
    const at = this.first;
    // ∂z/∂x_k = (z − 1)/w, ∂z/∂x_{k+1} = −z/w; ∂s/∂x_k = s/w = −∂s/∂x_{k+1}; ∂s/∂y_{k+1} = 1/w = −∂s/∂y_k.
    const xk = (zBar * (z - 1) + sBar * b.s) / b.w;
    const xk1 = -(zBar * z + sBar * b.s) / b.w;
    const yk = vb - hBar - sBar / b.w;
    const yk1 = hBar + sBar / b.w;
    addEdgeLogitsBar(this.px, K, this.spec, k, xk, xk1, pointBar, at);
    addEdgeLogitsBar(this.py, K, this.spec, k, yk, yk1, pointBar, at + K);
    this.addSlopeBar(k, vb * b.valueD0 + lb * b.logDetD0, pointBar);
    this.addSlopeBar(k + 1, vb * b.valueD1 + lb * b.logDetD1, pointBar);
  }

  /** Slope j's adjoint → its logit ('circular' slope K is slope 0's; 'identity' end slopes are constants). */
  private addSlopeBar(j: number, bar: number, pointBar: Float64Array): void {
    const boundary = this.spec.boundary;
    if (boundary === 'identity' && (j === 0 || j === this.K)) return;
    const source = boundary === 'circular' && j === this.K ? 0 : j;
    const at = this.first + 2 * this.K + source;
    pointBar[at] = pointBar[at]! + bar * sigmoid(this.slopeLogits[source]! + this.slopeOffset);
  }
}
