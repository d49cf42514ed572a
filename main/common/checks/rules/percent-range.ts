import { findingOf, textRule } from './make-rule';

const RULE = { id: 'percent-range', source: '实务：率与比重不超过100%' } as const;

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
/** A rate or share: it cannot pass 100 %. */
const RATE = /率|比重|占比|比例|覆盖面|达标/;
/** Growth can pass 100 %: 增长150% is fine. */
const GROWTH = /增长|增加|增速|增幅|提高了|提升了|翻|上涨|同比|环比|降低|下降|减少/;

/**
 * A rate (合格率, 覆盖率, 比重…) over 100 % is a typo. Named only when the 12 characters before the
 * figure speak of a rate or share and not of growth. An error, with no fix (the right figure is unknown).
 */
export const percentRange = textRule({
  id: 'percent-range',
  title: '百分比超过100%',
  source: RULE.source,
  bodiesOnly: true,
  scan(unit, emit) {
    const t = unit.text;
    if (!t.includes('%') && !t.includes('％')) return;
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(t); m; m = PERCENT.exec(t)) {
      if (Number(m[1]) <= 100) continue;
      const before = t.slice(Math.max(0, m.index - 12), m.index);
      // Only the clause the figure is in: after the last mark.
      const clause = before.slice(Math.max(...['，', '；', '。', ',', ';', '、'].map((c) => before.lastIndexOf(c))) + 1);
      if (!RATE.test(clause) || GROWTH.test(clause)) continue;
      emit(findingOf(RULE, 'error', `“${clause}${m[0]}”：比率不能超过100%，请核对数字。`, unit.at(m.index, m.index + m[0].length)));
    }
  },
});
