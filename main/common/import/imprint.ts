import { parseChineseDate } from './chinese-number';
import type { Line } from './line';

/** 版记 at the end of an issued document: 抄送 and the 印发 line (printer, print date). */
export interface Imprint {
  copyTo: string[];
  printer: string | null;
  printDate: string | null;
}

const COPY_TO = /^抄送\s*[:]\s*(.+?)[。.]?$/;
const PRINTED = /^(.+?)\s+([\d〇零一二三四五六七八九]{4}\s*年.+?日)\s*印发$/;

/** Takes the 版记 lines out of `lines` (they are not plan text) and returns them as data. */
export function takeImprint(lines: Line[]): Imprint {
  const imprint: Imprint = { copyTo: [], printer: null, printDate: null };
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
    const line = lines[i]!;
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
