import { isMarkdownHeading } from '../../common/import/markdown-heading';
import { endsLineOfItsOwn, organOrTitleLine, startsLineOfItsOwn } from './line-of-its-own';
import { normalizeLines } from '../../common/import/normalize-text';
import { rejoinRewrapped } from '../../common/import/rewrapped-run-together';

/**
 * Soft line breaks (w:br, Shift+Enter) in a .docx paragraph. WPS users and PDF-to-Word converters end
 * lines with them two ways: at the end of a line of its own (a 主送, a 署名, a date, the next item), which
 * stays a line break; and where a long sentence wraps on the page, which is no break for the reader: the
 * parts of one sentence are joined back. A .txt never reaches this (its lines are its paragraphs).
 */

/** A sentence's end or a closing bracket: a line ends there, unless the page wrapped it there (a full line). */
const SENTENCE_END = /[。；;！？!?)）》\]】]$/;
/**
 * A part that ends a line of its own even when full: a colon (a 主送, a key), a table cell, a 文号, a
 * date, a 标志, a title's last word, a table's name, an organ (a 署名 over its date), simplified or traditional,
 * a file's name ("…实施方案(2021—2023年).doc", a page's download link or the name a copy keeps on top).
 */
const UNIT_END = /([：:|]|\.(docx?|wps|pdf|xlsx?|ofd)|[号號日表]|文件|通知|意[见見]|方案|[计計][划劃]|[办辦]法|要[点點]|[规規][划劃]|[细細][则則]|清[单單]|政府|[办辦]公室|委[员員][会會]|局|[厅廳])$/;
/**
 * A part that starts a line of its own: a label (一、 （一） 1. ① 第一条; "2.2025年…", a label before a year,
 * is no decimal), 附件, a key ("责任单位："). Not a bracketed note ("（牵头单位：…）" runs on after its
 * sentence, as a 公文 writes it) nor digits before a colon (a time's or a link's "0019::2c9b…" the page
 * wrapped), which are no key.
 */
// A Markdown copy's quote mark ("> 依…") starts its line too (its heading marks: isMarkdownHeading).
const LINE_START = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|\d{1,2}[.．](?=\d{4}年)|[①-⑳]|第[一二三四五六七八九十百\d]+[章条节部篇]|附件|(?![（(]|\d+[：:])[^，。：:；;\s]{1,8}[：:]|>\s)/;
/**
 * A part ending as a line of its own does (UNIT_END). Not a full line that holds a sentence's end or a comma before its
 * last word: "…加强监管的要求。根据市场监管总局" is a sentence the page wrapped after an organ's name — a 署名, a
 * date, a title or a 文号 of its own is one phrase, never the tail of a sentence run on from the line's start. A
 * colon or a cell's bar still ends its line (a key's value may follow on the next).
 */
function endsAsUnit(before: string, full: boolean): boolean {
  if (!UNIT_END.test(before)) return false;
  return !(full && !/[：:|]$/.test(before) && /[。；;，,]/.test(before.slice(0, -1)));
}

/** A line the page wrapped is a full line: 28 characters in a 公文, more in Word's default page. */
const FULL_LINE = 18;

/** A line's width on the page in half-width units (a Chinese character is two, a digit or letter one). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 1 : 2;
  return w;
}

/**
 * A line's width without a closing mark the page hung past its edge (禁则: "，" "”" "）" never start a line):
 * "…结合黄浦区内“一江一河”" is a full line of 28 with its ” hanging, not a line wider than the page.
 */
function hungWidth(s: string): number {
  return width(s.replace(/[，。、；：！？）》」』”’,.;:!?)]$/, ''));
}

/**
 * The width the page wraps this paragraph's lines at, when two lines in a row share it (within a
 * character): such lines are wrapped even when a sentence happens to end at the wrap. In a row: a page
 * wraps a sentence's lines one after another, while two lines of their own ("发布日期:…字体:[ ]" and a
 * "《…》" two lines on) may be as long as each other by chance.
 */
function wrapWidth(parts: string[]): number | null {
  const widths = parts.slice(0, -1).map(width);
  const hung = parts.slice(0, -1).map(hungWidth);
  let best: number | null = null;
  for (let i = 1; i < widths.length; i++) {
    // Two lines that each end a sentence or close a bracket show no wrap: they are as likely two lines of their
    // own as long as each other by chance ("2. …工作方案(征求意见稿)" in an attachment list over the draft's own
    // title "…工作方案(征求意见稿)"). A line stopping mid-word ("…稳定粮食播种面") is where the page wrapped.
    if (SENTENCE_END.test(parts[i - 1]!) && SENTENCE_END.test(parts[i]!)) continue;
    const [a, b] = [widths[i - 1]!, widths[i]!];
    // A line that hangs its closing mark past the edge is compared without it ("…方案》" over "…,请").
    const near = Math.abs(a - b) <= 2 || Math.abs(hung[i - 1]! - b) <= 2;
    if (Math.min(a, b) >= 2 * FULL_LINE && near) best = Math.max(best ?? 0, a, b);
  }
  return best;
}

