import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How to start the import worker in each way the code runs (README "Import limits"):
 * - built: a bundler emits `import-worker.ts` as its own entry `import-worker.js` beside the bundle
 *   that starts it (electron-vite: out/main/import-worker.js next to out/main/index.js; an esbuild
 *   bundle: a second entry point into the same directory);
 * - source (tsx: `npm run server`, tests under Vitest): `import-worker.ts` beside this file, started
 *   through a small bootstrap that registers tsx in the worker first (Node 20 does not apply a
 *   parent's `--import tsx` to a worker's entry);
 * - `PLAN_STUDIO_IMPORT_WORKER=<file>` names the entry explicitly (packagers that move files).
 * With none of these (a one-file bundle without the worker entry), imports run in-process.
 */
export interface WorkerEntry {
  /** The worker's file (absolute). */
  file: string;
  /** What to pass to `new Worker`: the file itself, or bootstrap code (with `eval: true`). */
  script: string;
  eval: boolean;
}

function moduleDir(): string {
  // ESM (source, ESM bundles): import.meta.url; CommonJS bundles rewrite it, or leave __dirname.
  const url = (import.meta as { url?: string }).url;
  if (url) return path.dirname(fileURLToPath(url));
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

function viaTsx(file: string): WorkerEntry | null {
  let api: string;
  try {
    // The ESM build of tsx's API (`import` condition); require.resolve finds its CommonJS twin beside it.
    api = createRequire(file).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  } catch {
    return null; // no tsx: a .ts entry cannot run
  }
  if (!existsSync(api)) return null;
  const script = `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return { file, script, eval: true };
}

function entryOf(file: string): WorkerEntry | null {
  return file.endsWith('.ts') ? viaTsx(file) : { file, script: file, eval: false };
}

export function resolveImportWorker(override = process.env['PLAN_STUDIO_IMPORT_WORKER'], dir = moduleDir()): WorkerEntry | null {
  if (override) return existsSync(override) ? entryOf(path.resolve(override)) : null;
  for (const name of ['import-worker.js', 'import-worker.cjs', 'import-worker.mjs', 'import-worker.ts']) {
    const file = path.join(dir, name);
    if (existsSync(file)) return entryOf(file);
  }
  return null;
}
