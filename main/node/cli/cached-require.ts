import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

// V8 code cache for the built CLI's command files (scripts/build-cli.mjs). Node 20 has no compile cache of its
// own (module.enableCompileCache came in Node 22), so a command file is run the way require() runs it — the
// CommonJS wrapper compiled by vm.Script — with V8's cachedData: the first run of a build writes the code of
// every function it compiled (V8 includes functions compiled lazily during the run when the cache is taken
// after it), and later runs skip parsing and compiling them. For `export` that is ~0.1–0.15 s of a 0.5 s process.
// The cache is keyed by the file's size and mtime, the Node version and the architecture; V8 itself rejects a
// cache made for another source or other flags (then the file is compiled as usual and the cache rewritten).

const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** Where caches go: beside the bundle when writable (out/cli/commands/.code-cache), else the temp folder. */
function cacheDirs(bundleDir: string): string[] {
  return [path.join(bundleDir, '.code-cache'), path.join(tmpdir(), `plan-studio-code-cache-${process.getuid?.() ?? 'user'}`)];
}

function cacheName(file: string): string {
  const st = statSync(file);
  return `${path.basename(file, '.cjs')}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}.bin`;
}

function readCache(dirs: string[], name: string): Buffer | undefined {
  for (const dir of dirs) {
    try {
      return readFileSync(path.join(dir, name));
    } catch {
      // not there: the next place, or compile without a cache
    }
  }
  return undefined;
}

function writeCache(dirs: string[], stem: string, name: string, data: Buffer): void {
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
      writeFileSync(tmp, data);
      renameSync(tmp, path.join(dir, name)); // a concurrent run reads a whole cache or none
      // Caches of earlier builds of the same file are dead weight (each is 1–2 MB).
      for (const old of readdirSync(dir)) if (old.startsWith(stem) && old !== name && old.endsWith('.bin')) rmSync(path.join(dir, old), { force: true });
      return;
    } catch {
      // read-only install: try the next place; a cache is only an optimisation
    }
  }
}

/**
 * The file's text. The build writes ASCII only (scripts/build-cli.mjs asciiOnly): read as latin1 it is the same
 * text, ~10× faster than decoding UTF-8 (5 ms for the export bundle). Anything else is decoded as UTF-8.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** require() of a self-contained CommonJS file (its own requires: node built-ins), with V8's code cache. */
export function cachedRequire(file: string): unknown {
  // PLAN_STUDIO_CODE_CACHE=off: plain require (what the benchmark compares against).
  if (process.env['PLAN_STUDIO_CODE_CACHE'] === 'off') return createRequire(file)(file);
  const dirs = cacheDirs(path.dirname(file));
  const name = cacheName(file);
  const cachedData = readCache(dirs, name);
  // A hashbang is only valid at the very start of a script, not inside the wrapper; keep the line count.
  const source = readSource(file).replace(/^#!.*/, '');
  const script = new vm.Script(WRAPPER[0] + source + WRAPPER[1], { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // After the command has run, so the functions it compiled on the way are in the cache too.
    process.once('exit', () => writeCache(dirs, `${path.basename(file, '.cjs')}-`, name, script.createCachedData()));
  }
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}
