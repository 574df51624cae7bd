/**
 * The gradient function: reverse mode over the IR's `inverse` (compiled training, docs/design/compiled-training.md
 * §1). Maximum likelihood differentiates the density direction: for data z (x with one augmented draw,
 * centred) the primal runs `inverse`, then the frame barriers, log q = log q0(z0) + log-det, the loss
 * ℓ = −log q + w_aux·aux and the example's mask (method §9.1); the adjoint program seeds ℓ̄ with the masked
 * loss weight and walks the primal backwards, one `vjp` per op, summing adjoints of values read twice.
 *
 * The loss weight is an input, not the batch mean, so FAB's importance-weighted loss (method §10) reuses the
 * same function. A `vjp` adds the adjoints of the parameters its primal op reads (`params`) into the
 * gradient of those parameters, by name; values that depend on no parameter get no adjoint.
 */
import type { IRModule, Op, ValueInfo } from './ir.js';
import { barrierWeight, hasBarrier } from './barrier.js';
import { operandsOf, resultsOf } from './print.js';

/** The mean frame barrier of one inner op (method §9.1), already multiplied by its weight in the aux loss. */
export interface BarrierOp {
  readonly kind: 'barrier';
  readonly result: number;
  readonly vectors: number;
  /** Index in `primal` of the inner op whose frame vectors these are. */
  readonly inner: number;
  readonly weight: number;
}

/** log q(z) = log q0(z0) + log-det of the inverse (method §2.3): the base density's two factors. */
export interface LogQOp {
  readonly kind: 'log_q';
  readonly result: number;
  readonly z: number;
  readonly logDet: number;
}

/** aux = Σ barriers; ℓ = −log q + w_aux·aux (method §9.1). */
export interface LossOp {
  readonly kind: 'loss';
  readonly result: number;
  readonly aux: number;
  readonly logQ: number;
  readonly barriers: readonly number[];
  readonly auxWeight: number;
}

/**
 * The example's effective weight: `weight` when ℓ is finite and log q ≥ floor, else 0 (method §9.1's masking).
 * Not differentiated: it seeds the adjoint program. A backend skips a masked example's adjoint entirely, so
 * a NaN forward contributes exactly zero, never NaN·0.
 */
export interface MaskOp {
  readonly kind: 'mask';
  readonly result: number;
  readonly loss: number;
  readonly logQ: number;
  readonly weight: number;
  readonly floor: number;
}

export type PrimalOp = Op | BarrierOp | LogQOp | LossOp | MaskOp;

/** The adjoints of `primal[op]`'s operands (undefined: not needed) from those of its results (undefined: zero). */
export interface VjpOp {
  readonly kind: 'vjp';
  readonly op: number;
  readonly seeds: readonly (number | undefined)[];
  readonly results: readonly (number | undefined)[];
}

export interface AccumulateOp {
  readonly kind: 'accumulate';
  readonly result: number;
  readonly a: number;
  readonly b: number;
}

export type AdjointOp = VjpOp | AccumulateOp;

export interface GradientFunction {
  readonly name: 'gradient';
  /** inverse's values (same ids), then the loss's and the adjoints'. */
  readonly values: readonly ValueInfo[];
  readonly primal: readonly PrimalOp[];
  readonly adjoint: readonly AdjointOp[];
  readonly input: number;
  /** Scalar input: this example's loss weight (ML: 1/B; FAB: its importance weight). */
  readonly weight: number;
  readonly outputs: {
    readonly loss: number;
    readonly logQ: number;
    readonly aux: number;
    /** The effective (masked) weight. */
    readonly weight: number;
    /** ∂(weight·ℓ)/∂z, when asked for (reverse KL and FAB differentiate through samples). */
    readonly inputAdjoint: number | undefined;
  };
  /** Parameters that receive a gradient, in layout order. */
  readonly params: readonly string[];
}

export interface GradientOptions {
  /** w_aux; 0 drops the barrier ops. */
  readonly auxWeight: number;
  /** Examples with log q below this are masked (method §9.1: −1e4). */
  readonly logQFloor?: number;
  readonly inputAdjoint?: boolean;
}

export function primalOperands(op: PrimalOp): number[] {
  switch (op.kind) {
    case 'barrier':
      return [op.vectors];
    case 'log_q':
      return [op.z, op.logDet];
    case 'loss':
      return [op.logQ, ...op.barriers];
    case 'mask':
      return [op.loss, op.logQ, op.weight];
    default:
      return operandsOf(op);
  }
}

export function primalResults(op: PrimalOp): number[] {
  switch (op.kind) {
    case 'barrier':
    case 'log_q':
    case 'mask':
      return [op.result];
    case 'loss':
      return [op.result, op.aux];
    default:
      return resultsOf(op);
  }
}

