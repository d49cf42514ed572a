import { bodyRule, findingOf } from './make-rule';
import { Item } from '../../model/item';
import { blockText, quoteStart } from './text-units';

const RULE = { id: 'target-figure', source: '实务：目标应可量化考核' } as const;

/** A figure: digits (ASCII or full-width), 百分之, or a Chinese numeral with a measure word (三个, 十项, 两倍). */
const FIGURE = /[0-9０-９]|百分之|[一二两三四五六七八九十百千万][个项家所座名人批条类倍成级星]/;

/**
 * A 目标 item (role target) states a figure to be checked against at year end. A target without any
 * figure is named (a warning: some targets are qualitative by nature — the reviewer decides).
 */
export const targetFigure = bodyRule({
  id: 'target-figure',
  title: '目标没有量化指标',
  source: RULE.source,
  checkUnit(_plan, ref) {
    const out = [];
    for (const block of ref.body) {
      if (block.type !== 'item' || block.role !== 'target') continue;
      const text = blockText(block);
      if (!text.trim() || FIGURE.test(text)) continue;
      out.push(findingOf(RULE, 'warning', `目标“${quoteStart(Item.leadText(block) || text)}”没有量化指标：写明数值（如“达到95%以上”“新增3家”），便于考核。`, { sectionId: ref.id, itemId: block.id }));
    }
    return out;
  },
});
