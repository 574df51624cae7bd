/** Deterministic text of a gradient function (compiler/ir/gradient.ts): `flowc compile --emit gradient`, tests. */
import type { AdjointOp, GradientFunction, PrimalOp } from './gradient.js';
import { opText } from './print.js';

const v = (id: number | undefined) => (id === undefined ? '_' : `%${id}`);

function primalText(op: PrimalOp, index: number): string {
  switch (op.kind) {
    case 'barrier':
      return `${v(op.result)} = barrier ${v(op.vectors)} of #${op.inner} weight=${+op.weight.toPrecision(6)}`;
    case 'log_q':
      return `${v(op.result)} = log_q ${v(op.z)}, ${v(op.logDet)}`;
    case 'loss':
      return `${v(op.result)}, ${v(op.aux)} = loss ${v(op.logQ)} barriers=[${op.barriers.map(v).join(', ')}] w_aux=${op.auxWeight}`;
    case 'mask':
      return `${v(op.result)} = mask ${v(op.weight)} if finite ${v(op.loss)} and ${v(op.logQ)} >= ${op.floor}`;
    default:
      return `${opText(op, v)}  ; #${index}`;
  }
}

function adjointText(op: AdjointOp, primal: readonly PrimalOp[]): string {
  if (op.kind === 'accumulate') return `${v(op.result)} = accumulate ${v(op.a)}, ${v(op.b)}`;
  return `${op.results.map(v).join(', ')} = vjp.${primal[op.op]!.kind} #${op.op} seeds ${op.seeds.map(v).join(', ')}`;
}

export function printGradient(g: GradientFunction): string {
  const typed = (id: number) => `${v(id)}: ${g.values[id]?.dtype}[${g.values[id]?.shape.join(',')}]`;
  const o = g.outputs;
  return [
    `func gradient(${typed(g.input)}, ${typed(g.weight)}) {`,
    ...g.primal.map((op, i) => `  ${primalText(op, i)}`),
    '  ; adjoint',
    ...g.adjoint.map((op) => `  ${adjointText(op, g.primal)}`),
    `  return loss=${v(o.loss)}, logq=${v(o.logQ)}, aux=${v(o.aux)}, weight=${v(o.weight)}${o.inputAdjoint === undefined ? '' : `, z_bar=${v(o.inputAdjoint)}`}, grads=${g.params.length} tensors`,
    '}',
    '',
  ].join('\n');
}
