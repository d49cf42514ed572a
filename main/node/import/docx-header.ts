import type { SourceParagraph } from '../../common/import/import-plan';
import { parseDocNumber } from '../../common/import/doc-number';
import { isOn } from './docx-styles';
import { attr } from './xml-tokens';

// Some 红头 templates set the 发文机关标志 ("某县人民政府办公室文件") or the 文号 in the header of the first
// page (页眉, w:titlePg "首页不同" + a first-page header), so later pages carry none. Word shows them above
// the body; a reader of word/document.xml alone lost them.

const FIRST_SECTION = /<w:sectPr(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:sectPr>)/;
const FORMER_SECTION = /<w:sectPrChange\b[\s\S]*?<\/w:sectPrChange>/g;
const HEADER_REF = /<w:headerReference\b([^>]*)>/g;
const TITLE_PG = /<w:titlePg\b([^>]*)>/;

/**
 * The relationship id of the header the first page shows: the first section's (the first w:sectPr in
 * document order: a section break's, or the body's own when there is one section) first-page header when
 * it has 首页不同, else its default one. With 首页不同 and no first-page header the first page has none.
 */
export function firstPageHeaderId(documentXml: string): string | null {
  // A tracked change of the section (w:sectPrChange) holds a w:sectPr of the properties as they were.
  const xml = documentXml.includes('w:sectPrChange') ? documentXml.replace(FORMER_SECTION, '') : documentXml;
  const section = FIRST_SECTION.exec(xml)?.[1];
  if (!section) return null;
  const refs = new Map<string, string>();
  for (const m of section.matchAll(HEADER_REF)) {
    const type = attr(m[1]!, 'w:type') ?? 'default';
    const id = attr(m[1]!, 'r:id');
    if (id && !refs.has(type)) refs.set(type, id);
  }
  const titlePage = TITLE_PG.exec(section);
  const firstPage = titlePage !== null && isOn(attr(titlePage[1]!, 'w:val'));
  return (firstPage ? refs.get('first') : refs.get('default')) ?? null;
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * A header line that belongs to the document head: a 发文机关标志 (a name ending 文件, no sentence in it),
 * a 文号 (alone, or beside a 签发人), a 签发人. Not a page number ("— 1 —", "第 1 页"), a running head
 * (the plan's name, "内部资料"), or a logo's caption: those repeat on every page and are no text of the plan.
 */
function isHeadLine(text: string): boolean {
  const t = squeeze(text);
  if (/^[\u4e00-\u9fff（）()、·]{2,30}文件$/.test(t)) return true;
  if (parseDocNumber(t)?.docNumber) return true;
  return t.length <= 60 && (/[〔[【]\d{4}[〕\]】]\d{1,4}号/.test(t) || /^签发人[:：]/.test(t));
}

/**
 * What the first page's header adds to the head, in its order, above the body: its head lines that the
 * body's first lines do not already hold (a template that repeats the 标志 in the body).
 */
export function headerHeadLines(header: SourceParagraph[], body: SourceParagraph[]): SourceParagraph[] {
  const top = new Set(body.filter((p) => p.text.trim()).slice(0, 8).map((p) => squeeze(p.text)));
  return header.flatMap((p) => p.text.split('\n'))
    .filter((line) => isHeadLine(line) && !top.has(squeeze(line)))
    .map((text) => ({ text: text.trim() }));
}
