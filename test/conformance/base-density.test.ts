/**
 * The suite's independent base density (backends/conformance/base-density.ts, what "identity init = base
 * density" compares with) against the golden base densities of ../shared/data/golden/components.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../compiler/bind/modules.js';
import { independentAugmentLogProb, independentBaseLogProb, independentComFreeLogProb } from '../../backends/conformance/base-density.js';

interface Golden {
  readonly id: string;
  readonly kind: string;
  readonly inputs: { readonly x: number[][]; readonly a?: number[][][]; readonly eta?: number };
  readonly expected: Record<string, number>;
  readonly tolerance: { readonly rtol: number; readonly atol: number };
}

const cases = (JSON.parse(readFileSync(join(packageRoot(), '..', 'shared', 'data', 'golden', 'components.json'), 'utf8')) as { cases: Golden[] }).cases;
const ofKind = (kind: string) => cases.filter((c) => c.kind === kind).map((c) => [c.id, c] as const);

function sizes(c: Golden) {
  const n = c.inputs.x.length;
  const d = c.inputs.x[0]!.length;
  const A = c.inputs.a?.[0]?.length ?? 0;
  return { n, d, A, x: c.inputs.x.flat(), a: (c.inputs.a ?? []).flat(2) };
}

const within = (got: number, want: number, c: Golden) => expect(Math.abs(got - want), `${c.id}: ${got} vs ${want}`).toBeLessThanOrEqual(c.tolerance.atol + c.tolerance.rtol * Math.abs(want));

describe('independent base density = golden vectors', () => {
  it('has the golden base-density cases', () => {
    expect(ofKind('com_gaussian_logprob').length + ofKind('aug_conditional_logprob').length + ofKind('joint_base_logprob').length).toBe(13);
  });

  it.each(ofKind('com_gaussian_logprob'))('%s: log q0(x) (x not centred)', (_id, c) => {
    const { n, d, x } = sizes(c);
    within(independentComFreeLogProb(x, n, d, 1), c.expected['log_prob']!, c);
  });

  it.each(ofKind('aug_conditional_logprob'))('%s: log π(a | x)', (_id, c) => {
    const { n, d, A, x, a } = sizes(c);
    within(independentAugmentLogProb(x, a, n, A, d, c.inputs.eta!), c.expected['log_prob']!, c);
  });

  it.each(ofKind('joint_base_logprob'))('%s: log q0(x, a)', (_id, c) => {
    const { n, d, A, x, a } = sizes(c);
    within(independentBaseLogProb(x, a, { n, d, A, scale: 1, augmentScale: c.inputs.eta! }), c.expected['log_prob']!, c);
  });
});
