/**
 * `npm run bench -- bake-cap`: how long a straight-line kernel SwiftShader's JIT compiles before it crashes
 * (codegen/dense.ts BAKED_FMA_CAP). Each size compiles in a child process — the crash is a segfault that kills
 * it — a kernel of L baked 64×64 dense layers (1,024 `fma` vec4 multiply-adds and a SiLU each), the shape
 * flowc's baked kernels have. Prints, per L, whether it compiled and how long that took.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gpuContext, releaseGpu } from '../backends/wgsl/device.js';

function kernelOf(layers: number): string {
  let seed = 1;
  const literal = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5).toFixed(6);
  const vec4 = () => `vec4f(${literal()}, ${literal()}, ${literal()}, ${literal()})`;
  let body = '';
  for (let layer = 0; layer < layers; layer++) {
    body += '{\n';
    for (let q = 0; q < 16; q++) body += `var acc${q} = ${vec4()};\n`;
    for (let k4 = 0; k4 < 16; k4++) {
      body += `{ let x4 = h[${k4}];\n`;
      for (const lane of 'xyzw') for (let q = 0; q < 16; q++) body += `acc${q} = fma(vec4f(x4.${lane}), ${vec4()}, acc${q});\n`;
      body += '}\n';
    }
    for (let q = 0; q < 16; q++) body += `h[${q}] = acc${q} / (vec4f(1.0) + exp(-acc${q}));\n`;
    body += '}\n';
  }
  return `@group(0) @binding(0) var<storage, read_write> H4: array<vec4f>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
var h: array<vec4f, 16>;
for (var q = 0u; q < 16u; q++) { h[q] = H4[gid.x * 16u + q]; }
${body}
for (var q = 0u; q < 16u; q++) { H4[gid.x * 16u + q] = h[q]; }
}`;
}

/** In the child: compile one kernel of `layers` layers. */
async function compileOne(layers: number): Promise<void> {
  const { device } = await gpuContext();
  const started = performance.now();
  await device.createComputePipelineAsync({ layout: 'auto', compute: { module: device.createShaderModule({ code: kernelOf(layers) }), entryPoint: 'main' } });
  process.stdout.write(`${(performance.now() - started).toFixed(0)}`);
  await releaseGpu();
}

export function probeBakeCap(sizes: readonly number[] = [4, 6, 8, 9, 10, 12]): void {
  const script = fileURLToPath(import.meta.url);
  console.log('SwiftShader JIT: one kernel of L baked 64×64 layers (1,024 vec4 fma each), each compiled in a child process:');
  for (const layers of sizes) {
    const child = spawnSync(process.execPath, [script, String(layers)], { encoding: 'utf8', timeout: 900_000 });
    const outcome = child.status === 0 ? `compiled in ${child.stdout} ms` : `failed (${child.signal ?? `exit ${child.status}`})`;
    console.log(`  L = ${String(layers).padStart(2)} (${(layers * 1024).toLocaleString('en')} fma): ${outcome}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) await compileOne(Number(process.argv[2]));
