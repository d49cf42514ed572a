import { UNITS_LINE } from './responsibility';

/** A units label's first word, where a label can start ("责任单位：", "牵头单位：", "配合部门："). */
const LABEL_START = /(?:主要|牵头|责任|配合|协办|参与|主责)(?:单位|部门)[:：]/g;

/**
 * "…服务地方经济、小微企业和城乡居民责任单位：平潭银保监组、人行平潭支行，区财政金融局": a PDF copied as one line
 * loses the stop that ended a task's last sentence and the line break before its units line, so the label is
 * glued to the text. A units label with its colon never stands inside a sentence (a sentence names 责任单位
 * without a colon, "各责任单位要…"), so in a line known to be run together a label after a word (not after 各, 的,
 * 和 or a list's 、) starts a line of its own — unless it follows another label of the same units run. Returns the cuts before those labels.
 */
export function gluedUnitsLabelCuts(m: string): number[] {
  const out: number[] = [];
  for (const g of m.matchAll(LABEL_START)) {
    const before = m.slice(Math.max(0, g.index - 1), g.index);
    if (!/[\u4e00-\u9fff)）”"]/.test(before) || /[各的和及与]/.test(before)) continue;
    // "牵头单位：A责任单位：B配合单位：C": labels of one task's units run on one line are one units line.
    const clause = m.slice(0, g.index).split(/[。;!?]/).pop()!;
    if (/(?:单位|部门)[:：]/.test(clause)) continue;
    if (UNITS_LINE.test(m.slice(g.index))) out.push(g.index);
  }
  return out;
}