/**
 * The next part is a cell of a table set one cell a line (WPS and PDF-to-Word write a table's cells as lines,
 * none ending in a full stop). A number alone ("3", "68") is a row's 序号: the page wraps at its edge, so a
 * wrap's rest that is a bare number follows a full line, never a shorter one. An organ's name alone
 * ("广新局") is a 署名 of its own unless the line before fills the page and ends inside a word ("…、市文"): a
 * unit cell's list of organs has no full stop, so the page may wrap it one organ short of its end.
 */
function tableCellLine(before: string, next: string, full: boolean): boolean {
  if (/^\d{1,3}$/.test(next)) return !full;
  return organOrTitleLine(next, before) && !(full && /[\u4e00-\u9fff]$/.test(before));
}

/**
 * A bracket opened at the line's end and closed in the next part ("…失信名单。（牵" / "头指导处室：…）"): a
 * line of its own closes its brackets, so the note runs on whatever its rest starts with.
 */
const opensNote = (before: string, next: string) => /[（(][^（()）]{0,8}$/.test(before) && /^[^（(]*[）)]/.test(next);

/**
 * A line of its own by how it ends or how the next starts. A Markdown copy's rule ("---") is a line of its
 * own; so is a line that sets its fields apart with runs of spaces ("2024-04-12      来源: …  【字体:   打印",
 * a page's date and source): a sentence the page wraps has no such gaps.
 */
function lineOfItsOwn(before: string, next: string, full: boolean): boolean {
  // A page's key line ("标题: …制订的") the page filled and wrapped inside a word runs on.
  if (endsLineOfItsOwn(before) && !(full && /[\u4e00-\u9fff《〈“]$/.test(before))) return true;
  if (/\S[ \u3000]{3,}\S/.test(before)) return true;
  // "序号" alone: the first heading of a table set one cell a line, never the rest of a wrapped sentence.
  if (startsLineOfItsOwn(next) || tableCellLine(before, next, full) || /^(序号|编号)$/.test(next)) return true;
  // "▲商务局,各镇乡(街道)", "●加快…": a mark that flags a list's lead unit or bullets an item opens its line;
  // a sentence the page wrapped goes on with its next word, never with a mark.
  if (/^[▲△★☆◆◇■●○•]/.test(next)) return true;
  return LINE_START.test(next) || isMarkdownHeading(next) || /^([-*_=—])\1{2,}$/.test(next);
}

/** The paragraph's text with the soft breaks inside a wrapped sentence removed (the others kept as "\n"). */
export function joinWrappedBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  // A page run together on one line and broken with Shift+Enter at its wraps: joined back whole, its spaces
  // kept, as a .txt copy of it is (its breaks before a number are the page's wraps, not lines of their own).
  const rejoined = rejoinRewrapped(normalizeLines(text));
  if (rejoined.some((l) => l.rewrapped !== undefined)) return rejoined.map((l) => l.text).join('\n');
  const parts = text.split('\n');
  const wrapAt = wrapWidth(parts.map((p) => p.trim()));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!.trim();
    const next = parts[i]!.trim();
    // wrapAt is the wider of its two lines (one may hang a closing mark past the edge): a full line is as
    // wide or a little less.
    const full = wrapAt !== null && width(before) <= wrapAt && width(before) >= wrapAt - 3;
    // A part wider than the page's lines was not wrapped by the page: it is a line of its own, ended by hand.
    const wider = wrapAt !== null && hungWidth(before) > wrapAt;
    // The rest of a line the page wrapped is no wider than the line: a wider next part follows a line of its own.
    const after = hungWidth(next) > width(before) + 2;
    const own = lineOfItsOwn(before, next, full) || endsAsUnit(before, full);
    const wrapped = next !== '' && (opensNote(before, next) || (!wider && !after && !own && (full || (before.length >= FULL_LINE && !SENTENCE_END.test(before)))));
    // An indent before the wrapped part goes; one space is a word's space the wrap fell on ("执行。 邹城市…"
    // in a copy that keeps a .doc's wrap spaces, "the / plan"): it stays.
    out += wrapped ? parts[i]!.replace(/^(?! \S)\s+/, '') : `\n${parts[i]}`;
  }
  return out;
}
