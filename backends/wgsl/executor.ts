/**
 * Runs a whole IR function (forward or inverse) on WebGPU: every op becomes one or more generated kernels
 * (codegen/), every SSA value one storage buffer of batch × its per-system size, and one command buffer
 * runs the lot. Weights live in one buffer per parameterised op (weights-in-buffers variant). The
 * transformer conditioner has no WGSL kernel yet: preparing a flow with one fails with a clear error.
 */
import type { IRFunction, IRModule, Op } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { DeviceError, validated, type GpuContext } from './device.js';
import { ParamPack } from './codegen/dense.js';
import { egnnKernels } from './codegen/egnn.js';
import { innerKernels } from './codegen/inner.js';
import { WORKGROUP, type KernelSource } from './codegen/kernel.js';
import { addKernel, centerKernel, headKernel, mergeKernel, scalingKernel, shiftKernel, splitKernel, zeroKernel } from './codegen/layers.js';
import { pipelineFor } from './pipelines.js';

/** Where a kernel's binding points: an SSA value, a temporary of the op, or the op's weights. */
type Source = { readonly value: number } | { readonly temp: string; readonly floats: number } | { readonly weights: string };

interface Launch {
  readonly kernel: KernelSource;
  /** Threads per system. */
  readonly perSystem: number;
  readonly bind: Readonly<Record<string, Source>>;
}

const numel = (shape: readonly number[]) => shape.reduce((s, k) => s * k, 1);

function launchesOf(op: Op, index: number, f: IRFunction, m: IRModule): Launch[] {
  const { n, channels: C, half: s, dim: d } = m.system;
  const sizes = { n, C, s, d };
  const v = (id: number): Source => ({ value: id });
  const temp = (name: string, floats: number): Source => ({ temp: `${index}.${name}`, floats });
  switch (op.kind) {
    case 'center':
      return [{ kernel: centerKernel(sizes, op.channel), perSystem: n * C, bind: { SRC: v(op.src), DST: v(op.result) } }];
    case 'split':
      return [{ kernel: splitKernel(sizes, op.swap), perSystem: n * s, bind: { SRC: v(op.src), COND: v(op.cond), TRANS: v(op.trans) } }];
    case 'merge':
      return [{ kernel: mergeKernel(sizes, op.swap), perSystem: n * s, bind: { COND: v(op.cond), TRANS: v(op.trans), DST: v(op.result) } }];
    case 'egnn': {
      const c = op.config;
      const pack = new ParamPack(m, op.params);
      const last = c.mlp[c.mlp.length - 1]!;
      const bind = {
        W: { weights: op.params },
        P: v(op.src),
        H: temp('H', n * c.features),
        V: temp('V', n * c.vectors * d),
        V0: temp('V0', n * c.vectors * d),
        PQ: temp('PQ', n * 2 * c.mlp[0]!),
        AGG: temp('AGG', n * last),
        DV: temp('DV', n * c.vectors * d),
        SENT: temp('SENT', n * last),
        HOUT: v(op.features),
        VOUT: v(op.vectors),
      };
      const m0 = f.values[op.src]!.shape[1]!;
      return egnnKernels(m, pack, op.params, c, m0).map((kernel) => ({ kernel, perSystem: n, bind }));
    }
    case 'transformer':
      throw new DeviceError(`the WGSL backend has no kernel for the transformer conditioner yet (${op.params}); use --backend tfjs or reference`);
    case 'head': {
      const width = f.values[op.src]!.shape[1]!;
      return [{ kernel: headKernel(op, new ParamPack(m, op.params), n, width), perSystem: n, bind: { W: { weights: op.params }, SRC: v(op.src), DST: v(op.result) } }];
    }
    case 'inner': {
      const M = op.vectors === undefined ? 1 : f.values[op.vectors]!.shape[1]!;
      const [point, sum] = innerKernels(op, { n, s, d, M }) as [KernelSource, KernelSource];
      const bind = { TRANS: v(op.trans), COND: v(op.cond), ...(op.vectors === undefined ? {} : { VEC: v(op.vectors) }), COEF: v(op.coefficients), OUT: v(op.result), LD: temp('LD', n * s), LOGDET: v(op.logDet) };
      return [
        { kernel: point, perSystem: n * s, bind },
        { kernel: sum, perSystem: 1, bind },
      ];
    }
    case 'scaling':
      return [{ kernel: scalingKernel(op, new ParamPack(m, op.params), sizes), perSystem: 1, bind: { W: { weights: op.params }, SRC: v(op.src), DST: v(op.result), LOGDET: v(op.logDet) } }];
    case 'shift': {
      const M = f.values[op.vectors]!.shape[1]!;
      return [{ kernel: shiftKernel(op, new ParamPack(m, op.params), sizes, M), perSystem: 1, bind: { W: { weights: op.params }, TRANS: v(op.trans), VEC: v(op.vectors), DST: v(op.result) } }];
    }
    case 'zero':
      return [{ kernel: zeroKernel(), perSystem: 1, bind: { DST: v(op.result) } }];
    case 'add':
      return [{ kernel: addKernel(), perSystem: 1, bind: { A: v(op.a), B: v(op.b), DST: v(op.result) } }];
  }
}

