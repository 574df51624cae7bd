/** `flowc serve DIR`: the compiled sampler's folder over http on 127.0.0.1, files under DIR only. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { serveFolder } from '../../compiler/cli/serve-command.js';
import { flowc } from '../helpers/cli.js';

/** A raw GET (fetch would normalise '..' away before sending). */
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('flowc serve', () => {
  it('serves the folder, and nothing outside it', async () => {
    const top = mkdtempSync(join(tmpdir(), 'flowc-serve-'));
    const site = join(top, 'site');
    mkdirSync(join(site, 'kernels'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>page</p>');
    writeFileSync(join(site, 'kernels', 'k.wgsl'), '@compute fn main() {}');
    writeFileSync(join(top, 'secret.txt'), 'secret');
    symlinkSync(join(top, 'secret.txt'), join(site, 'link.txt'));
    const server = await serveFolder(site, 0);
    const port = (server.address() as AddressInfo).port;
    try {
      expect(await get(port, '/')).toMatchObject({ status: 200, body: '<p>page</p>', type: expect.stringContaining('text/html') });
      expect(await get(port, '/kernels/k.wgsl')).toMatchObject({ status: 200, type: expect.stringContaining('text/plain') });
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/link.txt', '/kernels', '/missing.js']) {
        const r = await get(port, path);
        expect(r.status, path).toBe(404);
        expect(r.body, path).not.toContain('secret');
      }
    } finally {
      server.close();
    }
  });

  it('refuses what is not a compiled sampler folder, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowc-serve-'));
    for (const args of [['serve', join(dir, 'nope')], ['serve', dir], ['serve']]) {
      const run = flowc(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^flowc serve: .*\n$/);
    }
  });
});
