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
