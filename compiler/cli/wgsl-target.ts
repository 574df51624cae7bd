/**
 * `flowc compile FILE --weights W --target wgsl -o DIR`: a standalone WebGPU sampler in one folder —
 * manifest.json (sizes, base, certificate, the sample, inverse, marginal and target programs), kernels/*.wgsl, the weights
 * (weights-forward.bin, weights-inverse.bin: float32, each op's tensors 4-float aligned), the ES modules
 * flow.js (loadFlow), runtime.js, base.js, rng.js, and index.html, a page that samples in a browser.
 * The folder is assembled under a temporary name and renamed into place, so it is whole or absent; it is
 * marked as flowc's (flowc-output.json), and only such a folder, or an empty one, is ever replaced.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { IRModule } from '../ir/ir.js';
import type { Weights } from '../../backends/init.js';
import { compileProgram, compileTargetProgram, marginalProgram, samplerProgram } from '../../backends/wgsl/program.js';
import { DeviceError } from '../../backends/wgsl/device.js';
import type { Manifest } from '../../backends/wgsl/standalone/flow.js';
import type { KernelProgram } from '../../backends/wgsl/runtime.js';
import { packageRoot } from '../bind/modules.js';
import { printModule } from '../ir/print.js';
import { flowcVersion, UserError } from './io.js';
import { samplerPage } from './wgsl-page.js';
import { checkReplaceable, irDigest, markerText, MARKER_FILE, replaceFolder } from './output-folder.js';

/** The shipped modules: their built file, and the import specifiers to point at their neighbours. */
const MODULES: { from: string; to: string; imports: [string, string][] }[] = [
  { from: 'dist/backends/wgsl/standalone/flow.js', to: 'flow.js', imports: [['../runtime.js', './runtime.js'], ['../../base.js', './base.js']] },
  { from: 'dist/backends/wgsl/runtime.js', to: 'runtime.js', imports: [] },
  { from: 'dist/backends/base.js', to: 'base.js', imports: [] },
  { from: 'dist/backends/rng.js', to: 'rng.js', imports: [] },
];

export function writeWgslTarget(module: IRModule, weights: Weights, dir: string, bake = false): void {
  checkReplaceable(dir, 'compile');
  const temp = join(dirname(dir), `.${basename(dir)}.${process.pid}.tmp`);
  rmSync(temp, { recursive: true, force: true });
  // Every file written is listed in the marker: only those are flowc's to replace next time.
  const written: string[] = [];
  const put = (path: string, data: string | Uint8Array) => {
    writeFileSync(path, data);
    written.push(relative(temp, path).split(sep).join('/'));
  };
  try {
    mkdirSync(join(temp, 'kernels'), { recursive: true });
    // A kernel two programs share (the inverse's in the marginal's, say) is written once.
    const files = new Map<string, string>();
    const storeKernels = (name: string, program: KernelProgram) =>
      program.kernels.map((k, i) => {
        let file = files.get(k.code);
        if (!file) {
          files.set(k.code, (file = `kernels/${name}-${i}.wgsl`));
          put(join(temp, file), k.code);
        }
        return { label: k.label, file, bindings: k.bindings };
      });
    const compiled = (direction: 'forward' | 'inverse') => {
      const { program, weights: pack } = compileProgram(module, module[direction], bake ? weights : undefined);
      const weightsFile = `weights-${direction}.bin`;
      put(join(temp, weightsFile), new Uint8Array(pack(weights).buffer));
      return { program, weightsFile };
    };
    // The sampler is the forward function behind the base kernel's draws, with the forward's weights.
    const forward = compiled('forward');
    const inverse = compiled('inverse');
    const sampler = samplerProgram(module, forward.program);
    const marginal = marginalProgram(module, inverse.program);
    const target = compileTargetProgram(module);
    const programs: Manifest['programs'] = {
      sample: { ...sampler, kernels: storeKernels('sample', sampler), weightsFile: forward.weightsFile },
      inverse: { ...inverse.program, kernels: storeKernels('inverse', inverse.program), weightsFile: inverse.weightsFile },
      marginal: { ...marginal, kernels: storeKernels('marginal', marginal), weightsFile: inverse.weightsFile },
      ...(target ? { target: { ...target, kernels: storeKernels('target', target) } } : {}),
    };
    const { n, dim, augmented, channels } = module.system;
    const manifest: Manifest = { format: 'flowc-wgsl/2', name: module.name, system: { n, dim, augmented, channels }, base: module.base, symmetry: module.symmetry, programs };
    put(join(temp, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    for (const m of MODULES) {
      let text = readFileSync(join(packageRoot(), m.from), 'utf8');
      for (const [a, b] of m.imports) text = text.split(`'${a}'`).join(`'${b}'`);
      text = text.replace(/^\/\/# sourceMappingURL=.*$/m, ''); // the maps stay behind
      put(join(temp, m.to), text);
    }
    put(join(temp, 'index.html'), samplerPage(module.name));
    writeFileSync(join(temp, MARKER_FILE), markerText(flowcVersion(), irDigest(printModule(module)), written));
    replaceFolder(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    if (error instanceof DeviceError) throw new UserError(`flowc compile: ${error.message}`);
    throw new UserError(`flowc compile: cannot write ${dir}: ${(error as Error).message}`);
  }
}
