/**
 * Runs a compiled WGSL program — the data that program.ts makes from one IR function — on a GPUDevice.
 * Self-contained on purpose (no imports): `flowc compile --target wgsl` copies this file into the
 * standalone module, so Node (Dawn) and browsers run the same code as the backend.
 */

/** Where a kernel binding points: an SSA value, a temporary of one op, or one op's weights. */
export type BufferRef = { readonly value: number } | { readonly temp: string; readonly floats: number } | { readonly weights: string };

export interface ProgramKernel {
  readonly label: string;
  readonly code: string;
  /** Binding names in binding order; the `dims` uniform follows them. */
  readonly bindings: readonly string[];
}

/** Kernels, their launches and the per-system buffers they share: what the runtime runs. */
export interface KernelProgram {
  readonly name: string;
  readonly kernels: readonly ProgramKernel[];
  readonly launches: readonly { readonly kernel: number; readonly perSystem: number; readonly bind: Readonly<Record<string, BufferRef>> }[];
  /** Floats per system of every SSA value the program touches. */
  readonly values: Readonly<Record<string, number>>;
  /** Each parameterised op's weights: a slice of the flat weights array (4-float aligned tensors inside). */
  readonly weights: Readonly<Record<string, { readonly offset: number; readonly length: number }>>;
  readonly workgroup: number;
}

/** What a run's draw kernels read from `dims`: the seed's two words and the row of the run's first system. */
export interface Draws {
  readonly seedLo: number;
  readonly seedHi: number;
  readonly firstRow: number;
}

const NO_DRAWS: Draws = { seedLo: 0, seedHi: 0, firstRow: 0 };

/** Rows first … first + count − 1 of `seed` (an integer below 2^53, split as rng.ts keys Philox). */
export function drawsOf(seed: number, first: number, count: number): Draws {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`seed ${seed} is not a non-negative integer`);
  if (!Number.isInteger(first) || first < 0 || first + count > 2 ** 32) throw new Error(`rows ${first} … ${first + count - 1} are beyond the 2^32 rows of a seed`);
  return { seedLo: seed >>> 0, seedHi: Math.floor(seed / 2 ** 32) >>> 0, firstRow: first };
}

/** The buffers of the target program (program.ts compileTargetProgram): x, a, log q in; E(x), log w out. */
export const TARGET_VALUES = { x: 0, a: 1, logQ: 2, energy: 3, logW: 4 } as const;

/** The forward function fed by the base kernel's draws: nothing in; x, a (as z), the log-det and log q0 out. */
export interface SamplerProgram extends KernelProgram {
  readonly outputs: { readonly z: number; readonly logDet: number; readonly logQ0: number };
}

/** The inverse function fed by the augmented draws of the marginal estimate: x (repeated K times) in; z0, the log-det and log π(a|x) out. */
export interface MarginalProgram extends KernelProgram {
  readonly input: number;
  readonly outputs: { readonly z: number; readonly logDet: number; readonly logPi: number };
}

/** An IR function (forward or inverse): the joint state z in, z′ and the log-det out. */
export interface Program extends KernelProgram {
  readonly input: number;
  readonly outputs: { readonly z: number; readonly logDet: number };
}

interface Usage {
  readonly STORAGE: number;
  readonly COPY_DST: number;
  readonly COPY_SRC: number;
  readonly UNIFORM: number;
  readonly MAP_READ: number;
}

export class ProgramRunner<P extends KernelProgram = Program> {
  private constructor(
    private readonly device: GPUDevice,
    private readonly program: P,
    private readonly pipelines: GPUComputePipeline[],
    private readonly weightBuffers: Map<string, GPUBuffer>,
  ) {
    this.most = Math.max(1, Math.floor(device.limits.maxStorageBufferBindingSize / (4 * largestPerSystem(program).floats)));
  }

  private arena: Arena | undefined;
  /** See maxSystems: fixed by the program and the device. */
  private readonly most: number;

