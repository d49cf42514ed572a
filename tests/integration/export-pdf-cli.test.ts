import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportOptionsSchema } from '../../main/common/docx/export-options';
import { exportPdfBytes } from '../../main/node/pdf/export-pdf';
import { loadPlan } from '../unit/docx/docx-kit';
import { removeDir } from './helpers/server-harness';

const root = path.join(__dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'main/node/cli/cli-main.ts'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

describe('glyphs the role\'s font lacks', () => {
  it('draws 繁体 characters missing from the GB2312 仿宋 in another face instead of dropping them', async () => {
    const plan = loadPlan('small');
    plan.preamble = [{ type: 'paragraph', children: [{ text: '貫徹執行情況監督檢查。' }] }];
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-glyphs-'));
    const file = path.join(dir, 'x.pdf');
    writeFileSync(file, await exportPdfBytes(plan, ExportOptionsSchema.parse({})));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('貫徹執行情況監督檢查。');
    removeDir(dir);
  });
});

describe('CLI export: characters the 公文 fonts cannot draw', () => {
  it('warns on stderr, in Chinese, about the glyphs missing in seed 001 (繁体) and how to fix them; the file is still written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-glyphs-'));
    const out = path.join(dir, 'plan.docx');
    const r = cli(['export', 'seeds/001_ca82d0a5fedf39b1.plan.json', '-o', out, '--quiet']);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const lines = r.stderr.trim().split('\n');
    // With the render tests' fonts (FandolFang …) some 繁体 characters have no 仿宋 glyph.
    expect(lines[0]).toMatch(/^警告：\d+ 个字在仿宋（正文、三四级标题、版记）的字体 \S+ 中没有字形，Word\/WPS 和 PDF 会改用其他字体显示（与正文字形不一致）：\S+$/);
    expect(lines.at(-1)).toMatch(/^警告：文中有 \d+ 个繁体字（如 \S+），公文应使用规范汉字.*“公文体检”中按“繁体字”全部改正，或运行 npm run cli -- check seeds\/001_ca82d0a5fedf39b1\.plan\.json 查看各处。$/);
    // A simplified plan: no warning.
    const plain = cli(['export', 'seeds/000_887fce41ce3b9e6c.plan.json', '-o', out, '--quiet']);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toBe('');
    removeDir(dir);
  });
});

describe('CLI export -o x.pdf', () => {
  it('writes a PDF of the plan and prints the pages and the embedded fonts', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-pdf-'));
    const out = path.join(dir, 'plan.pdf');
    const r = cli(['export', 'seeds/003_5cb87e2d2ab2f10e.plan.json', '-o', out, '--task-table']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/共 \d+ 页（双面印刷）/);
    expect(r.stdout).toContain('PDF 内嵌的字体（子集）');
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = Number(/共 (\d+) 页/.exec(r.stdout)![1]);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
    // The landscape 任务分解表 pages are in it.
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('完成时');
    removeDir(dir);
  });

  it('names the missing fonts in Chinese and writes nothing when none are found', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-pdf-'));
    const out = path.join(dir, 'plan.pdf');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'main/node/cli/cli-main.ts'), 'export', 'seeds/000_887fce41ce3b9e6c.plan.json', '-o', out], {
      encoding: 'utf8', cwd: root, timeout: 120_000,
      // No system font folder reachable: HOME, WINDIR and the cache point into an empty folder.
      env: { ...process.env, PLAN_STUDIO_FONT_ONLY_DIRS: '1', PLAN_STUDIO_FONT_DIR: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('本机缺少导出 PDF 所需的字体');
    expect(existsSync(out)).toBe(false);
    removeDir(dir);
  });
});
