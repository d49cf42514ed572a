// `plan-studio diff` and `export --compare-to`, run from the built bundle as a user runs them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'out/cli/plan-studio.cjs');
const OLD = path.join(root, 'tests/fixtures/diff/old.plan.json');
const NEW = path.join(root, 'tests/fixtures/diff/new.plan.json');
const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-diff-'));
const cli = (...args: string[]) => run(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8' });

beforeAll(async () => {
  await run(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale', '--quiet'], { cwd: root });
}, 120_000);

describe('cli diff', () => {
  it('prints the changes in Chinese, one per line', async () => {
    const { stdout } = await cli('diff', OLD, NEW);
    expect(stdout).toMatch(/^共 \d+ 处修改：/);
    expect(stdout).toContain('发文字号：某政发〔2025〕3号 → 某政发〔2025〕5号');
    expect(stdout).toContain('推动〔增：重点〕企业开展对标达标活动。');
    expect(stdout).toContain('数值：2025年、95%、3家 → 2025年、98%、3家');
    expect(stdout).toContain('完成时限：2025年12月底前 → 2025年10月底前');
    expect(stdout).toContain('新增措施 3.');
  });
  it('--json names each change by item id, section id or meta field', async () => {
    const { stdout } = await cli('diff', OLD, NEW, '--json');
    const out = JSON.parse(stdout) as { changes: Array<Record<string, unknown>> };
    expect(out.changes).toContainEqual(expect.objectContaining({ kind: 'meta', field: 'docNumber' }));
    expect(out.changes).toContainEqual(expect.objectContaining({ kind: 'item-added', itemId: 'm3', sectionId: 's21' }));
    expect(out.changes).toContainEqual(expect.objectContaining({ kind: 'item-removed', itemId: 'p1', sectionId: 's3' }));
  });
  it('a plan against itself: no change; a bad file: a Chinese message and exit 1', async () => {
    expect((await cli('diff', NEW, NEW)).stdout.trim()).toBe('两个计划没有差别。');
    const bad = await cli('diff', OLD, path.join(dir, 'missing.plan.json')).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toContain('找不到文件');
  });
});

describe('cli export --compare-to', () => {
  it('writes a 修订稿 .docx with w:ins / w:del by the given author', async () => {
    const out = path.join(dir, '修订稿.docx');
    const { stdout } = await cli('export', NEW, '--compare-to', OLD, '--author', '县市场监督管理局', '-o', out, '--quiet');
    expect(stdout).toContain('修订稿');
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="县市场监督管理局"/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="县市场监督管理局"[^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">95<\/w:delText>/);
  });
  it('refuses a PDF 修订稿', async () => {
    const bad = await cli('export', NEW, '--compare-to', OLD, '-o', path.join(dir, 'x.pdf')).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toContain('只能导出为 .docx');
  });
});
