import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, VerticalAlign, WidthType } from 'docx';
import { chineseDate } from '../model/chinese-date';
import type { PlanMeta } from '../model/meta';
import type { BuildContext } from './build-context';
import { StyleIds } from './docx-styles';
import { TEXT_WIDTH_PT } from './flow-paragraph';
import { estimateLines } from './line-estimate';
import { textRun } from './text-run';

export interface Imprint {
  table: Table;
  /** Total height in twips (rows are exact). */
  height: number;
}

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Whether the plan has a 版记 at all (抄送 or 印发机关). */
export function hasImprint(meta: PlanMeta): boolean {
  return meta.copyTo.some((c) => c.trim()) || Boolean(meta.printer?.trim());
}

/**
 * 版记 [Std 7.4]: 4号仿宋; 抄送 左右各空一字, names after the colon, ending with 。; 印发机关 左空一字 and
 * 印发日期 右空一字 + 印发 on the line above the last rule; first and last rules thick, the middle thin.
 * A table with exact row heights on the body pitch, so its bottom border can be put on the 版心 bottom.
 * `lastRowTrim` shortens the last row (mode B: the grid box ends below the 版心 bottom).
 */
export function imprintBlock(meta: PlanMeta, ctx: BuildContext, lastRowTrim = 0): Imprint {
  const s = ctx.style;
  const size = s.sizes.imprint;
  const pitch = ctx.geometry.line;
  const indent = s.imprint.indent;
  const run = (text: string) => textRun(s.faces, { text, face: 'fangsong', size });
  const rows: { paragraph: Paragraph; lines: number }[] = [];
  const copy = meta.copyTo.map((c) => c.trim()).filter(Boolean);
  if (copy.length) {
    const text = `抄送：${copy.join('，').replace(/[。，]$/, '')}。`;
    const colon = 3 * (size / 2) * 20; // align wrapped names after 抄送：
    const lines = estimateLines(text, { widthPt: TEXT_WIDTH_PT - (2 * indent) / 20, sizePt: size / 2, scale: 100 });
    rows.push({ lines, paragraph: new Paragraph({ style: StyleIds.imprint, indent: { left: indent + colon, hanging: colon, right: indent }, children: [run(text)] }) });
  }
  const printer = meta.printer?.trim() ?? '';
  const date = meta.printDate ? `${chineseDate(meta.printDate)}印发` : '';
  if (printer || date) {
    rows.push({ lines: 1, paragraph: new Paragraph({
      style: StyleIds.imprint,
      indent: { left: indent, right: indent },
      tabStops: [{ type: TabStopType.RIGHT, position: s.page.textWidth - indent }],
      children: [run(printer), ...(date ? [run('\t'), run(date)] : [])],
    }) });
  }
  const thick = { style: BorderStyle.SINGLE, size: s.imprint.thick, color: '000000' };
  const thin = { style: BorderStyle.SINGLE, size: s.imprint.thin, color: '000000' };
  const heights = rows.map((r, i) => r.lines * pitch - (i === rows.length - 1 ? lastRowTrim : 0));
  const table = new Table({
    width: { size: s.page.textWidth, type: WidthType.DXA },
    columnWidths: [s.page.textWidth],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: rows.map((r, i) => new TableRow({
      cantSplit: true,
      height: { value: heights[i]!, rule: HeightRule.EXACT },
      children: [new TableCell({
        width: { size: s.page.textWidth, type: WidthType.DXA },
        margins: { left: 0, right: 0, top: 0, bottom: 0 },
        verticalAlign: VerticalAlign.CENTER,
        children: [r.paragraph],
      })],
    })),
  });
  return { table, height: heights.reduce((a, b) => a + b, 0) };
}