  /**
   * `compile` turns a kernel into a pipeline (the backend passes its cache; the standalone module compiles).
   * A program that cannot run one system within the device's limits fails here, before any device work.
   */
  static async create<P extends KernelProgram>(device: GPUDevice, program: P, weights: Float32Array, compile: (k: ProgramKernel) => Promise<GPUComputePipeline>): Promise<ProgramRunner<P>> {
    const misfit = deviceMisfit(program, device.limits);
    if (misfit) throw new Error(misfit);
    const usage = (globalThis as unknown as { GPUBufferUsage: Usage }).GPUBufferUsage;
    const pipelines = await Promise.all(program.kernels.map(compile));
    const weightBuffers = new Map<string, GPUBuffer>();
    for (const [name, { offset, length }] of Object.entries(program.weights)) {
      const buffer = device.createBuffer({ label: `${name}.weights`, size: Math.max(16, length * 4), usage: usage.STORAGE | usage.COPY_DST });
      device.queue.writeBuffer(buffer, 0, weights.slice(offset, offset + length));
      weightBuffers.set(name, buffer);
    }
    return new ProgramRunner(device, program, pipelines, weightBuffers);
  }

  /** z [B, n, C, d] → z′ and the log-det [B]. */
  async run(this: ProgramRunner<Program>, z: Float32Array<ArrayBuffer>, batch: number): Promise<{ z: Float32Array; logDet: Float32Array }> {
    const { input, outputs } = this.program;
    const [zOut, logDet] = (await this.runValues(new Map([[input, z]]), batch, [outputs.z, outputs.logDet])) as [Float32Array, Float32Array];
    return { z: zOut, logDet };
  }

  /**
   * Any SSA values in (by id), any out, for `batch` systems: `run` for a flow, tests and benchmarks for single
   * ops. Buffers and bind groups are kept for the next run of the same batch size (an arena): fresh buffers
   * cost Dawn's lazy zero-fill and host page faults each run (≈ 10 % of an EGNN layer's time on SwiftShader).
   * A run that starts while another is in flight gets buffers of its own.
   */
  async runValues(inputs: ReadonlyMap<number, Float32Array<ArrayBuffer>>, batch: number, outputIds: readonly number[], draws: Draws = NO_DRAWS): Promise<Float32Array[]> {
    // Checked before any device work: the largest buffers (op temporaries) are made while the pass is encoded.
    if (batch > this.most) throw new Error(`${this.program.name}: ${batch} systems do not fit this device's buffers (maxStorageBufferBindingSize ${this.device.limits.maxStorageBufferBindingSize} bytes binds ${this.most}): use a smaller batch, or runChunked`);
    const shared = !this.arena?.busy;
    if (shared && this.arena?.batch !== batch) {
      this.arena?.destroy();
      this.arena = undefined;
      this.arena = new Arena(this.device, this.program, batch);
    }
    const arena = shared ? this.arena! : new Arena(this.device, this.program, batch);
    arena.busy = true;
    let failed = true;
    try {
      const outputs = await this.dispatch(arena, inputs, outputIds, draws);
      failed = false;
      return outputs;
    } finally {
      arena.busy = false;
      // A failed run may leave a read-back buffer mapped: the next run starts from fresh buffers.
      if (!shared || failed) arena.destroy();
      if (shared && failed) this.arena = undefined;
    }
  }

