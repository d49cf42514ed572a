import { HeadLines } from './head-lines';
import { makeLine, type Line } from './line';

/** A 文号 standing between spaces: the organ's short name, the year in brackets, the number. */
const SPACED_DOC_NUMBER = /\s+([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號])\s+/;

/**
 * "现将《政府工作报告》提出的…任务予以分解…": a 通知 issued as it is may open straight after its 文号 when the copy
 * lost the 主送 — with the hand-over or the purpose sentence every notice opens with.
 */
const NOTICE_OPENING = /^(现将|现就|为了?|根据|按照|经)/;

/**
 * "杭州市人民政府关于印发…实施方案的通知 杭政函〔2016〕190号 各区、县(市)人民政府,市政府各部门:": a copy that lost
 * the line breaks of its head sets the notice title, its 文号 and its 主送 side by side on one line. Cut at the
 * spaces around the 文号 when what stands before it is a notice title and what follows is a 主送, so each is
 * read as the head reads it on lines of its own. Null for any other line.
 */
export function splitNoticeTitleNumberRecipients(line: Line): string[] | null {
  const m = SPACED_DOC_NUMBER.exec(line.m);
  if (!m) return null;
  const start = m.index;
  const end = start + m[0].length;
  const title = line.text.slice(0, start).trim();
  const recipients = line.text.slice(end).trim();
  if (!/通知$/.test(makeLine(title).m) || !HeadLines.isNoticeTitle(makeLine(title).m)) return null;
  if (!HeadLines.isRecipients(makeLine(recipients)) && !(recipients.length >= 20 && NOTICE_OPENING.test(recipients))) return null;
  return [title, m[1]!, recipients];
}
