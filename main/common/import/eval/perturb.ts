/**
 * Copy transformations for the perturbation evaluation (docs/import.md "Copies that differ"). A real plan
 * reaches the importer copied out of a PDF, a web page or Word by hand: the words are the document's, the
 * line breaks, indents, widths and page furniture are the copy's. Each transformation here models one such
 * way of copying; a reader would read the same document after it, so the truth file still holds.
 * Pure and deterministic: all chance comes from the `rng` passed in (`seededRng`).
 */
import type { HeadField } from './corpus-truth';
import { seededRng, type Rng } from '../../seeded-rng';

export { seededRng, type Rng };

/** FNV-1a of the parts: one seed per (run seed, document, transformation), so adding a document changes no other. */
export function seedOf(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface Perturbation {
  name: string;
  /** What kind of copy it models, for the report. */
  models: string;
  apply(text: string, rng: Rng): string;
  /**
   * Head fields whose exact text the transformation breaks for this document, left out of its score. None
   * does so today: every head field is compared after folding width, spaces and brackets, and every
   * transformation keeps the characters a reader reads; the hook is here so a future one says so in code.
   */
  unscorable?(head: Readonly<Record<string, unknown>>): HeadField[];
}

/** A table row as our .txt copies keep it (TAB cells or "|" cells): a PDF copy of a table is another matter. */
function isTableRow(line: string): boolean {
  return line.includes('\t') || /\|\s*$/.test(line);
}

/** Columns a character takes in a PDF line: CJK and full-width forms one, ASCII half. */
function columns(ch: string): number {
  return ch.charCodeAt(0) < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
}

// Chinese line breaking (禁则): closing punctuation never starts a line, opening punctuation never ends one.
const NO_LINE_START = /^[，。、；：？！）》〉」』”’】〕,.;:?!)%]/;
const NO_LINE_END = /[（《〈「『“‘【〔(]$/;
// What a typesetter keeps on one line: a number or Latin word ("2023", "GDP"), and a character with the
// pinyin gloss a web page's ruby left after it ("发(fā)"), which is one glyph on the page.
const UNIT = /[A-Za-z0-9.%]+|[^](?:\([a-zA-Z\u00C0-\u024F\u01CD-\u01DC]+\))?/gu;

/** Columns of a unit on the page: a pinyin gloss is ruby set above its character, it takes none. */
function width(s: string): number {
  let n = 0;
  for (const ch of s.replace(/\(.+\)$/, '')) n += columns(ch);
  return n;
}

/** Breaks a paragraph at `cols` columns as a PDF line does (禁则 kept, numbers and glossed characters whole). */
export function wrapLine(text: string, cols: number): string[] {
  const units = text.match(UNIT) ?? [];
  const rows: string[] = [];
  let row = '';
  let used = 0;
  for (const u of units) {
    if (row && used + width(u) > cols && !NO_LINE_START.test(u)) {
      // An opening bracket or quote goes down with what it opens.
      const open = NO_LINE_END.exec(row);
      const carry = open && row.length > 1 ? open[0] : '';
      rows.push(row.slice(0, row.length - carry.length));
      row = carry;
      used = width(carry);
    }
    row += u;
    used += width(u);
  }
  if (row) rows.push(row);
  return rows;
}

// The page-number lines of 公文 PDFs (GB/T 9704: "一字线" on both sides) and of other PDFs.
const PAGE_NUMBER: ReadonlyArray<(n: number) => string> = [
  (n) => `— ${n} —`, (n) => `－${n}－`, (n) => `- ${n} -`, (n) => `-${n}-`,
];

/**
 * Text copied out of a PDF: every line of the page is a line of the copy (a paragraph broken every 28–40
 * columns, a long title too), the page number a line of its own between pages (22–26 lines a page, as a
 * 公文 page holds 22), blank lines gone. With `header`, a gazette's running head starts each page after the first.
 */
function pdfCopy(text: string, rng: Rng, header: boolean): string {
  const width = int(rng, 28, 40);
  const perPage = int(rng, 22, 26);
  const pageNo = pick(rng, PAGE_NUMBER);
  const head = header ? `${int(rng, 2010, 2024)}年第${int(rng, 1, 24)}期${'　'.repeat(int(rng, 1, 6))}某某市人民政府公报` : null;
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  for (const para of linesOf(text)) {
    const t = para.trim();
    if (!t) continue;
    for (const row of isTableRow(para) ? [para] : wrapLine(t, width)) {
      out.push(row);
      if (++onPage < perPage) continue;
      out.push(pageNo(page++));
      if (head) out.push(head);
      onPage = 0;
    }
  }
  if (onPage) out.push(pageNo(page));
  return out.join('\n');
}

const HALF_PUNCT: Readonly<Record<string, string>> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' };

/** Leading spaces of a line, not its TABs: a table row's leading TAB is an empty cell. */
const INDENT = /^[ \u3000\u00A0]+/;

export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'pdf-copy', models: '从 PDF 复制：每 28–40 列硬换行（标题也断），页间有“— 3 —”式页码行，无空行', apply: (t, r) => pdfCopy(t, r, false) },
  { name: 'pdf-header', models: '同 pdf-copy，另有公报的页眉行（“2021年第3期　某某市人民政府公报”）在每页之首', apply: (t, r) => pdfCopy(t, r, true) },
  { name: 'no-blank-lines', models: '段间空行全部去掉', apply: (t) => linesOf(t).filter((l) => l.trim()).join('\n') },
  { name: 'extra-blank-lines', models: '网页复制：每段后一个空行', apply: (t) => linesOf(t).filter((l) => l.trim()).join('\n\n') },
  { name: 'indent-fullwidth', models: 'Word 排版：每段前两个全角空格“　　”', apply: (t) => linesOf(t).map((l) => (l.trim() ? `　　${l.replace(INDENT, '')}` : l)).join('\n') },
  { name: 'indent-spaces', models: '每段前 2 或 4 个半角空格', apply: (t, r) => { const pad = ' '.repeat(pick(r, [2, 4])); return linesOf(t).map((l) => (l.trim() ? pad + l.replace(INDENT, '') : l)).join('\n'); } },
  { name: 'no-indent', models: '段首缩进全部去掉', apply: (t) => linesOf(t).map((l) => l.replace(INDENT, '')).join('\n') },
  { name: 'halfwidth-punct', models: '英文标点状态下录入：，：；（）！？ 写成 ,:;()!?', apply: (t) => t.replace(/[，：；（）！？]/g, (c) => HALF_PUNCT[c]!) },
  { name: 'fullwidth-digits', models: '全角状态下录入：数字写成全角（２０２３）', apply: (t) => t.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) },
  { name: 'crlf', models: 'Windows 记事本：行尾 CRLF', apply: (t) => linesOf(t).join('\r\n') },
  { name: 'trailing-spaces', models: '约一半的行末有 1–3 个空格（半角或全角）', apply: (t, r) => linesOf(t).map((l) => (l.trim() && r() < 0.5 ? l + pick(r, [' ', '  ', '　', ' 　 ']) : l)).join('\n') },
  { name: 'bom', models: 'UTF-8 文件开头带 BOM（U+FEFF）', apply: (t) => `\uFEFF${t.replace(/^\uFEFF/, '')}` },
];

export function findPerturbation(name: string): Perturbation | undefined {
  return PERTURBATIONS.find((p) => p.name === name);
}
