import { Item } from './item';
import { Numbering } from './numbering';
import type { Plan } from './plan';
import type { Body } from './element-types';
import type { Section } from './section';

/** A plain-text outline with derived numbering (CLI `show`, logs, tests). */
export function outlineText(plan: Plan, opts: { items?: boolean } = {}): string {
  const labels = Numbering.plan(plan);
  const lines: string[] = [plan.meta.title];
  const body = (b: Body, indent: string) => {
    if (!opts.items) return;
    for (const block of b) {
      if (block.type !== 'item') continue;
      const units = Item.units(block);
      const title = Item.leadText(block) || Item.bodyText(block).slice(0, 30);
      lines.push(`${indent}${labels.get(block.id) ?? ''}${title}${units.length ? `（${units.join('、')}）` : ''}`);
    }
  };
  const sections = (list: readonly Section[], indent: string) => {
    for (const s of list) {
      lines.push(`${indent}${labels.get(s.id) ?? ''}${s.title}`);
      body(s.body, `${indent}    `);
      sections(s.sections, `${indent}  `);
    }
  };
  sections(plan.sections, '');
  const measures = plan.sections.flatMap((s) => [s, ...s.sections]).flatMap((s) => s.body).filter((b) => b.type === 'item' && b.role === 'measure').length;
  lines.push(`（共 ${plan.sections.length} 个一级标题，${measures} 项措施，${plan.attachments.length} 个附件）`);
  return lines.join('\n');
}
