import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatImportReport } from '../../../main/common/import/import-report';
import { importPlan } from '../../../main/common/import/import-plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { importCommand } from '../../../main/node/cli/commands/import-command';
import { importBytes } from '../../../main/node/import/import-file';
import { SEED_NAMES, seedText } from './helpers/seeds';

function report(name: string) {
  const r = importPlan(seedText(name), { fileName: `${name}.txt` });
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.report;
}

describe('the import report says what was recognised and what to check, in Chinese', () => {
  it('004: damaged 文号 flagged with the raw text, the guessed date, dropped web lines, unit suggestions', () => {
    const r = report(SEED_NAMES[4]);
    expect(r.flags.damagedDocNumber).toBe(true);
    const text = formatImportReport(r);
    expect(text).toContain('发文字号有缺损：原文“鄂前政发〔201920    816”，已整理为“鄂前政发〔2019〕20号”');
    expect(text).toContain('成文日期由缺损的文号行末尾“816”推断为 2019-08-16');
    expect(r.droppedLines).toEqual(expect.arrayContaining(['您当前的位置:', '分享:']));
    expect(r.unitSuggestions).toEqual(expect.arrayContaining([{ name: '旗住建局', current: '旗住房和城乡建设局', reason: expect.any(String) }]));
    // 内蒙古 keeps 农牧局: only the missing level is suggested, not a rename.
    expect(r.unitSuggestions.find((s) => s.name === '农牧局')?.current).toBe('旗农牧局');
    expect(r.unitSuggestions.find((s) => s.name === '统计局')?.current).toBe('旗统计局');
  });

  it('000: repaired 文号 in the preamble, guessed titles, repaired annotations, one target without a figure', () => {
    const r = report(SEED_NAMES[0]);
    expect(r.counts).toMatchObject({ measures: 23, targets: 4, measuresWithUnits: 23, sections: 7 });
    expect(r.warnings).toContain('引用文号有缺损，已修复：天政发〔201388号 → 天政发〔2013〕88号');
    expect(r.warnings.some((w) => w.includes('第 12 项') && w.includes('缺少左括号'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('第 14 项') && w.includes('缺少括号'))).toBe(true);
    expect(r.warnings).toContain('1 条目标中没有数字指标');
    expect(r.unitSuggestions).toEqual(expect.arrayContaining([{ name: '市质监局', current: '市市场监督管理局', reason: expect.any(String) }]));
  });

  it('001: traditional characters counted and kept; with simplify they are converted', () => {
    const r = report(SEED_NAMES[1]);
    expect(r.flags.traditionalChars).toBeGreaterThan(1000);
    expect(r.flags.simplified).toBe(false);
    const simplified = importBytes(new TextEncoder().encode(seedText(SEED_NAMES[1])), '001.txt', { simplify: true });
    if (!simplified.ok) throw new Error(simplified.error.detail);
    expect(simplified.value.report.flags.simplified).toBe(true);
    expect(simplified.value.plan.meta.title).toBe('青海省贯彻质量发展纲要2014年行动计划实施方案');
    expect(simplified.value.plan.meta.signature).toBe('青海省人民政府办公厅');
  });

  it('002: the missing title is flagged', () => {
    const r = report(SEED_NAMES[2]);
    expect(r.flags.titleMissing).toBe(true);
    expect(formatImportReport(r)).toContain('未找到计划标题');
  });
});

describe('npm run cli -- import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seed = fileURLToPath(new URL(`../../../seeds/${SEED_NAMES[3]}.txt`, import.meta.url));

  it('writes a valid plan file and prints the Chinese report', async () => {
    const out = path.join(dir, 'plan.json');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await importCommand.run([seed, '-o', out])).toBe(0);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      expect(printed).toContain('措施 30 条');
      expect(printed).toContain('已写入计划文件');
    } finally {
      log.mockRestore();
    }
    expect(parsePlan(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  });

  it('fails with a Chinese message and exit code 1 on a missing file, writing nothing', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await importCommand.run([path.join(dir, 'missing.txt'), '-o', path.join(dir, 'x.json')])).toBe(1);
      expect(String(err.mock.calls[0]?.[0])).toMatch(/^导入失败：找不到文件/);
    } finally {
      err.mockRestore();
    }
    expect(() => readFileSync(path.join(dir, 'x.json'))).toThrow();
  });
});
