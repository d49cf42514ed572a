import { PAGE_HEADING } from './attached-pages';
import { classifyLine } from './classify-line';
import type { FrontMatter } from './front-matter';
import type { ImportReport } from './import-report';
import type { Line } from './line';
import { withoutOtherName } from './organ-other-name';

const SIGNER = /(人民政府|办公厅|办公室|委员会|领导小组|管委会|局|厅|委|部|院|署|中心)$/;
/** "（电子信息工程学院）" on a line of its own: the other name of the organ on the line above. */
const OTHER_NAME = /^\([^()]{2,20}\)$/;
// "…学生外出实习、实训申请表（一式两份）": the title of a form printed after the document, over its table.
const FORM_TITLE = /表(\([^()]{1,10}\))?$/;

const blank = (l: Line) => l.m.trim() === '';

function isOrgan(m: string): boolean {
  return m.length <= 40 && !/[。,;:、]/.test(m) && SIGNER.test(withoutOtherName(m.replace(/\s+/g, '')));
}

/** A form's title: short, no sentence, a table row among the next three lines. */
function isFormTitle(lines: readonly Line[], k: number): boolean {
  const m = lines[k]!.m.trim();
  if (m.length > 40 || /[。,;:]/.test(m) || !FORM_TITLE.test(m)) return false;
  return lines.slice(k + 1, k + 4).some((l) => classifyLine(l).kind === 'cell');
}

/** The first page attached after `min`: an "附件1" / "附表2" heading, or a form's title over its table. */
function firstPage(lines: readonly Line[], min: number): number {
  for (let k = min + 1; k < lines.length; k++) {
    if (PAGE_HEADING.test(lines[k]!.m.trim()) || isFormTitle(lines, k)) return k;
  }
  return -1;
}

/**
 * "…（见附件2）。" / "计算机与通信工程学院" / "（电子信息工程学院）" / "附件1：" / a form: a document closed by its 署名
 * with no 成文日期, then the forms it names. The organ lines right above the first attached page are the
 * 署名 (an organ on a line of its own never ends a plan's text); taken out of `lines` with the blank lines
 * after them. Returns the 署名 and the attached page's heading, or null.
 */
export function takeUndatedSignature(lines: Line[], min: number): { signature: string; pages: string } | null {
  const page = firstPage(lines, min);
  if (page < 0) return null;
  let end = page;
  while (end > min + 1 && blank(lines[end - 1]!)) end--;
  let from = end;
  while (from > min + 1 && end - from < 3) {
    const m = lines[from - 1]!.m.trim();
    const other = OTHER_NAME.test(m) && from - 1 > min && isOrgan(lines[from - 2]!.m.trim());
    if (!other && !isOrgan(m)) break;
    from--;
  }
  if (from === end || from <= min + 1 || blank(lines[from - 1]!) && from - 1 <= min + 1) return null;
  const names = lines.slice(from, end).map((l) => l.text.trim());
  // The other name in brackets stays with its organ; two organs are joined with 、.
  const signature = names.reduce((acc, n) => (!acc ? n : OTHER_NAME.test(n.replace(/（/g, '(').replace(/）/g, ')')) ? acc + n : `${acc}、${n}`), '');
  const heading = lines[page]!.text;
  lines.splice(from, page - from);
  return { signature, pages: heading };
}

/** A 署名 with no 成文日期 over the forms the document names, set on `fm`: the attached page's heading, or null. */
export function readUndatedSignature(lines: Line[], fm: FrontMatter, report: ImportReport): string | null {
  const undated = takeUndatedSignature(lines, fm.next);
  if (!undated) return null;
  fm.signature = undated.signature;
  report.recognised.push(`文末署名（无成文日期）：${undated.signature}`);
  return undated.pages;
}
