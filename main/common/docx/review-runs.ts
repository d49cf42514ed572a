import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Block, Body } from '../model/element-types';
import type { Plan } from '../model/plan';
import type { Text } from '../model/text';
import type { Face } from './gbt9704-style';
import type { RunSpec } from './text-run';
import { ChangeIds } from './tracked-changes';

/** Bodies by the id a comment names (the same ids as PlanDoc.bodies; not imported: the collab layer pulls Yjs into the exporter). */
function bodiesById(plan: Plan): Map<string, Body> {
  const out = new Map<string, Body>([['preamble', plan.preamble], ['closing', plan.closing]]);
  if (plan.notice) out.set('notice', plan.notice.body);
  for (const s of plan.sections.flatMap((t) => [t, ...t.sections])) out.set(s.id, s.body);
  for (const a of plan.attachments) {
    if (a.kind === 'table') out.set(a.id, a.body);
    if (a.kind === 'document') for (const s of a.sections.flatMap((t) => [t, ...t.sections])) out.set(s.id, s.body);
  }
  return out;
}

/** A 批注 range inside one block, in characters of the block's text, with its Word comment id. */
interface BlockComment { num: number; start: number; end: number }

/**
 * The 修订稿 (issue #14, docs/export.md): open suggestions become tracked changes (w:ins / w:del, author =
 * the department, date = when it was suggested) and 批注 become Word comments anchored with
 * commentRangeStart / commentRangeEnd and a commentReference run. Ids are numbered in document order.
 */
export class ReviewMarks {
  private readonly byBlock = new Map<Block, BlockComment[]>();
  readonly comments: ICommentOptions[] = [];

  /** `ids`: the export's change-id allocator, shared with a compared export's Revision (tracked-changes.ts). */
  constructor(plan: Plan, readonly ids: ChangeIds = new ChangeIds()) {
    const bodies = bodiesById(plan);
    let num = 0;
    for (const c of plan.comments ?? []) {
      const block = bodies.get(c.bodyId)?.[c.block];
      if (!block) continue;
      const id = num++;
      const list = this.byBlock.get(block) ?? [];
      // Word shows an empty range as a point; one character keeps the reference next to its text.
      list.push({ num: id, start: c.start, end: Math.max(c.end, c.start) });
      this.byBlock.set(block, list);
      const para = (who: string, text: string) => new Paragraph({ children: [new TextRun({ text: `${who}：${text}` })] });
      this.comments.push({
        id, author: c.dept || c.by, initials: (c.dept || c.by).slice(0, 2), date: new Date(c.at),
        resolved: c.resolved,
        children: [para(c.by || c.dept, c.text), ...c.replies.map((r) => para(`${r.dept} ${r.by}`.trim(), r.text))],
      });
    }
  }

  changeId(): number {
    return this.ids.next();
  }

  /**
   * The runs of a block's leaves, cut where a comment starts or ends and where `faceAt` changes face;
   * each carries its leaf's 修订 as a tracked change.
   */
  runs(block: Block, leaves: readonly Text[], run: (text: string, face: Face, bold: boolean) => RunSpec, faceAt: (leaf: Text, offset: number) => Face, cuts: number[] = []): RunSpec[] {
    const comments = this.byBlock.get(block) ?? [];
    const bounds = new Set<number>([...cuts, ...comments.flatMap((c) => [c.start, c.end])]);
    const out: RunSpec[] = [];
    let offset = 0;
    for (const leaf of leaves) {
      const stops = [...bounds].filter((b) => b > offset && b < offset + leaf.text.length).sort((a, b) => a - b);
      let from = offset;
      for (const to of [...stops, offset + leaf.text.length]) {
        const text = leaf.text.slice(from - offset, to - offset);
        if (text.length > 0) {
          const spec = run(text, faceAt(leaf, from), leaf.bold === true);
          if (leaf.suggest) spec.change = { kind: leaf.suggest.kind === 'ins' ? 'insert' : 'delete', id: this.changeId(), author: leaf.suggest.dept || leaf.suggest.by, date: leaf.suggest.at };
          const starting = comments.filter((c) => c.start === from).map((c) => c.num);
          const ending = comments.filter((c) => c.end === to || (c.end === c.start && c.start === from)).map((c) => c.num);
          if (starting.length) spec.commentStart = starting;
          if (ending.length) spec.commentEnd = ending;
          out.push(spec);
        }
        from = to;
      }
      offset += leaf.text.length;
    }
    // Comments past the text (or on an empty block) close at its end.
    const last = out[out.length - 1];
    const open = comments.filter((c) => !out.some((r) => r.commentStart?.includes(c.num)));
    if (open.length && last) {
      last.commentStart = [...(last.commentStart ?? []), ...open.map((c) => c.num)];
      last.commentEnd = [...(last.commentEnd ?? []), ...open.map((c) => c.num)];
    }
    return out;
  }
}

/**
 * A spec's runs wrapped in the comment marks it carries (paragraph children in document order): a range
 * starts before the first of them and ends after the last, however many pieces the spec was written as.
 */
export function withCommentMarks(spec: RunSpec, runs: readonly ParagraphChild[]): ParagraphChild[] {
  const out: ParagraphChild[] = (spec.commentStart ?? []).map((id) => new CommentRangeStart(id));
  out.push(...runs);
  for (const id of spec.commentEnd ?? []) out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  return out;
}
