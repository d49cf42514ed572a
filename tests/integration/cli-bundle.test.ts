// The built CLI (scripts/build-cli.mjs → out/cli/plan-studio.cjs, the `plan-studio` bin) run as a user runs it:
// a child process of plain node, started from another working directory.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocx } from '../../main/common/docx/build-docx';
import { layoutSummary } from '../../main/common/docx/layout/layout-summary';
import { parsePlanText } from '../../main/common/model/parse-plan';
import { COMMAND_SPECS } from '../../main/node/cli/commands/command-specs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'out/cli/plan-studio.cjs');
const seed = path.join(root, 'seeds/003_5cb87e2d2ab2f10e.plan.json');
const elsewhere = mkdtempSync(path.join(tmpdir(), 'plan-studio-bin-'));

function cli(...args: string[]) {
  return run(process.execPath, [bundle, ...args], { cwd: elsewhere, encoding: 'utf8' });
}

beforeAll(async () => {
  // tests/run-all.mjs builds it before the suites; this keeps a single-file run honest too.
  await run(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale', '--quiet'], { cwd: root });
}, 120_000);

describe('the built CLI bundle', () => {
  it('is declared as the plan-studio bin and starts with a node hashbang', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(path.join(root, pkg.bin['plan-studio']!)).toBe(bundle);
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  /** Runs the bundle with hooks on require() and on reading files (cached-require.ts reads a command file and
   * compiles it with V8's code cache): which command files did this run load? */
  async function loadedCommandFiles(...args: string[]): Promise<{ stdout: string; loaded: string[] }> {
    const { stdout } = await run(process.execPath, ['-e', `
      const Module = require('node:module'); const load = Module._load; const seen = [];
      Module._load = function (req, ...rest) { seen.push(req); return load.call(this, req, ...rest); };
      const fs = require('node:fs'); const read = fs.readFileSync;
      fs.readFileSync = function (file, ...rest) { if (String(file).endsWith('-command.cjs')) seen.push(String(file)); return read.call(this, file, ...rest); };
      process.argv = [process.execPath, ${JSON.stringify(bundle)}, ...${JSON.stringify(args)}];
      process.on('exit', () => console.log('LOADED ' + JSON.stringify(seen.filter((r) => r.includes('-command')))));
      require(${JSON.stringify(bundle)});
    `], { cwd: elsewhere, encoding: 'utf8' });
    return { stdout, loaded: JSON.parse(/LOADED (.*)/.exec(stdout)![1]!) as string[] };
  }

  it('lists every command without loading any command file; a command loads only its own', async () => {
    const help = await loadedCommandFiles('--help');
    for (const spec of Object.values(COMMAND_SPECS)) expect(help.stdout).toContain(spec.usage);
    expect(help.loaded).toEqual([]);
    const show = await loadedCommandFiles('show', seed);
    expect(show.stdout).toContain('一、');
    expect(show.loaded).toHaveLength(1);
    expect(show.loaded[0]).toMatch(/commands[/\\]show-command\.cjs$/);
  });

  it('exports a seed with its 任务分解表 and prints the page summary the exporter computes', async () => {
    const out = path.join(elsewhere, '003.docx');
    const { stdout } = await cli('export', seed, '-o', out, '--task-table');
    expect(statSync(out).size).toBeGreaterThan(10_000);
    const parts = unzipSync(readFileSync(out));
    expect(strFromU8(parts['word/document.xml']!)).toContain('任务分解表');
    expect(parts['word/fontTable.xml']).toBeDefined();
    const plan = parsePlanText(readFileSync(seed, 'utf8'));
    if (!plan.ok) throw new Error(plan.error.message);
    const expected = layoutSummary(composeDocx(plan.value, { taskTable: true }).layout);
    expect(expected).toMatch(/^共 \d+ 页/);
    expect(stdout.split('\n')).toContain(expected);
    expect(stdout).toContain(`已导出“${plan.value.meta.title}”：${out}`);
  });

  it('keeps a V8 code cache of a command file after its first run and gives the same output with it', async () => {
    const cacheDir = path.join(root, 'out/cli/commands/.code-cache');
    const first = await cli('show', seed);
    const caches = readdirSync(cacheDir).filter((f) => f.startsWith('show-command-') && f.endsWith('.bin'));
    expect(caches).toHaveLength(1); // one per build: older builds' caches are removed
    expect(statSync(path.join(cacheDir, caches[0]!)).size).toBeGreaterThan(10_000);
    const second = await cli('show', seed);
    expect(second.stdout).toBe(first.stdout);
  });

  it('finds templates/ from the package root, not the working directory', async () => {
    const out = path.join(elsewhere, 'new.plan.json');
    const { stdout } = await cli('new', '--template', 'county-quality-action-plan', '--region', '某县', '--year', '2025', '-o', out);
    expect(stdout).toContain('已新建计划“某县2025年');
    expect(existsSync(out)).toBe(true);
    const shown = await cli('show', out);
    expect(shown.stdout).toContain('一、');
  });

  it('imports with --simplify: the bundled t2cn converter turns traditional characters into simplified ones', async () => {
    const source = path.join(root, 'seeds/001_ca82d0a5fedf39b1.txt');
    expect(readFileSync(source, 'utf8')).toContain('質');
    const out = path.join(elsewhere, 'simplified.plan.json');
    await cli('import', source, '--simplify', '-o', out);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('質');
    expect(text).toContain('质量');
  });

  it('validates the plan as the app does (zod without its JIT in the CLI): an unknown field is named, exit code 1', async () => {
    const plan = JSON.parse(readFileSync(seed, 'utf8')) as { meta: Record<string, unknown> };
    plan.meta['colour'] = 'red';
    const file = path.join(elsewhere, 'bad.plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const err = await cli('export', file, '-o', path.join(elsewhere, 'bad.docx')).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('计划文件格式有误：meta 含有未知字段：colour');
    expect(existsSync(path.join(elsewhere, 'bad.docx'))).toBe(false);
  });

  it('answers a missing file in Chinese with exit code 1, no stack trace', async () => {
    const err = await cli('export', path.join(elsewhere, 'nope.plan.json'), '-o', path.join(elsewhere, 'x.docx')).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('找不到文件');
    expect((err as { stderr: string }).stderr).not.toMatch(/at .*\.cjs:\d+/);
  });
});