/** The parameter prefix an op reads, if any. */
export const paramsOf = (op: PrimalOp): string | undefined => ('params' in op ? op.params : undefined);

class ValueTable {
  readonly values: ValueInfo[];
  constructor(values: readonly ValueInfo[]) {
    this.values = [...values];
  }
  add(shape: readonly number[], hint: string): number {
    const id = this.values.length;
    this.values.push({ id, shape, dtype: 'f64', hint });
    return id;
  }
  adjointOf(id: number): number {
    const v = this.values[id]!;
    return this.add(v.shape, `${v.hint}_bar`);
  }
}

/** The primal: inverse's ops, the barriers of its framed inner ops, log q, the loss and the mask. */
function buildPrimal(m: IRModule, table: ValueTable, options: GradientOptions): { primal: PrimalOp[]; weight: number; loss: LossOp; mask: MaskOp; logQ: number } {
  const f = m.inverse;
  const primal: PrimalOp[] = [...f.ops];
  const barriers: number[] = [];
  if (options.auxWeight > 0)
    f.ops.forEach((op, index) => {
      if (op.kind !== 'inner' || op.vectors === undefined || !hasBarrier(op, m.system.dim)) return;
      const result = table.add([], 'barrier');
      primal.push({ kind: 'barrier', result, vectors: op.vectors, inner: index, weight: barrierWeight(f.ops, op) });
      barriers.push(result);
    });
  const logQ = table.add([], 'logq');
  primal.push({ kind: 'log_q', result: logQ, z: f.outputs.z, logDet: f.outputs.logDet });
  const loss: LossOp = { kind: 'loss', result: table.add([], 'loss'), aux: table.add([], 'aux'), logQ, barriers, auxWeight: options.auxWeight };
  primal.push(loss);
  const weight = table.add([], 'weight');
  const mask: MaskOp = { kind: 'mask', result: table.add([], 'w'), loss: loss.result, logQ, weight, floor: options.logQFloor ?? -1e4 };
  primal.push(mask);
  return { primal, weight, loss, mask, logQ };
}

/** Values that depend on a parameter (or on the input, when its adjoint is asked for): those that need adjoints. */
function varyingValues(primal: readonly PrimalOp[], input: number, withInput: boolean): Set<number> {
  const varying = new Set<number>(withInput ? [input] : []);
  for (const op of primal) {
    if (op.kind === 'mask') continue;
    if (paramsOf(op) !== undefined || primalOperands(op).some((v) => varying.has(v))) for (const r of primalResults(op)) varying.add(r);
  }
  return varying;
}

export function buildGradient(m: IRModule, options: GradientOptions): GradientFunction {
  const f = m.inverse;
  const table = new ValueTable(f.values);
  const { primal, weight, loss, mask, logQ } = buildPrimal(m, table, options);
  const withInput = options.inputAdjoint ?? false;
  const varying = varyingValues(primal, f.input, withInput);
  const adjointIds = new Map<number, number>([[loss.result, mask.result]]);
  const adjoint: AdjointOp[] = [];
  for (let index = primal.length - 1; index >= 0; index--) {
    const op = primal[index]!;
    if (op.kind === 'mask') continue;
    const seeds = primalResults(op).map((r) => adjointIds.get(r));
    if (seeds.every((s) => s === undefined)) continue;
    const operands = primalOperands(op);
    const needed = operands.map((v) => varying.has(v));
    if (!needed.some(Boolean) && paramsOf(op) === undefined) continue;
    const results = operands.map((v, k) => (needed[k] ? table.adjointOf(v) : undefined));
    adjoint.push({ kind: 'vjp', op: index, seeds, results });
    operands.forEach((v, k) => {
      const contribution = results[k];
      if (contribution === undefined) return;
      const previous = adjointIds.get(v);
      if (previous === undefined) return void adjointIds.set(v, contribution);
      const sum = table.adjointOf(v);
      adjoint.push({ kind: 'accumulate', result: sum, a: previous, b: contribution });
      adjointIds.set(v, sum);
    });
  }
  const used = new Set(primal.map(paramsOf).filter((p): p is string => p !== undefined));
  const params = m.params.map((p) => p.name).filter((name) => [...used].some((prefix) => name.startsWith(`${prefix}.`)));
  return {
    name: 'gradient',
    values: table.values,
    primal,
    adjoint,
    input: f.input,
    weight,
    outputs: { loss: loss.result, logQ, aux: loss.aux, weight: mask.result, inputAdjoint: withInput ? adjointIds.get(f.input) : undefined },
    params,
  };
}
