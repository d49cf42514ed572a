import type { Item } from '../model/item';
import type { Section } from '../model/section';
import { excerpt } from './excerpt';

const REQUIREMENTS = /^(二|三|四)?、?\s*工作要求$/;

const bodyItems = (s: Section): Item[] => s.body.flatMap((b) => (b.type === 'item' ? [b] : []));

/**
 * "关于发布2025年本市海绵城市建设工作要求的通知": 一、工作目标 (the year's figures), 二、工作要求 over run-in
 * "（一）开展建设评估工作。…9月底前完成…" items. With a targets part before it and no task part anywhere, the
 * 工作要求 are the year's tasks, not safeguards: read as points, the year's plan would have no task at all.
 * Only a part titled 工作要求 (保障措施, 组织领导 stay safeguards) and only items with a run-in title.
 */
export function yearRequirementsTasks(sections: readonly Section[], guesses: Array<{ what: string; confidence: number }>): void {
  const all = sections.flatMap((s) => [s, ...s.sections]);
  if (all.some((s) => bodyItems(s).some((i) => i.role === 'measure'))) return;
  const targetsAt = sections.findIndex((s) => s.kind === 'targets' && bodyItems(s).some((i) => i.role === 'target'));
  if (targetsAt < 0) return;
  for (const s of sections.slice(targetsAt + 1)) {
    if (!REQUIREMENTS.test(s.title.trim()) || s.sections.length > 0) continue;
    const items = bodyItems(s);
    if (items.length < 2 || !items.every((i) => i.role === 'point' && i.children[0]?.lead === true)) continue;
    for (const i of items) i.role = 'measure';
    guesses.push({ what: `“${excerpt(s.title)}”在工作目标之后、全文没有任务部分，其下 ${items.length} 项按当年任务导入`, confidence: 0.6 });
  }
}
