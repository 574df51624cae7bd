/**
 * A Monte-Carlo model of float32 round-off for one flow, run on the float64 reference: the same map with the
 * weights rounded to float32 and every op's inputs and outputs multiplied by (1 + ξ·ε32), ξ uniform in (−1, 1)
 * (randomised rounding at op granularity, after Monte-Carlo arithmetic / CESTAC). How far these runs land from
 * the exact float64 run is the float32 scale of z and of the log-det at that input: it grows where the map is
 * ill-conditioned (nearly collinear frame vectors, points near a pole or a frame origin, flat spline regions),
 * because the jitter enters every layer and the float64 map amplifies it there, as it amplifies real float32
 * round-off. Rounding inside an op (Gram–Schmidt, EGNN sums) is not modelled, hence the calibrated factor in
 * suite.ts.
 */
import { resultsOf } from '../../compiler/ir/print.js';
import type { Direction, Op } from '../../compiler/ir/ir.js';
import type { Flow } from '../flow.js';
import type { RunResult } from '../backend.js';
import { runFunction, type Values } from '../reference/interpreter.js';
import type { ParamStore } from '../reference/nets/params.js';
import { NormalStream, Streams } from '../rng.js';

/** float32 machine epsilon (2⁻²³): the jitter's amplitude and the floor of every scale. */
export const EPS32 = 2 ** -23;

/** How many jittered runs per input: the scale is their worst deviation (one draw can cancel by chance). */
export const JITTER_DRAWS = 2;

function jitterer(draw: number): (v: number) => number {
  const rng = new NormalStream(draw, Streams.verify);
  return (v) => v * (1 + (2 * rng.uniform() - 1) * EPS32);
}

/** The exact float64 run of one row and JITTER_DRAWS jittered runs of it. */
export interface JitteredRuns {
  readonly exact: RunResult;
  readonly jittered: readonly RunResult[];
}

/** Runs `direction` on one row z of the reference flow, exactly and jittered. */
export function jitteredRuns(reference: Flow, rounded: ParamStore, direction: Direction, z: Float64Array): JitteredRuns {
  const { module } = reference;
  const f = direction === 'forward' ? module.forward : module.inverse;
  const asRun = (r: { z: Float64Array; logDet: number }): RunResult => ({ z: r.z, logDet: Float64Array.of(r.logDet) });
  const exact = asRun(runFunction(f, module, reference.weights, z));
  const jittered = Array.from({ length: JITTER_DRAWS }, (_, draw) => {
    const jitter = jitterer(draw);
    const hook = (op: Op, values: Values) => {
      for (const id of resultsOf(op)) {
        const v = values[id];
        values[id] = typeof v === 'number' ? jitter(v) : v?.map(jitter);
      }
    };
    return asRun(runFunction(f, module, rounded, z.map(jitter), undefined, hook));
  });
  return { exact, jittered };
}

/** The reference's weights as float32 would hold them (every float32 backend rounds them once). */
export function roundedWeights(reference: Flow): ParamStore {
  return new Map([...reference.weights].map(([name, v]) => [name, v.map(Math.fround)]));
}
