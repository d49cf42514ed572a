import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { OFF_GRID_STYLES } from './docx-styles';
import { GBT9704_STYLE, type Gbt9704Style } from './gbt9704-style';

// CT_PPrBase children that come after w:snapToGrid, in schema order (ECMA-376 §17.3.1.26).
const AFTER_SNAP = ['w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange'];

/** Insert <w:snapToGrid w:val="0"/> into a style's pPr, in schema order (docx has no paragraph-level option). */
export function addSnapToGridOff(stylesXml: string, styleIds: readonly string[]): string {
  let xml = stylesXml;
  for (const id of styleIds) {
    xml = xml.replace(new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>)([\\s\\S]*?)(</w:style>)`), (_m, open: string, inner: string, close: string) => {
      if (inner.includes('<w:snapToGrid')) return open + inner + close;
      const snap = '<w:snapToGrid w:val="0"/>';
      if (!/<w:pPr>|<w:pPr\/>/.test(inner)) return open + inner.replace(/(<w:rPr>|$)/, `<w:pPr>${snap}</w:pPr>$1`) + close;
      const patched = inner.replace(/<w:pPr\/>/, `<w:pPr>${snap}</w:pPr>`).replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/, (_p, body: string) => {
        const at = AFTER_SNAP.map((t) => body.indexOf(`<${t}`)).filter((i) => i >= 0);
        const pos = at.length ? Math.min(...at) : body.length;
        return `<w:pPr>${body.slice(0, pos)}${snap}${body.slice(pos)}</w:pPr>`;
      });
      return open + patched + close;
    });
  }
  return xml;
}

// Children after w:overflowPunct in CT_PPrBase.
const AFTER_OVERFLOW = ['w:topLinePunct', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', ...AFTER_SNAP];

/**
 * Line-end punctuation must not hang past the 版心's right edge (28 字 inside 156 mm). LibreOffice 7.4
 * imports w:overflowPunct inverted (writerfilter DomainMapper: IS_HANGING_PUNCTUATION = (val == 0)), so
 * val="1" — Word's own default, "allow hanging" — is what turns hanging off there; Word keeps its default.
 * Also no automatic CJK/Latin spacing (autoSpaceDE/DN = 0): 2025年 then takes exactly 2.5 字.
 * docx cannot write these (overflowPunctuation: false is dropped, GBT9704.md library bug 2).
 */
export function addOverflowPunctOff(stylesXml: string, styleId = 'Normal'): string {
  return stylesXml.replace(new RegExp(`(<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?<w:pPr>)([\\s\\S]*?)(</w:pPr>)`), (m, open: string, body: string, close: string) => {
    if (body.includes('<w:overflowPunct')) return m;
    const at = AFTER_OVERFLOW.map((t) => body.indexOf(`<${t}`)).filter((i) => i >= 0);
    const pos = at.length ? Math.min(...at) : body.length;
    return `${open}${body.slice(0, pos)}<w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>${body.slice(pos)}${close}`;
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * word/fontTable.xml naming every face the document uses, with w:altName (仿宋_GB2312 → 仿宋 …) and the
 * GB2312 charset, so Word/WPS can substitute sensibly (GBT9704.md §1.6 Fonts; docx writes none of this).
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

/**
 * Post-process the packed .docx: the fontTable with altNames and paragraph-level snapToGrid=0 on
 * off-grid styles. Pure: bytes in, bytes out.
 */
export function patchDocxPackage(bytes: Uint8Array, style: Gbt9704Style = GBT9704_STYLE): Uint8Array {
  const files = unzipSync(bytes);
  files['word/fontTable.xml'] = strToU8(fontTableXml(style));
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(addOverflowPunctOff(addSnapToGridOff(strFromU8(styles), OFF_GRID_STYLES)));
  ensureFontTableRelation(files);
  return zipSync(files, { level: 6 });
}

/** docx only relates a font table when fonts are embedded; add the part, its relation and content type. */
function ensureFontTableRelation(files: Record<string, Uint8Array>): void {
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = files[relsPath] ? strFromU8(files[relsPath]) : '';
  if (rels && !rels.includes('fontTable.xml')) {
    files[relsPath] = strToU8(rels.replace('</Relationships>',
      '<Relationship Id="rIdGwFontTable" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>'));
  }
  const ctPath = '[Content_Types].xml';
  const ct = files[ctPath] ? strFromU8(files[ctPath]) : '';
  if (ct && !ct.includes('/word/fontTable.xml')) {
    files[ctPath] = strToU8(ct.replace('</Types>',
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/></Types>'));
  }
}
