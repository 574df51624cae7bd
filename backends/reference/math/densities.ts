/** Base densities, the augmented target, the marginal estimate and the ESS metrics (method §2, §11), float64. */
import { LOG_2PI, logSumExp } from './vec.js';

// The base densities (log q0 on the zero-CoM subspace, log π(a|x)) live in backends/base.ts (shared with the standalone WGSL module).
export { augmentedLogProb, comFreeNormalLogProb } from '../../base.js';

export interface MarginalSummary {
  readonly logQHat: number[];
  readonly marginalLogLik: number;
  readonly nll: number;
  readonly lowerBoundMarginalGap: number;
  readonly varLogW: number;
}

/** From log w [B][K]: log q̂ = logsumexp_k − log K, its mean, the gap to the bound and var log w. */
export function marginalFromLogWeights(logW: readonly (readonly number[])[]): MarginalSummary {
  const logQHat = logW.map((row) => logSumExp(row) - Math.log(row.length));
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const marginalLogLik = mean(logQHat);
  const meanLogW = mean(logW.map(mean));
  const varLogW = mean(logW.map((row) => mean(row.map((v) => (v - mean(row)) ** 2))));
  return { logQHat, marginalLogLik, nll: -marginalLogLik, lowerBoundMarginalGap: marginalLogLik - meanLogW, varLogW };
}

/** Reverse ESS as a fraction: 1 / Σ softmax(log w)² / N. */
export function reverseEss(logW: readonly number[]): number {
  const lse = logSumExp(logW);
  let sumSq = 0;
  for (const v of logW) sumSq += Math.exp(2 * (v - lse));
  return 1 / sumSq / logW.length;
}

/** Forward ESS: 1 / (mean(w)·mean(1/w)), in log space. */
export function forwardEss(logW: readonly number[]): { ess: number; logEss: number } {
  const logN = Math.log(logW.length);
  const logEss = -(logSumExp(logW.map((v) => -v)) - logN) - (logSumExp(logW) - logN);
  return { ess: Math.exp(logEss), logEss };
}
