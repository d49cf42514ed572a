import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** A paragraph that is wholly run-in parts ("一是突出全覆盖履职。……二是持续……"). */
const PARTS = /^一是/;

/** The one paragraph of a group, when the group holds nothing else. */
function onlyParagraph(s: Section): string | null {
  if (s.sections.length > 0 || s.body.length !== 1 || s.body[0]!.type !== 'paragraph') return null;
  return s.body[0]!.children.map((l) => l.text).join('');
}

/**
 * "（一）突出发挥县安委办牵头抓总作用" over one paragraph "一是……。二是……。": the heading is the task and the
 * paragraph its text, the parts written inside it (as a （一） line closed by "。" over such a paragraph is
 * read); the paragraph is not a task of a group. Applies when every group of a measures part is so (items come
 * before groups in a part, so converting only some would reorder them). Reported as a guess.
 */
export function partedGroupMeasures(top: Section, ctx: BuildContext): void {
  if (top.sections.length === 0 || itemRole(top.kind, false) !== 'measure') return;
  const texts = top.sections.map(onlyParagraph);
  if (texts.some((t) => t === null || !PARTS.test(t)) || !texts.some((t) => /二是/.test(t!))) return;
  top.sections.forEach((s, i) => {
    const parsed = makeItem(makeLine(`${s.title.replace(/[。.]$/, '')}。${texts[i]!}`), 0, 2, (hasUnits) => itemRole(top.kind, hasUnits), ctx.ids, {});
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    top.body.push(parsed.item);
    ctx.guesses.push({ what: `“${excerpt(s.title)}”下只有一段“一是……二是……”，按一条措施导入（小标题为措施标题）`, confidence: 0.6 });
  });
  top.sections = [];
}
