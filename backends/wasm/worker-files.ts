/**
 * Where the parallel engine's thread entry files are. A worker_thread runs a JavaScript file, and Node 20
 * cannot run our TypeScript sources, so threads always run the compiled files in dist/:
 * - from the compiled package (dist/backends/wasm/parallel-engine.js) they are this module's siblings;
 * - under vitest, which runs the TypeScript sources in the main thread, they are found from the package root
 *   (the folder with package.json, compiler/bind/modules.ts) in dist/backends/wasm/. `npm test` builds dist/
 *   before vitest; a file that is missing or older than its source is refused with a message saying to build,
 *   rather than run stale code in the threads.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../compiler/bind/modules.js';

/** The sources whose compiled copies the threads run directly (their other imports come along with them). */
const threadSources = ['gradient-worker', 'worker-supervisor', 'worker-control'];

export function compiledWorkerFile(name: string): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(dirname(here), name);
  const compiled = join(packageRoot(), 'dist', 'backends', 'wasm');
  const file = join(compiled, name);
  const build = 'build it with `npx tsc -p tsconfig.json` (npm test does)';
  if (!existsSync(file)) throw new Error(`the parallel gradient engine runs its threads from ${file}, which is missing: ${build}`);
  for (const source of threadSources) {
    const js = join(compiled, `${source}.js`);
    const ts = join(dirname(here), `${source}.ts`);
    if (existsSync(ts) && (!existsSync(js) || statSync(js).mtimeMs < statSync(ts).mtimeMs)) throw new Error(`${js} is older than ${ts}: ${build}`);
  }
  return file;
}
