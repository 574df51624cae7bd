/**
 * Parameter layout of the stdlib's networks (method §4.2, §4.3, §5.4, §7): names, shapes and
 * initialisers. Lowering calls these; the reference interpreter reads tensors by the same names.
 * Weights are [fan_in, fan_out] row-major; every Linear has a bias.
 */
import type { EgnnConfig, Init, ParamSpec, TransformerConfig } from './ir.js';

export type ParamSink = (spec: ParamSpec) => void;

const defaultLinearInit = (fanIn: number): Init => ({ kind: 'truncated_normal', std: 1 / Math.sqrt(fanIn) });
export const varianceScaling = (scale: number, fanIn: number, fanOut: number, mode: 'fan_in' | 'fan_avg' = 'fan_avg', distribution: 'uniform' | 'truncated_normal' = 'uniform'): Init => ({ kind: 'variance_scaling', scale, mode, distribution, fanIn, fanOut });

export function linear(sink: ParamSink, name: string, fanIn: number, fanOut: number, init: Init = defaultLinearInit(fanIn), biasInit: Init = { kind: 'zeros' }): void {
  sink({ name: `${name}.w`, shape: [fanIn, fanOut], init });
  sink({ name: `${name}.b`, shape: [fanOut], init: biasInit });
}

function layerNorm(sink: ParamSink, name: string, width: number): void {
  sink({ name: `${name}.scale`, shape: [width], init: { kind: 'ones' } });
  sink({ name: `${name}.offset`, shape: [width], init: { kind: 'zeros' } });
}

/**
 * StableMLP(units, activateFinal) (method §4.2): lin0, then per further hidden width [ln_k, lin_k]
 * (residual when the width is unchanged); with activateFinal = false the last unit is a plain `out` Linear.
 */
export function stableMlp(sink: ParamSink, name: string, input: number, units: readonly number[], activateFinal: boolean, finalInit?: Init): void {
  const hidden = activateFinal ? units : units.slice(0, -1);
  let width = input;
  hidden.forEach((u, k) => {
    if (k > 0) layerNorm(sink, `${name}.ln${k}`, width);
    linear(sink, `${name}.lin${k}`, width, u);
    width = u;
  });
  if (!activateFinal) {
    const out = units[units.length - 1]!;
    linear(sink, `${name}.out`, width, out, finalInit ?? defaultLinearInit(width));
  }
}

/** Width of the EGNN edge input: [h_j, h_i, ℓ² per channel, κ_j, κ_i] (method §4.3). */
export function egnnEdgeInput(c: EgnnConfig): number {
  const cross = c.crossMultiplicity && c.vectors > 1 ? 2 * c.vectors * (c.vectors - 1) : 0;
  return 2 * c.features + c.vectors + cross;
}

export function egnnParams(sink: ParamSink, name: string, c: EgnnConfig): void {
  const typed = c.numTypes > 1;
  sink({ name: `${name}.embed`, shape: typed ? [c.numTypes, c.embedding] : [1], init: { kind: 'normal', std: 1 } });
  linear(sink, `${name}.h0`, typed ? c.embedding : 1, c.features);
  const last = c.mlp[c.mlp.length - 1]!;
  const M = c.vectors;
  for (let l = 0; l < c.blocks; l++) {
    const b = `${name}.block${l}`;
    stableMlp(sink, `${b}.phi_e`, egnnEdgeInput(c), c.mlp, true);
    stableMlp(sink, `${b}.phi_x`, last, c.mlp, true);
    linear(sink, `${b}.x_out`, last, M, varianceScaling(0.001, last, M));
    if (c.crossMultiplicity && M > 1) {
      stableMlp(sink, `${b}.phi_xc`, last, c.mlp, true);
      linear(sink, `${b}.xc_out`, last, M * (M - 1), varianceScaling(0.001, last, M * (M - 1)));
    }
    linear(sink, `${b}.gate`, last, 1);
    stableMlp(sink, `${b}.phi_h`, last + c.features, [...c.mlp, c.features], false);
  }
  linear(sink, `${name}.h_out`, c.features, c.features);
}

export function transformerParams(sink: ParamSink, name: string, inputWidth: number, c: TransformerConfig): void {
  const W = c.width;
  linear(sink, `${name}.in`, inputWidth, W);
  const attention = varianceScaling(0.1, W, W, 'fan_in', 'truncated_normal');
  for (let l = 0; l < c.layers; l++) {
    const b = `${name}.layer${l}`;
    layerNorm(sink, `${b}.ln1`, W);
    for (const proj of ['query', 'key', 'value', 'out']) linear(sink, `${b}.${proj}`, W, W, attention);
    layerNorm(sink, `${b}.ln2`, W);
    let width = W;
    [...c.mlp, W].forEach((u, k) => {
      linear(sink, `${b}.mlp${k}`, width, u);
      width = u;
    });
  }
  linear(sink, `${name}.final`, W, c.output, varianceScaling(0.01, W, c.output, 'fan_in', 'truncated_normal'), varianceScaling(0.01, c.output, c.output, 'fan_in', 'truncated_normal'));
}
