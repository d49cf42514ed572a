import { parseChineseDate } from './chinese-number';
import { classifyLine } from './classify-line';
import { parseDottedDate } from './dotted-date';
import type { Line } from './line';

/** "附表1  …申请表": the heading of a page attached after the document's date (no colon, unlike the 附件 list). */
export const PAGE_HEADING = /^附\s*[件表]\s*\d{1,2}(?![\d.．、])\s*:?\s*(.*)$/;

/**
 * Where a document's own text ends: the whole text, or — a 管理办法 closed by its 署名 and date, then the
 * forms it names printed after it ("附表1  …申请表", "附件2") — the first attached page whose heading follows
 * the closing date. A "附件1：…" line above the 署名 (the list of attachments) follows no date and is kept.
 */
export function ownTextEnd(lines: readonly Line[], min: number): number {
  for (let k = min + 1; k < lines.length; k++) {
    if (!PAGE_HEADING.test(lines[k]!.m.trim())) continue;
    let j = k - 1;
    while (j > min && lines[j]!.m.trim() === '') j--;
    const above = lines[j]!.m.replace(/\s+/g, '');
    if (parseChineseDate(above) || parseDottedDate(above)) return k;
  }
  return lines.length;
}

/**
 * Where the attachments start in the body lines: the first "附件：" line, or the page `pages` heads (see
 * `ownTextEnd`) when it comes first; -1 if neither.
 */
export function firstAttachment(rest: readonly Line[], pages: string | null): number {
  const listed = rest.findIndex((l) => classifyLine(l).kind === 'attachment');
  const paged = pages === null ? -1 : rest.findIndex((l) => l.text === pages);
  return paged >= 0 && (listed < 0 || paged < listed) ? paged : listed;
}
