import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkSource } from '../compiler/check/checker.js';
import { explain, explanationText } from '../compiler/explain.js';
import { LineMap } from '../compiler/diagnostics/span.js';
import { formatFlow } from '../compiler/fmt/format.js';

const dir = new URL('../examples/', import.meta.url).pathname;
const examples = readdirSync(dir).filter((f) => f.endsWith('.flow')).sort();

describe('examples', () => {
  it('include DW4, LJ13, LJ55, QM9 and alanine dipeptide', () => {
    for (const name of ['dw4.flow', 'lj13.flow', 'lj55.flow', 'qm9.flow', 'aldp.flow']) expect(examples).toContain(name);
  });

  it.each(examples)('%s checks clean and is canonically formatted', (name) => {
    const text = readFileSync(dir + name, 'utf8');
    const result = checkSource(text, `examples/${name}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.certificate?.claim).toBeDefined();
    expect(formatFlow(result.ast!, text, result.comments)).toBe(text);
  });

  it('explain on lj13 shows SE(3) x S(13) with a reason per layer', () => {
    const text = readFileSync(dir + 'lj13.flow', 'utf8');
    const result = checkSource(text, 'examples/lj13.flow');
    const lines = new LineMap(text);
    const e = explain(result.model!, result.certificate!, (o) => lines.lineCol(o).line);
    expect(e.proven).toBe('SE(3) x S(13)');
    expect(e.degreesOfFreedom).toEqual({ x: 36, augmented: 39, total: 75 });
    expect(e.totalLayers).toBe(24);
    expect(e.layers).toHaveLength(2);
    for (const layer of e.layers) {
      expect(Object.keys(layer.kept).sort()).toEqual(['permutation', 'rotation', 'translation', 'typed-permutation']);
      expect(layer.broken['reflection']).toMatch(/atan2/);
      expect(layer.parametersEach).toBeGreaterThan(0);
    }
    const textOut = explanationText(e);
    expect(textOut).toContain('proven     SE(3) x S(13)');
    expect(textOut).toContain('keeps  rotations');
  });

  it('the ALDP example has 20 blocks of three layers with the scaling block', () => {
    const result = checkSource(readFileSync(dir + 'aldp.flow', 'utf8'), 'examples/aldp.flow');
    expect(result.model?.layers.length).toBe(60);
    expect(result.model?.layers.filter((l) => l.facts.kind === 'scaling').length).toBe(20);
    expect(result.certificate?.group).toBe('SE(3) x S(types)');
  });

  it('QM9 has A = 3 and (n−1)·d = 54 CoM-free dimensions', () => {
    const result = checkSource(readFileSync(dir + 'qm9.flow', 'utf8'), 'examples/qm9.flow');
    expect(result.model?.augment.copies).toBe(3);
    const e = explain(result.model!, result.certificate!, () => undefined);
    expect(e.degreesOfFreedom.x).toBe(54);
  });
});
