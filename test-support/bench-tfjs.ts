/**
 * `npm run bench` (tfjs part): the EGNN shapes of bench-egnn.ts (n = 13, F = h = 64) as flowc's plan — first
 * message layer factored per node, dense pair grid — against an obvious gather-based plan of the same block
 * (per-edge gathers of h_i, h_j, concat, dense), same weights, same inputs, same run, next to the hand-written
 * tfjs baseline layer; then LJ13 sampling throughput on tfjs next to (block figure ÷ number of EGNN blocks in
 * the flow). Medians of `reps` runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { randomWeights } from '../backends/init.js';
import { Flow } from '../backends/flow.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { createTfjsBackend, weightTensors } from '../backends/tfjs/index.js';
import { tf } from '../backends/tfjs/tf.js';
import { egnnTf } from '../backends/tfjs/ops/egnn.js';
import { linear, safeSquaredNorm, stableMlp, type TfParams } from '../backends/tfjs/ops/nn.js';
import type { Backend } from '../backends/backend.js';
import type { EgnnConfig } from '../compiler/ir/ir.js';
import { EGNN_SHAPES, egnnBenchFlow, measureBaseline, median, type EgnnShape } from './bench-egnn.js';


/** Median wall time of running `f` on every chunk (each chunk in its own tidy, read back to the host). */
function time(inputs: readonly tf.Tensor[], f: (P: tf.Tensor) => tf.Tensor[], reps: number): number {
  const once = () => inputs.forEach((P) => tf.tidy(() => f(P).forEach((t) => t.dataSync())));
  once(); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    once();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** The same block, written the obvious way: gather per edge, concatenate, dense; incidence-matrix sums. */
function gatherBlock(P: tf.Tensor, params: TfParams, name: string, c: EgnnConfig): tf.Tensor[] {
  const [B, n] = P.shape as [number, number, number, number];
  const receivers: number[] = [];
  const senders: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n - 1; j++) [receivers.push(i), senders.push((i + 1 + j) % n)];
  const E = receivers.length;
  const incidence = tf.oneHot(tf.tensor1d(receivers, 'int32'), n).transpose().toFloat(); // [n, E]
  const h = linear(tf.ones([B, n, 1]).mul(params.get(`${name}.embed`)!), params, `${name}.h0`);
  const V = P.sub(tf.mean(P, 1, true));
  const b = `${name}.block0`;
  const r = tf.tensor1d(receivers, 'int32');
  const s = tf.tensor1d(senders, 'int32');
  const delta = tf.gather(V, r, 1).sub(tf.gather(V, s, 1)); // [B, E, 1, d]
  const sq = safeSquaredNorm(delta).reshape([B, E, 1]);
  const input = tf.concat([tf.gather(h, s, 1), tf.gather(h, r, 1), sq], -1);
  const message = stableMlp(input, params, `${b}.phi_e`, c.mlp, true);
  const weights = linear(stableMlp(message, params, `${b}.phi_x`, c.mlp, true), params, `${b}.x_out`).div(tf.sqrt(sq).add(1));
  const sum = (t: tf.Tensor) => tf.matMul(incidence, t.reshape([B, E, -1]).transpose([1, 0, 2]).reshape([E, -1])).reshape([n, B, -1]).transpose([1, 0, 2]);
  const dV = sum(weights.mul(delta.reshape([B, E, -1]))).div(n - 1);
  const gate = tf.sigmoid(linear(message, params, `${b}.gate`));
  const aggregated = sum(message.mul(gate)).div(Math.sqrt(n - 1));
  const hNext = h.add(stableMlp(tf.concat([aggregated, h], -1), params, `${b}.phi_h`, [...c.mlp, c.features], false));
  return [hNext, V.add(dV.reshape(V.shape))];
}

