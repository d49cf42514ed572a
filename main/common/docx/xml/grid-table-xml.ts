import type { BuildContext } from '../build-context';
import { StyleIds } from '../docx-styles';
import type { GridTableSpec } from '../elements/grid-table';
import { rowsThatSplit } from '../layout/flow-box';
import { runXml } from './paragraph-xml';

// gridTable (elements/grid-table.ts) as WordprocessingML text, written directly: the 任务分解表 of a 300-measure
// plan is 1,800 cells, and docx's objects for them and their XML were most of an export with it. The same bytes
// docx 9.15.2 (pinned) writes for that Table: tblPr (tblW, jc, tblBorders, tblLayout, tblCellMar), tblGrid,
// rows with trPr (cantSplit, tblHeader) only when set, paragraphs justified, centred or flush left, cells with tcW and vAlign. Checked against docx by
// tests/unit/docx/direct-xml.test.ts.

export function gridTableXml(ctx: BuildContext, spec: GridTableSpec): string {
  const s = ctx.style;
  const border = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="${s.table.border}"/>`;
  const margin = (side: string, w: number) => `<w:${side} w:type="dxa" w:w="${w}"/>`;
  const width = spec.widths.reduce((a, b) => a + b, 0);
  const tblPr = `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:jc w:val="center"/>`
    + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + `<w:tblCellMar>${margin('top', s.table.cellMarginVertical)}${margin('left', s.table.cellMargin)}`
    + `${margin('bottom', s.table.cellMarginVertical)}${margin('right', s.table.cellMargin)}</w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  // One cell's paragraph per line of its text, as gridTable's TableCell children.
  const cell = (text: string, col: number, head: boolean) => {
    const jc = head || spec.centred?.includes(col) ? 'center' : spec.left?.includes(col) ? 'left' : 'both';
    const run = { face: head ? 'heiti' : 'fangsong', size: s.sizes.table } as const;
    let paras = '';
    for (const t of text.split('\n')) {
      paras += `<w:p><w:pPr><w:pStyle w:val="${StyleIds.table}"/><w:jc w:val="${jc}"/></w:pPr>${runXml(s.faces, { ...run, text: t })}</w:p>`;
    }
    return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${spec.widths[col] ?? 0}"/><w:vAlign w:val="center"/></w:tcPr>${paras}</w:tc>`;
  };
  const splits = rowsThatSplit(spec, s);
  let rows = '';
  spec.rows.forEach((cells, r) => {
    const head = spec.header && r === 0;
    const trPr = (splits[r] ? '' : '<w:cantSplit/>') + (head ? '<w:tblHeader/>' : '');
    let tcs = '';
    spec.widths.forEach((_, c) => { tcs += cell(cells[c] ?? '', c, head); });
    rows += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${tcs}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}
