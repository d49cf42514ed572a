import { hasFigure } from './has-figure';
import type { Line } from './line';

/**
 * "…我区2016年水产品质量安全工作的总体要求是，全面贯彻…，努力确保不发生重大…事件，水产品质量安全产地监督抽查
 * 合格率达到97%以上。": a 工作要点 with no 目标 part states the year's aims in its opening, in one sentence that
 * names them "…的总体要求是" / "…的主要目标是" and closes with the figure to reach. That sentence is the plan's
 * target; the sentences before it (last year's results, the year's setting) stay the opening. A sentence that
 * states no figure after its label is only the frame and stays a paragraph.
 */
const AIMS_LABEL = /(?:^|。)([^。]{0,40}?(?:总体要求|主要目标|总体目标|工作目标)(?:是|为)[,:])/g;

/** Where such a sentence starts in the line, or null. */
export function statedAimsSentence(line: Line): number | null {
  for (const hit of line.m.matchAll(AIMS_LABEL)) {
    const from = hit.index + hit[0].length - hit[1]!.length;
    const end = line.m.indexOf('。', from + hit[1]!.length);
    const rest = line.m.slice(from + hit[1]!.length, end < 0 ? undefined : end);
    if (/\d+(\.\d+)?\s*(%|％)/.test(rest) && hasFigure(rest)) return from;
  }
  return null;
}
