import { strFromU8, unzipSync } from 'fflate';
import { AlignmentType, Document, Packer, type Paragraph, type Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { composeDocx, exportContext } from '../../../main/common/docx/build-docx';
import type { ExportOptionsInput } from '../../../main/common/docx/export-options';
import { gridTable, type GridTableSpec } from '../../../main/common/docx/elements/grid-table';
import { flowParagraph, type FlowParagraphSpec } from '../../../main/common/docx/flow-paragraph';
import { fillShell } from '../../../main/common/docx/xml/body-shell';
import { gridTableXml } from '../../../main/common/docx/xml/grid-table-xml';
import { paragraphXml } from '../../../main/common/docx/xml/paragraph-xml';
import { exportTaskTableDocxBytes, packDocx } from '../../../main/node/docx/pack-docx';
import { composeTaskTableDocx } from '../../../main/common/docx/task-table/task-table-docx';
import { bigPlan } from '../../bench/big-plan';
import { loadPlan } from './docx-kit';

// The export writes most of word/document.xml directly (common/docx/xml) instead of through docx's objects and
// formatter. It must be the same document: these tests compare the two writers byte for byte.

const compiler = (Packer as unknown as { compiler: { compile(d: Document): Map<string, string | Uint8Array> } }).compiler;
const ctx = exportContext(loadPlan('small'));

/** word/document.xml's body as docx writes it for these children (the trailing sectPr cut off). */
function docxBody(children: Array<Paragraph | Table>): string {
  const xml = compiler.compile(new Document({ sections: [{ children }] })).get('word/document.xml') as string;
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr'));
}

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);

describe('paragraphs written directly', () => {
  const run = { text: '文本', face: 'fangsong', size: 32 } as const;
  const specs: FlowParagraphSpec[] = [
    { style: 'GwBody', runs: [run] },
    { style: 'GwBody', runs: [] },
    { style: '', runs: [run] },
    { style: 'GwTitle', line: 828, alignment: AlignmentType.CENTER, keepNext: true, pageBreakBefore: true, runs: [{ ...run, size: 44, face: 'xiaobiaosong' }, { ...run, breakBefore: true }] },
    { style: 'Heading1', indent: { firstLine: 640, firstLineChars: 200 }, keepNext: true, runs: [{ ...run, face: 'heiti', scale: 98 }] },
    { style: 'GwBody', indent: { left: 1120.6, right: 280, hanging: 840 }, alignment: AlignmentType.RIGHT, runs: [{ ...run, bold: true, color: 'FF0000', scale: 100 }] },
    { style: 'GwBody', indent: { right: 627, firstLine: 0, firstLineChars: 0 }, alignment: AlignmentType.LEFT, runs: [{ ...run, text: '' }] },
    { style: 'GwSpacer', line: 20, runs: [{ text: '', face: 'fangsong', size: 2 }] },
    { style: 'GwBody', alignment: AlignmentType.JUSTIFIED, runs: [{ ...run, text: 'A & B < C > D "引" \'单\' \u0001\u0008\u000b\t\n 空格 ' }, { ...run, size: 0 }] },
    // Ambiguous characters (ambiguous-runs.ts) in runs of their own, a break before the first piece only.
    { style: 'GwBody', runs: [{ ...run, text: '“一·二”在3.15”—…' }, { ...run, text: '·“', bold: true, breakBefore: true }, { ...run, text: '“引”', face: 'heiti', scale: 98 }] },
  ];
  it.each(specs.map((s, i) => [i, s] as const))('spec %i: the same XML as docx', (_i, spec) => {
    const flow = flowParagraph(ctx, spec);
    expect(paragraphXml(ctx.style.faces, spec)).toBe(docxBody([flow.node as Paragraph]));
  });

  it('leaves a spec with docx-only options (extra) to docx', () => {
    expect(paragraphXml(ctx.style.faces, { style: 'GwBody', runs: [run], extra: { border: { bottom: { style: 'single', size: 12, color: 'FF0000' } } } })).toBeUndefined();
  });
});