export interface FunctionRunner {
  /** z [B, n, C, d] → z′ and the log-det [B]. */
  run(z: Float32Array<ArrayBuffer>, batch: number): Promise<{ z: Float32Array; logDet: Float32Array }>;
  dispose(): void;
}

export async function prepareFunction(ctx: GpuContext, m: IRModule, f: IRFunction, weights: Weights): Promise<FunctionRunner> {
  const { device, usage } = ctx;
  const launches = f.ops.flatMap((op, i) => launchesOf(op, i, f, m));
  const pipelines = await Promise.all(launches.map((l) => pipelineFor(device, l.kernel)));
  const weightBuffers = new Map<string, GPUBuffer>();
  for (const l of launches)
    for (const src of Object.values(l.bind))
      if ('weights' in src && !weightBuffers.has(src.weights)) {
        const data = new ParamPack(m, src.weights).pack(weights);
        const buffer = device.createBuffer({ label: `${src.weights}.weights`, size: data.byteLength, usage: usage.buffer.STORAGE | usage.buffer.COPY_DST });
        device.queue.writeBuffer(buffer, 0, data);
        weightBuffers.set(src.weights, buffer);
      }
  const storage = usage.buffer.STORAGE | usage.buffer.COPY_DST | usage.buffer.COPY_SRC;
  const zFloats = numel(f.values[f.outputs.z]!.shape);

  return {
    async run(z, batch) {
      const owned: GPUBuffer[] = [];
      const make = (label: string, floats: number) => {
        const bytes = Math.max(4, floats * batch * 4);
        if (bytes > device.limits.maxStorageBufferBindingSize) throw new DeviceError(`${label} needs ${bytes} bytes for ${batch} systems; this device allows ${device.limits.maxStorageBufferBindingSize}: use a smaller batch`);
        const b = device.createBuffer({ label, size: bytes, usage: storage });
        owned.push(b);
        return b;
      };
      try {
        const values = new Map<number, GPUBuffer>();
        const temps = new Map<string, GPUBuffer>();
        const buffer = (src: Source): GPUBuffer => {
          if ('weights' in src) return weightBuffers.get(src.weights)!;
          if ('temp' in src) {
            if (!temps.has(src.temp)) temps.set(src.temp, make(src.temp, src.floats));
            return temps.get(src.temp)!;
          }
          if (!values.has(src.value)) values.set(src.value, make(`%${src.value}`, numel(f.values[src.value]!.shape)));
          return values.get(src.value)!;
        };
        device.queue.writeBuffer(buffer({ value: f.input }), 0, z);
        const dims = device.createBuffer({ label: 'dims', size: 16, usage: usage.buffer.UNIFORM | usage.buffer.COPY_DST });
        owned.push(dims);
        device.queue.writeBuffer(dims, 0, new Uint32Array([batch, 0, 0, 0]));
        const read = [f.outputs.z, f.outputs.logDet].map((id) => {
          const b = device.createBuffer({ label: `%${id}.read`, size: Math.max(4, numel(f.values[id]!.shape) * batch * 4), usage: usage.buffer.MAP_READ | usage.buffer.COPY_DST });
          owned.push(b);
          return { id, b };
        });
        await validated(device, `WGSL ${f.name}`, () => {
          const encoder = device.createCommandEncoder({ label: f.name });
          const pass = encoder.beginComputePass({ label: f.name });
          launches.forEach((l, i) => {
            const entries = [...l.kernel.bindings.map((b) => buffer(l.bind[b.name === 'WV' ? 'W' : b.name]!)), dims].map((resource, binding) => ({ binding, resource: { buffer: resource } }));
            pass.setPipeline(pipelines[i]!);
            pass.setBindGroup(0, device.createBindGroup({ label: l.kernel.label, layout: pipelines[i]!.getBindGroupLayout(0), entries }));
            pass.dispatchWorkgroups(Math.ceil((l.perSystem * batch) / WORKGROUP));
          });
          pass.end();
          for (const r of read) encoder.copyBufferToBuffer(buffer({ value: r.id }), 0, r.b, 0, r.b.size);
          device.queue.submit([encoder.finish()]);
        });
        await Promise.all(read.map((r) => r.b.mapAsync(usage.map.READ)));
        const [zOut, logDet] = read.map((r) => new Float32Array(r.b.getMappedRange().slice(0))) as [Float32Array, Float32Array];
        return { z: zOut.subarray(0, zFloats * batch), logDet: logDet.subarray(0, batch) };
      } finally {
        owned.forEach((b) => b.destroy());
      }
    },
    dispose() {
      weightBuffers.forEach((b) => b.destroy());
    },
  };
}
