import { Item } from '../../model/item';
import { Plan } from '../../model/plan';

export const TASK_TABLE_HEADER = ['序号', '工作任务', '主要内容', '牵头单位', '责任单位', '完成时限'] as const;

/**
 * The 任务分解表, generated from the measures and never retyped (docs/product.md#the-plan-is-data): one row per measure,
 * run-in title as 工作任务 (without its closing 。), the rest as 主要内容.
 */
export function taskTableRows(plan: Plan): string[][] {
  return Plan.measures(plan).map(({ item }, i) => {
    const lead = Item.leadText(item).replace(/[。；，]+$/, '');
    const body = Item.bodyText(item).trim();
    return [
      String(i + 1),
      lead || body.split('。')[0] || '',
      lead ? body : body.slice((body.split('。')[0] ?? '').length + 1),
      item.leadUnits.join('、'),
      item.supportUnits.join('、'),
      item.deadline ?? '',
    ];
  });
}

/** Default title of a generated 任务分解表 attachment. */
export function taskTableTitle(plan: Plan): string {
  return `${plan.meta.title.replace(/[。\s]+$/, '')}工作任务分解表`;
}
