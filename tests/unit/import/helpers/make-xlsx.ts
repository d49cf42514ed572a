import { strToU8, zipSync } from 'fflate';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface TestSheet {
  name: string;
  /** The <sheetData> content and what follows it (<mergeCells>), as written. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface TestWorkbook {
  sheets: TestSheet[];
  /** <si> elements of xl/sharedStrings.xml, as written. */
  shared?: string[];
  /** The <numFmts> and <cellXfs> of xl/styles.xml, as written. */
  styles?: string;
  date1904?: boolean;
  /** Parts replaced or added after the rest is built (a broken one, a missing one: null). */
  override?: Record<string, string | null>;
}

/**
 * A small .xlsx written here, for the reader's features and failures that a fixture from a real writer
 * does not show (tests/fixtures/excel/README.md).
 */
export function makeXlsx(book: TestWorkbook): Uint8Array {
  const parts: Record<string, string | null> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    'xl/workbook.xml': `${XML}<workbook ${NS}>${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${book.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ...(book.shared ? { 'xl/sharedStrings.xml': `${XML}<sst ${NS}>${book.shared.join('')}</sst>` } : {}),
    ...(book.styles ? { 'xl/styles.xml': `${XML}<styleSheet ${NS}>${book.styles}</styleSheet>` } : {}),
    ...Object.fromEntries(book.sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, `${XML}<worksheet ${NS}>${s.xml}</worksheet>`])),
    ...book.override,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) if (text !== null) files[name] = strToU8(text);
  return zipSync(files);
}

/** A row of inline-string cells from column A, "" leaving a cell out. */
export function inlineRow(r: number, cells: readonly string[]): string {
  const c = cells.map((t, i) => (t ? `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${t}</t></is></c>` : '')).join('');
  return `<row r="${r}">${c}</row>`;
}
