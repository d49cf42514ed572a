import { parseChineseNumber } from './chinese-number';
import { labelledNumber } from './labelled-number';
import type { Line } from './line';

/** What a line starts with. `start` is where the text after the label begins (same index in text and m). */
export type LineClass =
  | { kind: 'h1' | 'h2' | 'n3' | 'n4' | 'chapter' | 'article'; n: number; start: number; noDot?: true }
  | { kind: 'attachment'; start: number }
  | { kind: 'cell'; start: number }
  | { kind: 'text'; start: 0 };

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const RULES: Array<{ kind: 'h1' | 'h2' | 'n3' | 'n4' | 'chapter' | 'article'; re: RegExp; chinese: boolean }> = [
  { kind: 'chapter', re: new RegExp(`^第(${CN})章\\s*`), chinese: true },
  { kind: 'article', re: new RegExp(`^第(${CN})条\\s*`), chinese: true },
  { kind: 'h1', re: new RegExp(`^(${CN})\\s*[、,.]\\s*`), chinese: true },
  // "一)加大援企稳岗支持力度。": a copy that lost the opening bracket; "一)" starts no other line.
  { kind: 'h2', re: new RegExp(`^\\(?(${CN})\\)\\s*[、.]?\\s*`), chinese: true },
  { kind: 'n4', re: /^\((\d{1,2})\)\s*/, chinese: false },
  // 1. 1、 1． but not 2.5亿 or 2017年. "1* .开展“一证多址”改革" / "2★.": a plan marks some tasks with a star
  // between the number and its dot (a footnote says which: the district's own reforms, the year's key tasks);
  // the star is a mark on the task, the number is its number.
  { kind: 'n3', re: /^(\d{1,2})\s*[*★☆]?\s*[.、,](?!\d)\s*/, chinese: false },
];

export function classifyLine(line: Line): LineClass {
  const m = line.m;
  // "㈠大力发展商贸业": the parenthesized numerals ㈠–㈩ (U+3220–U+3229) are one character for "（一）".
  const enclosed = /^([\u3220-\u3229])\s*/.exec(m);
  if (enclosed) return { kind: 'h2', n: enclosed[1]!.charCodeAt(0) - 0x3220 + 1, start: enclosed[0].length };
  // "—、总体要求": a PDF or OCR copy writes the one-stroke 一 as a dash; a dash followed by 、 starts no
  // other line, so it is the first 一、 heading.
  const dash = /^[—―－ー‒–]\s*、\s*/.exec(m);
  if (dash) return { kind: 'h1', n: 1, start: dash[0].length };
  if (/^附\s*件\s*\d*\s*[:]/.test(m)) return { kind: 'attachment', start: m.indexOf(':') + 1 };
  // "附表：某区2025年重点工作分工" / "附表1：" over a table: a plan whose attachment is a table names it under 附表 as
  // others do under 附件, and the table follows with no heading of its own. "附表：1．…申请表" lists forms each printed
  // later under its own "附表1" heading (see attached-pages.ts), which opens it: that list stays text.
  if (/^附\s*表\s*\d*\s*:(?!\s*\d)/.test(m)) return { kind: 'attachment', start: m.indexOf(':') + 1 };
  if (/\|\s*$/.test(m)) return { kind: 'cell', start: 0 };
  const labelled = labelledNumber(m);
  if (labelled) return labelled;
  for (const rule of RULES) {
    const hit = rule.re.exec(m);
    if (!hit) continue;
    const n = rule.chinese ? parseChineseNumber(hit[1]!) : Number(hit[1]);
    if (!Number.isFinite(n) || n < 1) continue;
    return { kind: rule.kind, n, start: hit[0].length };
  }
  // "22推进质量文化工程。": the dot is missing; the builder accepts it only as the expected next number.
  const bare = /^(\d{1,2})(?=[\u4e00-\u9fff])/.exec(m);
  // "20座（区域面积1000平米以上）…" at a PDF line's start is a count carried down, not item 20: a measure word
  // after the digits (座 户 辆 公里 …) never opens a task's title.
  if (bare && !/^\d{1,2}(年|月|日|个|家|项|万|亿|名|次|人|所|条|类|大|号|座|户|辆|台|批|天|周|元|倍|公里|米|吨|亩|岁|栋|幢|余|多|种|位|届)/.test(m)) {
    return { kind: 'n3', n: Number(bare[1]), start: bare[0].length, noDot: true };
  }
  return { kind: 'text', start: 0 };
}
