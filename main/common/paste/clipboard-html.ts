import { ClipboardTable } from './clipboard-table';
import { flattenParagraph, SOURCE_BREAK, type PastedParagraph, type PastedRun } from './pasted-paragraph';

/**
 * Clipboard HTML (Word, WPS, web pages) → paragraphs of runs with their bold flag. A small tokenizer
 * instead of DOMParser, so the conversion is pure (main/common) and unit-tested in Node: clipboard HTML
 * is a known dialect (Word's "filtered" HTML: unquoted attributes, <o:p>, <![if !supportLists]> and
 * mso-list spans), not arbitrary markup.
 */

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'blockquote', 'pre', 'section', 'article',
  'table', 'ul', 'ol', 'br', 'dd', 'dt',
]);
/** Their content is never text of the document. */
const SKIP_TAGS = new Set(['style', 'script', 'head', 'title', 'xml', 'o:p', 'v:shapetype', 'v:shape', 'noscript', 'template']);
const VOID_TAGS = new Set(['br', 'img', 'meta', 'link', 'hr', 'input', 'col', 'wbr', 'area', 'base']);
const HEADING = /^h[1-6]$/;

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</y;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', hellip: '…', mdash: '—' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Bold from the element itself: <b>, <strong>, a heading, or font-weight in its style (WPS writes 700). */
function boldOf(tag: string, style: string, inherited: boolean): boolean {
  const weight = /(?:^|[;\s"'])font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase();
  if (weight) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return inherited || tag === 'b' || tag === 'strong' || HEADING.test(tag);
}

interface Open {
  tag: string;
  bold: boolean;
  skip: boolean;
  /** Word's list number (<span style="mso-list:Ignore">1.</span>): the visible label of an auto-numbered paragraph. */
  label: boolean;
}

class ParagraphCollector {
  readonly paragraphs: PastedParagraph[] = [];
  private runs: PastedRun[] = [];
  readonly table = new ClipboardTable();
  /** Tables open: only the outermost one's rows are rows; a table inside a cell is text of that cell. */
  tables = 0;

  text(text: string, bold: boolean, label: boolean): void {
    if (!text) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === bold && !!last.label === label) last.text += text;
    else this.runs.push(label ? { text, bold, label: true } : { text, bold });
  }

  breakParagraph(): void {
    if (this.runs.some((r) => r.text.replaceAll(SOURCE_BREAK, '').trim().length > 0)) {
      if (this.table.inCell) this.table.addParagraph(flattenParagraph({ runs: this.runs }).text);
      else this.paragraphs.push({ runs: this.runs });
    }
    this.runs = [];
  }

  line(text: string | null): void {
    if (text !== null) this.paragraphs.push({ runs: [{ text, bold: false }] });
  }

  /** A table's own tags: rows and cells of the outermost table become "cell | cell |" lines. */
  tableTag(tag: string, closing: boolean, attrs: Record<string, string>): void {
    // Excel puts <!--StartFragment--> after its <table> tag, and a browser may hand over the fragment
    // alone: the rows then come without their table, and would each cell become a paragraph.
    if (tag !== 'table' && !closing && this.tables === 0) this.tableTag('table', false, {});
    if (tag === 'table') {
      if (!closing && ++this.tables === 1) this.table.startTable();
      if (closing && this.tables > 0 && --this.tables === 0) this.line(this.table.endRow());
    } else if (this.tables !== 1) return;
    else if (tag === 'tr') this.line(closing ? this.table.endRow() : this.table.startRow());
    else if (closing) this.table.endCell();
    else this.table.startCell(Number(attrs['rowspan'] ?? 1), Number(attrs['colspan'] ?? 1));
  }
}

const TABLE_TAGS = new Set(['table', 'tr', 'td', 'th']);
/** Hidden text (Word writes display:none;mso-hide:all) and tracked deletions are not the text as it stands. */
const HIDDEN = /(?:^|[;\s])(display\s*:\s*none|mso-hide\s*:\s*all)/i;
/**
 * Word's review comments: an anchor ([KS1]) in the text and, after the copied text, the list of the
 * comments themselves (mso-element:comment-list). Neither is text of the plan; pasted, the anchors end
 * up inside a measure's title and each comment becomes a paragraph of its own.
 */
const COMMENT_CLASS = /(?:^|\s)(?:msocomanchor|MsoCommentReference)(?:\s|$)/i;
const COMMENT_LIST = /mso-element\s*:\s*comment-list/i;

function isReviewComment(attrs: Record<string, string>): boolean {
  return COMMENT_CLASS.test(attrs['class'] ?? '') || COMMENT_LIST.test(attrs['style'] ?? '');
}

/** Only the copied part: Word and Chrome mark it with StartFragment / EndFragment comments. */
function fragmentOf(html: string): string {
  const start = html.indexOf('<!--StartFragment-->');
  const end = html.lastIndexOf('<!--EndFragment-->');
  return start >= 0 && end > start ? html.slice(start + 20, end) : html;
}

export function clipboardHtmlParagraphs(html: string): PastedParagraph[] {
  const src = fragmentOf(html);
  const out = new ParagraphCollector();
  const stack: Open[] = [{ tag: '#root', bold: false, skip: false, label: false }];
  const top = (): Open => stack[stack.length - 1]!;
  let pos = 0;
  while (pos < src.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) break;
    pos += m[0].length;
    const token = m[0];
    if (token.startsWith('<!')) continue; // comments, <![if !supportLists]>, <![endif]>, doctype
    if (m[1] === undefined) {
      const t = top();
      // Word wraps its HTML source mid-sentence: a break there is a space or nothing (flattenParagraph).
      if (!t.skip) out.text(decodeEntities(token.replace(/[\r\n]+/g, SOURCE_BREAK)), t.bold, t.label);
      continue;
    }
    const tag = m[1].toLowerCase();
    if (token.startsWith('</')) {
      const at = stack.map((o) => o.tag).lastIndexOf(tag);
      const skipped = at > 0 && stack[at]!.skip;
      if (at > 0) stack.length = at;
      if (BLOCK_TAGS.has(tag)) out.breakParagraph();
      if (TABLE_TAGS.has(tag) && !skipped) out.tableTag(tag, true, {});
      continue;
    }
    if (BLOCK_TAGS.has(tag)) out.breakParagraph();
    if (VOID_TAGS.has(tag) || token.endsWith('/>')) continue;
    const attrs = attributes(m[2] ?? '');
    const style = attrs['style'] ?? '';
    const parent = top();
    const skip = parent.skip || SKIP_TAGS.has(tag) || tag === 'del' || HIDDEN.test(style) || isReviewComment(attrs);
    if (TABLE_TAGS.has(tag) && !skip) out.tableTag(tag, false, attrs);
    stack.push({
      tag,
      bold: boldOf(tag, style, parent.bold),
      skip,
      label: parent.label || /mso-list\s*:\s*ignore/i.test(style),
    });
  }
  out.breakParagraph();
  out.line(out.table.endRow());
  return out.paragraphs;
}
