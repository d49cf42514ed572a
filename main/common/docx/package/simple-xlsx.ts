import { strToU8, zipSync } from 'fflate';

export interface SimpleSheet {
  /** Sheet name (also the print-titles reference). */
  name: string;
  /** A title row above the header, merged across the columns. */
  title: string;
  header: readonly string[];
  /** Cells: numbers are written as numbers (序号 sorts and sums), strings as inline strings. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Column widths in characters. */
  widths: readonly number[];
  orientation: 'portrait' | 'landscape';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (i: number) => String.fromCharCode(65 + i);
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function cell(v: string | number, r: number, c: number, s: number): string {
  return typeof v === 'number'
    ? `<c r="${col(c)}${r}" s="${s}"><v>${v}</v></c>`
    : `<c r="${col(c)}${r}" t="inlineStr" s="${s}"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

function sheetXml(sheet: SimpleSheet): string {
  const data = [
    `<row r="1">${cell(sheet.title, 1, 0, 1)}</row>`,
    `<row r="2">${sheet.header.map((h, c) => cell(h, 2, c, 2)).join('')}</row>`,
    ...sheet.rows.map((row, i) => `<row r="${i + 3}">${row.map((v, c) => cell(v, i + 3, c, 3)).join('')}</row>`),
  ];
  return XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    + `<sheetData>${data.join('')}</sheetData>`
    + `<mergeCells count="1"><mergeCell ref="A1:${col(sheet.header.length - 1)}1"/></mergeCells>`
    + `<pageSetup paperSize="9" orientation="${sheet.orientation}"/></worksheet>`;
}

/** 宋体 body, a bold 16 pt title, a 黑体 bordered wrapped header, bordered wrapped cells. */
const STYLES = XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="16"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="黑体"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
  + '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf></cellXfs>'
  + '</styleSheet>';

/**
 * A one-sheet .xlsx (bytes) written directly with fflate — minimal SpreadsheetML, no spreadsheet
 * dependency: a title row, a header repeated when printed, frozen panes, column widths.
 */
export function buildSimpleXlsx(sheet: SimpleSheet): Uint8Array {
  const name = esc(sheet.name);
  return zipSync({
    '[Content_Types].xml': strToU8(XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/xl/workbook.xml" ContentType="${CT}officedocument.spreadsheetml.sheet.main+xml"/>`
      + `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}officedocument.spreadsheetml.worksheet+xml"/>`
      + `<Override PartName="/xl/styles.xml" ContentType="${CT}officedocument.spreadsheetml.styles+xml"/></Types>`),
    '_rels/.rels': strToU8(XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(XML + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">`
      + `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>`
      + `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${name}'!$2:$2</definedName></definedNames></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
      + `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    'xl/styles.xml': strToU8(STYLES),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(sheet)),
  }, { level: 6 });
}
