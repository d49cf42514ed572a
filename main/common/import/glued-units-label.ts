import { UNITS_LINE } from './responsibility';

/**
 * A units label's first word, where a label can start ("责任单位：", "牵头单位：", "配合部门："). A bureau's own
 * plan names its offices instead ("责任处室：", "责任科室：", "责任股室："): the same label.
 */
const LABEL_START = /(?:主要|牵头|责任|配合|协办|参与|主责)(?:单位|部门|处室|科室|股室)[:：]/g;

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
    if (/(?:单位|部门|处室|科室|股室)[:：]/.test(clause)) continue;
    if (UNITS_LINE.test(m.slice(g.index))) out.push(g.index);
  }
  return out;
}

/** A deadline label that can close a task's notes ("完成时限：", "完成时间：", "时间节点："). */
const DEADLINE_START = /(?:完成时限|完成时间|时限要求|时间节点)[:：]/g;

/**
 * "责任处室：办公室、人事股完成时限：6月25日前": the page lost the break between a task's units line and its
 * deadline line too. No unit's name ends in 完成时限, so after a units label in the same clause the deadline
 * label starts a line of its own (read as the task's deadline), never a tail of the last unit's name.
 */
export function gluedDeadlineLabelCuts(m: string): number[] {
  const out: number[] = [];
  for (const g of m.matchAll(DEADLINE_START)) {
    if (!/[\u4e00-\u9fff)）”"]/.test(m[g.index - 1] ?? '')) continue;
    const clause = m.slice(0, g.index).split(/[。;!?]/).pop()!;
    const label = [...clause.matchAll(LABEL_START)].pop();
    if (label && UNITS_LINE.test(clause.slice(label.index))) out.push(g.index);
  }
  return out;
}

