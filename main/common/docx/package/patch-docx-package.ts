import { strFromU8, strToU8, unzipSync } from 'fflate';
import { OFF_GRID_STYLES, StyleIds } from '../docx-styles';
import { GBT9704_STYLE, type Gbt9704Style } from '../gbt9704-style';
import { replaceZipEntries } from './replace-zip-entries';

// CT_PPrBase children in schema order (ECMA-376 §17.3.1.26); Word rejects a pPr out of order.
const PPR_ORDER = ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
  'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
  'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange'];

/** Insert `<w:tag w:val="0"/>` elements into a pPr body at their schema positions, unless present. */
function insertOff(body: string, tags: readonly string[]): string {
  let out = body;
  for (const tag of tags) {
    if (out.includes(`<${tag} `) || out.includes(`<${tag}/`) || out.includes(`<${tag}>`)) continue;
    const later = PPR_ORDER.slice(PPR_ORDER.indexOf(tag) + 1).map((t) => out.search(new RegExp(`<${t}[ />]`))).filter((i) => i >= 0);
    const pos = later.length ? Math.min(...later) : out.length;
    out = `${out.slice(0, pos)}<${tag} w:val="0"/>${out.slice(pos)}`;
  }
  return out;
}

/** Switch paragraph properties off in the pPr of the given styles (a pPr is added where missing). */
export function addStyleOff(stylesXml: string, styleIds: readonly string[], tags: readonly string[]): string {
  let xml = stylesXml;
  for (const id of styleIds) {
    xml = xml.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>)([\\s\\S]*?)(</w:style>)`), (_m, open: string, inner: string, close: string) => {
      if (!/<w:pPr>|<w:pPr\/>/.test(inner)) return open + inner.replace(/(<w:rPr>|$)/, `<w:pPr>${insertOff('', tags)}</w:pPr>$1`) + close;
      const patched = inner.replace(/<w:pPr\/>/, '<w:pPr></w:pPr>').replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/, (_p, body: string) => `<w:pPr>${insertOff(body, tags)}</w:pPr>`);
      return open + patched + close;
    });
  }
  return xml;
}

/** Paragraph-level snapToGrid=0 (docx has no option for it): titles and table text keep their own pitch. */
export function addSnapToGridOff(stylesXml: string, styleIds: readonly string[]): string {
  return addStyleOff(stylesXml, styleIds, ['w:snapToGrid']);
}

/**
 * The Normal style's line-breaking and pagination controls, which docx cannot write:
 * - no widow/orphan control, so pages stay full (22 lines, 撑满版心) and page-layout.ts can count them;
 * - no automatic CJK/Latin spacing (autoSpaceDE/DN = 0): 2025年 takes exactly 2.5 字, as line-estimate.ts counts.
 *
 * w:overflowPunct is deliberately NOT written: Word and WPS default to hanging punctuation (允许标点溢出
 * 边界), and so does LibreOffice — but LO 7.4 reads an explicit w:overflowPunct inverted (writerfilter:
 * IS_HANGING_PUNCTUATION = (val == 0)), so any explicit value makes LO break lines unlike Word. The same
 * line breaks in every renderer are what lets the exporter put the 版记 on an even page.
 */
export function addLayoutControls(stylesXml: string): string {
  const body = addStyleOff(stylesXml, ['Normal'], ['w:widowControl', 'w:autoSpaceDE', 'w:autoSpaceDN']);
  // Inside a table cell LibreOffice never hangs punctuation (the cell edge stops it, measured); Word
  // would, so cells switch it off — LO's inverted reading of "0" changes nothing there.
  return addStyleOff(body, [StyleIds.table], ['w:overflowPunct']);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * word/fontTable.xml naming every face the document uses, with w:altName (仿宋_GB2312 → 仿宋 …) and the
 * GB2312 charset, so Word/WPS can substitute sensibly (docs/gbt9704.md#fonts; docx writes none of this).
 */
export function fontTableXml(style: Gbt9704Style = GBT9704_STYLE): string {
  const names = [...new Set(Object.values(style.faces))];
  const fonts = names.map((name) => {
    const alt = style.altNames[name];
    const latin = name === style.faces.latin;
    return `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ''}`
      + `<w:charset w:val="${latin ? '00' : '86'}"/><w:family w:val="${latin ? 'roman' : 'modern'}"/>`
      + `<w:pitch w:val="${latin ? 'variable' : 'fixed'}"/></w:font>`;
  });
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + fonts.join('') + '</w:fonts>';
}

/** The parts patchDocxPackage reads; the others are copied compressed, as docx wrote them. */
const PATCHED_PARTS = new Set(['word/styles.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

type Part = string | Uint8Array;
const text = (part: Part | undefined) => (part === undefined ? undefined : typeof part === 'string' ? part : strFromU8(part));

/**
 * The patched parts, as text: the fontTable with altNames, paragraph-level snapToGrid=0 on off-grid styles,
 * no CJK/Latin autospace, and the font table's relation and content type where docx wrote none.
 */
function patchedParts(parts: Record<string, Part | undefined>, style: Gbt9704Style): Record<string, string> {
  const patched: Record<string, string> = { 'word/fontTable.xml': fontTableXml(style) };
  const styles = text(parts['word/styles.xml']);
  if (styles !== undefined) patched['word/styles.xml'] = addLayoutControls(addSnapToGridOff(styles, OFF_GRID_STYLES));
  const rels = text(parts['word/_rels/document.xml.rels']);
  if (rels !== undefined) patched['word/_rels/document.xml.rels'] = withFontTableRelation(rels);
  const ct = text(parts['[Content_Types].xml']);
  if (ct !== undefined) patched['[Content_Types].xml'] = withFontTableContentType(ct);
  return patched;
}

/**
 * The package's parts as docx's compiler gives them (path → XML text or bytes, in zip order), patched and
 * ready to zip: the same result as packing and then patchDocxPackage, without deflating the parts twice.
 */
export function patchDocxParts(parts: ReadonlyMap<string, Part>, style: Gbt9704Style = GBT9704_STYLE): Record<string, Uint8Array> {
  const patched = patchedParts(Object.fromEntries(parts), style);
  const out: Record<string, Uint8Array> = {};
  for (const [name, part] of parts) {
    const value = patched[name] ?? part;
    out[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  for (const [name, value] of Object.entries(patched)) if (!(name in out)) out[name] = strToU8(value);
  return out;
}

/**
 * Post-process a packed .docx (see patchDocxParts). Pure: bytes in, bytes out. Only the patched parts are
 * inflated and deflated again (replaceZipEntries): document.xml, the bulk, is copied as it is.
 */
export function patchDocxPackage(bytes: Uint8Array, style: Gbt9704Style = GBT9704_STYLE): Uint8Array {
  const files = unzipSync(bytes, { filter: (f) => PATCHED_PARTS.has(f.name) });
  const patched = patchedParts(files, style);
  return replaceZipEntries(bytes, Object.fromEntries(Object.entries(patched).map(([k, v]) => [k, strToU8(v)])));
}

/** docx only relates a font table when fonts are embedded; add the relation where missing. */
function withFontTableRelation(rels: string): string {
  if (!rels || rels.includes('fontTable.xml')) return rels;
  return rels.replace('</Relationships>',
    '<Relationship Id="rIdGwFontTable" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>');
}

function withFontTableContentType(ct: string): string {
  if (!ct || ct.includes('/word/fontTable.xml')) return ct;
  return ct.replace('</Types>',
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/></Types>');
}
