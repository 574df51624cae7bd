/** A small LJ flow (4 particles in 3D, two spherical couplings) with random weights in a fresh folder, for CLI tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';

export const tinyLjSpec = `flow tiny {
  system particles 4, dim 3
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
  target lj
}
`;

/** `tiny.flow` and `w.safetensors` (random weights, seed 2) in a new temp folder named after `prefix`. */
export function setupTinyFlow(prefix: string): { dir: string; file: string; weights: string } {
  const dir = mkdtempSync(join(tmpdir(), `flowc-${prefix}-`));
  const file = join(dir, 'tiny.flow');
  writeFileSync(file, tinyLjSpec);
  const { module } = compile(tinyLjSpec);
  saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 2));
  return { dir, file, weights: join(dir, 'w.safetensors') };
}
