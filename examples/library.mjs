// flowc as a library: compile a spec, choose a backend, sample, log q, marginal log q, verify, train.
// Run from the repository (after npm install): node examples/library.mjs
// In your own project (npm install flowc): the same code; see docs/library.md.
import { readFileSync } from 'node:fs';
import {
  compile, createBackend, FlowcCompileError, randomWeights, readConfigurations, train, verify,
} from 'flowc';

// A small DW4 flow (4 particles in 2D, two couplings); examples/dw4.flow is the paper's 12-block model.
const spec = `
flow tiny {
  system particles 4, dim 2
  symmetry SE(2) x S(4)
  let net = egnn(layers 1, mlp [16, 16], features 16, head [16])
  couple x | a condition net
  couple a | x condition net
  target dw4
}`;

// 1. Compile: the checker proves the claim or throws FlowcCompileError with located diagnostics.
try {
  compile(spec.replace('SE(2)', 'E(2)'), { file: 'tiny.flow' });
} catch (error) {
  if (!(error instanceof FlowcCompileError)) throw error;
  console.log(`refused as expected: ${error.diagnostics[0].code} ${error.diagnostics[0].message.slice(0, 60)}…`);
}
const flow = compile(spec, { file: 'tiny.flow' }); // float64 reference backend, identity-initialised weights
flow.setWeights(randomWeights(flow.module, 1));      // random, non-identity weights for the checks below

// 2. Sample with log q(x, a); the joint and the marginal log-density.
const { x, a, logQ } = flow.sample(8, /* seed */ 0); // x [8][4][2], a [8][4][1][2], flat Float64Arrays
const joint = flow.logProb(x, a, 8);
const marginal = flow.marginalLogProb(x, 8, /* K */ 20, /* seed */ 0);
console.log(`log q(x, a) = ${logQ[0].toFixed(4)} (logProb ${joint[0].toFixed(4)}); marginal log q(x) ≈ ${marginal[0].toFixed(4)}`);

// 3. The same flow on tfjs (float32): same seed, same draws.
const tfjs = compile(spec, { file: 'tiny.flow', backend: await createBackend('tfjs'), weights: flow.weights });
const onTfjs = await tfjs.sampleAsync(8, 0);
console.log(`tfjs log q ${onTfjs.logQ[0].toFixed(4)} vs reference ${logQ[0].toFixed(4)}`);

// 4. verify: the property suite of `flowc verify` (float32 backends are compared with the reference).
const results = await verify(flow, { runs: 2 });
console.log(`verify: ${results.filter((r) => r.pass).length} of ${results.length} properties pass`);

// 5. Train a few steps on DW4 data (maximum likelihood, method §9).
const dataPath = new URL('../../shared/data/train_split_DW4.npy', import.meta.url);
const { data, count } = readConfigurations(dataPath.pathname, 4, 2, { lo: 0, hi: 256 });
const trained = await train(flow, { data, count, steps: 5, batch: 32, lr: { kind: 'constant', value: 1e-3 } });
console.log(`trained ${trained.steps} steps: loss ${trained.history[0].loss.toFixed(3)} → ${trained.history.at(-1).loss.toFixed(3)}`);
tfjs.dispose();
