/**
 * `npm run bench -- kernels`: where a baked EGNN layer's time goes. Each kernel of flowc's layer shape
 * (bench-egnn.ts) and of the hand-written baseline (../shared/bench/egnn-baseline/wgsl_ufb.mjs) is dispatched
 * alone over B systems, medians of `reps`, interleaved, in one process. Inputs are arbitrary bounded values
 * (timing only: no output is checked here; bench-wgsl.ts and the tests check outputs).
 */
import { gpuContext, releaseGpu } from '../backends/wgsl/device.js';
import { compileProgram } from '../backends/wgsl/program.js';
import { egnnBenchFlow, EGNN_SHAPES, median } from './bench-egnn.js';

interface Timed {
  readonly label: string;
  readonly code: string;
  readonly ms: number[];
}

/** The hand-written layer's three kernels, or none when ../shared is not next to the project. */
async function handWrittenKernels(): Promise<{ label: string; code: string }[]> {
  const base = new URL('../../../shared/bench/egnn-baseline/', import.meta.url);
  try {
    const { makeWgslUfb } = (await import(new URL('wgsl_ufb.mjs', base).href)) as { makeWgslUfb(w: unknown, p: Float32Array): Promise<{ sources: Record<string, string>; destroy(): void }> };
    const { makeParams } = (await import(new URL('layer.mjs', base).href)) as { makeParams(): Float32Array };
    const ufb = await makeWgslUfb(await import('webgpu'), makeParams());
    ufb.destroy();
    return Object.entries(ufb.sources).map(([name, code]) => ({ label: `hand-written ${name}`, code }));
  } catch (error) {
    console.log(`(hand-written kernels not available: ${(error as Error).message})`);
    return [];
  }
}

export async function benchKernels(batch = 4096, reps = 5): Promise<void> {
  const shape = EGNN_SHAPES.find((s) => s.name === 'layer')!;
  const { module, op, weights } = egnnBenchFlow(shape);
  const { program } = compileProgram(module, { ...module.forward, ops: [op] }, weights);
  const { device } = await gpuContext(); // first: it points the Vulkan loader at SwiftShader before Dawn loads
  const kernels: Timed[] = [...program.kernels.map((k) => ({ label: `flowc ${k.label}`, code: k.code, ms: [] })), ...(await handWrittenKernels()).map((k) => ({ ...k, ms: [] }))];
  const nodes = batch * 13;
  const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
  // One buffer per binding, large enough for any of these kernels' rows (≤ 13 × 64 floats per node).
  const fill = new Float32Array(nodes * 64).map((_, k) => 0.5 * Math.sin(0.37 * k));
  const buffers: GPUBuffer[] = [];
  const storage = () => {
    const b = device.createBuffer({ size: fill.byteLength * 13, usage });
    for (let k = 0; k < 13; k++) device.queue.writeBuffer(b, k * fill.byteLength, fill);
    buffers.push(b);
    return b;
  };
  const dims = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  device.queue.writeBuffer(dims, 0, new Uint32Array([batch, 0, 0, 0]));
  const prepared = await Promise.all(kernels.map(async (k) => {
    const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module: device.createShaderModule({ code: k.code }), entryPoint: 'main' } });
    const entries = [...k.code.matchAll(/@binding\((\d+)\) var(<[^>]*>)?/g)].map((m) => ({ binding: Number(m[1]), resource: { buffer: m[2]?.includes('uniform') ? dims : storage() } }));
    const workgroup = Number(/@workgroup_size\((\d+)/.exec(k.code)![1]);
    return { pipeline, group: device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries }), groups: Math.ceil(nodes / workgroup) };
  }));
  const readBack = device.createBuffer({ size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const dispatch = async (k: number) => {
    const { pipeline, group, groups } = prepared[k]!;
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(groups);
    pass.end();
    encoder.copyBufferToBuffer(buffers[0]!, 0, readBack, 0, 4);
    device.queue.submit([encoder.finish()]);
    await readBack.mapAsync(GPUMapMode.READ);
    readBack.unmap();
  };
  for (let k = 0; k < kernels.length; k++) await dispatch(k); // warm-up
  for (let r = 0; r < reps; r++)
    for (let k = 0; k < kernels.length; k++) {
      const t0 = performance.now();
      await dispatch(k);
      kernels[k]!.ms.push(performance.now() - t0);
    }
  console.log(`${shape.label}, weights baked, each kernel alone, B=${batch}, medians of ${reps}:`);
  const totals = new Map<string, number>();
  for (const k of kernels) {
    const ms = median(k.ms);
    const who = k.label.split(' ')[0]!;
    totals.set(who, (totals.get(who) ?? 0) + ms);
    console.log(`  ${k.label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
  }
  for (const [who, ms] of totals) console.log(`  ${`${who}, all kernels`.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  (${((batch / ms) * 1000).toFixed(0)} systems/s without transfers)`);
  buffers.forEach((b) => b.destroy());
  await releaseGpu();
}
