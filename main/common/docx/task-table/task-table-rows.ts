import { Item } from '../../model/item';
import { Plan } from '../../model/plan';

export const TASK_TABLE_HEADER = ['序号', '工作任务', '主要内容', '牵头单位', '责任单位', '完成时限'] as const;

/** 工作任务 is a short task name: at most this many characters when it has to be cut from the text. */
export const MAX_TASK_LEAD = 24;

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,：:、]/;
const TRIM = /^[\s。；;，,：:、]+|[\s。；;，,：:、]+$/g;

/**
 * A measure without a run-in title: a short lead for 工作任务 and the rest for 主要内容. The lead ends at
 * a sentence end (。；) when the first sentence is short, else at the first clause end (，：、); a text
 * with no short first sentence or clause goes whole to 主要内容, with its opening clause (when short
 * enough) repeated as the task name. Never the whole text in 工作任务 with an empty 主要内容.
 */
export function splitLead(body: string): [lead: string, rest: string] {
  const text = body.trim();
  const cut = (re: RegExp): [string, string] | null => {
    const at = text.search(re);
    if (at <= 0) return null;
    const lead = text.slice(0, at).replace(TRIM, '');
    const rest = text.slice(at + 1).replace(TRIM, '');
    return lead && rest && [...lead].length <= MAX_TASK_LEAD ? [lead, text.slice(at + 1).trim()] : null;
  };
  const bySentence = cut(SENTENCE_END);
  if (bySentence) return bySentence;
  const firstSentence = text.split(SENTENCE_END)[0] ?? text;
  const byClause = firstSentence.search(CLAUSE_END) > 0 ? cut(CLAUSE_END) : null;
  if (byClause) return byClause;
  const opening = firstSentence.split(CLAUSE_END)[0]!.replace(TRIM, '');
  return [[...opening].length <= MAX_TASK_LEAD ? opening : '', text];
}

/**
 * The 任务分解表, generated from the measures and never retyped (docs/product.md#the-plan-is-data): one row per measure,
 * run-in title as 工作任务 (without its closing 。), the rest as 主要内容; a measure without a run-in title is
 * named by its group's heading when it is all the group holds (`Plan.groupTitle`), else split by `splitLead`.
 */
export function taskTableRows(plan: Plan): string[][] {
  return Plan.measures(plan).map((location, i) => {
    const { item } = location;
    const lead = (Item.leadText(item) || (Plan.groupTitle(location) ?? '')).replace(/[。；，]+$/, '');
    const body = Item.bodyText(item).trim();
    const [task, content] = lead ? [lead, body] : splitLead(body);
    return [String(i + 1), task, content, item.leadUnits.join('、'), item.supportUnits.join('、'), item.deadline ?? ''];
  });
}

/** Default title of a generated 任务分解表 attachment. */
export function taskTableTitle(plan: Plan): string {
  // A line break the user typed in the plan title only shapes the title block (title-block.ts).
  return `${plan.meta.title.replace(/\s*[\r\n]+\s*/g, '').replace(/[。\s]+$/, '')}工作任务分解表`;
}
