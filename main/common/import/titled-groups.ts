import type { Item } from '../model/item';
import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { mergeGroupParagraphs, onlyParagraphs } from './merge-group-paragraphs';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** The group's one measure, titled by the group's heading: "（一）X" over its text is the task X. */
function titledItem(s: Section, parentKind: Section['kind'], fromParagraph: ReadonlySet<Item>, ctx: BuildContext): Item | null {
  if (s.sections.length > 0 || s.body.length !== 1) return null;
  const only = s.body[0]!;
  const title = { text: `${s.title.replace(/[。.]$/, '')}。`, lead: true as const };
  if (only.type === 'item') return fromParagraph.has(only) && only.role === 'measure' ? { ...only, level: 2, children: [title, ...only.children] } : null;
  if (only.type !== 'paragraph' || itemRole(s.kind, false) !== 'measure' || itemRole(parentKind, false) !== 'measure') return null;
  const text = only.children.map((l) => l.text).join('');
  if (text.length < 15) return null;
  const parsed = makeItem(makeLine(`${title.text}${text}`), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, {});
  if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
  return parsed.item;
}

/** "农药：以禁限用农药监管为重点…" / "精准招引项目。深入…": a paragraph opening with its own short label is a task of its own. */
const labelled = (b: Section['body'][number]) => b.type === 'paragraph' && /^[^，,、。；;：:\s]{1,12}[：:。]/.test(b.children.map((l) => l.text).join('').trim());

/**
 * "（四）编制体检工作报告" over two paragraphs, its siblings "（一）…" to "（五）…" each over one: where most groups of a
 * part hold one paragraph (each one task titled by its heading) and none holds anything else, a group of a few
 * plain paragraphs, none opening with a label of its own, is the same single task written at more length — not a
 * 工作要点's group of untitled tasks, whose groups all hold several. Its paragraphs are joined so it is read as its
 * siblings are.
 */
function joinLongerGroups(top: Section): void {
  if (!top.sections.every((s) => onlyParagraphs(s))) return;
  const single = top.sections.filter((s) => s.body.length === 1).length;
  const longer = top.sections.filter((s) => s.body.length > 1 && !s.body.some(labelled));
  if (single < 2 || longer.length >= single) return;
  for (const s of longer) mergeGroupParagraphs(s);
}

/**
 * "（一）全面实施“光伏+”专项工程" over one paragraph (and maybe its "（责任单位：…）" line): a group that holds
 * one task and nothing else is not a group of tasks but the task itself, its heading the task's title; read
 * untitled, the measure would lose its name. When every group of the part is so, they become the part's
 * measures (the groups go); otherwise each such group keeps its one titled measure in place (items come
 * before groups in a part, so moving only some would reorder them). Reported as a guess.
 */
export function titledGroupMeasures(top: Section, fromParagraph: ReadonlySet<Item>, ctx: BuildContext): void {
  if (top.sections.length === 0 || itemRole(top.kind, false) !== 'measure') return;
  joinLongerGroups(top);
  const items = top.sections.map((s) => titledItem(s, top.kind, fromParagraph, ctx));
  if (items.every((x) => x === null)) return;
  top.sections.forEach((s, i) => {
    if (items[i]) ctx.guesses.push({ what: `“${excerpt(s.title)}”下只有一段正文，连同小标题按措施导入（小标题为措施标题）`, confidence: 0.6 });
  });
  if (items.every((x): x is Item => x !== null)) {
    top.body.push(...items);
    top.sections = [];
    return;
  }
  top.sections.forEach((s, i) => { if (items[i]) s.body = [items[i]!]; });
}
