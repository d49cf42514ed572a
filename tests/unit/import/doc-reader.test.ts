import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../main/common/import/eval/corpus-score';
import { CorpusTruthSchema } from '../../../main/common/import/eval/corpus-truth';
import { normalizeForEval } from '../../../main/node/import/corpus-eval';
import { readDoc } from '../../../main/node/import/doc/read-doc';
import { importBytes } from '../../../main/node/import/import-file';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/node/import/import-limits';

const FIXTURES = path.join(__dirname, '../../fixtures/doc');
const CORPUS = path.join(__dirname, '../../fixtures/corpus');
/** A .doc of the fixtures, or of the corpus (its real Word .doc files). */
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(existsSync(path.join(FIXTURES, name)) ? FIXTURES : CORPUS, name)));

function paragraphs(name: string): string[] {
  const r = readDoc(bytes(name));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.map((p) => p.text);
}

/** Text as compared with LibreOffice's: no blanks, no cell separators, no 、 (cells' names are joined with it). */
const norm = (s: string) => s.replace(/[\s|｜、\ufeff]/g, '');

// Real Word documents (tests/fixtures/doc/README.md), checked against LibreOffice's reading of the same file
// (`soffice --convert-to txt`, saved beside each): every line LibreOffice shows is in our text, and every
// paragraph and table cell of ours is in LibreOffice's — nothing lost, nothing made up. LibreOffice shows a
// merged cell once and a bullet as "•"; we show a merged cell's text in every row it spans and no bullet.
describe('.doc reader against LibreOffice on real Word files', () => {
  for (const name of ['zzuli-2017-chuangye', 'panyu-2010-youeryuan', 'nanhai-2019-strategy']) {
    it(`${name}.doc: the same text as LibreOffice reads`, () => {
      const ours = paragraphs(`${name}.doc`);
      const theirs = readFileSync(path.join(FIXTURES, `${name}.libreoffice.txt`), 'utf8').split(/\r?\n/).map((l) => norm(l.replace(/^\s*•/, '')));
      const oursText = norm(ours.join(''));
      const theirsText = theirs.join('');
      const lost = theirs.filter((l) => l && !oursText.includes(l));
      const madeUp = ours.flatMap((p) => p.split(' | ')).map(norm).filter((c) => c && !theirsText.includes(c));
      expect(lost).toEqual([]);
      expect(madeUp).toEqual([]);
      expect(oursText.length).toBeGreaterThan(theirsText.length * 0.95);
    });
  }

  it('a notice with no table reads exactly as LibreOffice reads it', () => {
    const theirs = readFileSync(path.join(FIXTURES, 'zzuli-2017-chuangye.libreoffice.txt'), 'utf8');
    expect(norm(paragraphs('zzuli-2017-chuangye.doc').join(''))).toBe(norm(theirs));
  });

  it('a table gives a row a line, a cell merged down shows its text in every row it spans', () => {
    const rows = paragraphs('panyu-2010-youeryuan.doc').filter((p) => p.includes(' | '));
    expect(rows[0]).toBe('一级指标 | 二级指标 | 基本要求 | 操作办法 | 分值 | 自评 | 复评 |');
    const site = rows.filter((r) => r.startsWith('一、场地★（20分） | '));
    expect(site.map((r) => r.split(' | ')[1])).toEqual(['1.场地', '2.周围环境', '3.园内环境', '4.占地面积', '5.建筑面积', '6.户外活动场地']);
  });

  it('automatic list numbers are put back as Word shows them (一、 （一） ①)', () => {
    // Labels in order wherever they stand (a cell's paragraphs are joined on one line): ours and LibreOffice's.
    const labels = (text: string) => text.replace(/\s/g, '').match(/（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[①-⑳]/g) ?? [];
    const ours = labels(paragraphs('nanhai-2019-strategy.doc').join('\n'));
    const theirs = labels(readFileSync(path.join(FIXTURES, 'nanhai-2019-strategy.libreoffice.txt'), 'utf8'));
    expect(ours.length).toBeGreaterThan(20);
    expect(ours).toEqual(theirs);
  });
});

// Corpus texts written in a Word authoring style (tests/fixtures/docx-styles) and saved as .doc by LibreOffice.
describe('.doc: what a 红头 template and a layout frame put outside the body text', () => {
  it('a 发文机关标志 in a text box is read where the box is anchored', () => {
    const r = importBytes(bytes('hunan-2009-biyesheng-red-head.doc'), '通知.doc');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta.issuer).toBe('湖南省人民政府办公厅');
    expect(paragraphs('hunan-2009-biyesheng-red-head.doc').slice(0, 3).map((p) => p.trim())).toContain('湖南省人民政府办公厅文件');
  });

  it('a 标志 and 文号 in the first page\'s header are read above the body', () => {
    const r = importBytes(bytes('hunan-2009-biyesheng-header-mark.doc'), '通知.doc');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.plan.meta).toMatchObject({ issuer: '湖南省人民政府办公厅', docNumber: { agency: '湘政办发', year: 2009, serial: 24 } });
  });

  it('a task table nested in a layout frame gives its rows', () => {
    const rows = paragraphs('lueyang-2019-wenlv-nested-task-table.doc').filter((p) => p.includes(' | '));
    expect(rows[0]).toBe('序号 | 工作任务 | 牵头单位 | 配合单位 |');
    expect(rows).toHaveLength(21);
    const r = importBytes(bytes('lueyang-2019-wenlv-nested-task-table.doc'), '分解表.doc');
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.report.counts.measures).toBe(20);
  });
});

// Corpus documents written in Word (.docx), saved as .doc by LibreOffice: the import scores as the .docx does.
describe('.doc saved from corpus documents imports as its truth says', () => {
  for (const name of ['lishan-2023-fengong-docx', 'taizhou-2019-yingshang-docx', 'xiangxi-2020-yingshang-docx']) {
    it(`${name}: its .docx saved as .doc`, () => {
      const truth = CorpusTruthSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, `${name}.truth.json`), 'utf8')));
      const file = truth.file!.replace(/\.docx$/, '.doc');
      const r = importBytes(bytes(file), file);
      if (!r.ok) throw new Error(r.error.detail);
      const score = scoreDocument(name, r.value.plan, truth, normalizeForEval);
      expect(score.misses).toEqual([]);
      expect(score.measures.tp + score.units.tp + score.head.tp).toBeGreaterThan(5);
      expect(r.value.report.warnings.some((w) => w.includes('旧版 Word 文档（.doc）'))).toBe(true);
    });
  }

  it('the same bytes named .wps are read as a WPS document; a .docx named .doc is read as a .docx', () => {
    const wps = importBytes(bytes('xiangxi-2020-yingshang.doc'), '方案.wps');
    expect(wps.ok && wps.value.report.warnings.some((w) => w.includes('旧版 WPS 文档（.wps）'))).toBe(true);
    const docx = importBytes(new Uint8Array(readFileSync(path.join(CORPUS, 'xiangxi-2020-yingshang.docx'))), '方案.doc');
    expect(docx.ok).toBe(true);
    expect(docx.ok && docx.value.report.warnings.some((w) => w.includes('旧版'))).toBe(false);
  });

  it('a .doc of more paragraphs than the limit is refused', () => {
    const r = readDoc(bytes('panyu-2010-youeryuan.doc'), { ...DEFAULT_IMPORT_LIMITS, maxParagraphs: 10 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('import.too-many-paragraphs');
  });
});
