/**
 * The EGNN conditioner (method §4.3) as a tfjs plan over a dense [B, n, n, ·] pair grid. The first message
 * layer is factored: W·[h_j, h_i, ℓ², κ_j, κ_i] = (h_j·W_s + κ_j·W_kj) + (h_i·W_r + κ_i·W_ki + b) + ℓ²·W_ℓ,
 * computed per node and broadcast over pairs — no gathers, 2.3× fewer FLOPs (environment.md). The
 * diagonal i = j is computed and masked out of every sum.
 */
import type { EgnnConfig } from '../../../compiler/ir/ir.js';
import { tf } from '../tf.js';
import { linear, matMulRows, p, safeSquaredNorm, select, stableMlp, type TfParams } from './nn.js';

function pairIndices(M: number): { first: number[]; second: number[] } {
  const first: number[] = [];
  const second: number[] = [];
  for (let c = 0; c < M; c++)
    for (let j = 0; j < M - 1; j++) {
      first.push(c);
      second.push((c + 1 + j) % M);
    }
  return { first, second };
}

function initial(P: tf.Tensor, typeIds: readonly number[] | undefined, params: TfParams, name: string, c: EgnnConfig): { h: tf.Tensor; V0: tf.Tensor } {
  const [B, n, m] = P.shape as [number, number, number, number];
  const oneHot = () => tf.oneHot(tf.tensor1d([...(typeIds ?? [])], 'int32'), c.numTypes).toFloat();
  const embedded = c.numTypes > 1 ? tf.matMul(oneHot(), p(params, `${name}.embed`)).expandDims(0).tile([B, 1, 1]) : tf.ones([B, n, 1]).mul(p(params, `${name}.embed`));
  const h = linear(embedded, params, `${name}.h0`);
  const centred = P.sub(tf.mean(P, 1, true));
  const repeat = Array.from({ length: c.vectors }, (_, k) => Math.floor(k / (c.vectors / m)));
  return { h, V0: select(centred, repeat, 2) };
}

function block(h: tf.Tensor, V: tf.Tensor, params: TfParams, b: string, c: EgnnConfig, mask: tf.Tensor): { h: tf.Tensor; V: tf.Tensor } {
  const [, n] = V.shape as [number, number, number, number];
  const { features: F, vectors: M, mlp } = c;
  const cross = c.crossMultiplicity && M > 1;
  const P = M * (M - 1);
  const delta = V.expandDims(2).sub(V.expandDims(1)); // [B, i, j, M, d] = V_i − V_j
  const sq = safeSquaredNorm(delta).squeeze([-1]); // [B, i, j, M]
  const W = p(params, `${b}.phi_e.lin0.w`);
  const units = W.shape[1]!;
  const rows = (start: number, count: number) => W.slice([start, 0], [count, units]);
  let senderPart = matMulRows(h, rows(0, F));
  let receiverPart = matMulRows(h, rows(F, F)).add(p(params, `${b}.phi_e.lin0.b`));
  let gamma: tf.Tensor | undefined;
  let kappa: tf.Tensor | undefined;
  if (cross) {
    const { first, second } = pairIndices(M);
    gamma = select(V, first, 2).sub(select(V, second, 2)); // [B, n, P, d]
    kappa = safeSquaredNorm(gamma).squeeze([-1]); // [B, n, P]
    senderPart = senderPart.add(matMulRows(kappa, rows(2 * F + M, P)));
    receiverPart = receiverPart.add(matMulRows(kappa, rows(2 * F + M + P, P)));
  }
  const pre = receiverPart.expandDims(2).add(senderPart.expandDims(1)).add(matMulRows(sq, rows(2 * F, M)));
  const message = stableMlp(pre, params, `${b}.phi_e`, mlp, true, pre); // [B, i, j, u]
  const weights = linear(stableMlp(message, params, `${b}.phi_x`, mlp, true), params, `${b}.x_out`); // [B, i, j, M]
  const coefficient = weights.div(tf.sqrt(sq).add(1)).mul(mask).div(n - 1);
  let dV = tf.sum(coefficient.expandDims(-1).mul(delta), 2); // [B, n, M, d]
  if (cross && gamma && kappa) {
    const senderSum = tf.sum(message.mul(mask), 1); // Σ over receivers: per sender i
    const t = linear(stableMlp(senderSum, params, `${b}.phi_xc`, mlp, true), params, `${b}.xc_out`); // [B, n, P]
    const shift = t.div(kappa.add(1)).div(M - 1).expandDims(-1).mul(gamma); // [B, n, P, d]
    const [B, , , d] = V.shape as [number, number, number, number];
    dV = dV.add(tf.sum(shift.reshape([B, n, M, M - 1, d]), 3));
  }
  const gate = tf.sigmoid(linear(message, params, `${b}.gate`));
  const aggregated = tf.sum(message.mul(gate.mul(mask)), 2).div(Math.sqrt(n - 1)); // [B, n, u]; mask the small gate, not the grid
  const update = stableMlp(tf.concat([aggregated, h], -1), params, `${b}.phi_h`, [...mlp, F], false);
  return { h: h.add(update), V: V.add(dV) };
}

/** P [B, n, m, d] → features [B, n, F] and displacement vectors [B, n, M, d]. */
export function egnnTf(P: tf.Tensor, typeIds: readonly number[] | undefined, params: TfParams, name: string, c: EgnnConfig): { h: tf.Tensor; v: tf.Tensor } {
  const n = P.shape[1]!;
  const { h: h0, V0 } = initial(P, typeIds, params, name, c);
  const mask = tf.sub(1, tf.eye(n)).reshape([1, n, n, 1]);
  let h = h0;
  let V = V0;
  for (let l = 0; l < c.blocks; l++) ({ h, V } = block(h, V, params, `${name}.block${l}`, c, mask));
  return { h: linear(tf.softmax(h, -1), params, `${name}.h_out`), v: V.sub(V0) };
}