  private async dispatch(arena: Arena, inputs: ReadonlyMap<number, Float32Array<ArrayBuffer>>, outputIds: readonly number[], draws: Draws): Promise<Float32Array[]> {
    const { device, program } = this;
    device.queue.writeBuffer(arena.dims, 0, new Uint32Array([arena.batch, draws.seedLo, draws.seedHi, draws.firstRow]));
    const mapRead = (globalThis as unknown as { GPUMapMode: { READ: number } }).GPUMapMode.READ;
    const buffer = (ref: BufferRef) => ('weights' in ref ? this.weightBuffers.get(ref.weights)! : arena.buffer(ref));
    for (const [id, data] of inputs) device.queue.writeBuffer(buffer({ value: id }), 0, data);
    const outs = outputIds.map((id) => ({ id, read: arena.readBack(id) }));
    device.pushErrorScope('validation');
    const encoder = device.createCommandEncoder({ label: program.name });
    const pass = encoder.beginComputePass({ label: program.name });
    program.launches.forEach((l, index) => {
      const kernel = program.kernels[l.kernel]!;
      const pipeline = this.pipelines[l.kernel]!;
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, arena.bindGroup(index, () => {
        const entries = [...kernel.bindings.map((name) => buffer(l.bind[name]!)), arena.dims].map((resource, binding) => ({ binding, resource: { buffer: resource } }));
        return device.createBindGroup({ label: kernel.label, layout: pipeline.getBindGroupLayout(0), entries });
      }));
      pass.dispatchWorkgroups(Math.ceil((l.perSystem * arena.batch) / program.workgroup));
    });
    pass.end();
    for (const o of outs) encoder.copyBufferToBuffer(buffer({ value: o.id }), 0, o.read, 0, o.read.size);
    device.queue.submit([encoder.finish()]);
    const error = await device.popErrorScope();
    if (error) throw new Error(`${program.name}: ${error.message}`);
    await Promise.all(outs.map((o) => o.read.mapAsync(mapRead)));
    return outs.map((o) => {
      const values = new Float32Array(o.read.getMappedRange().slice(0)).subarray(0, arena.batch * program.values[String(o.id)]!);
      o.read.unmap();
      return values;
    });
  }

  /** The most systems one run can take: its largest buffer (values and op temporaries) within the device's binding limit. */
  maxSystems(): number {
    return this.most;
  }

  /** `run` over a batch of any size in chunks of at most `chunk` systems (fewer when the device's limits require). */
  async runChunked(this: ProgramRunner<Program>, z: Float64Array, batch: number, chunk: number): Promise<{ z: Float64Array; logDet: Float64Array }> {
    const { input, outputs } = this.program;
    const [zOut, logDet] = (await this.runRows(new Map([[input, z]]), batch, [outputs.z, outputs.logDet], chunk)) as [Float64Array, Float64Array];
    return { z: zOut, logDet };
  }

  /** The sampler over rows first … first + count − 1 of `seed` (the base kernel draws them): z, the log-det and log q0. */
  async runSampler(this: ProgramRunner<SamplerProgram>, count: number, seed: number, first: number, chunk: number): Promise<{ z: Float64Array; logDet: Float64Array; logQ0: Float64Array }> {
    const { z, logDet, logQ0 } = this.program.outputs;
    const [zOut, logDetOut, logQ0Out] = (await this.runRows(new Map(), count, [z, logDet, logQ0], chunk, { seed, first })) as [Float64Array, Float64Array, Float64Array];
    return { z: zOut, logDet: logDetOut, logQ0: logQ0Out };
  }

  /**
   * The marginal program over `rows` rows of x already repeated K times (row b·K + k draws row b·K + k of
   * `seed`'s marginalA stream): z0, the log-det and log π(a|x).
   */
  async runMarginal(this: ProgramRunner<MarginalProgram>, xs: Float64Array, rows: number, seed: number, chunk: number): Promise<{ z: Float64Array; logDet: Float64Array; logPi: Float64Array }> {
    const { input, outputs } = this.program;
    const [z0, logDet, logPi] = (await this.runRows(new Map([[input, xs]]), rows, [outputs.z, outputs.logDet, outputs.logPi], chunk, { seed, first: 0 })) as [Float64Array, Float64Array, Float64Array];
    return { z: z0, logDet, logPi };
  }

  /** `runValues` over a batch of any size in chunks of at most `chunk` systems (fewer when the device's limits require). */
  async runRows(inputs: ReadonlyMap<number, Float64Array>, batch: number, outputIds: readonly number[], chunk: number, draws?: { readonly seed: number; readonly first: number }): Promise<Float64Array[]> {
    chunk = Math.min(chunk, this.maxSystems());
    const width = (id: number) => this.program.values[String(id)]!;
    const results = outputIds.map((id) => new Float64Array(batch * width(id)));
    for (let start = 0; start < batch; start += chunk) {
      const count = Math.min(chunk, batch - start);
      const slices = new Map([...inputs].map(([id, data]) => [id, Float32Array.from(data.subarray(start * width(id), (start + count) * width(id)))] as const));
      const outs = await this.runValues(slices, count, outputIds, draws && drawsOf(draws.seed, draws.first + start, count));
      outs.forEach((out, k) => results[k]!.set(out, start * width(outputIds[k]!)));
    }
    return results;
  }

  dispose(): void {
    this.arena?.destroy();
    this.weightBuffers.forEach((b) => b.destroy());
  }
}

