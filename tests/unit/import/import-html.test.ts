import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { importBytes } from '../../../main/node/import/import-file';
import { corpusTexts } from '../../fixtures/docx-styles/eval-docx-styles';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/paste/${name}`, import.meta.url)));
const bytes = (s: string) => new TextEncoder().encode(s);
// A page's blanks are collapsed as a browser shows them (an ideographic space inside a line is one blank).
const blanks = (s: string) => s.replace(/[\s\u3000]+/g, ' ');
const measures = (plan: Plan) => Plan.measures(plan).map((l) => [blanks(Item.leadText(l.item)), blanks(Item.bodyText(l.item)), l.item.leadUnits, l.item.supportUnits]);

/** A text as Word's "另存为网页" writes it: a MsoNormal paragraph a line, the HTML source wrapped mid-sentence. */
function asWordPage(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Every 60 characters, but never inside a Latin word or a number: Word wraps those only at a space
  // (tests/fixtures/paste/word-numbered-headings.html), and a break there reads as one.
  const wrap = (s: string) => s.replace(/(.{60}[0-9A-Za-z\u00c0-\u024f]*)(?![0-9A-Za-z\u00c0-\u024f])(?=.)/g, '$1\n');
  const paras = text.split(/\r?\n/).filter((l) => l.trim()).map((l) => `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${wrap(esc(l.trim()))}<o:p></o:p></span></p>`);
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta charset=utf-8><style>p.MsoNormal{margin:0cm}</style></head>\n<body lang=ZH-CN>\n<div class=WordSection1>\n${paras.join('\n')}\n</div></body></html>`;
}

describe('an HTML document (a web page saved, Word\'s 另存为网页) is read as a document', () => {
  it('a Word table page: rows as measures, a merged cell given to each row, hidden text left out', () => {
    const r = importBytes(fixture('word-table.html'), '任务分解表.htm');
    if (!r.ok) throw new Error(r.error.detail);
    expect(measures(r.value.plan).map(([, , lead, support]) => [lead, support])).toEqual([
      [['县市场监管局'], ['县工信局', '各乡镇人民政府']], [['县市场监管局'], ['县商务局']], [['县工信局'], []],
    ]);
    expect(JSON.stringify(r.value.plan)).not.toContain('待核实');
    expect(r.value.report.recognised).toContain('原文是网页文件（HTML），已按网页上的段落和表格导入');
  });

  it('found by its start as well as by its name; a .txt holding a few tags is still a text', () => {
    const page = bytes('<!DOCTYPE html><html><body><p>某县2026年质量强县工作要点</p><p>一、主要任务</p><p>（一）强化标准引领。（县市场监管局负责）</p></body></html>');
    const r = importBytes(page, 'download.txt');
    if (!r.ok) throw new Error(r.error.detail);
    expect(measures(r.value.plan)).toEqual([['强化标准引领。', '', ['县市场监管局'], []]]);
    const txt = importBytes(bytes('某县2026年质量强县工作要点\n一、主要任务\n<p>（一）强化标准引领。（县市场监管局负责）</p>'), 'a.txt');
    if (!txt.ok) throw new Error(txt.error.detail);
    expect(txt.value.report.recognised).not.toContain('原文是网页文件（HTML），已按网页上的段落和表格导入');
  });

  it('every corpus text saved as a Word web page imports to the measures and units of the text itself', () => {
    let compared = 0;
    for (const d of corpusTexts()) {
      const plain = importBytes(bytes(d.text), `${d.name}.txt`);
      const page = importBytes(bytes(asWordPage(d.text)), `${d.name}.htm`);
      // Garbled text (GBK read as UTF-8 …) is repaired line by line; a page's source lines are not the text's.
      if (!plain.ok || plain.value.report.warnings.some((w) => w.includes('乱码'))) continue;
      if (!page.ok) throw new Error(`${d.name}: ${page.error.detail}`);
      expect(measures(page.value.plan), d.name).toEqual(measures(plain.value.plan));
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });
});
