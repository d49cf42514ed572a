import { isAttachmentLabel } from './attachment-label';
import { damagedDate, parseChineseDate } from './chinese-number';
import { HeadLines } from './head-lines';
import type { Line } from './line';
import { takeNotes } from './note-lines';

/**
 * A 成文日期 line past the notice's own 一、二、, followed (after an 附注) by a title line. A date that lost its
 * 年月日 ("2022526") counts when its digits have one reading only. With `orCopyEnd`, a date with nothing but
 * its 附注 after it counts too: the copy stops at the notice's end (a page that printed the notice and left
 * its attachment, the plan, to a download link), so the numbered lines above the date are the notice's own.
 */
// "附件下载: …分解表.doc": the page's link to the attached file (the plan) it did not print; the copy ends there.
const DOWNLOAD_LINK = /^(附件下载|下载附件|相关附件|附件)[:：]\s*\S.*\.(docx?|xlsx?|pdf|wps|ofd|zip|rar)$/i;

function pastDownloadLinks(lines: readonly Line[], j: number): number {
  while (j < lines.length && DOWNLOAD_LINK.test(lines[j]!.m.trim())) j++;
  return j;
}

export function datedEnd(lines: readonly Line[], from: number, to: number, orCopyEnd = false): { at: number; by: 'date' } | null {
  for (let i = from; i < to; i++) {
    const m = lines[i]!.m.trim();
    if (!parseChineseDate(m.replace(/\s+/g, '')) && !damagedDate(m)?.sure) continue;
    const j = pastDownloadLinks(lines, takeNotes(lines, i + 1, lines.length).next);
    if (orCopyEnd && j === lines.length) return { at: i, by: 'date' };
    // "附件:" over the title: GB/T 9704's label above the attachment the notice hands over (read past by readNotice).
    const k = j < lines.length && isAttachmentLabel(lines[j]!.m) ? j + 1 : j;
    return k < lines.length && HeadLines.titleish(lines[k]!) ? { at: i, by: 'date' } : null;
  }
  return null;
}
