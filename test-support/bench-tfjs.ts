/**
 * `npm run bench` (tfjs part): one EGNN block (n = 13, F = h = 64, MLP [64, 64]) as flowc's plan — first
 * message layer factored per node, dense pair grid — against an obvious gather-based plan of the same block
 * (per-edge gathers of h_i, h_j, concat, dense), same weights, same inputs, same run; then LJ13 sampling
 * throughput on tfjs next to (block figure ÷ number of EGNN blocks in the flow). Medians of `reps` runs.
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
import type { EgnnConfig } from '../compiler/ir/ir.js';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

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

export async function benchTfjs(batch = 4096, reps = 3): Promise<void> {
  const backend = await createTfjsBackend('wasm');
  // LJ13 sampling first: the block bench below grows tfjs-backend-wasm's heap, after which large calls were
  // seen to fail ("memory access out of bounds").
  let sampleRate = 0;
  let blocks = 0;
  const file = join(packageRoot(), 'examples', 'lj13.flow');
  const lj13 = compile(readFileSync(file, 'utf8'), { file });
  const tfFlow = new Flow(lj13.module, randomWeights(lj13.module, 1), backend);
  blocks = lj13.module.forward.ops.filter((o) => o.kind === 'egnn').reduce((s, o) => s + (o.kind === 'egnn' ? o.config.blocks : 0), 0);
  const sampleBatch = 128;
  tfFlow.sample(8, 0);
  const t0 = performance.now();
  tfFlow.sample(sampleBatch, 1);
  sampleRate = sampleBatch / ((performance.now() - t0) / 1000);
  tfFlow.dispose();

  const source = `flow block {\n  system particles 13, dim 3\n  couple a | x project vector(inner 1) condition egnn(layers 1, mlp [64, 64], features 64, cross_multiplicity false)\n}`;
  const flow = compile(source, { noCheck: true });
  const weights = randomWeights(flow.module, 1);
  const op = flow.module.forward.ops.find((o) => o.kind === 'egnn');
  if (!op || op.kind !== 'egnn') throw new Error('no egnn op');
  const params = weightTensors(flow.module, weights);
  // B systems in chunks of 512 for both plans: a [4096, 13, 13, 64] float32 grid alone is 177 MB, and
  // tfjs-backend-wasm aborts when its heap runs out.
  const chunk = Math.min(512, batch);
  const inputs = Array.from({ length: Math.ceil(batch / chunk) }, (_, k) => tf.randomNormal([Math.min(chunk, batch - k * chunk), 13, 1, 3], 0, 1, 'float32', 7 + k));
  const planned = time(inputs, (P) => {
    const out = egnnTf(P, undefined, params, op.params, { ...op.config, blocks: 1 });
    return [out.h, out.v];
  }, reps);
  const gathered = time(inputs, (P) => gatherBlock(P, params, op.params, op.config), reps);
  const rate = (ms: number) => batch / (ms / 1000);
  console.log(`EGNN block n=13 F=64 MLP[64,64], B=${batch} (in chunks of ${chunk}), tfjs-wasm:`);
  console.log(`  flowc plan (factored, dense grid)  ${planned.toFixed(0).padStart(6)} ms  ${rate(planned).toFixed(0).padStart(7)} systems/s`);
  console.log(`  gather-based plan                  ${gathered.toFixed(0).padStart(6)} ms  ${rate(gathered).toFixed(0).padStart(7)} systems/s`);
  console.log(`  ratio plan / gather: ${(gathered / planned).toFixed(2)}×`);
  console.log(`LJ13 spherical E-ACF sampling (x, log q), tfjs-wasm, B=${128}: ${sampleRate.toFixed(1)} samples/s`);
  console.log(`  EGNN-only bound: ${rate(planned).toFixed(0)} systems/s / ${blocks} EGNN blocks = ${(rate(planned) / blocks).toFixed(1)} samples/s (the flow's blocks have F = 128, this one 64); heads, frames and splines cost the rest`);
}
