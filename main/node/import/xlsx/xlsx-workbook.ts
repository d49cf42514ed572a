import { documentRelationships } from '../docx-relationships';
import { attr, xmlTokens } from '../xml-tokens';

/** One worksheet as the workbook lists it, in tab order. */
export interface WorkbookSheet {
  name: string;
  /** The worksheet part, as a path inside the package ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** Hidden or very hidden (ECMA-376 18.2.19 ST_SheetState): not shown to the person who made the file. */
  hidden: boolean;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  /** Serial dates count from 1904-01-01 (ECMA-376 18.2.28 workbookPr@date1904: old Mac workbooks). */
  date1904: boolean;
}

const ON = (v: string | null) => v === '1' || v === 'true';

/**
 * xl/workbook.xml with its relationships: the sheets in tab order and the date system. Relationship
 * targets are relative to xl/; the .docx relationship reader resolves them against word/, so the
 * prefix is swapped (the target "worksheets/sheet1.xml" is "xl/worksheets/sheet1.xml").
 */
export function readWorkbook(xml: string, relsXml: string | null): Workbook {
  const rels = documentRelationships(relsXml);
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  for (const tok of xmlTokens(xml)) {
    if (tok.type !== 'open') continue;
    const name = localName(tok.name);
    if (name === 'workbookPr') date1904 = ON(attr(tok.attrs, 'date1904'));
    if (name !== 'sheet') continue;
    const id = attr(tok.attrs, 'r:id') ?? relationshipId(tok.attrs);
    const rel = id ? rels.get(id) : undefined;
    if (!rel || rel.type !== 'worksheet') continue;
    const state = attr(tok.attrs, 'state');
    sheets.push({ name: attr(tok.attrs, 'name') ?? '', part: rel.target.replace(/^word\//, 'xl/'), hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return { sheets, date1904 };
}

/** "x:sheet" → "sheet": some producers write SpreadsheetML with a namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The relationship id under another prefix than "r:" (strict OOXML writers may choose any). */
function relationshipId(attrs: string): string | null {
  return /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? null;
}
