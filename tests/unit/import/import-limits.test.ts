import { describe, expect, it } from 'vitest';
import type { Result } from '../../../main/common/errors';
import { importPlan } from '../../../main/common/import/import-plan';
import { formatImportReport } from '../../../main/common/import/import-report';
import { importBytes } from '../../../main/node/import/import-file';
import { DEFAULT_IMPORT_LIMITS, importLimitsFrom } from '../../../main/node/import/import-limits';
import { readDocx } from '../../../main/node/import/read-docx';
import { chineseNumeral, docxOf, documentXml, paragraphXml, planBody, withDeclaredSize } from './helpers/hostile-docx';

function expectFailure(r: Result<unknown>, code: string, message: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
}

function measureLines(n: number): string {
  const lines = ['某县2025年质量强县行动计划', '一、重点任务'];
  for (let i = 1; i <= n; i++) lines.push(`${i}.加强质量监管第${i}项。（责任单位：县市场监管局）`);
  return lines.join('\n');
}

describe('import limits', () => {
  it('a zip bomb stops inflating at the cap of real bytes, whatever the zip declares', () => {
    // 6 MB of one repeated paragraph inflates from a few KB; the zip then claims 1 KB. The cap is 4 MB here
    // (the default, 32 MB, works the same, only slower to build).
    const xml = documentXml(paragraphXml('一'.repeat(1000)).repeat(2000));
    const bomb = withDeclaredSize(docxOf(xml, 1), 'word/document.xml', 1024);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxInflatedBytes: 4 * 1024 * 1024 };
    expectFailure(importBytes(bomb, 'bomb.docx', {}, limits), 'import.too-large', /文件解压后超过 4 MB/);
    expectFailure(readDocx(docxOf(documentXml(planBody(3, 3))), { ...DEFAULT_IMPORT_LIMITS, maxInflatedBytes: 200 }), 'import.too-large', /解压后超过/);
  });

  it('an entry whose real size differs from the declared one is reported, not silently truncated', () => {
    const zip = docxOf(documentXml(planBody(2, 3)));
    const real = readDocx(zip);
    expect(real.ok).toBe(true);
    for (const lie of [100, 100_000]) {
      expectFailure(importBytes(withDeclaredSize(zip, 'word/document.xml', lie), 'lying.docx'), 'import.bad-docx', /实际大小.*与压缩包中记录的大小.*不符/);
    }
  });

  it('a deflate stream cut short is reported as incomplete', () => {
    const zip = docxOf(documentXml(planBody(20, 10)));
    // Cut inside the compressed data but keep the directory: the data ends early.
    const dirAt = zip.length - 22 - 55 - 46 - 17;
    const cut = new Uint8Array([...zip.subarray(0, 200), ...zip.subarray(dirAt)]);
    const r = importBytes(cut, 'cut.docx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/已损坏|不完整/);
  });

  it('a document of 25,000 one-line headings is refused by the paragraph limit, early', () => {
    const body: string[] = [];
    for (let i = 0; i < 25_000; i++) body.push(paragraphXml(`${i % 9 + 1}、标题${i}`));
    expectFailure(importBytes(docxOf(documentXml(body.join(''))), 'many.docx'), 'import.too-many-paragraphs', /段落过多（超过 20000 段）/);
  });

  it('a web page of 25,000 paragraphs on one source line is refused by the paragraph limit too', () => {
    const page = `<html><body>${Array.from({ length: 25_000 }, (_, i) => `<p>${i % 9 + 1}、标题${i}</p>`).join('')}</body></html>`;
    expectFailure(importBytes(new TextEncoder().encode(page), 'many.htm'), 'import.too-many-paragraphs', /段落过多（超过 20000 段）/);
  });

  it('sections and items have limits of their own', () => {
    const docx = docxOf(documentXml(planBody(12, 3)));
    expectFailure(importBytes(docx, 'p.docx', {}, { ...DEFAULT_IMPORT_LIMITS, maxSections: 10 }), 'import.too-many-sections', /章节过多（12 个，上限 10 个）/);
    expectFailure(importBytes(docx, 'p.docx', {}, { ...DEFAULT_IMPORT_LIMITS, maxItems: 30 }), 'import.too-many-items', /措施和目标过多（36 条/);
    expect(importBytes(docx, 'p.docx').ok).toBe(true);
  });

  // A correctness check on a huge input, not a speed bound (the bench measures speed): 20–40 s alone, over a
  // minute on a machine busy with other test runs, so the timeout leaves room.
  it('200,000 measures: refused by the paragraph limit with a clear message, and importable without a RangeError', () => {
    const text = measureLines(200_000);
    expectFailure(importBytes(new TextEncoder().encode(text), 'huge.txt'), 'import.too-many-paragraphs', /段落过多/);
    const r = importPlan(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.report.counts.measures).toBe(200_000);
    expect(formatImportReport(r.value.report)).toContain('措施 200000 条');
  }, 180_000);

  it('limits come from flags or the environment; nonsense is an error', () => {
    expect(importLimitsFrom({ 'import-max-mb': '8', 'import-timeout-s': '2.5' })).toMatchObject({ maxInflatedBytes: 8 * 1024 * 1024, timeoutMs: 2500 });
    expect(() => importLimitsFrom({ 'import-max-paragraphs': 'many' })).toThrow(/--import-max-paragraphs 无效/);
  });
});

describe('chineseNumeral (test helper)', () => {
  it('writes the numerals the importer reads', () => {
    expect([1, 10, 12, 20, 99, 100, 105, 110, 345].map((n) => chineseNumeral(n))).toEqual(['一', '十', '十二', '二十', '九十九', '一百', '一百零五', '一百一十', '三百四十五']);
  });
});
