import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTaskTableDocx } from '../../../main/common/docx/task-table/task-table-docx';
import { taskTableRows } from '../../../main/common/docx/task-table/task-table-rows';
import { buildTaskTableXlsx } from '../../../main/common/docx/task-table/task-table-xlsx';
import { all, loadPlan, paragraphTexts } from './docx-kit';

describe('任务分解表 alone', () => {
  const plan = loadPlan('seed-003-task-table');

  it('derives one row per measure: 序号, run-in title, content, lead, support, deadline', () => {
    const rows = taskTableRows(plan);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual([
      '1', '提高农产品优质供给水平', expect.stringMatching(/^推进农业标准化生产/), '市农业农村局', '市自然资源局、市市场监管局', '2020年底前',
    ]);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it('writes a minimal SpreadsheetML workbook: title, header, one row per measure, inline strings', () => {
    const files = unzipSync(buildTaskTableXlsx(plan));
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(all(sheet, /<row r="(\d+)"/)).toHaveLength(2 + 24);
    const row2 = all(/<row r="2">([\s\S]*?)<\/row>/.exec(sheet)![1]!, /<t xml:space="preserve">([^<]*)<\/t>/);
    expect(row2).toEqual(['序号', '工作任务', '主要内容', '牵头单位', '责任单位', '完成时限']);
    expect(sheet).toContain('<t xml:space="preserve">湛江市开展质量提升行动方案工作任务分解表</t>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"/>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('_xlnm.Print_Titles');
  });

  it('escapes XML in cell text', () => {
    const tricky = structuredClone(plan);
    const first = tricky.sections.flatMap((s) => s.body).find((b) => b.type === 'item' && b.role === 'measure');
    if (first?.type !== 'item') throw new Error('fixture has no measure');
    first.children = [{ text: 'A<B & "C"。', lead: true }, { text: '内容' }];
    const sheet = strFromU8(unzipSync(buildTaskTableXlsx(tricky))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('A&lt;B &amp; &quot;C&quot;');
  });

  it('exports a landscape .docx with the title and the table', async () => {
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildTaskTableDocx(plan))));
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toContain('w:orient="landscape"');
    expect(paragraphTexts(doc)[0]).toBe('湛江市开展质量提升行动方案工作任务分解表');
    expect(all(doc, /<w:tr>/)).toHaveLength(25);
  });
});
