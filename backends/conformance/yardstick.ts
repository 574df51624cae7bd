/**
 * What a property's differences are measured in. On the float64 reference: relative to the compared value,
 * |Δ| / max(1, |v|). On a float32 backend (the suite has an oracle): in units of σ32, that value's own float32
 * round-off scale at that input, from the Monte-Carlo model of round-off.ts run on the oracle. A float32
 * tolerance is then a factor over what float32 can do there: small where the map is well-conditioned (a planted
 * 1e-3 log-det error is hundreds of σ32 on the test architectures), larger only where the map itself amplifies
 * round-off (degenerate frames), not everywhere.
 */
import type { Direction } from '../../compiler/ir/ir.js';
import type { RunResult } from '../backend.js';
import { centreJoint, densityFrom } from '../base.js';
import type { Flow } from '../flow.js';
import type { ParamStore } from '../reference/nets/params.js';
import { EPS32, jitteredRuns, roundedWeights, type JitteredRuns } from './round-off.js';

/** Per-row units of a map's outputs. */
export interface Units {
  readonly z: Float64Array;
  readonly logDet: Float64Array;
}

export interface Yardstick {
  /** 'relative': |Δ| / max(1, |v|); 'σ32': |Δ| over the float32 round-off scale of the value. */
  readonly unit: 'relative' | 'σ32';
  /** Units of `direction`'s outputs at inputs z (rows); `values` are what the outputs are compared with. */
  map(direction: Direction, z: Float64Array, batch: number, values: RunResult): Promise<Units>;
  /** Units of log q(x, a) (rows), given the compared values. */
  logProb(x: Float64Array, a: Float64Array, batch: number, values: Float64Array): Promise<Float64Array>;
  /** The unit of a difference of two quantities with units u and v (one float32 error each, so they add). */
  joint(u: number, v: number): number;
}

const maxAbs = (v: ArrayLike<number>, from = 0, to = v.length) => {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
};

export const relativeYardstick: Yardstick = {
  unit: 'relative',
  async map(_direction, z, batch, values) {
    const size = z.length / batch;
    return {
      z: Float64Array.from({ length: batch }, (_, b) => Math.max(1, maxAbs(values.z, b * size, (b + 1) * size))),
      logDet: values.logDet.map((v) => Math.max(1, Math.abs(v))),
    };
  },
  async logProb(_x, _a, _batch, values) {
    return values.map((v) => Math.max(1, Math.abs(v)));
  },
  joint: Math.max,
};

/** The float32 yardstick on an oracle (the same flow on the reference); memoised per input row. */
export class RoundOffYardstick implements Yardstick {
  readonly unit = 'σ32';
  private readonly rounded: ParamStore;
  private readonly memo = new Map<string, JitteredRuns>();

  constructor(private readonly oracle: Flow) {
    this.rounded = roundedWeights(oracle);
  }

  async map(direction: Direction, z: Float64Array, batch: number): Promise<Units> {
    const rows = this.rows(direction, z, batch);
    return {
      z: Float64Array.from(rows, (r) => EPS32 * Math.max(1, maxAbs(r.exact.z)) + Math.max(...r.jittered.map((j) => maxDiff(j.z, r.exact.z)))),
      logDet: Float64Array.from(rows, (r) => spread(r.exact.logDet[0]!, r.jittered.map((j) => j.logDet[0]!))),
    };
  }

  async logProb(x: Float64Array, a: Float64Array, batch: number): Promise<Float64Array> {
    const z = centreJoint(this.oracle, this.oracle.pack(x, a, batch), batch);
    const density = (r: RunResult) => densityFrom(this.oracle, this.oracle.module.base, r.z, r.logDet, 1)[0]!;
    return Float64Array.from(this.rows('inverse', z, batch), (r) => spread(density(r.exact), r.jittered.map(density)));
  }

  joint(u: number, v: number): number {
    return u + v;
  }

  private rows(direction: Direction, z: Float64Array, batch: number): JitteredRuns[] {
    const size = z.length / batch;
    return Array.from({ length: batch }, (_, b) => {
      const row = z.slice(b * size, (b + 1) * size);
      const key = `${direction}:${row.join(',')}`;
      let runs = this.memo.get(key);
      if (!runs) this.memo.set(key, (runs = jitteredRuns(this.oracle, this.rounded, direction, row)));
      return runs;
    });
  }
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** ε32·(1 + |v|) (rounding v itself) plus the jittered runs' worst deviation from v. */
function spread(exact: number, jittered: readonly number[]): number {
  return EPS32 * (1 + Math.abs(exact)) + Math.max(...jittered.map((j) => Math.abs(j - exact)));
}
