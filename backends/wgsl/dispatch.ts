/**
 * One-shot execution of a list of generated kernels: named host arrays in, named arrays out. The buffers
 * live for one call, so this serves tests and op-by-op parity checks; the sampler keeps its buffers.
 */
import { validated, type GpuContext } from './device.js';
import type { KernelSource } from './codegen/egnn.js';
import { pipelineFor } from './pipelines.js';

export interface Launch {
  readonly kernel: KernelSource;
  /** Invocations (threads); workgroups are ⌈threads / workgroup size⌉. */
  readonly threads: number;
  /** The kernel's `dims.systems` uniform. */
  readonly systems: number;
}

export async function dispatchOnce(ctx: GpuContext, launches: readonly Launch[], inputs: Record<string, Float32Array<ArrayBuffer>>, outputs: Record<string, number>, workgroup: number): Promise<Record<string, Float32Array>> {
  const { device, usage } = ctx;
  const storage = usage.buffer.STORAGE | usage.buffer.COPY_DST | usage.buffer.COPY_SRC;
  const buffers = new Map<string, GPUBuffer>();
  const make = (name: string, floats: number) => device.createBuffer({ label: name, size: Math.max(4, floats * 4), usage: storage });
  for (const [name, data] of Object.entries(inputs)) {
    const b = make(name, data.length);
    device.queue.writeBuffer(b, 0, data);
    buffers.set(name, b);
  }
  for (const [name, floats] of Object.entries(outputs)) if (!buffers.has(name)) buffers.set(name, make(name, floats));
  const pipelines = await Promise.all(launches.map((l) => pipelineFor(device, l.kernel.label, l.kernel.code.text)));
  const uniforms: GPUBuffer[] = [];
  const reads = Object.entries(outputs).map(([name, floats]) => ({ name, buffer: device.createBuffer({ label: `${name}.read`, size: Math.max(4, floats * 4), usage: usage.buffer.MAP_READ | usage.buffer.COPY_DST }) }));
  try {
    await validated(device, 'WGSL dispatch', () => {
      const encoder = device.createCommandEncoder();
      launches.forEach((l, i) => {
        const dims = device.createBuffer({ size: 16, usage: usage.buffer.UNIFORM | usage.buffer.COPY_DST });
        device.queue.writeBuffer(dims, 0, new Uint32Array([l.systems, 0, 0, 0]));
        uniforms.push(dims);
        const missing = l.kernel.bindings.find((b) => !buffers.has(b.name));
        if (missing) throw new Error(`flowc internal error: kernel ${l.kernel.label} binds '${missing.name}', which no input or output provides`);
        const entries = [...l.kernel.bindings.map((b) => buffers.get(b.name)!), dims].map((buffer, binding) => ({ binding, resource: { buffer } }));
        const pass = encoder.beginComputePass({ label: l.kernel.label });
        pass.setPipeline(pipelines[i]!);
        pass.setBindGroup(0, device.createBindGroup({ layout: pipelines[i]!.getBindGroupLayout(0), entries }));
        pass.dispatchWorkgroups(Math.ceil(l.threads / workgroup));
        pass.end();
      });
      for (const r of reads) encoder.copyBufferToBuffer(buffers.get(r.name)!, 0, r.buffer, 0, r.buffer.size);
      device.queue.submit([encoder.finish()]);
    });
    await Promise.all(reads.map((r) => r.buffer.mapAsync(usage.map.READ)));
    return Object.fromEntries(reads.map((r) => [r.name, new Float32Array(r.buffer.getMappedRange().slice(0, outputs[r.name]! * 4))]));
  } finally {
    [...buffers.values(), ...uniforms, ...reads.map((r) => r.buffer)].forEach((b) => b.destroy());
  }
}
