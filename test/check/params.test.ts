/** Parameter counts, checked against hand counts of the layout in method §4.2. */
import { describe, expect, it } from 'vitest';
import { stableMlp } from '../../stdlib/params.js';

describe('parameter counts', () => {
  it('StableMLP counts Linear layers with biases and LayerNorms between residual widths', () => {
    // silu(Linear 10→64); y + silu(Linear 64→64 (LayerNorm 64 y)): 10·64+64 + 2·64 + 64·64+64
    expect(stableMlp(10, [64, 64], true)).toBe(704 + 128 + 4160);
    // …then a plain final Linear 64→5
    expect(stableMlp(10, [64, 64, 5], false)).toBe(704 + 128 + 4160 + 325);
  });
});
