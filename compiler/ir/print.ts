/** Deterministic text of an IR module (`flowc compile FILE --emit ir`, golden tests). */
import type { Init, IRFunction, IRModule, Op } from './ir.js';
import { assertUnreachable } from '../diagnostics/invariant.js';

const shape = (s: readonly number[]) => `[${s.join(',')}]`;
const list = (v: readonly number[]) => `[${v.join(', ')}]`;

function printInit(init: Init): string {
  switch (init.kind) {
    case 'zeros':
    case 'ones':
      return init.kind;
    case 'normal':
    case 'truncated_normal':
      return `${init.kind}(std=${+init.std.toPrecision(6)})`;
    case 'variance_scaling':
      return `variance_scaling(${init.scale}, ${init.mode}, ${init.distribution})`;
  }
}

export function opText(op: Op, v: (id: number) => string): string {
  switch (op.kind) {
    case 'center':
      return `${v(op.result)} = center ${v(op.src)} channel=${op.channel}`;
    case 'split':
      return `${v(op.cond)}, ${v(op.trans)} = split ${v(op.src)} swap=${op.swap}`;
    case 'merge':
      return `${v(op.result)} = merge ${v(op.cond)}, ${v(op.trans)} swap=${op.swap}`;
    case 'egnn': {
      const c = op.config;
      return `${v(op.features)}, ${v(op.vectors)} = egnn ${v(op.src)} @${op.params} blocks=${c.blocks} mlp=${list(c.mlp)} features=${c.features} vectors=${c.vectors} cross=${c.crossMultiplicity} types=${c.numTypes}`;
    }
    case 'transformer': {
      const c = op.config;
      return `${v(op.features)} = transformer ${v(op.src)} @${op.params} layers=${c.layers} heads=${c.heads} key=${c.keySize} width=${c.width} mlp=${list(c.mlp)} output=${c.output}`;
    }
    case 'head':
      return `${v(op.result)} = head ${v(op.src)} @${op.params} units=${list(op.units)} outputs=${op.outputs}`;
    case 'inner': {
      const p = op.projection;
      const proj = p.kind === 'spherical' ? `spherical(reflection_invariant=${p.reflectionInvariant})` : p.kind === 'cartesian' ? `cartesian(small_identity=${p.smallIdentity})` : p.kind;
      const tau = op.transform.kind === 'affine' ? 'affine' : `spline(${op.transform.splines.map((s) => `${s.bins}@[${+s.lo.toPrecision(8)},${+s.hi.toPrecision(8)}]${s.boundary === 'circular' ? 'circ' : ''}`).join(' ')})`;
      const vectors = op.vectors === undefined ? '-' : v(op.vectors);
      return `${v(op.result)}, ${v(op.logDet)} = inner.${op.direction} ${v(op.trans)} | ${v(op.cond)}, ${vectors}, ${v(op.coefficients)} ${proj} ${tau} index=${op.index}/${op.count}`;
    }
    case 'scaling':
      return `${v(op.result)}, ${v(op.logDet)} = scaling.${op.direction} ${v(op.src)} @${op.params} conditioned=${op.conditioned} units=${list(op.units)}`;
    case 'shift':
      return `${v(op.result)} = shift.${op.direction} ${v(op.trans)}, ${v(op.vectors)} @${op.params}`;
    case 'zero':
      return `${v(op.result)} = zero`;
    case 'add':
      return `${v(op.result)} = add ${v(op.a)}, ${v(op.b)}`;
    default:
      return assertUnreachable(op, 'IR op');
  }
}

function printFunction(f: IRFunction): string {
  const v = (id: number) => `%${id}`;
  const typed = (id: number) => `${v(id)}: ${f.values[id]?.dtype}${shape(f.values[id]?.shape ?? [])}`;
  const lines = [`func ${f.name}(${typed(f.input)}) {`];
  for (const op of f.ops) {
    const results = resultsOf(op);
    lines.push(`  ${opText(op, v)}  ; ${results.map((r) => shape(f.values[r]?.shape ?? [])).join(' ')}`);
  }
  lines.push(`  return z=${v(f.outputs.z)}, logdet=${v(f.outputs.logDet)}`, '}');
  return lines.join('\n');
}

export function resultsOf(op: Op): number[] {
  switch (op.kind) {
    case 'split':
      return [op.cond, op.trans];
    case 'egnn':
      return [op.features, op.vectors];
    case 'transformer':
      return [op.features];
    case 'inner':
    case 'scaling':
      return [op.result, op.logDet];
    default:
      return [op.result];
  }
}

export function operandsOf(op: Op): number[] {
  switch (op.kind) {
    case 'center':
    case 'split':
    case 'egnn':
    case 'transformer':
    case 'head':
    case 'scaling':
      return [op.src];
    case 'merge':
      return [op.cond, op.trans];
    case 'inner':
      return [op.trans, op.cond, ...(op.vectors === undefined ? [] : [op.vectors]), op.coefficients];
    case 'shift':
      return [op.trans, op.vectors];
    case 'zero':
      return [];
    case 'add':
      return [op.a, op.b];
  }
}

export function printModule(m: IRModule): string {
  const s = m.system;
  const lines = [
    `module ${m.name} version=${m.version} dtype=${m.dtype}`,
    `system n=${s.n} dim=${s.dim} augmented=${s.augmented} channels=${s.channels} half=${s.half}${s.typeIds ? ` types=${list(s.typeIds)}` : ''}`,
    `base ${m.base.kind} scale=${m.base.scale} augment_scale=${m.base.augmentScale}`,
    `target ${m.target ? Object.entries(m.target).map(([k, v]) => (k === 'kind' ? v : `${k}=${v}`)).join(' ') : 'none'}`,
    `symmetry proven=${m.symmetry.proven} generators=${m.symmetry.generators.join(',')}`,
    `params ${m.params.length} tensors, ${m.params.reduce((n, p) => n + p.shape.reduce((a, b) => a * b, 1), 0)} numbers`,
    ...m.params.map((p) => `  param ${p.name} ${shape(p.shape)} ${printInit(p.init)}`),
    printFunction(m.forward),
    printFunction(m.inverse),
  ];
  return `${lines.join('\n')}\n`;
}
