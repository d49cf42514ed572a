import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** Does the section hold a numbered item or a group anywhere under it? */
function hasItems(s: Section): boolean {
  return s.sections.length > 0 || s.body.some((b) => b.type !== 'paragraph');
}

/**
 * "一、完善消防安全责任体系，形成齐抓共管工作格局" over ONE paragraph, and every task part of the plan so, with
 * no numbered item anywhere (a short 意见 written in parts): each part is one task, its heading the task's
 * title — read as plain paragraphs, the plan would have no tasks at all. Parts of other kinds (指导思想,
 * 保障措施) are left as they are. Three such parts at least, so a plan of prose sections is not read so.
 * Reported as a guess.
 */
export function titledPartMeasures(sections: readonly Section[], ctx: BuildContext): void {
  if (sections.some(hasItems)) return;
  const parts = sections.filter((s) => itemRole(s.kind, false) === 'measure');
  const texts = parts.map((s) => (s.body.length === 1 && s.body[0]!.type === 'paragraph' ? s.body[0]!.children.map((l) => l.text).join('') : ''));
  if (parts.length < 3 || texts.some((t) => t.length < 15)) return;
  parts.forEach((s, i) => {
    const title = `${s.title.replace(/[。.]$/, '')}。`;
    const parsed = makeItem(makeLine(`${title}${texts[i]!}`), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, {});
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    s.body = [parsed.item];
    ctx.guesses.push({ what: `“${excerpt(s.title)}”下只有一段正文，连同标题按措施导入（标题为措施标题）`, confidence: 0.6 });
  });
}
