#!/usr/bin/env node
// Builds the CLI for plain node (`npm run build:cli`): out/cli/plan-studio.cjs, the `plan-studio` bin, plus one
// self-contained CommonJS file per command in out/cli/commands/. Whole-process start-up is what a CLI user
// waits for: npm + tsx cost ~0.6 s before the first line of ours ran. The entry holds only argument parsing and
// the help text; main/node/cli/commands/index.ts loads a command with import('./<name>-command'), which this
// build turns into require('./commands/<name>-command.cjs'), so `--help` reads a few KB and `show` never
// compiles docx, opencc-js or yjs (V8 compiling a 2 MB single bundle alone took ~70 ms).
//
// `node scripts/build-cli.mjs --if-stale` rebuilds only when a source file is newer than the bundle
// (`npm run cli` and tests/run-all.mjs use it).
//
// Hook for more entries: a worker thread (e.g. import parsing off the main thread) is a separate file at run
// time. Add it to ENTRIES (name → source) and resolve it at run time from the bundle's own directory
// (`new URL('./<name>.cjs', import.meta.url)` works in both tsx and the bundle: import.meta.url is defined below).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'cli');
const commandsDir = 'main/node/cli/commands';
/**
 * Parts of a command loaded only on some runs, each its own file (out/cli/lazy/<name>.cjs): a command file's
 * import('../<name>') becomes a require of it. `pdf-kit`: fontkit and pdf-lib, half of the export bundle,
 * which a .docx export does not need.
 */
const LAZY = { 'pdf-kit': 'main/node/cli/pdf-kit.ts' };
/** Output name (without .cjs, relative to out/cli) → entry source: the entry, every command module, the lazy parts. */
export const ENTRIES = {
  'plan-studio': 'main/node/cli/cli-main.ts',
  ...Object.fromEntries(readdirSync(path.join(root, commandsDir)).filter((f) => f.endsWith('-command.ts'))
    .map((f) => [`commands/${f.replace(/\.ts$/, '')}`, `${commandsDir}/${f}`])),
  ...Object.fromEntries(Object.entries(LAZY).map(([name, src]) => [`lazy/${name}`, src])),
};

/**
 * import('./x-command') in commands/index.ts → the file out/cli/commands/x-command.cjs at run time, loaded by
 * main/node/cli/cached-require.ts (require() with V8's code cache: compiling the 3 MB export bundle was a
 * quarter of an export's whole process).
 */
const cachedRequire = path.join(root, 'main/node/cli/cached-require.ts');
const commandFiles = {
  name: 'command-files',
  setup(b) {
    b.onResolve({ filter: /^\.\/[a-z-]+-command$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.endsWith(path.join('cli', 'commands', 'index.ts'))) return undefined;
      return { path: path.basename(args.path), namespace: 'command-file' };
    });
    b.onLoad({ filter: /.*/, namespace: 'command-file' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(cachedRequire)}).cachedRequire(require('node:path').join(__dirname, 'commands', ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: 'js',
      resolveDir: root,
    }));
    // import('../<lazy>') in a command file (out/cli/commands/) → out/cli/lazy/<lazy>.cjs.
    b.onResolve({ filter: /^\.\.\/[a-z-]+$/ }, (args) => {
      const name = args.path.slice(3);
      if (args.kind !== 'dynamic-import' || !(name in LAZY) || path.basename(path.dirname(args.importer)) !== 'commands') return undefined;
      return { path: name, namespace: 'lazy-file' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-file' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(cachedRequire)}).cachedRequire(require('node:path').join(__dirname, '..', 'lazy', ${JSON.stringify(`${args.path}.cjs`)}));`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};
/**
 * zod's `z.locales` (and `z.core.locales`) namespace carries the messages of ~50 languages (~300 KB of the bundle, read and compiled at
 * every start); nothing here uses another locale than the English default, which zod itself imports directly.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)) return undefined;
      return { path: path.join(path.dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * Every output as ASCII: esbuild escapes non-ASCII text in strings but leaves it in regular expressions (〔 〕 号
 * …). An ASCII file is read as latin1 (cached-require.ts), ~10× faster than decoding UTF-8, and V8 keeps it as a
 * one-byte string. \uXXXX means the same UTF-16 unit in a string, a template, a regular expression (with or
 * without the u flag, a surrogate pair being one code point there) and a comment.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/** Inputs whose change makes the bundle stale. */
const SOURCE_DIRS = ['main/common', 'main/node', 'scripts'];
const SOURCE_FILES = ['package.json', 'package-lock.json'];

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function isStale() {
  const outputs = Object.keys(ENTRIES).map((n) => path.join(outDir, `${n}.cjs`));
  if (!outputs.every((f) => existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))),
    ...SOURCE_FILES.filter((f) => existsSync(path.join(root, f))).map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  return sources > built;
}

export async function buildCli() {
  const { build } = await import('esbuild'); // not loaded when --if-stale finds nothing to do
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, path.join(root, src)])),
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Smaller text parses faster at start-up; identifiers stay readable in stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    plugins: [commandFiles, zodEnglishOnly],
    // import() of a command file becomes require(): no ESM loader to start for a CommonJS file.
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
    // The importer converts only traditional → mainland simplified (Converter({ from: 't', to: 'cn' })); the
    // package's t2cn build carries just those dictionaries (0.1 MB instead of 1.2 MB for every direction).
    alias: { 'opencc-js': 'opencc-js/t2cn' },
    // ESM sources use import.meta.url (package root, worker files); CommonJS has __filename instead.
    banner: { js: '#!/usr/bin/env node\nvar __planStudioImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__planStudioImportMetaUrl' },
  });
  for (const name of Object.keys(ENTRIES)) asciiOnly(path.join(outDir, `${name}.cjs`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  const t0 = performance.now();
  await buildCli();
  if (!process.argv.includes('--quiet')) console.error(`built out/cli/ in ${Math.round(performance.now() - t0)} ms`);
}
