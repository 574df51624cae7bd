/**
 * The conformance suite behind `flowc verify` and the backend tests: runs every property over random
 * data seeds with fast-check, for the group the certificate proves (and any generator the spec claims),
 * and, for each other generator, checks that a counterexample IS found. Reports the worst error per
 * property and a replay seed.
 */
import fc from 'fast-check';
import type { Flow } from '../flow.js';
import type { GeneratorName } from './group.js';
import * as P from './properties.js';

export interface PropertyResult {
  readonly property: string;
  /** 'holds': the error must stay below the tolerance; 'fails': a counterexample must be found. */
  readonly expectation: 'holds' | 'fails';
  readonly worstError: number;
  readonly tolerance: number;
  readonly pass: boolean;
  readonly runs: number;
  /** fast-check's seed (and the failing data seed, when there is one) to replay the run. */
  readonly replay: string;
  readonly counterexample?: number;
}

export interface SuiteOptions {
  readonly runs: number;
  readonly seed: number;
  /** Runs for the finite-difference Jacobian, which costs 20·D evaluations each (0 leaves the property out). */
  readonly jacobianRuns?: number;
  /** Float64 tolerances by property family (the defaults are the issue's targets). */
  readonly tolerances?: Partial<Tolerances>;
}

export interface Tolerances {
  readonly equivariance: number;
  readonly roundTrip: number;
  readonly logDet: number;
  readonly exact: number;
  /** The smallest error that counts as a counterexample for a generator the flow does not keep. */
  readonly counterexample: number;
}

export const float64Tolerances: Tolerances = { equivariance: 1e-10, roundTrip: 1e-10, logDet: 1e-7, exact: 1e-10, counterexample: 1e-6 };

const spatial: readonly GeneratorName[] = ['rotation', 'reflection'];

function runProperty(name: string, f: (seed: number) => number, tolerance: number, runs: number, seed: number, expectation: 'holds' | 'fails'): PropertyResult {
  let worst = 0;
  let culprit: number | undefined;
  const details = fc.check(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (dataSeed) => {
      const error = f(dataSeed);
      if (!(error <= worst)) worst = Number.isNaN(error) ? Infinity : error;
      const within = error <= tolerance;
      if (!within && culprit === undefined) culprit = dataSeed;
      return expectation === 'holds' ? within : true;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  const pass = expectation === 'holds' ? !details.failed : culprit !== undefined;
  return { property: name, expectation, worstError: worst, tolerance, pass, runs: details.numRuns, replay: `fc seed ${seed}${culprit === undefined ? '' : `, data seed ${culprit}`}`, ...(culprit === undefined ? {} : { counterexample: culprit }) };
}

/** Runs the suite on a flow whose weights are already set (random, non-identity, for a meaningful test). */
export function runSuite(flow: Flow, options: SuiteOptions): PropertyResult[] {
  const tol = { ...float64Tolerances, ...options.tolerances };
  const ctx: P.PropertyContext = { flow, identity: P.makeIdentityFlow(flow) };
  // A generator must hold when it is proven or claimed (a claim refused by the checker, verified anyway
  // with --no-check, must then fail with a counterexample); every other generator must be seen to fail.
  const expected = new Set([...flow.module.symmetry.generators, ...flow.module.symmetry.claimed] as GeneratorName[]);
  const { runs, seed } = options;
  const results: PropertyResult[] = [
    runProperty('inverse ∘ forward = id', (s) => P.roundTrip(ctx, s), tol.roundTrip, runs, seed, 'holds'),
    runProperty('x stays centre-of-mass free', (s) => P.comStaysZero(ctx, s), tol.exact, runs, seed, 'holds'),
    runProperty('batch = single', (s) => P.batchEqualsSingle(ctx, s), tol.exact, runs, seed, 'holds'),
    runProperty('sample → logProb', (s) => P.sampleThenLogProb(ctx, s), tol.roundTrip, runs, seed, 'holds'),
    runProperty('identity init = base density', (s) => P.identityIsBase(ctx, s), tol.exact, runs, seed, 'holds'),
  ];
  const jacobianRuns = options.jacobianRuns ?? Math.min(runs, 3);
  if (jacobianRuns > 0) results.splice(1, 0, runProperty('log-det vs finite differences', (s) => P.logDetVsFiniteDifferences(ctx, s), tol.logDet, jacobianRuns, seed, 'holds'));
  if (flow.module.target) results.push(runProperty(`energy (${flow.module.target.kind}) = independent formula`, (s) => P.energyMatches(ctx, s), tol.exact, runs, seed, 'holds'));
  const groups: GeneratorName[] = ['translation', ...spatial, flow.module.system.typeIds ? 'typed-permutation' : 'permutation'];
  if (flow.module.system.typeIds) groups.push('permutation');
  for (const g of groups) {
    const expectation = expected.has(g) ? 'holds' : 'fails';
    const tolerance = expectation === 'holds' ? tol.equivariance : tol.counterexample;
    results.push(runProperty(`log q invariant under ${g}`, (s) => P.densityInvariance(g)(ctx, s), tolerance, runs, seed, expectation));
    if (g !== 'translation') {
      results.push(runProperty(`forward equivariant under ${g}`, (s) => P.forwardEquivariance(g)(ctx, s), tolerance, runs, seed, expectation));
      results.push(runProperty(`inverse equivariant under ${g}`, (s) => P.inverseEquivariance(g)(ctx, s), tolerance, runs, seed, expectation));
    }
  }
  return results;
}
