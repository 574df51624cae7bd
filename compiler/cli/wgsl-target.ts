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
import { checkReplaceable, irDigest, markerText, MARKER_FILE, replaceFolder } from './output-folder.js';

/** The shipped modules: their built file, and the import specifiers to point at their neighbours. */
const MODULES: { from: string; to: string; imports: [string, string][] }[] = [
  { from: 'dist/backends/wgsl/standalone/flow.js', to: 'flow.js', imports: [['../runtime.js', './runtime.js'], ['../../base.js', './base.js']] },
  { from: 'dist/backends/wgsl/runtime.js', to: 'runtime.js', imports: [] },
  { from: 'dist/backends/base.js', to: 'base.js', imports: [] },
  { from: 'dist/backends/rng.js', to: 'rng.js', imports: [] },
];

const PAGE = (name: string) => `<!doctype html>
<meta charset="utf-8">
<title>flowc sampler</title>
<link rel="icon" href="data:,">
<pre id="out">sampling…</pre>
<script type="module">
  import { loadFlow } from './flow.js';
  const out = document.getElementById('out');
  try {
    if (!navigator.gpu) throw new Error('this browser has no WebGPU');
    const load = async (path) => { const r = await fetch(path); if (!r.ok) throw new Error(path + ': ' + r.status); return path.endsWith('.bin') ? r.arrayBuffer() : r.text(); };
    const flow = await loadFlow({ gpu: navigator.gpu, load });
    const s = await flow.sample(100, 0);
    const mean = s.logQ.reduce((a, b) => a + b, 0) / s.logQ.length;
    // With a target: the reverse ESS of the importance weights, (Σ w)² / (N Σ w²), from log w without overflow.
    const ess = (logW) => { const top = Math.max(...logW); const w = Array.from(logW, (l) => Math.exp(l - top)); const sum = w.reduce((a, b) => a + b, 0); return (sum * sum) / (w.length * w.reduce((a, b) => a + b * b, 0)); };
    out.textContent = JSON.stringify({ flow: ${JSON.stringify(name)}, samples: s.logQ.length, meanLogQ: mean, firstAtom: Array.from(s.x.slice(0, flow.manifest.system.dim)), ...(s.logW ? { reverseEss: ess(s.logW), logW: Array.from(s.logW) } : {}) });
    document.title = 'flowc sampler: done';
  } catch (error) {
    out.textContent = 'error: ' + error.message;
    document.title = 'flowc sampler: error';
  }
</script>
`;

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
    put(join(temp, 'index.html'), PAGE(module.name));
    writeFileSync(join(temp, MARKER_FILE), markerText(flowcVersion(), irDigest(printModule(module)), written));
    replaceFolder(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    if (error instanceof DeviceError) throw new UserError(`flowc compile: ${error.message}`);
    throw new UserError(`flowc compile: cannot write ${dir}: ${(error as Error).message}`);
  }
}
