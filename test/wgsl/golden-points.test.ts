/**
 * The independent golden vectors of ../shared/data/golden/components.json for whole coupling points — the
 * spherical (3D) and polar (2D) frame with its three or two splines, the Cartesian projection (affine or
 * spline), the vector projection (one or more radial steps) — run through the generated WGSL inner kernels in
 * float32: forward and inverse point and log-det within 1e-4 relative (the reference meets them to 1e-10,
 * test/reference/golden-components.test.ts). Each case is node 0 of a three-node system (two would make a 3D
 * frame degenerate, which the checker refuses); nodes 1 and 2 repeat its point and reference vectors with zero
 * coefficients, an identity that adds nothing to the log-det.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useGpu } from '../helpers/gpu.js';
import { packageRoot } from '../../compiler/bind/modules.js';
import { compile } from '../../compiler/compile.js';
import type { Op, SplineSpec } from '../../compiler/ir/ir.js';
import { prepareOps } from '../../backends/wgsl/op-runner.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type InnerOp = Extract<Op, { kind: 'inner' }>;
const golden = (JSON.parse(readFileSync(join(packageRoot(), '..', 'shared', 'data', 'golden', 'components.json'), 'utf8')) as { cases: Json[] }).cases;
const gpu = useGpu();
/** Nodes per system. */
const N = 3;

/** The projection clause of a one-coupling flow that has this case's configuration. */
function projectionOf(c: Json): string {
  const i = c.inputs;
  if (c.kind === 'spherical_coupling_point') return 'project spherical';
  if (c.kind === 'vector_proj_point') return `project vector(inner ${i.steps.length})`;
  return `project cartesian(small_identity ${i.add_small_identity}) transform ${i.transform.type === 'spline' ? 'spline' : 'affine'}`;
}

/** The case's reference vectors for one step (relative to a conditioning point at the origin). */
function vectorsOf(c: Json, step: number): number[][] {
  const i = c.inputs;
  if (c.kind === 'spherical_coupling_point') return i.dim === 3 ? [i.origin, i.z_point, i.o_point] : [i.origin, i.y_point];
  if (c.kind === 'vector_proj_point') return [i.steps[step].ref_point];
  return [i.origin, ...i.basis_vectors];
}

/** The case's coefficients for one step, laid out as the inner op reads them (per coordinate 3K + 1 spline logits; or logits then shifts). */
function coefficientsOf(c: Json, step: number): { values: number[]; splines: Json[] } {
  const i = c.inputs;
  if (c.kind === 'spherical_coupling_point') return { values: i.splines.flatMap((s: Json) => s.params), splines: i.splines };
  if (c.kind === 'vector_proj_point') return { values: i.steps[step].spline.params, splines: [i.steps[step].spline] };
  if (i.transform.type === 'spline') return { values: i.transform.splines.flatMap((s: Json) => s.params), splines: i.transform.splines };
  return { values: [...i.transform.scale_logit, ...i.transform.shift], splines: [] };
}

const sameConfig = (spec: SplineSpec, s: Json) =>
  spec.bins === s.num_bins && Math.abs(spec.lo - s.range_min) < 1e-12 && Math.abs(spec.hi - s.range_max) < 1e-12 && Math.abs(spec.minBinSize - s.min_bin_size) < 1e-15 && spec.minKnotSlope === s.min_knot_slope && spec.boundary === s.boundary_slopes;

async function runCase(c: Json, direction: 'forward' | 'inverse'): Promise<{ q: number[]; logDet: number }> {
  const d: number = c.inputs.dim;
  const flow = compile(`flow g {\n  system particles ${N}, dim ${d}\n  couple x | a ${projectionOf(c)} condition egnn(layers 1, mlp [8, 8], features 8, head [8])\n}`, { noCheck: true });
  const fn = flow.module[direction];
  const ops = fn.ops.filter((op): op is InnerOp => op.kind === 'inner');
  let q: number[] = direction === 'forward' ? c.inputs.q : c.inputs.q_prime;
  let logDet = 0;
  // The ops in the function's order (a vector projection's steps run backwards in the inverse).
  for (const op of ops) {
    const { values, splines } = coefficientsOf(c, op.index);
    if (op.transform.kind === 'spline') op.transform.splines.forEach((spec, k) => expect(sameConfig(spec, splines[k]), `${c.id}: spline ${k} configuration`).toBe(true));
    const vectors = vectorsOf(c, op.index);
    const nvec = vectors.length;
    const M = nvec * op.count;
    const vec = new Float32Array(N * M * d);
    for (let node = 0; node < N; node++) vectors.forEach((v, k) => vec.set(v, (node * M + op.index * nvec + k) * d));
    const coefficients = new Float32Array(N * values.length);
    coefficients.set(values); // the other nodes' stay zero: the identity
    const runner = await prepareOps(gpu(), flow.module, fn, [op], new Map());
    const inputs = new Map<number, Float32Array<ArrayBuffer>>([
      [op.trans, Float32Array.from(Array.from({ length: N }, () => q).flat())],
      [op.cond, new Float32Array(N * d)],
      [op.coefficients, coefficients],
    ]);
    if (op.vectors !== undefined) inputs.set(op.vectors, vec);
    const [points, ld] = (await runner.run(inputs, 1, [op.result, op.logDet])) as [Float32Array, Float32Array];
    runner.dispose();
    for (let node = 1; node < N; node++) expect(Array.from(points.subarray(node * d, (node + 1) * d)).every((v, k) => Math.abs(v - q[k]!) < 1e-4 * Math.max(1, Math.abs(q[k]!))), `${c.id}: node ${node} stays put`).toBe(true);
    q = Array.from(points.subarray(0, d));
    logDet += ld[0]!;
  }
  return { q, logDet };
}

const kinds = ['spherical_coupling_point', 'cartesian_proj_point', 'vector_proj_point'];

describe('golden coupling points on WGSL (float32)', () => {
  it.each(kinds)('%s: every case, forward and inverse, within 1e-4 relative', async (kind) => {
    const cases = golden.filter((c) => c.kind === kind);
    expect(cases.length).toBeGreaterThan(8);
    let worst = 0;
    for (const c of cases)
      for (const direction of ['forward', 'inverse'] as const) {
        const got = await runCase(c, direction);
        const q: number[] = c.expected[`${direction}_q`];
        const scale = Math.max(1, ...q.map(Math.abs));
        q.forEach((v, k) => {
          worst = Math.max(worst, Math.abs(got.q[k]! - v) / scale);
          expect(Math.abs(got.q[k]! - v), `${c.id} ${direction} q[${k}]`).toBeLessThan(1e-4 * scale);
        });
        const ld: number = c.expected[`${direction}_log_det`];
        expect(Math.abs(got.logDet - ld), `${c.id} ${direction} log-det`).toBeLessThan(1e-4 * Math.max(1, Math.abs(ld)));
      }
    expect(worst).toBeGreaterThan(0); // float32 against float64 values: the comparison compares something
  }, 120_000);
});
