/**
 * The aux frame-barrier loss (method §5.1, §5.2, §9.1): the tfjs value agrees with the float64 reference,
 * is positive where 3D frames exist, absent in 2D and for Vector-proj, and its gradient is finite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { createTfjsBackend, weightTensors } from '../../backends/tfjs/index.js';
import { tf } from '../../backends/tfjs/tf.js';
import { planFunction } from '../../backends/tfjs/plan.js';
import { logQWithAuxTf } from '../../backends/tfjs/train/objective.js';
import { referenceAuxLoss } from '../../backends/reference/aux.js';
import { bijectorCount } from '../../backends/frame-barrier.js';
import { normals } from '../../backends/rng.js';

beforeAll(async () => {
  await createTfjsBackend('wasm');
});

const narrow = 'egnn(layers 1, mlp [8, 8], features 8, head [8, 8])';
const spec = (dim: number, clause: string) => `flow f {\n  system particles 5, dim ${dim}\n  couple x | a ${clause}\n  couple a | x ${clause}\n  scaling\n}`;

/** B systems (x, a) near a random configuration, and the centred joint points the inverse receives. */
function batch(B: number, n: number, d: number) {
  const x = Float64Array.from(normals(3, 0, 0, B * n * d));
  const a = x.map((v, k) => v + 0.1 * normals(3, 1, 0, B * n * d)[k]!);
  const z = Array.from({ length: B }, (_, b) => {
    const mean = Array.from({ length: d }, (_, k) => Array.from({ length: n }, (_, i) => x[(b * n + i) * d + k]!).reduce((s, v) => s + v, 0) / n);
    return Float64Array.from({ length: n * 2 * d }, (_, r) => {
      const [i, c, k] = [Math.floor(r / (2 * d)), Math.floor(r / d) % 2, r % d];
      return (c === 0 ? x : a)[(b * n + i) * d + k]! - mean[k]!;
    });
  });
  return { x, a, z };
}

function auxOnTfjs(source: string, B: number) {
  const flow = compile(source, { noCheck: true });
  const weights = randomWeights(flow.module, 2);
  const { n, dim: d } = flow.module.system;
  const data = batch(B, n, d);
  const tfAux = tf.tidy(() => {
    const out = logQWithAuxTf(flow.module, planFunction(flow.module.inverse), weightTensors(flow.module, weights), tf.tensor(Float32Array.from(data.x), [B, n, d]), tf.tensor(Float32Array.from(data.a), [B, n, 1, d]), true);
    return out.aux ? Array.from(out.aux.dataSync()) : undefined;
  });
  return { flow, weights, data, tfAux };
}

describe('aux loss', () => {
  it.each([
    ['spherical', `project spherical condition ${narrow}`],
    ['cartesian', `project cartesian(small_identity true) transform spline(bins 4) condition ${narrow}`],
  ])('%s 3D: tfjs agrees with the float64 reference and is positive', (_name, clause) => {
    const { flow, weights, data, tfAux } = auxOnTfjs(spec(3, clause), 4);
    const reference = data.z.map((z) => referenceAuxLoss(flow.module, weights, z));
    expect(tfAux).toBeDefined();
    reference.forEach((r, b) => {
      expect(r).toBeGreaterThan(0);
      expect(Math.abs(tfAux![b]! - r)).toBeLessThan(1e-4 * Math.max(1, r));
    });
  });

  it('averages over the bijectors: two couplings and a scaling layer count 3', () => {
    const flow = compile(spec(3, `project spherical condition ${narrow}`), { noCheck: true });
    expect(bijectorCount(flow.module.inverse.ops)).toBe(3);
  });

  it.each([
    ['spherical 2D', 2, `project spherical condition ${narrow}`],
    ['vector 3D', 3, `project vector(inner 2) condition ${narrow}`],
  ])('%s has no barrier: the aux loss is 0', (_name, dim, clause) => {
    const { tfAux } = auxOnTfjs(spec(dim, clause), 2);
    expect(tfAux).toEqual([0, 0]);
  });

  it('has a finite gradient', () => {
    const flow = compile(spec(3, `project spherical condition ${narrow}`), { noCheck: true });
    const weights = weightTensors(flow.module, randomWeights(flow.module, 2));
    const { n, dim: d } = flow.module.system;
    const data = batch(2, n, d);
    const vars = [...weights.values()].map((t) => tf.variable(t));
    const params = new Map([...weights.keys()].map((k, i) => [k, vars[i]! as tf.Tensor]));
    const norm = tf.tidy(() => {
      const { grads } = tf.variableGrads(() => tf.sum(logQWithAuxTf(flow.module, planFunction(flow.module.inverse), params, tf.tensor(Float32Array.from(data.x), [2, n, d]), tf.tensor(Float32Array.from(data.a), [2, n, 1, d]), true).aux!) as tf.Scalar, vars);
      return Object.values(grads).reduce((s, g) => s + tf.sum(g.square()).dataSync()[0]!, 0);
    });
    expect(Number.isFinite(norm)).toBe(true);
    expect(norm).toBeGreaterThan(0);
    tf.dispose(vars);
  });
});
