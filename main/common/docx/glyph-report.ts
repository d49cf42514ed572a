import { Traditional } from '../import/traditional';
import type { Face } from './gbt9704-style';
import { FONT_ROLES } from './font-report';
import type { Segment } from './layout/document-layout';

// Which printed characters the 公文 fonts cannot draw. A 仿宋_GB2312 has the GB2312 set only: a plan in
// 繁体 (seed 001) prints its traditional characters in whatever face the word processor or the PDF falls back
// to — sans-serif glyphs inside the 仿宋 body — and looks wrong on paper. The font files are the ones the
// PDF export draws with (main/node/pdf/system-fonts.ts, the same glyph lookup as draw-pdf.ts), so the warning
// names the fonts of this machine; the 繁体 count does not depend on fonts.

/** What a role's font can draw: the font files the PDF export found on this machine. */
export interface GlyphCoverage {
  /** The font's name (仿宋_GB2312, FandolFang …). */
  font(face: Face): string;
  has(face: Face, codePoint: number): boolean;
}

export interface GlyphGap {
  face: Face;
  /** The role as the font report names it (仿宋（正文、三四级标题、版记）…). */
  role: string;
  font: string;
  /** The distinct characters without a glyph, in document order (at most 40). */
  chars: string[];
  /** How many distinct characters lack a glyph. */
  count: number;
}

export interface GlyphReport {
  /** Per role, the characters its font has no glyph for; empty when every character is covered or no fonts were found. */
  gaps: GlyphGap[];
  /** Whether the font files could be read (false: no gaps reported, only the 繁体 count). */
  checked: boolean;
  /** Traditional-only characters in the printed text (GB/T 9704 documents use 规范汉字). */
  traditional: { count: number; sample: string[] };
}

const MAX_CHARS = 40;

/** The printed text of an export, per face (runs of paragraphs and 版记 frames; table header cells in 黑体, the rest 仿宋). */
export function printedText(segments: readonly Segment[]): Map<Face, string[]> {
  const out = new Map<Face, string[]>();
  const add = (face: Face, text: string) => {
    if (!text) return;
    let list = out.get(face);
    if (!list) out.set(face, (list = []));
    list.push(text);
  };
  for (const seg of segments) {
    for (const flow of [...seg.flows, ...(seg.imprint?.frames ?? [])]) {
      for (const run of flow.spec?.runs ?? []) add(run.face, run.text);
      // grid-table.ts: header cells are 黑体, the others 仿宋.
      flow.table?.rows.forEach((row, i) => row.forEach((cell) => add(i === 0 && flow.table!.header ? 'heiti' : 'fangsong', cell)));
    }
  }
  return out;
}

let gb2312: Uint8Array | null | undefined;

/**
 * The GB2312 set (EUC-CN rows A1–A9 symbols, B0–F7 汉字) as a 0/1 table over the BMP, from one pass of the
 * GBK decoder over every two-byte code (each decodes to one code unit); null where the decoder is missing.
 */
function gb2312Table(): Uint8Array | null {
  if (gb2312 !== undefined) return gb2312;
  try {
    const bytes: number[] = [];
    for (let hi = 0xa1; hi <= 0xf7; hi++) {
      if (hi > 0xa9 && hi < 0xb0) continue;
      for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    }
    const text = new TextDecoder('gbk').decode(new Uint8Array(bytes));
    const table = new Uint8Array(0x10000);
    for (let i = 0; i < text.length; i++) table[text.charCodeAt(i)] = 1;
    gb2312 = table;
  } catch {
    gb2312 = null; // a runtime without the GBK decoder: always read the fonts
  }
  return gb2312;
}

/**
 * Whether reading the font files can find anything: the 公文 fonts (仿宋_GB2312 …, and the free ones that
 * stand in for them) all cover GB2312, so a text wholly inside it needs no font file read (reading and
 * parsing them costs about a second, more than the .docx export itself). Code units, not characters: a
 * surrogate is outside the table, so a character beyond the BMP counts as possibly missing, as it should.
 */
function mayLackGlyphs(segments: readonly Segment[]): boolean {
  const table = gb2312Table();
  if (!table) return true;
  for (const [face, parts] of printedText(segments)) {
    if (face === 'latin') continue;
    for (const part of parts) {
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        if (c >= 0x80 && table[c] === 0 && !/\s/.test(part[i]!)) return true;
      }
    }
  }
  return false;
}

/**
 * Characters each role's font lacks, and the 繁体 in the text. The fonts are asked for (`fonts`, null when
 * none could be read) only when some character is outside GB2312.
 */
export async function glyphReport(segments: readonly Segment[], fonts: () => Promise<GlyphCoverage | null>): Promise<GlyphReport> {
  if (!mayLackGlyphs(segments)) return { gaps: [], checked: true, traditional: Traditional.scan(allText(printedText(segments))) };
  return glyphReportWith(segments, await fonts());
}

const allText = (text: Map<Face, string[]>) => [...text.values()].flat().join('');

/** glyphReport with the fonts at hand (`coverage` null: they could not be read, only the 繁体 is counted). */
export function glyphReportWith(segments: readonly Segment[], coverage: GlyphCoverage | null): GlyphReport {
  const text = printedText(segments);
  const gaps: GlyphGap[] = [];
  if (coverage) {
    for (const [face, parts] of text) {
      // ASCII is drawn in the Latin face (w:rFonts ascii/hAnsi): never a gap of a Chinese face.
      if (face === 'latin') continue;
      const missing = new Set<string>();
      const seen = new Set<string>();
      for (const part of parts) {
        for (const ch of part) {
          const cp = ch.codePointAt(0)!;
          if (cp < 0x80 || /\s/.test(ch) || seen.has(ch)) continue;
          seen.add(ch);
          if (!coverage.has(face, cp)) missing.add(ch);
        }
      }
      if (missing.size) gaps.push({ face, role: FONT_ROLES[face], font: coverage.font(face), chars: [...missing].slice(0, MAX_CHARS), count: missing.size });
    }
  }
  return { gaps, checked: coverage !== null, traditional: Traditional.scan(allText(text)) };
}

/** The report as warning lines (Chinese) for the CLI's stderr; none when there is nothing to say. */
export function glyphWarningLines(report: GlyphReport, planFile: string): string[] {
  const lines: string[] = [];
  for (const g of report.gaps) {
    lines.push(`警告：${g.count} 个字在${g.role}的字体 ${g.font} 中没有字形，Word/WPS 和 PDF 会改用其他字体显示（与正文字形不一致）：${g.chars.join('')}${g.count > g.chars.length ? '…' : ''}`);
  }
  const t = report.traditional;
  if (t.count > 0) {
    lines.push(`警告：文中有 ${t.count} 个繁体字（如 ${t.sample.join('')}），公文应使用规范汉字，公文字体（仿宋_GB2312 等）也不含繁体字形。`
      + `请改为简体：在编辑器的“公文体检”中按“繁体字”全部改正，或运行 npm run cli -- check ${planFile} 查看各处。`);
  }
  return lines;
}
