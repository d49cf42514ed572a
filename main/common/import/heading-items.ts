import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { excerpt } from './excerpt';
import { groupIntroItems } from './group-intro-items';
import { fold } from './line';

type Guess = { what: string; confidence: number };

/**
 * "2.重点工作举措。" with no text of its own, followed by "（1）…（2）…": a numbered heading over the
 * items below it, not a measure (a 工作要点 nests its measures one level down). Reported as a guess.
 */
export function headingItems(body: Body, guesses: Guess[]): void {
  body.forEach((b, i) => {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) return;
    const own = Item.bodyText(b).trim();
    const lead = fold(Item.leadText(b) || own).replace(/[。.:\s]/g, '');
    if ((Item.leadText(b) && own) || lead.length > 20 || /[,;]/.test(lead)) return;
    // "1、约束性指标的责任部门" over a table: a bare title naming whose duty a list sets out heads that list,
    // whatever follows it ("明确部门分工", an action, has no 的).
    if (ROSTER.test(lead)) {
      b.role = 'point';
      guesses.push({ what: `编号条目“${excerpt(lead)}”是下面责任清单的标题，按小标题导入，不算措施`, confidence: 0.7 });
      return;
    }
    const next = body[i + 1];
    if (!next || next.type !== 'item' || next.level <= b.level) return;
    b.role = 'point';
    guesses.push({ what: `编号条目“${excerpt(lead)}”只有标题、下面是更低一级的条目，按小标题导入，不算措施`, confidence: 0.7 });
  });
  groupIntroItems(body, guesses);
}

const ROSTER = /的(责任部门|责任单位|牵头部门|牵头单位|责任分工|任务分工|分工|分解)$/;