/** The buffers and bind groups of runs with one batch size, made on first use. */
class Arena {
  busy = false;
  readonly dims: GPUBuffer;
  private readonly buffers = new Map<string, GPUBuffer>();
  private readonly groups = new Map<number, GPUBindGroup>();
  private readonly usage = (globalThis as unknown as { GPUBufferUsage: Usage }).GPUBufferUsage;

  constructor(private readonly device: GPUDevice, private readonly program: KernelProgram, readonly batch: number) {
    this.dims = this.make('dims', 4, this.usage.UNIFORM | this.usage.COPY_DST);
  }

  /** A value's or an op temporary's storage buffer. */
  buffer(ref: { readonly value: number } | { readonly temp: string; readonly floats: number }): GPUBuffer {
    const key = 'temp' in ref ? `t:${ref.temp}` : `v:${ref.value}`;
    const floats = 'temp' in ref ? ref.floats : this.program.values[String(ref.value)]!;
    return this.cached(key, () => this.make(key, this.batch * floats, this.usage.STORAGE | this.usage.COPY_DST | this.usage.COPY_SRC));
  }

  /** The mappable copy of value `id` that results are read from. */
  readBack(id: number): GPUBuffer {
    return this.cached(`r:${id}`, () => this.make(`%${id}.read`, this.batch * this.program.values[String(id)]!, this.usage.MAP_READ | this.usage.COPY_DST));
  }

  bindGroup(launch: number, make: () => GPUBindGroup): GPUBindGroup {
    let group = this.groups.get(launch);
    if (!group) this.groups.set(launch, (group = make()));
    return group;
  }

  destroy(): void {
    this.buffers.forEach((b) => b.destroy());
    this.dims.destroy();
  }

  private cached(key: string, make: () => GPUBuffer): GPUBuffer {
    let b = this.buffers.get(key);
    if (!b) this.buffers.set(key, (b = make()));
    return b;
  }

  private make(label: string, floats: number, usage: number): GPUBuffer {
    return this.device.createBuffer({ label, size: Math.max(16, floats * 4), usage });
  }
}

/** The program's largest per-system buffer (an SSA value or an op temporary): what bounds a run's batch. */
function largestPerSystem(program: KernelProgram): { label: string; floats: number } {
  let largest = { label: 'dims', floats: 1 };
  for (const l of program.launches)
    for (const ref of Object.values(l.bind)) {
      if ('weights' in ref) continue;
      const floats = 'temp' in ref ? ref.floats : program.values[String(ref.value)]!;
      if (floats > largest.floats) largest = { label: 'temp' in ref ? ref.temp : `%${ref.value}`, floats };
    }
  return largest;
}

/**
 * Why `program` cannot run on a device with these limits — one system's largest buffer, or one op's weights,
 * over the binding limit — or undefined when it can. Larger batches are cut into chunks that fit, so this
 * is the one limit that no batch size avoids.
 */
export function deviceMisfit(program: KernelProgram, limits: { readonly maxStorageBufferBindingSize: number }): string | undefined {
  const limit = limits.maxStorageBufferBindingSize;
  const fix = 'this flow is too large for the device: use fewer particles or narrower layers, or a device with a larger limit';
  const { label, floats } = largestPerSystem(program);
  if (floats * 4 > limit) return `${program.name}: one system needs ${floats * 4} bytes in buffer ${label}; this device binds at most ${limit} (maxStorageBufferBindingSize): ${fix}`;
  for (const [name, { length }] of Object.entries(program.weights))
    if (length * 4 > limit) return `${program.name}: the weights of ${name} take ${length * 4} bytes; this device binds at most ${limit} (maxStorageBufferBindingSize): ${fix}`;
  return undefined;
}
