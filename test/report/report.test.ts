/**
 * Results people look at, end to end through the CLI on a small DW4 flow trained here for a few steps:
 * `flowc plot distances` against a histogram recomputed independently in this test, PNG and JSON output,
 * `.xyz` export, and the `flowc report` page in headless Chromium: no console errors, every plot present
 * with its marks, and every plot rasterised by the browser to visible pixels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flowc } from '../helpers/cli.js';
import { launchChromium } from '../helpers/browser.js';
import { parseNpy } from '../../backends/data/npy.js';

const trainDw4 = fileURLToPath(new URL('../../../shared/data/train_split_DW4.npy', import.meta.url));
const valDw4 = fileURLToPath(new URL('../../../shared/data/val_split_DW4.npy', import.meta.url));

const spec = `flow tiny_dw4 {
  system particles 4, dim 2
  symmetry SE(2) x S(4)
  augment copies 1, scale 0.1
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a condition net
  couple a | x condition net
  target dw4
  train {
    data "${trainDw4}"[0..256]
    batch 16
    lr constant(value 1e-3)
  }
}
`;

let dir = '';
let file = '';
let weights = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowc-report-'));
  file = join(dir, 'tiny.flow');
  writeFileSync(file, spec);
  const train = flowc(['train', file, '--steps', '30', '--out', join(dir, 'run'), '--val', valDw4, '--val-rows', '0..50', '--marginal-samples', '2', '--eval-every', '10']);
  expect(train.status, train.stderr).toBe(0);
  weights = join(dir, 'run', 'weights.safetensors');
  const sample = flowc(['sample', file, '--weights', weights, '-n', '300', '--backend', 'reference', '-o', join(dir, 's.npy'), '--with', 'logw,xyz']);
  expect(sample.status, sample.stderr).toBe(0);
}, 120_000);

interface Bar {
  lo: number;
  hi: number;
  density: number;
  series: string;
  height: number;
}

/** Bars read back from Vega's SVG: the aria label carries the numbers, the path its drawn height. */
function bars(svg: string, xTitle: string): Bar[] {
  const escaped = xTitle.replace(/[|()]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`aria-label="${escaped}: ([^;]+); density: ([^;]+); hi: ([^;]+); series: ([^"]+)"[^>]* d="M[^h]+h[^v]+v([^h]+)h`, 'g');
  return [...svg.matchAll(pattern)].map((m) => ({ lo: Number(m[1]), density: Number(m[2]), hi: Number(m[3]), series: m[4]!, height: Math.abs(Number(m[5])) }));
}

/** Pair distances and a density histogram on given bins, written out plainly (the test's own oracle). */
function independentDensities(x: Float64Array, count: number, edges: readonly number[]): number[] {
  const distances: number[] = [];
  for (let b = 0; b < count; b++)
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) distances.push(Math.hypot(x[b * 8 + i * 2]! - x[b * 8 + j * 2]!, x[b * 8 + i * 2 + 1]! - x[b * 8 + j * 2 + 1]!));
  return edges.slice(0, -1).map((lo, k) => {
    const hi = edges[k + 1]!;
    const last = k === edges.length - 2;
    const inBin = distances.filter((v) => v >= lo && (v < hi || (last && v <= hi))).length;
    return inBin / (distances.length * (hi - lo));
  });
}

