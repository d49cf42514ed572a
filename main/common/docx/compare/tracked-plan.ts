import { wordDiff } from '../../diff/word-diff';
import type { Block, Body } from '../../model/element-types';
import { Item } from '../../model/item';
import type { ResponsibilityNotation } from '../../model/meta';
import { Numbering } from '../../model/numbering';
import type { Plan } from '../../model/plan';
import { Responsibility } from '../../model/responsibility';
import type { Section } from '../../model/section';
import { Table } from '../../model/table';
import { Text } from '../../model/text';
import type { BlockMark } from './block-marks';

/**
 * The plan a compared export prints: the new plan, with what the old plan had and the new one lost put
 * back where it was (marked deleted), what is new marked inserted, and reworded blocks marked with their
 * word diffs. Items and sections are matched by id; paragraphs by their text (a changed paragraph pairs
 * with the old paragraph it replaced, in order). Labels are the new plan's, and a deleted item or
 * section keeps the label it had, so numbering reads as in each version.
 */
export interface TrackedPlan {
  plan: Plan;
  marks: WeakMap<object, BlockMark>;
  labels: Map<string, string>;
}

/** The key a block is aligned by: an item's id, another block's text. */
function keyOf(block: Block): string {
  if (block.type === 'item') return `i:${block.id}`;
  if (block.type === 'table') return `t:${Table.rows(block).flat().join('|')}`;
  return `p:${Text.plain(block.children)}`;
}

/** Pairs (i, j) of a longest common subsequence of two key lists. */
function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const w = b.length + 1;
  const len = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

class Merger {
  readonly marks = new WeakMap<object, BlockMark>();
  readonly deletedLabels = new Map<string, string>();
  constructor(private readonly oldLabels: Map<string, string>, private readonly notation: ResponsibilityNotation) {}

  /** A copy of an old block, marked deleted; a deleted item gets its own id and keeps its old label. */
  private deleted(block: Block): Block {
    const copy = structuredClone(block);
    if (copy.type === 'item') {
      copy.id = `${block.type === 'item' ? block.id : ''}-deleted`;
      this.deletedLabels.set(copy.id, this.oldLabels.get((block as Item).id) ?? '');
    }
    this.marks.set(copy, { kind: 'delete' });
    return copy;
  }

  private inserted(block: Block): Block {
    this.marks.set(block, { kind: 'insert' });
    return block;
  }

  private edited(before: Block, after: Block): Block {
    if (after.type === 'item' && before.type === 'item') {
      const note = (i: Item) => Responsibility.text(i, this.notation);
      if (Text.plain(before.children) !== Text.plain(after.children) || note(before) !== note(after)) {
        this.marks.set(after, {
          kind: 'edit', lead: wordDiff(Item.leadText(before), Item.leadText(after)), body: wordDiff(Item.bodyText(before), Item.bodyText(after)), note: wordDiff(note(before), note(after)),
        });
      }
    } else if (after.type === 'paragraph' && before.type === 'paragraph') {
      this.marks.set(after, { kind: 'edit', lead: [], body: wordDiff(Text.plain(before.children), Text.plain(after.children)), note: [] });
    }
    return after;
  }

  /** The old and new blocks between two matches: paragraphs paired as edits, the rest deleted then inserted. */
  private gap(olds: Block[], news: Block[], out: Block[]): void {
    const oldParas = olds.filter((b) => b.type === 'paragraph');
    const newParas = news.filter((b) => b.type === 'paragraph');
    const pairs = new Map<Block, Block>();
    for (let k = 0; k < Math.min(oldParas.length, newParas.length); k++) pairs.set(newParas[k]!, oldParas[k]!);
    const paired = new Set(pairs.values());
    for (const b of olds) if (!paired.has(b)) out.push(this.deleted(b));
    for (const b of news) out.push(pairs.has(b) ? this.edited(pairs.get(b)!, b) : this.inserted(b));
  }

  body(oldBody: Body, newBody: Body): Body {
    const out: Block[] = [];
    let i = 0;
    let j = 0;
    for (const [mi, mj] of [...lcsPairs(oldBody.map(keyOf), newBody.map(keyOf)), [oldBody.length, newBody.length] as [number, number]]) {
      this.gap(oldBody.slice(i, mi), newBody.slice(j, mj), out);
      if (mi < oldBody.length) out.push(this.edited(oldBody[mi]!, newBody[mj]!));
      i = mi + 1;
      j = mj + 1;
    }
    return out;
  }

  /** A section only the old plan has: heading and everything in it deleted. */
  deletedSection(s: Section): Section {
    const copy: Section = { ...s, id: `${s.id}-deleted`, body: s.body.map((b) => this.deleted(b)), sections: s.sections.map((c) => this.deletedSection(c)) };
    this.deletedLabels.set(copy.id, this.oldLabels.get(s.id) ?? '');
    this.marks.set(copy, { kind: 'delete' });
    return copy;
  }

  sections(oldSections: readonly Section[], newSections: readonly Section[]): Section[] {
    const oldById = new Map(oldSections.map((s) => [s.id, s]));
    const newIds = new Set(newSections.map((s) => s.id));
    const out: Section[] = newSections.map((s) => {
      const old = oldById.get(s.id);
      if (!old) return this.insertedSection(s);
      const merged: Section = { ...s, body: this.body(old.body, s.body), sections: this.sections(old.sections, s.sections) };
      if (old.title !== s.title) this.marks.set(merged, { kind: 'edit', lead: [], body: wordDiff(old.title, s.title), note: [] });
      return merged;
    });
    // A removed section goes back after the section that preceded it in the old plan.
    oldSections.forEach((s, k) => {
      if (newIds.has(s.id)) return;
      const before = oldSections.slice(0, k).reverse().find((p) => newIds.has(p.id));
      const at = before ? out.findIndex((o) => o.id === before.id) + 1 : 0;
      out.splice(at, 0, this.deletedSection(s));
    });
    return out;
  }

  private insertedSection(s: Section): Section {
    const copy: Section = { ...s, body: s.body.map((b) => this.inserted(b)), sections: s.sections.map((c) => this.insertedSection(c)) };
    this.marks.set(copy, { kind: 'insert' });
    return copy;
  }
}

export function trackedPlan(oldPlan: Plan, newPlan: Plan): TrackedPlan {
  const m = new Merger(Numbering.plan(oldPlan), newPlan.meta.responsibilityNotation);
  const plan: Plan = {
    ...newPlan,
    preamble: m.body(oldPlan.preamble, newPlan.preamble),
    sections: m.sections(oldPlan.sections, newPlan.sections),
    closing: m.body(oldPlan.closing, newPlan.closing),
  };
  return { plan, marks: m.marks, labels: new Map([...Numbering.plan(newPlan), ...m.deletedLabels]) };
}
