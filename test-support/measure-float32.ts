/**
 * `node dist/test-support/measure-float32.js [rows]`: measures how far the tfjs backend (float32, wasm) lands from
 * the float64 reference, per row, next to the scales the conformance suite's float32 tolerances are built from
 * (backends/conformance/float32-scale.ts). The numbers quoted in that file's comments come from this script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compiler/compile.js';
import { Flow } from '../backends/flow.js';
import { randomWeights } from '../backends/init.js';
import { createTfjsBackend } from '../backends/tfjs/index.js';
import { packageRoot } from '../compiler/bind/modules.js';
import { float32Scale } from '../backends/conformance/float32-scale.js';
import { float32Architectures, float32ArchitectureSource } from '../test/conformance/float32-architectures.js';

interface Case {
  readonly name: string;
  readonly source: string;
  readonly seed: number;
}

function cases(): Case[] {
  const narrow = float32Architectures.flatMap(([name, dim, clause]) => [5, 6, 7, 8].map((seed) => ({ name: `${name} w${seed}`, source: float32ArchitectureSource(dim, clause), seed })));
  const examples = ['dw4', 'dw4-vector', 'dw4-cartesian', 'dw4-nonequivariant', 'lj13', 'lj13-nonequivariant'].map((e) => ({ name: e, source: readFileSync(join(packageRoot(), 'examples', `${e}.flow`), 'utf8'), seed: 0 }));
  return [...narrow, ...examples];
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 4);
  const tfjs = await createTfjsBackend('wasm');
  console.log('case\tdirection\trow\t|logDet|\tlogDet error\tlogDet scale\terr/scale\tz error\tz scale\terr/scale');
  for (const c of cases().filter((c) => !process.argv[3] || new RegExp(process.argv[3]).test(c.name))) {
    const reference = compile(c.source, { file: join(packageRoot(), 'examples', 'x.flow') });
    reference.setWeights(randomWeights(reference.module, c.seed));
    const flow = new Flow(reference.module, reference.weights, tfjs);
    for (const direction of ['forward', 'inverse'] as const) {
      const sample = direction === 'inverse' ? reference.sample(rows, 11) : undefined;
      const base = reference.baseSample(rows, 11);
      const z = sample ? reference.pack(sample.x, sample.a, rows) : reference.pack(base.x, base.a, rows);
      const got = flow[direction](z, rows);
      const want = reference[direction](z, rows);
      const size = z.length / rows;
      for (let b = 0; b < rows; b++) {
        const scale = float32Scale(reference, direction, z.subarray(b * size, (b + 1) * size));
        let zError = 0;
        for (let k = b * size; k < (b + 1) * size; k++) zError = Math.max(zError, Math.abs(got.z[k]! - want.z[k]!));
        const ld = Math.abs(got.logDet[b]! - want.logDet[b]!);
        const f = (v: number) => v.toExponential(2);
        const p = scale.parts;
        console.log([c.name, direction, b, f(Math.abs(want.logDet[b]!)), f(ld), ...['abs', 'layers', 'shadow', 'jitter', 'input'].map((k) => `${k} ${(ld / p[k]!).toFixed(2)}`), f(zError), `zAbs ${(zError / p['zAbs']!).toFixed(2)}`, `zShadow ${(zError / p['zShadow']!).toFixed(2)}`].join('\t'));
      }
    }
    flow.dispose();
  }
}

await main();
