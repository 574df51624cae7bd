/**
 * The renderer is safe on any input: long lines are clipped around the span, control characters from a spec or
 * a file name are escaped (the marker stays under the span), and at most MAX_SHOWN diagnostics print per call.
 */
import { describe, expect, it } from 'vitest';
import { EXCERPT_WIDTH, excerptLine, MAX_SHOWN, renderDiagnostics } from '../../compiler/diagnostics/render.js';
import { printable } from '../../compiler/diagnostics/printable.js';
import { checkSource } from '../../compiler/check/checker.js';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.js';

const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const render = (list: readonly Diagnostic[], sources: Map<string, string>) => renderDiagnostics(list, (f) => sources.get(f), { excerpt: true, color: false });

describe('printable', () => {
  it('escapes C0, DEL, C1 and bidi controls and keeps everything else', () => {
    expect(printable('\u001b]0;PWNED\u0007\u001b[2J')).toBe('\\x1b]0;PWNED\\x07\\x1b[2J');
    expect(printable('a\u0000b\u007f\u009b\u202ec')).toBe('a\\x00b\\x7f\\x9b\\u{202e}c');
    expect(printable('spline(é, 🙂) × 3')).toBe('spline(é, 🙂) × 3');
  });
});

describe('excerpts', () => {
  it('clip a 200,000-character line to a window around the span, marker under it', () => {
    const line = `${'a'.repeat(100_000)}XYZ${'b'.repeat(100_000)}`;
    const { text, marker } = excerptLine(line, 100_000, 100_003);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_WIDTH + 2);
    expect(text.slice(marker.indexOf('^'), marker.length)).toBe('XYZ');
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true);
  });

  it('escape control characters and keep the marker aligned after them', () => {
    const line = 'flow f { \u001b]0;PWNED\u0007\u001b[2J oops }';
    const from = line.indexOf('oops');
    const { text, marker } = excerptLine(line, from, from + 4);
    expect(text).not.toMatch(raw);
    expect(text.slice(marker.indexOf('^'), marker.length)).toBe('oops');
  });

  it('a spec with terminal escapes renders without one raw control character', () => {
    const source = 'flow f { system particles 4 \u001b]0;PWNED\u0007\u001b[2J }';
    const result = checkSource(source, 'evil\u001b[2J.flow');
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const text = renderDiagnostics(result.diagnostics, (f) => result.sources.get(f), { excerpt: true, color: false });
    expect(text).toContain('\\x1b');
    expect(text).not.toMatch(raw);
  });
});

describe('the number of diagnostics shown', () => {
  it(`is at most ${MAX_SHOWN}, with a line saying how many were left out`, () => {
    const source = '@'.repeat(5000);
    const list: Diagnostic[] = Array.from({ length: 5000 }, (_, i) => ({ code: 'FLOW1001', severity: 'error', message: "unexpected character '@'", span: { file: 'x.flow', start: i, end: i + 1 }, related: [] }));
    const lines = render(list, new Map([['x.flow', source]])).split('\n');
    expect(lines.filter((l) => l.includes('FLOW1001'))).toHaveLength(MAX_SHOWN);
    expect(lines.at(-1)).toBe(`… and ${5000 - MAX_SHOWN} more diagnostics not shown (5000 in all; fix the first ones and check again)`);
  });

  it('10,000 nested spline( renders in a few lines (it was Invalid string length)', () => {
    const source = `flow f { system particles 4 couple x | a transform ${'spline('.repeat(10_000)} }`;
    const result = checkSource(source, 'deep.flow');
    const text = render(result.diagnostics, new Map(result.sources));
    expect(text.split('\n').length).toBeLessThan(10);
  });
});