describe('flowc plot', () => {
  it('distances: the bars are the histogram of the data and the samples, recomputed independently', () => {
    const out = join(dir, 'distances.svg');
    const run = flowc(['plot', 'distances', file, '--data', valDw4, '--rows', '0..200', '--samples', join(dir, 's.npy'), '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const drawn = bars(readFileSync(out, 'utf8'), 'distance |x_i − x_j|');
    const sets = { data: parseNpy(readFileSync(valDw4), 'val').data.subarray(0, 200 * 8), 'model samples': parseNpy(readFileSync(join(dir, 's.npy')), 's').data };
    const counts = { data: 200, 'model samples': 300 };
    for (const name of ['data', 'model samples'] as const) {
      const mine = drawn.filter((b) => b.series === name).sort((a, b) => a.lo - b.lo);
      expect(mine.length).toBeGreaterThanOrEqual(10);
      for (let k = 1; k < mine.length; k++) expect(mine[k]!.lo).toBeCloseTo(mine[k - 1]!.hi, 9);
      const edges = [...mine.map((b) => b.lo), mine.at(-1)!.hi];
      const expected = independentDensities(sets[name], counts[name], edges);
      mine.forEach((b, k) => expect(Math.abs(b.density - expected[k]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[k]!)));
      // drawn heights are proportional to the densities (one y scale for both series)
      const scale = drawn.find((b) => b.density > 0)!;
      mine.forEach((b) => expect(b.height).toBeCloseTo((b.density * scale.height) / scale.density, 6));
      expect(mine.reduce((s, b) => s + b.density * (b.hi - b.lo), 0)).toBeGreaterThan(0.98);
    }
  });

  it('writes PNG and JSON forms, and refuses an unknown kind or format with a usage error', () => {
    const png = join(dir, 'energies.png');
    const run = flowc(['plot', 'energies', file, '--data', valDw4, '--rows', '0..200', '--samples', join(dir, 's.npy'), '--logw', join(dir, 's.logw.npy'), '-o', png]);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // IHDR width at 2× scale
    const json = join(dir, 'energies.json');
    expect(flowc(['plot', 'energies', file, '--samples', join(dir, 's.npy'), '-o', json]).status).toBe(0);
    const parsed = JSON.parse(readFileSync(json, 'utf8')) as { kind: string; series: { name: string; histogram: { density: number[] } }[] };
    expect(parsed.kind).toBe('energies');
    expect(parsed.series.map((s) => s.name)).toEqual(['model samples']);
    const bad = flowc(['plot', 'ramachandran', file, '-o', json]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/distances, energies, training/);
    expect(flowc(['plot', 'distances', file, '--data', valDw4, '-o', join(dir, 'x.gif')]).stderr).toMatch(/-o must end in \.svg, \.png, \.json/);
    // an output folder that does not exist: said before any work, no stack trace
    for (const args of [['plot', 'distances', file, '--data', valDw4, '-o', '/nonexistent/d.svg'], ['report', file, '--weights', weights, '-o', '/nonexistent/r.html'], ['sample', file, '--weights', weights, '-o', '/nonexistent/s.npy']]) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/the folder of '\/nonexistent\/\w\.\w+' does not exist; create it first/);
      expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    }
  });
});

describe('flowc sample --with xyz', () => {
  it('writes every sample as a frame, X for untyped particles, numbers equal to the .npy', () => {
    const lines = readFileSync(join(dir, 's.xyz'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(300 * 6);
    const x = parseNpy(readFileSync(join(dir, 's.npy')), 's').data;
    const frame7 = lines.slice(7 * 6 + 2, 7 * 6 + 6).map((l) => l.trim().split(/\s+/));
    expect(frame7.map((f) => f[0])).toEqual(['X', 'X', 'X', 'X']);
    frame7.forEach((f, i) => {
      expect(Number(f[1])).toBeCloseTo(x[7 * 8 + i * 2]!, 6);
      expect(Number(f[2])).toBeCloseTo(x[7 * 8 + i * 2 + 1]!, 6);
      expect(Number(f[3])).toBe(0);
    });
  });
});

describe('flowc report', () => {
  it('opens in headless Chromium without console errors, and every plot rendered with its marks', async () => {
    const out = join(dir, 'report.html');
    const run = flowc(['report', file, '--weights', weights, '--data', valDw4, '--rows', '0..100', '--samples', '200', '--marginal-samples', '4', '--verify-runs', '1', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http/); // self-contained: nothing to fetch at view time
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith('file:') && errors.push(`network request ${r.url()}`));
      await page.goto(`file://${out}`);
      const figures = await page.$$eval('figure', (nodes) =>
        nodes.map((f) => {
          const marks = (selector: string) => [...f.querySelectorAll(selector)].filter((m) => {
            const box = (m as SVGGraphicsElement).getBBox();
            return box.width > 0 || box.height > 0;
          }).length;
          return { kind: f.getAttribute('data-kind'), bars: marks('.mark-rect path'), lines: marks('.mark-line path'), svg: f.querySelector('svg')?.outerHTML ?? '' };
        }),
      );
      expect(figures.map((f) => f.kind)).toEqual(['distances', 'augmented-distances', 'energies', 'training-loss', 'validation-nll']);
      for (const f of figures) expect(f.kind?.startsWith('training') || f.kind?.startsWith('validation') ? f.lines : f.bars, f.kind!).toBeGreaterThan(f.kind?.includes('distances') ? 20 : 0);
      // rasterise each figure's SVG in the browser and count ink: a blank or broken plot has none
      for (const f of figures) {
        const ink = await page.evaluate(async (svg) => {
          const image = new Image();
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [image.width, image.height];
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let coloured = 0;
          for (let i = 0; i < data.length; i += 4) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40) coloured++;
          return { coloured, total: data.length / 4 };
        }, f.svg);
        expect(ink.coloured / ink.total, f.kind!).toBeGreaterThan(f.kind!.includes('distances') || f.kind === 'energies' ? 0.02 : 0.001);
      }
      const screenshot = await page.screenshot({ fullPage: true });
      writeFileSync(join(dir, 'report.png'), screenshot);
      expect(await page.textContent('#metrics + table')).toMatch(/NLL/);
      expect(await page.$$eval('#verify ~ table tr', (rows) => rows.length)).toBeGreaterThan(3);
      expect(errors.join('\n')).toBe('');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