describe('grid tables written directly', () => {
  const specs: GridTableSpec[] = [
    { rows: [['序号', '任务'], ['1', '第一行\n第二行'], ['2']], header: true, widths: [700, 2200], centred: [0], splitRows: true },
    { rows: [['a & "b"', ''], ['c', 'd']], header: false, widths: [4422, 4422] },
    { rows: [['标题']], header: true, widths: [8844] },
    { rows: [['“序号”', '任务'], ['1', '一·二\n“三”—']], header: true, widths: [4422, 4422] },
  ];
  it.each(specs.map((s, i) => [i, s] as const))('spec %i: the same XML as docx', (_i, spec) => {
    expect(gridTableXml(ctx, spec)).toBe(docxBody([gridTable(ctx, spec)]));
  });
});

describe('packDocx of a composed export (shell + direct XML)', () => {
  const cases: Array<[string, ReturnType<typeof loadPlan>, ExportOptionsInput]> = [
    ['small', loadPlan('small'), { redHead: true }],
    ['small, plain, simplex', loadPlan('small'), { duplex: false }],
    ['county template, glyph-accurate', loadPlan('county-template-2025'), { lineMode: 'glyph-accurate', redHead: true, sealed: true }],
    ['seed with 任务分解表', loadPlan('seed-003-task-table'), { taskTable: true, redHead: true }],
    ['seed with 印发通知', loadPlan('seed-004-notice'), { notice: true, redHead: true }],
    ['seed with 印发通知 off', loadPlan('seed-004-notice'), { notice: false }],
    ['20 measures + imprint + 任务分解表', (() => {
      const p = bigPlan(20);
      return { ...p, meta: { ...p.meta, docNumber: { agency: '某政发', year: 2025, serial: 3 }, copyTo: ['县委办公室'], printer: '某县人民政府办公室', printDate: '2025-03-06' } };
    })(), { redHead: true, taskTable: true }],
  ];
  it.each(cases)('%s: word/document.xml is byte for byte the one docx writes from the full object model', async (_name, plan, options) => {
    const composed = composeDocx(plan, options);
    const { document, bodies } = composed.shell();
    expect(bodies.length).toBeGreaterThan(0);
    const filled = fillShell(compiler.compile(document).get('word/document.xml') as string, bodies);
    const full = compiler.compile(composed.document).get('word/document.xml') as string;
    expect(filled).toBe(full);
    expect(documentXml(await packDocx(composed))).toBe(full);
  });

  it('the 任务分解表 alone: word/document.xml is byte for byte the one docx writes from its objects', async () => {
    const composed = composeTaskTableDocx(bigPlan(20));
    const { document, bodies } = composed.shell();
    expect(bodies.map((b) => b.in)).toEqual(['paragraph', 'table']);
    const full = compiler.compile(composed.document).get('word/document.xml') as string;
    expect(fillShell(compiler.compile(document).get('word/document.xml') as string, bodies)).toBe(full);
    expect(documentXml(await exportTaskTableDocxBytes(bigPlan(20)))).toBe(full);
  });

  it('writes a section\'s closing 任务分解表 directly too (a placeholder table; docx adds the section paragraph)', () => {
    const { bodies } = composeDocx(loadPlan('seed-003-task-table'), { taskTable: true }).shell();
    expect(bodies.filter((b) => b.in === 'table')).toHaveLength(1);
    const table = bodies.find((b) => b.in === 'table')!.xml;
    expect(table.startsWith('<w:tbl><w:tblPr>') && table.endsWith('</w:tbl>')).toBe(true);
    expect(table).toContain('牵头单位');
  });

  it('falls back to the full document when a placeholder is missing or doubled', () => {
    const body = { xml: '<w:p/>', in: 'paragraph' } as const;
    expect(fillShell('<w:body></w:body>', [body])).toBeUndefined();
    const p = '<w:p><w:r><w:t xml:space="preserve">\uE000plan-studio-body-0\uE000</w:t></w:r></w:p>';
    expect(fillShell(`${p}${p}`, [body])).toBeUndefined();
    expect(fillShell(`<a>${p}</a>`, [body])).toBe('<a><w:p/></a>');
    const t = `<w:tbl><w:tr><w:tc>${p}</w:tc></w:tr></w:tbl>`;
    expect(fillShell(`<a>${t}<w:p/></a>`, [{ xml: '<w:tbl/>', in: 'table' }])).toBe('<a><w:tbl/><w:p/></a>');
    expect(fillShell(`<a>${t}${t}</a>`, [{ xml: '<w:tbl/>', in: 'table' }])).toBeUndefined();
  });
});
