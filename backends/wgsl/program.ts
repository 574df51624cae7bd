/**
 * Compiles a whole IR function (forward or inverse) to a WGSL program (runtime.ts runs it): every op becomes
 * one or more generated kernels (codegen/), every SSA value one storage buffer of batch × its per-system size,
 * one command buffer runs the lot. Weights live in one buffer per parameterised op (and, baked, also as
 * literals in the EGNN and transformer kernels).
 */
import type { IRFunction, IRModule, Op } from '../../compiler/ir/ir.js';
import type { Weights } from '../init.js';
import { TARGET_VALUES, type BufferRef, type KernelProgram, type Program, type MarginalProgram, type ProgramKernel, type SamplerProgram } from './runtime.js';
import { ParamPack } from './codegen/dense.js';
import { transformerKernels } from './codegen/transformer.js';
import { egnnKernels } from './codegen/egnn.js';
import { innerKernels } from './codegen/inner.js';
import { WORKGROUP, type KernelSource } from './codegen/kernel.js';
import { targetKernel } from './codegen/target.js';
import { baseKernel } from './codegen/base.js';
import { augmentKernel } from './codegen/augment.js';
import { addKernel, centerKernel, headKernel, mergeKernel, scalingKernel, shiftKernel, splitKernel, zeroKernel } from './codegen/layers.js';

type Source = BufferRef;

interface Launch {
  readonly kernel: KernelSource;
  /** Threads per system. */
  readonly perSystem: number;
  readonly bind: Readonly<Record<string, Source>>;
}

const numel = (shape: readonly number[]) => shape.reduce((s, k) => s * k, 1);

