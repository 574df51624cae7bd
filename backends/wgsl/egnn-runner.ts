/**
 * Runs one IR `egnn` op on WebGPU for a batch of systems: the conditioner alone, as the benchmark and the
 * parity tests use it (program.ts chains the same kernels for whole flows).
 */
import type { EgnnConfig, IRModule } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { DeviceError, validated, type GpuContext } from './device.js';
import { egnnKernels, WORKGROUP, type KernelSource } from './codegen/egnn.js';
import { ParamPack } from './codegen/dense.js';
import { pipelineFor } from './pipelines.js';

export interface EgnnRunner {
  readonly kernels: readonly KernelSource[];
  /** P [B, n, m, d] → h [B, n, F_out], v [B, n, M, d]. */
  run(P: Float32Array<ArrayBuffer>, batch: number): Promise<{ h: Float32Array; v: Float32Array }>;
  dispose(): void;
}

/** `baked`: the weights as literals in the kernels (see codegen/dense.ts), else in a storage buffer. */
export async function prepareEgnn(ctx: GpuContext, module: IRModule, weights: Weights, name: string, c: EgnnConfig, m: number, baked = false): Promise<EgnnRunner> {
  const { device, usage } = ctx;
  const { n, dim: d } = module.system;
  const pack = new ParamPack(module, name, baked ? weights : undefined);
  const kernels = egnnKernels(module, pack, name, c, m);
  const pipelines = await Promise.all(kernels.map((k) => pipelineFor(device, k.label, k.code.text)));
  const W = device.createBuffer({ label: `${name}.weights`, size: pack.size * 4 || 4, usage: usage.buffer.STORAGE | usage.buffer.COPY_DST });
  device.queue.writeBuffer(W, 0, pack.pack(weights));
  const outF = pack.shape(`${name}.h_out.b`)[0]!;
  const U = c.mlp[0]!;
  const last = c.mlp[c.mlp.length - 1]!;
  const perSystem: Record<string, number> = { P: n * m * d, H: n * c.features, V: n * c.vectors * d, V0: n * c.vectors * d, PQ: n * 2 * U, AGG: n * last, DV: n * c.vectors * d, SENT: n * last, HOUT: n * outF, VOUT: n * c.vectors * d };
  let current: { batch: number; buffers: Map<string, GPUBuffer>; groups: GPUBindGroup[]; read: GPUBuffer[] } | undefined;
  const storage = usage.buffer.STORAGE | usage.buffer.COPY_DST | usage.buffer.COPY_SRC;

  const allocate = (batch: number) => {
    if (current?.batch === batch) return current;
    release();
    const biggest = Math.max(...Object.values(perSystem)) * 4 * batch;
    if (biggest > device.limits.maxStorageBufferBindingSize) throw new DeviceError(`a batch of ${batch} systems needs a ${biggest}-byte buffer; this device allows ${device.limits.maxStorageBufferBindingSize}: use a smaller batch`);
    const buffers = new Map(Object.entries(perSystem).map(([k, size]) => [k, device.createBuffer({ label: `${name}.${k}`, size: size * 4 * batch, usage: storage })]));
    buffers.set('W', W);
    buffers.set('WV', W);
    const dims = device.createBuffer({ label: `${name}.dims`, size: 16, usage: usage.buffer.UNIFORM | usage.buffer.COPY_DST });
    device.queue.writeBuffer(dims, 0, new Uint32Array([batch, 0, 0, 0]));
    buffers.set('dims', dims);
    const groups = kernels.map((k, i) =>
      device.createBindGroup({ label: k.label, layout: pipelines[i]!.getBindGroupLayout(0), entries: [...k.bindings.map((b) => b.name), 'dims'].map((b, binding) => ({ binding, resource: { buffer: buffers.get(b)! } })) }),
    );
    const read = ['HOUT', 'VOUT'].map((k) => device.createBuffer({ label: `${name}.${k}.read`, size: perSystem[k]! * 4 * batch, usage: usage.buffer.MAP_READ | usage.buffer.COPY_DST }));
    current = { batch, buffers, groups, read };
    return current;
  };

  const release = () => {
    if (!current) return;
    for (const [k, b] of current.buffers) if (k !== 'W' && k !== 'WV') b.destroy();
    current.read.forEach((b) => b.destroy());
    current = undefined;
  };

  return {
    kernels,
    async run(P, batch) {
      const c2 = await validated(device, `${name}: buffers for ${batch} systems`, () => allocate(batch));
      await validated(device, `${name}: dispatch`, () => {
      device.queue.writeBuffer(c2.buffers.get('P')!, 0, P);
      const encoder = device.createCommandEncoder({ label: `${name}.run` });
      const pass = encoder.beginComputePass({ label: name });
      const groups = Math.ceil((batch * n) / WORKGROUP);
      pipelines.forEach((p, i) => {
        pass.setPipeline(p);
        pass.setBindGroup(0, c2.groups[i]!);
        pass.dispatchWorkgroups(groups);
      });
      pass.end();
      encoder.copyBufferToBuffer(c2.buffers.get('HOUT')!, 0, c2.read[0]!, 0, c2.read[0]!.size);
      encoder.copyBufferToBuffer(c2.buffers.get('VOUT')!, 0, c2.read[1]!, 0, c2.read[1]!.size);
      device.queue.submit([encoder.finish()]);
      });
      await Promise.all(c2.read.map((b) => b.mapAsync(usage.map.READ)));
      const [h, v] = c2.read.map((b) => {
        const copy = new Float32Array(b.getMappedRange().slice(0));
        b.unmap();
        return copy;
      }) as [Float32Array, Float32Array];
      return { h, v };
    },
    dispose() {
      release();
      W.destroy();
    },
  };
}
