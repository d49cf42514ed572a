import { HeadLines } from './head-lines';
import type { Line } from './line';

/** "原文如下:" / "全文如下：": the line a news report closes its lead with before it reproduces the document. */
const REPRODUCES = /^(以下为|以下是)?(原文|全文)如下[:：。]?$/;

/**
 * "某网讯:10月30日,某局发布…的通告。" / "《方案》指出,…" / "原文如下:" then the document's own title: a news
 * report's lead and summary over the document it reproduces are not the document's head (their sentences would
 * hide its title). The lines through "原文如下" are dropped when a title line follows; returns how many.
 */
export function dropReportLead(lines: readonly Line[]): { lines: readonly Line[]; dropped: number } {
  const at = lines.slice(0, 8).findIndex((l) => REPRODUCES.test(l.m.trim()));
  if (at < 1) return { lines, dropped: 0 };
  let j = at + 1;
  while (j < lines.length && lines[j]!.m.trim() === '') j++;
  if (j >= lines.length || !HeadLines.titleish(lines[j]!)) return { lines, dropped: 0 };
  return { lines: lines.slice(j), dropped: j };
}
