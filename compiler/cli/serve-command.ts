/**
 * `flowc serve DIR [--port P]`: serves a folder made by `flowc compile --target wgsl` over http on this
 * machine only (127.0.0.1), since browsers refuse the page's fetch() of kernels and weights from file://.
 * Read-only, files under DIR only; stops on Ctrl-C.
 */
import { createServer, type Server } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { UserError } from './io.js';
import { positiveInt } from './args.js';
import { SERVE_PORT } from './defaults.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wgsl': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

/** The file under `root` that `url` names, or undefined (outside root, missing, a folder). */
async function fileFor(root: string, url: string): Promise<string | undefined> {
  let path: string;
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    path = await realpath(join(root, pathname === '/' ? 'index.html' : pathname));
  } catch {
    return undefined;
  }
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  return (await stat(path)).isFile() ? path : undefined;
}

/** Starts the server; resolves once it listens. */
export async function serveFolder(dir: string, port: number): Promise<Server> {
  const root = await realpath(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    fileFor(root, req.url ?? '/').then(
      async (path) => {
        if (!path) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        const body = await readFile(path);
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
      },
      () => void res.writeHead(500).end(),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return server;
}

export async function runServe(files: readonly string[], flags: { port?: string }): Promise<number> {
  if (files.length !== 1) throw new UserError('flowc serve: give the folder flowc compile --target wgsl wrote, e.g. flowc serve sampler/', 2);
  const dir = resolve(files[0]!);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`flowc serve: '${files[0]}' is not a folder`, 2);
  if (!existsSync(join(dir, 'index.html'))) throw new UserError(`flowc serve: '${files[0]}' has no index.html; make one with flowc compile FILE --weights W --target wgsl -o ${files[0]}`, 2);
  const port = positiveInt(flags.port, '--port') ?? SERVE_PORT;
  let server: Server;
  try {
    server = await serveFolder(dir, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`flowc serve: cannot listen on 127.0.0.1:${port}${code === 'EADDRINUSE' ? ' (in use: choose another with --port)' : `: ${(error as Error).message}`}`);
  }
  process.stdout.write(`serving ${files[0]} at http://127.0.0.1:${(server.address() as AddressInfo).port}/ (this machine only; Ctrl-C stops)\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
