/**
 * The conditioners as typed programs (method §4, §5.4): what they read and what they output.
 * EGNN reads only distances and sums over neighbours, so its features are invariant and its vectors
 * equivariant; the transformer reads raw coordinates, so its features are not rotation-invariant.
 */
import type { TypedProgram } from '../../compiler/check/symmetry/program.js';
import type { Typed } from '../../compiler/check/symmetry/rules.js';

export interface ConditionerTyping {
  /** Per-particle features h (input of the conditioner heads). */
  readonly features: Typed;
  /** Per-particle equivariant displacement vectors v_k, or undefined when the conditioner has none. */
  readonly vectors: Typed | undefined;
}

/** Inputs: `c`, the conditioning half's positions (points), and the per-particle feature `node`. */
export function typeEgnn(p: TypedProgram, c: Typed, node: Typed): ConditionerTyping {
  const centre = p.mean('mean(c)', c);
  const v0 = p.sub('V⁰ = c − mean(c)', c, centre);
  const delta = p.sub('Δᵢⱼ = Vᵢ − Vⱼ', v0, v0);
  const length = p.norm('‖Δᵢⱼ‖', delta);
  const crossChannel = p.norm('‖Vᵢᶜ − Vᵢᶜ′‖', p.sub('Vᵢᶜ − Vᵢᶜ′', v0, v0));
  const message = p.nonlinear('mᵢⱼ', 'the message MLP φₑ', [node, length, crossChannel]);
  const weight = p.nonlinear('sᵢⱼ', 'the coordinate MLP φₓ', [message]);
  const update = p.scale('sᵢⱼ·Δᵢⱼ/(1 + ‖Δᵢⱼ‖)', weight, delta);
  const v = p.add('V = V⁰ + Σⱼ sᵢⱼ·Δᵢⱼ/(1 + ‖Δᵢⱼ‖)', v0, update);
  const hidden = p.nonlinear('hᵢ', 'the node MLP φₕ', [message, node]);
  const features = p.nonlinear('h_out', 'softmax and a linear layer', [hidden]);
  return { features, vectors: p.sub('vₖ = V³ − V⁰', v, v0) };
}

export function typeTransformer(p: TypedProgram, c: Typed, node: Typed): ConditionerTyping {
  const raw = p.components('flatten(cᵢ)', c);
  // Self-attention without positional encoding treats particles as a set: per-particle in, per-particle out.
  const features = p.nonlinear('h', 'the transformer', [raw, node]);
  return { features, vectors: undefined };
}
