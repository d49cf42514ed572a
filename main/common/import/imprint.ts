import { damagedDate, parseChineseDate } from './chinese-number';
import { ownTextEnd } from './attached-pages';
import { parseDottedDate } from './dotted-date';
import { withoutOtherName } from './organ-other-name';
import type { Line } from './line';

/** 版记 at the end of an issued document: 抄送 and the 印发 line (printer, print date). */
export interface Imprint {
  copyTo: string[];
  printer: string | null;
  printDate: string | null;
}

const COPY_TO = /^抄送\s*[:]\s*(.+?)[。.]?$/;
const PRINTED = /^(.+?)\s+([\d〇零一二三四五六七八九]{4}\s*年.+?日)\s*印发$/;

/**
 * Takes the 版记 lines out of `lines` (they are not plan text) and returns them as data. They close the
 * document, or the 印发通知 before its attachments ("…办公室 2018年8月9日印发" then "附件1"); there a 抄送 or 印发
 * line is read only when it is the first one (a plan never starts a line so).
 */
export function takeImprint(lines: Line[]): Imprint {
  const imprint: Imprint = { copyTo: [], printer: null, printDate: null };
  const tail = Math.max(0, lines.length - 6);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (i < tail && (imprint.copyTo.length || !COPY_TO.test(line.m)) && (imprint.printer || !PRINTED.test(line.m.trim()))) continue;
    const copy = COPY_TO.exec(line.m);
    const printed = PRINTED.exec(line.m.replace(/\t/g, ' ').trim());
    if (copy) {
      const start = line.m.indexOf(copy[1]!);
      imprint.copyTo = line.text.slice(start, start + copy[1]!.length).split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    } else if (printed && parseChineseDate(printed[2]!)) {
      imprint.printer = line.text.replace(/\t/g, ' ').trim().slice(0, printed[1]!.length).trim();
      imprint.printDate = parseChineseDate(printed[2]!);
    } else continue;
    lines.splice(i, 1);
  }
  return imprint;
}

const SIGNER = /(人民政府|办公厅|办公室|委员会|领导小组|管委会|局|厅|委|部|院|署|中心)$/;

/**
 * 署名, 成文日期 and 附注 at the end of a document issued without a 印发通知 (the 意见/方案 itself is the
 * 公文): taken out of `lines` and returned, or null when the text does not end with a date. `pages`: the
 * heading of the first page attached after the date ("附表1 …"), where the document's own text ends.
 */
export function takeClosingSignature(lines: Line[], min: number): { signature: string | null; date: string; note: string | null; damaged: string | null; pages: string | null } | null {
  const own = ownTextEnd(lines, min);
  let end = own;
  while (end > min + 1 && lines[end - 1]!.m.trim() === '') end--;
  let note: string | null = null;
  if (end > 0 && /^\(.{2,40}\)$/.test(lines[end - 1]!.m.trim())) {
    note = lines[end - 1]!.text.trim();
    end--;
  }
  const last = end > 0 ? lines[end - 1]!.m.replace(/\s+/g, '') : '';
  const dotted = parseDottedDate(last);
  const broken = parseChineseDate(last) || dotted ? null : damagedDate(last);
  const date = parseChineseDate(last) ?? dotted ?? broken?.iso ?? null;
  if (!date) return null;
  let from = end - 1;
  while (from > 0 && end - 1 - from < 4 && lines[from - 1]!.m.length <= 60 && !/[。,;:]/.test(lines[from - 1]!.m) && SIGNER.test(withoutOtherName(lines[from - 1]!.m.trim()))) from--;
  if (from <= min) return null;
  const signature = from < end - 1 ? lines.slice(from, end - 1).map((l) => l.text.trim()).join('、') : null;
  const damagedText = broken ? lines[end - 1]!.text.trim() : null;
  const pages = own < lines.length ? lines[own]!.text : null;
  lines.splice(from, own - from);
  return { signature, date, note, damaged: damagedText, pages };
}
