import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { fold } from './line';

// "…申请流程及管理办法", "…实施细则", "…工作规则", "…实训申请流程": a document that sets rules or steps, not tasks.
const RULES_TITLE = /(办法|规定|规则|章程|细则|流程|规程)(\([^()]{1,8}\))?$/;

function itemsOf(body: Body, sections: readonly Section[]): Item[] {
  const out: Item[] = body.filter((b): b is Item => b.type === 'item');
  for (const s of sections) out.push(...itemsOf(s.body, s.sections));
  return out;
}

/**
 * A 办法/规定/细则 numbered "一、申请条件" / "1．…" (not 第一条, which `regulationBody` reads): its numbered
 * items are its provisions (conditions, steps, requirements), not measures — the corpus's 办法 have none.
 * Only when no item names a unit: a 细则 that assigns its points to units ("责任单位：…") is a plan.
 */
export function provisionsNotMeasures(title: string | null, preamble: Body, sections: readonly Section[], guesses: HeadGuess[]): void {
  if (!title || !RULES_TITLE.test(fold(title).replace(/\s/g, ''))) return;
  const items = itemsOf(preamble, sections);
  if (items.some((i) => i.leadUnits.length + i.supportUnits.length > 0)) return;
  const measures = items.filter((i) => i.role === 'measure');
  if (measures.length === 0) return;
  for (const i of measures) i.role = 'point';
  guesses.push({ what: `“${title}”是办法/规定类文件，${measures.length} 个编号条目没有责任单位，是其条款，不作措施`, confidence: 0.7 });
}
