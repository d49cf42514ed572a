import { classifyLine } from '../import/classify-line';
import { IdMaker } from '../import/id-maker';
import { makeLine, sliceLine, type Line } from '../import/line';
import { makeItem } from '../import/make-item';
import { itemRole } from '../import/section-kind';
import type { Block } from '../model/element-types';
import type { Item, ItemLevel } from '../model/item';
import type { SectionKind } from '../model/section';
import { flattenParagraph, type FlatParagraph, type PastedParagraph } from './pasted-paragraph';

export interface PasteContext {
  /** The kind of the section pasted into (targets → target items), or null outside sections. */
  sectionKind: SectionKind | null;
  /** A new unique item id (the editor's: Ids.create). */
  newId: () => string;
}

/** The importer's ids, minted by the editor instead: pasted items must not collide with the plan's. */
class EditorIds extends IdMaker {
  constructor(private readonly mint: () => string) {
    super();
  }
  override next(): string {
    return this.mint();
  }
}

/** The bold run that starts at `from` (after the label), as the recognizer wants it: label + title. */
function boldAfter(p: FlatParagraph, from: number): string | undefined {
  let end = from;
  while (end < p.text.length && p.bold[end]) end++;
  // A bold run that covers the whole line is emphasis, not a run-in title.
  return end > from && end < p.text.length ? p.text.slice(0, end) : undefined;
}

/** A bullet typed as text (not Word's list label): not part of the paragraph. */
const TYPED_BULLET = /^[•·●◆■□▪◇○]\s*/;

const SHORT_HEADING = (m: string): boolean => m.length <= 40 && m.search(/[。](?!$)/) < 0;

/** A heading pasted into a body: a numbered point whose text is all run-in title. */
function headingItem(line: Line, start: number, level: ItemLevel, ids: IdMaker): Item {
  const title = line.text.slice(start).replace(/[。.]$/, '');
  return { type: 'item', id: ids.next('m'), level, role: 'point', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: title, lead: true }] };
}

/**
 * Pasted paragraphs → blocks through the importer's recognizer (classify-line, make-item: responsibility,
 * deadline, run-in title): "（一）…" / "1．…" become items of their level with their units and run-in
 * title (a bold lead counts as the title), the typed label is dropped (numbering is derived,
 * docs/plan-format.md). Headings become level-1/2 points; anything else stays a paragraph.
 */
export function pasteBlocks(paragraphs: readonly PastedParagraph[], ctx: PasteContext): Block[] {
  const ids = new EditorIds(ctx.newId);
  const role = (hasUnits: boolean) => itemRole(ctx.sectionKind, hasUnits);
  const out: Block[] = [];
  let lastN3 = 0;
  let lastLevel: ItemLevel = 3;
  for (const para of paragraphs) {
    const flat = flattenParagraph(para);
    if (!flat.text) continue;
    const probe = makeLine(flat.text);
    const c = classifyLine(probe);
    const line = c.start > 0 || c.kind === 'text' ? makeLine(flat.text, boldAfter(flat, c.kind === 'text' ? 0 : c.start)) : probe;
    const rest = sliceLine(line, c.start);
    let block: Block | null = null;
    if (c.kind === 'h1') block = SHORT_HEADING(rest.m) ? headingItem(line, c.start, 1, ids) : makeItem(line, c.start, 1, role, ids).item;
    else if (c.kind === 'h2') block = SHORT_HEADING(rest.m) ? headingItem(line, c.start, 2, ids) : makeItem(line, c.start, 2, role, ids).item;
    else if (c.kind === 'n3' && (!c.noDot || c.n === lastN3 + 1)) {
      lastN3 = c.n;
      block = makeItem(line, c.start, 3, role, ids).item;
    } else if (c.kind === 'n4') block = makeItem(line, c.start, 4, role, ids).item;
    if (!block) {
      // An unnumbered paragraph ending in a responsibility notation is a measure (as the importer reads it).
      const parsed = makeItem(line, 0, lastLevel, role, ids, { runInTitle: line.bold !== undefined });
      const hasUnits = parsed.item.leadUnits.length + parsed.item.supportUnits.length > 0;
      const text = flat.text.replace(TYPED_BULLET, '');
      block = hasUnits && ctx.sectionKind !== 'targets' ? parsed.item : { type: 'paragraph', children: [{ text }] };
    }
    if (block.type === 'item') lastLevel = block.level;
    out.push(block);
  }
  return out;
}
