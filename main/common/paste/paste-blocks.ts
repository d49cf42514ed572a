import { classifyLine } from '../import/classify-line';
import { IdMaker } from '../import/id-maker';
import type { SourceParagraph } from '../import/import-plan';
import { makeLine } from '../import/line';
import { makeItem } from '../import/make-item';
import { recognizeBody } from '../import/recognize-body';
import { itemRole } from '../import/section-kind';
import type { Block, Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section, SectionKind } from '../model/section';
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

/** A bullet typed as text (not Word's list label): not part of the paragraph. */
const TYPED_BULLET = /^[•·●◆■□▪◇○]\s*/;

/**
 * The paragraph as the recognizer takes it: its text, and the bold run it starts with — the label
 * (bold or not, as Word and WPS differ) followed by the bold run after it, the run-in title. A bold run
 * that covers the whole line is emphasis, not a title.
 */
function sourceParagraph(p: FlatParagraph): SourceParagraph {
  const text = p.text.replace(TYPED_BULLET, '');
  const cut = p.text.length - text.length;
  const bold = p.bold.slice(cut);
  const c = classifyLine(makeLine(text));
  const from = c.kind === 'text' || c.kind === 'cell' || c.kind === 'attachment' ? 0 : c.start;
  let end = from;
  while (end < text.length && bold[end]) end++;
  return end > from && end < text.length ? { text, bold: text.slice(0, end) } : { text };
}

/** A heading pasted into a body: a numbered point whose text is all run-in title. */
function headingItem(s: Section, ids: IdMaker): Item {
  return { type: 'item', id: ids.next('m'), level: s.level, role: 'point', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: s.title, lead: true }] };
}

function flatten(sections: readonly Section[], ids: IdMaker, out: Block[]): void {
  for (const s of sections) {
    out.push(headingItem(s, ids), ...s.body);
    flatten(s.sections, ids, out);
  }
}

/**
 * Blocks before any pasted heading are read as in the section pasted into: items take their role from
 * it (a 工作目标 makes targets), and an unnumbered paragraph ending in a responsibility notation is a
 * measure, as the importer reads one inside a section.
 */
function inContext(body: Body, kind: SectionKind | null, ids: IdMaker): Body {
  let level: Item['level'] = 3;
  const role = (hasUnits: boolean) => itemRole(kind, hasUnits);
  return body.map((b) => {
    if (b.type === 'item') {
      level = b.level;
      return b.role === 'target' ? b : { ...b, role: role(b.leadUnits.length + b.supportUnits.length > 0) };
    }
    if (b.type !== 'paragraph' || kind === 'targets') return b;
    const text = b.children.map((l) => l.text).join('');
    const { item } = makeItem(makeLine(text), 0, level, role, ids, { runInTitle: false });
    return item.leadUnits.length + item.supportUnits.length > 0 ? item : b;
  });
}

/**
 * Pasted paragraphs → blocks through the importer's recognizer (`recognizeBody`: headings, numbered
 * items with their level, run-in title, responsibility notations — 下同, 责任单位：X on its own line,
 * first-listed leads — deadlines): "（一）…" / "1．…" become items of their level with their units and
 * run-in title (a bold lead counts as the title), the typed label is dropped (numbering is derived,
 * docs/plan-format.md). Pasted headings become level-1/2 points (a body holds no sections); anything
 * else stays a paragraph.
 */
export function pasteBlocks(paragraphs: readonly PastedParagraph[], ctx: PasteContext): Block[] {
  const ids = new EditorIds(ctx.newId);
  const source = paragraphs.map(flattenParagraph).filter((p) => p.text.length > 0).map(sourceParagraph).filter((p) => p.text.length > 0);
  if (source.length === 0) return [];
  const recognized = recognizeBody(source, ids);
  const out: Block[] = [...inContext(recognized.preamble, ctx.sectionKind, ids)];
  flatten(recognized.sections, ids, out);
  return out;
}
