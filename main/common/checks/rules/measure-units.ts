import { Item } from '../../model/item';
import { bodyRule, findingOf } from './make-rule';
import { quoteStart } from './text-units';

const RULE = { id: 'measure-units', source: '实务：行动计划的每项措施明确责任单位' } as const;

/**
 * Every measure names a responsible unit: the point of an action plan is who does what by when.
 * Practice rather than a clause of the standard, so a warning. Attachments (办法, 任务表) are not
 * measures of the plan and are not checked.
 */
export const measureUnits = bodyRule({
  id: 'measure-units',
  title: '措施缺责任单位',
  source: RULE.source,
  checkUnit(_plan, ref) {
    if (ref.scheme === 'regulation') return [];
    const out = [];
    for (const block of ref.body) {
      if (block.type !== 'item' || block.role !== 'measure') continue;
      if (block.leadUnits.length + block.supportUnits.length > 0) continue;
      const name = quoteStart(Item.leadText(block) || Item.bodyText(block));
      out.push(findingOf(RULE, 'warning', `措施“${name}”没有责任单位：请在“责任单位”中填写牵头单位。`, { sectionId: ref.id, itemId: block.id }));
    }
    return out;
  },
});