function launchesOf(op: Op, index: number, f: IRFunction, m: IRModule, baked: Weights | undefined): Launch[] {
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
      const pack = new ParamPack(m, op.params, baked);
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
        // m_ij for every ordered pair (the diagonal unused), kept by the edge kernel for the sender kernel
        MSG: temp('MSG', n * n * last),
        HOUT: v(op.features),
        VOUT: v(op.vectors),
      };
      const m0 = f.values[op.src]!.shape[1]!;
      return egnnKernels(m, pack, op.params, c, m0).map((kernel) => ({ kernel, perSystem: n, bind }));
    }
    case 'transformer': {
      const c = op.config;
      const bind = { W: { weights: op.params }, P: v(op.src), X: temp('X', n * c.width), QKV: temp('QKV', n * 3 * c.width), HOUT: v(op.features) };
      const m0 = f.values[op.src]!.shape[1]!;
      return transformerKernels(m, new ParamPack(m, op.params, baked), op.params, c, m0).map((kernel) => ({ kernel, perSystem: n, bind }));
    }
    case 'head': {
      const width = f.values[op.src]!.shape[1]!;
      return [{ kernel: headKernel(op, new ParamPack(m, op.params, baked), n, width), perSystem: n, bind: { W: { weights: op.params }, SRC: v(op.src), DST: v(op.result) } }];
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

/**
 * The program of one IR function: kernels (deduplicated by text), launches, value sizes, weight slices.
 * `baked`: these weights become literals in the EGNN kernels (one program per weight set; see codegen/dense.ts);
 * the weight buffer is still bound for what stays in loops.
 */
export function compileProgram(m: IRModule, f: IRFunction, baked?: Weights): { program: Program; weights: (w: Weights) => Float32Array } {
  const launches = f.ops.flatMap((op, i) => launchesOf(op, i, f, m, baked));
  const kernels: ProgramKernel[] = [];
  const byText = new Map<string, number>();
  const packs = new Map<string, ParamPack>();
  const program: Program = {
    name: `${m.name}.${f.name}`,
    kernels,
    launches: launches.map((l) => {
      let index = byText.get(l.kernel.code.text);
      if (index === undefined) {
        byText.set(l.kernel.code.text, (index = kernels.length));
        kernels.push(programKernel(l.kernel));
      }
      for (const ref of Object.values(l.bind)) if ('weights' in ref && !packs.has(ref.weights)) packs.set(ref.weights, new ParamPack(m, ref.weights));
      return { kernel: index, perSystem: l.perSystem, bind: l.bind };
    }),
    values: Object.fromEntries(f.values.map((v) => [String(v.id), Math.max(1, numel(v.shape))])),
    input: f.input,
    outputs: f.outputs,
    weights: {},
    workgroup: WORKGROUP,
  };
  let offset = 0;
  const slices: Record<string, { offset: number; length: number }> = {};
  for (const [name, pack] of packs) {
    slices[name] = { offset, length: pack.size };
    offset += pack.size;
  }
  const total = offset;
  return {
    program: { ...program, weights: slices },
    weights: (w) => {
      const flat = new Float32Array(Math.max(1, total));
      for (const [name, pack] of packs) flat.set(pack.pack(w).subarray(0, pack.size), slices[name]!.offset);
      return flat;
    },
  };
}

/**
 * The sampler: the base kernel draws z0 and log q0 on the device (codegen/base.ts) into the forward program's
 * input, and the forward program runs on them. It takes the forward program's weights (the same slices).
 */
export function samplerProgram(m: IRModule, forward: Program): SamplerProgram {
  const logQ0 = nextValue(forward);
  const program = withFirstKernel(`${m.name}.sample`, baseKernel(m), { Z: { value: forward.input }, LOGQ0: { value: logQ0 } }, forward, { [logQ0]: 1 });
  return { ...program, outputs: { ...forward.outputs, logQ0 } };
}

/**
 * The marginal estimate's program: the augment kernel draws a_k ~ π(·|x) on the device for each row of x
 * (repeated K times; row b·K + k of stream marginalA) into the inverse program's input, with log π(a_k|x).
 * It takes the inverse program's weights.
 */
export function marginalProgram(m: IRModule, inverse: Program): MarginalProgram {
  const xs = nextValue(inverse);
  const logPi = xs + 1;
  const program = withFirstKernel(`${m.name}.marginal`, augmentKernel(m), { XS: { value: xs }, Z: { value: inverse.input }, LOGPI: { value: logPi } }, inverse, { [xs]: m.system.n * m.system.dim, [logPi]: 1 });
  return { ...program, input: xs, outputs: { ...inverse.outputs, logPi } };
}

const nextValue = (p: KernelProgram) => Math.max(...Object.keys(p.values).map(Number)) + 1;

/** `program` with kernel `first` launched (one thread per system) before its own launches. */
function withFirstKernel(name: string, first: KernelSource, bind: Readonly<Record<string, BufferRef>>, program: KernelProgram, values: Record<string, number>): KernelProgram {
  return {
    name,
    kernels: [programKernel(first), ...program.kernels],
    launches: [{ kernel: 0, perSystem: 1, bind }, ...program.launches.map((l) => ({ ...l, kernel: l.kernel + 1 }))],
    values: { ...program.values, ...values },
    weights: program.weights,
    workgroup: program.workgroup,
  };
}

/**
 * The target program of a flow with a target: E(x) and log w = −E(x)/τ + log π(a|x) − log q(x, a) of given
 * samples (TARGET_VALUES names its buffers); undefined when the flow has no target.
 */
export function compileTargetProgram(m: IRModule): KernelProgram | undefined {
  if (!m.target) return undefined;
  const { n, dim: d, augmented: A } = m.system;
  const ids = TARGET_VALUES;
  const bind = { X: ids.x, A: ids.a, LOGQ: ids.logQ, ENERGY: ids.energy, LOGW: ids.logW };
  return kernelProgram(`${m.name}.target`, targetKernel(m, m.target), bind, { [ids.x]: n * d, [ids.a]: Math.max(1, n * A * d), [ids.logQ]: 1, [ids.energy]: 1, [ids.logW]: 1 });
}

/** A generated kernel as a program holds it: its text and binding names in binding order. */
export function programKernel(k: KernelSource): ProgramKernel {
  return { label: k.label, code: k.code.text, bindings: k.bindings.map((b) => b.of ?? b.name) };
}

/**
 * A program of one kernel, one thread per system, with no weights: `bind` names each binding's value id,
 * `values` the floats per system of each (the target program; draw kernels alone in tests and benches).
 */
export function kernelProgram(name: string, k: KernelSource, bind: Readonly<Record<string, number>>, values: Readonly<Record<string, number>>): KernelProgram {
  const refs = Object.fromEntries(Object.entries(bind).map(([binding, id]) => [binding, { value: id }]));
  return { name, kernels: [programKernel(k)], launches: [{ kernel: 0, perSystem: 1, bind: refs }], values, weights: {}, workgroup: WORKGROUP };
}
