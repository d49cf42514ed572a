import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTaskTableDocx } from '../../../main/common/docx/task-table/task-table-docx';
import { splitLead, taskTableRows } from '../../../main/common/docx/task-table/task-table-rows';
import { taskColumnWidths } from '../../../main/common/docx/task-table/task-table-columns';
import { GBT9704_STYLE } from '../../../main/common/docx/gbt9704-style';
import { breakLines } from '../../../main/common/docx/layout/line-estimate';
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

describe('任务分解表 rows and columns', () => {
  it('splits a measure without a run-in title: a short lead for 工作任务, the rest for 主要内容', () => {
    expect(splitLead('完善标准化法规制度,强化标准实施监督;全面落实自治区推进标准化工作的相关计划。'))
      .toEqual(['完善标准化法规制度,强化标准实施监督', '全面落实自治区推进标准化工作的相关计划。']);
    expect(splitLead('推进农业标准化生产，建立健全农产品质量安全追溯体系，重点建设南亚热带作物种质资源圃。'))
      .toEqual(['推进农业标准化生产', '建立健全农产品质量安全追溯体系，重点建设南亚热带作物种质资源圃。']);
    // Nothing to cut: the text goes whole to 主要内容, never all into 工作任务.
    expect(splitLead('加强食品安全监管。')).toEqual(['加强食品安全监管', '加强食品安全监管。']);
    const long = '这是一段没有任何标点符号而且非常非常长的措施文字需要整段放在主要内容里面';
    expect(splitLead(long)).toEqual(['', long]);
  });

  it('never leaves 主要内容 empty with the whole text in 工作任务 (seed 004, a measure without a title)', () => {
    const rows = taskTableRows(loadPlan('seed-004-notice'));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r[2]!.length, `row ${r[0]}`).toBeGreaterThan(0);
      expect([...r[1]!].length, `row ${r[0]}`).toBeLessThanOrEqual(24);
    }
    // (二) of 主要任务 holds one task paragraph and nothing else: the heading names the task, the paragraph is its content.
    const standard = rows.find((r) => r[1] === '实施标准化战略，引领质量发展');
    expect(standard?.[2]).toMatch(/^完善标准化法规制度，强化标准实施监督；/);
    // A task in a group of several keeps its own run-in title, not the group's heading.
    expect(rows.map((r) => r[1])).toContain('提升产品质量');
    expect(rows.map((r) => r[1])).not.toContain('实施质量提升战略，增强质量竞争力');
  });

  it('sizes columns by content: 完成时限 header on one line, "2026年12月底前" on two, unit names whole', () => {
    const rows = taskTableRows(loadPlan('seed-003-task-table')).map((r) => [...r.slice(0, 5), '2026年12月底前']);
    const widths = taskColumnWidths(rows, GBT9704_STYLE);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(12756);
    const inner = (c: number) => (widths[c]! - 160) / 20;
    const lines = (text: string, c: number) => breakLines(text, { widthPt: inner(c), sizePt: 12, scale: 100, hang: false }).length;
    expect(lines('完成时限', 5)).toBe(1);
    expect(lines('2026年12月底前', 5)).toBe(2);
    expect(lines('序号', 0)).toBe(1);
    // 责任单位: "市文化广电旅游体育局" (10 字) is capped at 8 字; shorter names fit one line.
    expect(lines('市自然资源局', 4)).toBe(1);
    expect(lines('市场监督管理局', 3)).toBe(1);
    expect(widths[2]).toBeGreaterThan(16 * 240);
  });

  it('keeps short rows whole (w:cantSplit), lets long ones split, and left-aligns task and unit cells', async () => {
    const plan = loadPlan('seed-003-task-table');
    const doc = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(buildTaskTableDocx(plan))))['word/document.xml']!);
    const rows = all(doc, /<w:tr>([\s\S]*?)<\/w:tr>/).slice(1);
    const kept = rows.filter((r) => r.includes('<w:cantSplit/>'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(rows.length);
    const cells = (r: string) => all(r, /<w:tc>([\s\S]*?)<\/w:tc>/);
    for (const r of rows) {
      const jc = cells(r).map((c) => /<w:jc w:val="(\w+)"\/>/.exec(c)?.[1]);
      expect(jc).toEqual(['center', 'left', 'both', 'left', 'left', 'center']);
    }
  });

  it('stores 序号 as a number in the .xlsx', () => {
    const sheet = strFromU8(unzipSync(buildTaskTableXlsx(loadPlan('seed-003-task-table')))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A3" s="4"><v>1</v></c>');
    expect(sheet).not.toMatch(/<c r="A\d+" t="inlineStr" s="3">/);
  });
});
