/** The small DW4 flow the training tests run (4 particles in 2D, two couplings), with a train block of their choice. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedData = (name: string) => fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));
export const sharedDw4 = sharedData('train_split_DW4.npy');

/** The spec, its train block made of `trainLines` (e.g. ['batch 16', 'lr constant(value 1e-3)']) after 256 rows of DW4 data. */
export function tinyDw4Spec(trainLines: readonly string[], data = sharedDw4): string {
  return `flow tiny {
  system particles 4, dim 2
  symmetry SE(2) x S(4)
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a condition net
  couple a | x condition net
  target dw4
  train {
    data "${data}"[0..256]
${trainLines.map((l) => `    ${l}\n`).join('')}  }
}
`;
}

/** `tiny.flow` holding `spec` in a new temp folder named after `prefix`. */
export function writeTinySpec(prefix: string, spec: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), `flowc-${prefix}-`));
  const file = join(dir, 'tiny.flow');
  writeFileSync(file, spec);
  return { dir, file };
}

/** The same flow, narrower and without a train block (progress tests: fast runs of verify, eval, report). */
export const tinyDw4Narrow = `flow tiny {
  system particles 4, dim 2
  symmetry SE(2) x S(4)
  augment copies 1, scale 0.1
  let net = egnn(layers 1, mlp [4, 4], features 4, head [4, 4])
  couple x | a condition net
  couple a | x condition net
  target dw4
}
`;
