import { Item } from '../../main/common/model/item';
import type { Plan } from '../../main/common/model/plan';

/** A plan as the text a county office would paste or save from Word (what `import` reads). */
export function planText(plan: Plan): string {
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const group = (n: number) => (n <= 10 ? cn[n - 1]! : n < 20 ? `十${cn[n - 11] ?? ''}` : `${cn[Math.floor(n / 10) - 1]}十${cn[(n % 10) - 1] ?? ''}`);
  const lines = [plan.meta.title, '', '为……，制定本行动计划。', '一、指导思想', '以……为指导。', '二、工作措施'];
  plan.sections[1]!.sections.forEach((g, gi) => {
    lines.push(`（${group(gi + 1)}）${g.title}`);
    g.body.filter((b) => b.type === 'item').forEach((b, n) => {
      lines.push(`${n + 1}.${Item.leadText(b)}${Item.bodyText(b)}（牵头单位：${b.leadUnits.join('、')}；责任单位：${b.supportUnits.join('、')}；完成时限：${b.deadline}）`);
    });
  });
  lines.push('三、保障措施', '确保各项任务圆满完成。', '', plan.meta.signature, '2025年3月6日');
  return `${lines.join('\n')}\n`;
}
