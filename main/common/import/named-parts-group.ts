import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { isBareName } from './named-parts';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** Two or more bare names ("1.第一类"), each over paragraphs of its own, and no other item: the parts of one text. */
function namedPartsOnly(body: Body): boolean {
  const items = body.filter((b) => b.type === 'item');
  if (items.length < 2 || !items.every((b) => isBareName(b))) return false;
  return body.every((b, k) => b.type !== 'item' || body[k + 1]?.type === 'paragraph');
}

/**
 * "（一）健全完善…排查发现机制" over an intro paragraph, then "1.第一类" / "排查对象：…" / "排查主体：…",
 * "2.第二类" / …: the bare names set out the parts of the group's one task (kinds of places, roads), they are
 * not tasks — the group is the task, titled by its heading, the intro its text and the named parts points.
 * Reported as a guess. Returns whether so.
 */
export function namedPartsGroup(s: Section, parent: Section['kind'], ctx: BuildContext): boolean {
  const intro = s.body[0];
  if (s.sections.length > 0 || intro?.type !== 'paragraph' || !namedPartsOnly(s.body.slice(1))) return false;
  if (itemRole(s.kind, false) !== 'measure' || itemRole(parent, false) !== 'measure') return false;
  const text = intro.children.map((l) => l.text).join('');
  if (text.length < 15) return false;
  const title = `${s.title.replace(/[。.]$/, '')}。`;
  const parsed = makeItem(makeLine(`${title}${text}`), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, {});
  if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
  for (const b of s.body) if (b.type === 'item') b.role = 'point';
  s.body = [parsed.item, ...s.body.slice(1)];
  ctx.guesses.push({ what: `“${excerpt(s.title)}”下的编号条目只是分类名称，连同小标题按一项措施导入（小标题为措施标题）`, confidence: 0.6 });
  return true;
}
