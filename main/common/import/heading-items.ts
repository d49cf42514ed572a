import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { excerpt } from './excerpt';
import { groupIntroItems } from './group-intro-items';
import { fold } from './line';
import { hasFigure } from './has-figure';
import { introDutyUnits } from './intro-duty-units';
import { introHeading } from './intro-heading';
import { namedPartsUnder } from './named-parts';

type Guess = { what: string; confidence: number };

/**
 * "2.重点工作举措。" with no text of its own, followed by "（1）…（2）…": a numbered heading over the
 * items below it, not a measure (a 工作要点 nests its measures one level down). Reported as a guess.
 */
export function headingItems(body: Body, guesses: Guess[]): void {
  // "该项工作由X负责，具体如下：": the unit an intro names goes to the items under it first, whatever the intro
  // is then read as (a group's heading over its tasks, or the heading of the units' list).
  introDutyUnits(body);
  body.forEach((b, i) => {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) return;
    const own = Item.bodyText(b).trim();
    const lead = fold(Item.leadText(b) || own).replace(/[。.:\s]/g, '');
    if (introHeading(body, i)) {
      b.role = 'point';
      guesses.push({ what: `编号条目“${excerpt(Item.leadText(b) || own)}”下的分项各有责任单位，它只是这些分项的标题和引言，按小标题导入，不算措施`, confidence: 0.6 });
      return;
    }
    if (groupOverTasks(body, i)) {
      b.role = 'point';
      guesses.push({ what: `“（一）”级条目“${excerpt(Item.leadText(b) || own)}”下面是“1.”级条目，是这一组任务的标题和引言，按小标题导入，不算措施`, confidence: 0.6 });
      return;
    }
    if ((Item.leadText(b) && own) || lead.length > 40) return;
    // "1.落实规划保护清单，持续推进全方面摸底，筑牢文物事业“强基石”" over "（1）…（3）": a heading of two or three
    // phrases and no sentence stop is still a title; a longer one with commas may be a task written without its 。.
    if ((lead.length > 20 || /[,;]/.test(lead)) && /[。;:!?]/.test(fold(own))) return;
    // "1、约束性指标的责任部门" over a table: a bare title naming whose duty a list sets out heads that list,
    // whatever follows it ("明确部门分工", an action, has no 的).
    if (ROSTER.test(lead)) {
      b.role = 'point';
      guesses.push({ what: `编号条目“${excerpt(lead)}”是下面责任清单的标题，按小标题导入，不算措施`, confidence: 0.7 });
      return;
    }
    const next = body[i + 1];
    if (!next || next.type !== 'item' || next.level <= b.level || namedPartsUnder(body, i)) return;
    b.role = 'point';
    guesses.push({ what: `编号条目“${excerpt(lead)}”只有标题、下面是更低一级的条目，按小标题导入，不算措施`, confidence: 0.7 });
  });
  groupIntroItems(body, guesses);
  headingTargets(body, guesses);
}

/**
 * "（二）空间目标" then "1.滨江南段" over a paragraph that describes that stretch: under a targets part, a
 * numbered name with no text of its own and no figure, over a paragraph with no figure either, heads a
 * description of the aim, not a target that can be checked. Reported as a guess.
 */
function headingTargets(body: Body, guesses: Guess[]): void {
  body.forEach((b, i) => {
    if (b.type !== 'item' || b.role !== 'target' || b.leadUnits.length + b.supportUnits.length > 0) return;
    const title = fold(Item.leadText(b) || Item.bodyText(b)).replace(/[。.:\s]/g, '');
    if ((Item.leadText(b) && Item.bodyText(b).trim()) || title.length > 12 || /[,;]/.test(title) || hasFigure(title)) return;
    const next = body[i + 1];
    const said = next?.type === 'paragraph' ? fold(next.children.map((l) => l.text).join('')).trim() : '';
    // A description is a sentence; "区应急管理局(安委办)" after "(8)安全生产形势平稳向好。" is a table's units cell.
    if (next?.type !== 'paragraph' || hasFigure(said) || (said.length <= 20 && !/[。;]$/.test(said))) return;
    b.role = 'point';
    guesses.push({ what: `目标部分的编号条目“${excerpt(title)}”只是下面一段说明的标题（都没有数字指标），按小标题导入，不算目标`, confidence: 0.6 });
  });
}

const ROSTER = /的(责任部门|责任单位|牵头部门|牵头单位|责任分工|任务分工|分工|分解)$/;

/**
 * "（一）聚力提质增效，加快多链融合，塑造产业发展新优势。实体经济是…。" over "1.构建现代产业体系。…": a 工作要点 numbers
 * its groups （一）（二） and the tasks in them 1. 2.; a group may state its aim as a title of a few phrases and
 * follow it with a lead-in, and is still the heading of the tasks numbered under it. Only a （n） item (level 2)
 * with a short first sentence, right over a 1. item (level 3).
 */
function groupOverTasks(body: Body, i: number): boolean {
  const b = body[i]!;
  const next = body[i + 1];
  // "（一）…机制。…" over "1.第一类" / "排查对象：…": named parts of one task (`namedPartsUnder`), not tasks.
  if (b.type !== 'item' || b.level !== 2 || next?.type !== 'item' || next.level !== 3 || namedPartsUnder(body, i)) return false;
  const first = /^[^。;!?]{4,40}。/.exec(fold(Item.leadText(b) || Item.bodyText(b)).trim());
  return first !== null && !/[:]/.test(first[0]);
}
