/**
 * The compiled sampler's example page in headless Chromium with WebGPU on SwiftShader (Debian's chromium
 * package, which .ci/run installs): the page samples and reports, with no console error. Driven by
 * playwright-core against the system browser (no browser download).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../helpers/browser.js';
import { flowc } from '../helpers/cli.js';
import { serveFolder } from '../../compiler/cli/serve-command.js';
import { compile } from '../../compiler/compile.js';
import { randomWeights } from '../../backends/init.js';
import { saveWeights } from '../../backends/weights-io.js';

const spec = `flow tiny {
  system particles 4, dim 3
  let net = egnn(layers 1, mlp [8, 8], features 8, head [8, 8])
  couple x | a project spherical condition net
  couple a | x project spherical condition net
  target dw4
}
`;

describe('the compiled sampler in a browser', () => {
  it('samples on the example page in headless Chromium (WebGPU on SwiftShader)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-page-'));
    writeFileSync(join(dir, 'tiny.flow'), spec);
    const { module } = compile(spec);
    saveWeights(join(dir, 'w.safetensors'), module, randomWeights(module, 3));
    const out = join(dir, 'site');
    const run = flowc(['compile', join(dir, 'tiny.flow'), '--weights', join(dir, 'w.safetensors'), '--target', 'wgsl', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const server = await serveFolder(out, 0); // what `flowc serve` runs
    const port = (server.address() as AddressInfo).port;
    const browser = await launchChromium(true);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.waitForFunction(() => document.title !== 'flowc sampler', undefined, { timeout: 90_000 });
      const text = await page.textContent('#out');
      expect(await page.title(), text ?? '').toBe('flowc sampler: done');
      const report = JSON.parse(text!) as { samples: number; meanLogQ: number; firstAtom: number[]; reverseEss: number; logW: number[] };
      expect(report.samples).toBe(100);
      // Importance weights computed in the browser (the target kernel): 100 finite log w, an ESS in (0, 1].
      expect(report.logW.filter(Number.isFinite)).toHaveLength(100);
      expect(report.reverseEss).toBeGreaterThan(0);
      expect(report.reverseEss).toBeLessThanOrEqual(1);
      expect(Number.isFinite(report.meanLogQ)).toBe(true);
      expect(report.firstAtom).toHaveLength(3);
      // The figures: both histograms drawn (bars and a caption with the counts), the ESS in the summary line.
      expect(await page.locator('#distances rect').count()).toBe(30);
      expect(await page.locator('#energies rect').count()).toBe(30);
      expect(await page.textContent('#distances text')).toMatch(/^pair distances: .* \(600 values\)$/);
      expect(await page.textContent('#energies text')).toMatch(/^energies E\(x\): .* \(100 values\)$/);
      expect(await page.textContent('#status')).toMatch(/^100 samples of tiny; mean log q\(x, a\) = .*; reverse ESS .* %$/);
      await page.screenshot({ path: join(dir, 'page.png') });
      expect(errors.join("\n")).toBe("");
      // Opened as a file, the page says how to serve the folder instead of hanging on a blocked fetch.
      const asFile = await browser.newPage();
      await asFile.goto(`file://${join(out, 'index.html')}`);
      await asFile.waitForFunction(() => document.title !== 'flowc sampler', undefined, { timeout: 30_000 });
      expect(await asFile.title()).toBe('flowc sampler: needs a server');
      expect(await asFile.textContent('#status')).toContain('flowc serve');
    } finally {
      await browser.close();
      server.close();
    }
  }, 150_000);
});
