/**
 * Snapshots of the generated WGSL for the examples (deterministic text: a change to codegen shows up here
 * as a diff to review). Refresh with `npx vitest run test/wgsl/snapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../compiler/compile.js';
import { compileProgram } from '../../backends/wgsl/program.js';
import { baseKernel } from '../../backends/wgsl/codegen/base.js';
import { augmentKernel } from '../../backends/wgsl/codegen/augment.js';
import { targetKernel } from '../../backends/wgsl/codegen/target.js';
import { packageRoot } from '../../compiler/bind/modules.js';

describe('generated WGSL', () => {
  // One example: the snapshot holds every distinct kernel (≈ 400 KB); the others use the same generators.
  it.each(['dw4'])('examples/%s.flow', async (name) => {
    const file = join(packageRoot(), 'examples', `${name}.flow`);
    const { module } = compile(readFileSync(file, 'utf8'), { file });
    const text = (['forward', 'inverse'] as const)
      .map((direction) => {
        const { program } = compileProgram(module, module[direction]);
        return program.kernels.map((k, i) => `// ==== ${direction} kernel ${i}: ${k.label} (bindings ${k.bindings.join(', ')}) ====\n${k.code}`).join('\n');
      })
      .join('\n');
    await expect(text).toMatchFileSnapshot(join('snapshots', `${name}.wgsl`));
  });

  it('draw (base, augment) and target kernels of examples/dw4.flow and examples/lj13.flow', async () => {
    const text = ['dw4', 'lj13'].map((name) => {
      const file = join(packageRoot(), 'examples', `${name}.flow`);
      const { module } = compile(readFileSync(file, 'utf8'), { file });
      const kernels = [baseKernel(module), augmentKernel(module), targetKernel(module, module.target!)];
      return kernels.map((k) => `// ==== ${name}: ${k.label} (bindings ${k.bindings.map((b) => b.of ?? b.name).join(', ')}) ====\n${k.code.text}`).join('\n');
    });
    await expect(text.join('\n')).toMatchFileSnapshot(join('snapshots', 'draws-target.wgsl'));
  });

  it('is the same text on every run', () => {
    const file = join(packageRoot(), 'examples', 'dw4.flow');
    const once = () => compileProgram(compile(readFileSync(file, 'utf8'), { file }).module, compile(readFileSync(file, 'utf8'), { file }).module.forward).program.kernels.map((k) => k.code).join('\n');
    expect(once()).toBe(once());
  });
});