/** flowc's plan and the gather-based plan of one shape, B systems in chunks; ms medians. */
function timeShape(shape: EgnnShape, batch: number, reps: number): { planned: number; gathered: number } {
  const { module, op, weights } = egnnBenchFlow(shape);
  const params = weightTensors(module, weights);
  // B systems in chunks of 512 for both plans: a [4096, 13, 13, 64] float32 grid alone is 177 MB, and
  // tfjs-backend-wasm aborts when its heap runs out.
  const chunk = Math.min(512, batch);
  const inputs = Array.from({ length: Math.ceil(batch / chunk) }, (_, k) => tf.randomNormal([Math.min(chunk, batch - k * chunk), 13, 1, 3], 0, 1, 'float32', 7 + k));
  const planned = time(inputs, (P) => {
    const out = egnnTf(P, undefined, params, op.params, { ...op.config, blocks: 1 });
    return [out.h, out.v];
  }, reps);
  const gathered = time(inputs, (P) => gatherBlock(P, params, op.params, op.config), reps);
  tf.dispose([...inputs, ...params.values()]);
  return { planned, gathered };
}

/** LJ13 Spherical E-ACF sampling (x, log q) on tfjs-wasm, random weights; samples/s and EGNN blocks in the flow. */
function timeLj13Sampling(backend: Backend, batch: number): { rate: number; blocks: number } {
  const file = join(packageRoot(), 'examples', 'lj13.flow');
  const lj13 = compile(readFileSync(file, 'utf8'), { file });
  const flow = new Flow(lj13.module, randomWeights(lj13.module, 1), backend);
  const blocks = lj13.module.forward.ops.reduce((s, o) => s + (o.kind === 'egnn' ? o.config.blocks : 0), 0);
  flow.sample(8, 0);
  const t0 = performance.now();
  flow.sample(batch, 1);
  const rate = batch / ((performance.now() - t0) / 1000);
  flow.dispose();
  return { rate, blocks };
}

export async function benchTfjs(batch = 4096, reps = 3): Promise<void> {
  const backend = await createTfjsBackend('wasm');
  // LJ13 sampling first: the block bench below grows tfjs-backend-wasm's heap, after which large calls were
  // seen to fail ("memory access out of bounds").
  const sampling = timeLj13Sampling(backend, 128);
  const rate = (ms: number) => batch / (ms / 1000);
  let blockRate = 0;
  for (const shape of EGNN_SHAPES) {
    const { planned, gathered } = timeShape(shape, batch, reps);
    console.log(`${shape.label}, B=${batch} (in chunks of 512), tfjs-wasm:`);
    console.log(`  flowc plan (factored, dense grid)  ${planned.toFixed(0).padStart(6)} ms  ${rate(planned).toFixed(0).padStart(7)} systems/s`);
    console.log(`  gather-based plan                  ${gathered.toFixed(0).padStart(6)} ms  ${rate(gathered).toFixed(0).padStart(7)} systems/s`);
    console.log(`  ratio plan / gather: ${(gathered / planned).toFixed(2)}×`);
    if (shape.name === 'layer') {
      const rows = await measureBaseline(['tfjs'], batch, reps);
      const row = rows?.find((r) => r.key === 'tfjs');
      if (row) console.log(`  hand-written tfjs baseline layer (same run, unchunked): ${row.sysPerS.toFixed(0)} systems/s${row.ok ? '' : ' (ACCURACY CHECK FAILED)'}; flowc plan / baseline ${(rate(planned) / row.sysPerS).toFixed(2)}×`);
    } else blockRate = rate(planned);
  }
  console.log(`LJ13 spherical E-ACF sampling (x, log q), tfjs-wasm, B=128: ${sampling.rate.toFixed(1)} samples/s`);
  console.log(`  EGNN-only bound: ${blockRate.toFixed(0)} systems/s / ${sampling.blocks} EGNN blocks = ${(blockRate / sampling.blocks).toFixed(1)} samples/s (the flow's blocks have F = 128, this one 64); heads, frames and splines cost the rest`);
}
