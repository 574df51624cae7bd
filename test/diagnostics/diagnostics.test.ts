import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../compiler/check/checker.js';
import { LineMap } from '../../compiler/diagnostics/span.js';
import { Messages } from '../../compiler/diagnostics/messages.js';
import { renderBaseline } from '../helpers/baseline.js';

const casesDir = new URL('./cases/', import.meta.url).pathname;
const baselinesDir = new URL('./baselines/', import.meta.url).pathname;
const update = process.env['UPDATE_BASELINES'] === '1';
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.flow')).sort();

/** `// expect FLOW3003 at 5:18` on the first line of each case: the first diagnostic's code and place. */
function expectation(text: string): { code: string; line: number; col: number } | undefined {
  const match = /^\/\/ expect (FLOW\d{4}) at (\d+):(\d+)/.exec(text);
  return match ? { code: match[1]!, line: Number(match[2]), col: Number(match[3]) } : undefined;
}

describe('diagnostics suite', () => {
  it('has at least 40 bad specs', () => {
    expect(cases.filter((c) => !c.startsWith('warn-') && !c.startsWith('info-')).length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', (name) => {
    const file = join(casesDir, name);
    const text = readFileSync(file, 'utf8');
    const result = checkSource(text, `test/diagnostics/cases/${name}`);
    const expected = expectation(text);
    expect(expected, `${name} must start with '// expect FLOWxxxx at L:C'`).toBeDefined();
    const first = result.diagnostics[0];
    expect(first, 'a diagnostic').toBeDefined();
    const at = new LineMap(text).lineCol(first!.span.start);
    expect({ code: first!.code, line: at.line, col: at.col }).toEqual(expected);
    // Warnings and notes leave the file valid; every other case must fail the check.
    expect(result.ok).toBe(name.startsWith('warn-') || name.startsWith('info-'));

    const baselinePath = join(baselinesDir, name.replace(/\.flow$/, '.errors.txt'));
    const actual = renderBaseline(result);
    if (update || !existsSync(baselinePath)) writeFileSync(baselinePath, actual);
    expect(actual).toBe(readFileSync(baselinePath, 'utf8'));
  });

  it('has no baseline without a case', () => {
    const stale = readdirSync(baselinesDir).filter((b) => !cases.includes(b.replace(/\.errors\.txt$/, '.flow')));
    expect(stale).toEqual([]);
  });
});

describe('message catalog', () => {
  it('has unique codes in the FLOW#### form', () => {
    const codes = Object.values(Messages).map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^FLOW[1-6]\d{3}$/);
  });
});
