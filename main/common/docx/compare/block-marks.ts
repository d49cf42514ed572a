import type { DiffRun } from '../../diff/word-diff';
import type { BuildContext } from '../build-context';
import { trackedParagraph, trackedRunSpecs, type Revision } from '../tracked-changes';
import type { RunSpec } from '../text-run';
import type { IParagraphOptions } from 'docx';

/**
 * How a block (paragraph, item) or a section heading of a compared export differs from the old plan:
 * inserted or deleted whole, or edited (word diffs of its run-in title, its text and its responsibility
 * annotation). Keyed by the block object of the merged plan (tracked-plan.ts).
 */
export type BlockMark =
  | { kind: 'insert' }
  | { kind: 'delete' }
  | { kind: 'edit'; lead: DiffRun[]; body: DiffRun[]; note: DiffRun[] };

export interface BlockRevisions {
  revision: Revision;
  marks: WeakMap<object, BlockMark>;
}

export function markOf(ctx: BuildContext, block: object): BlockMark | undefined {
  return ctx.revisions?.marks.get(block);
}

/** Runs of a block inserted or deleted whole (the paragraph mark too); unmarked runs unchanged. */
export function wholeBlockRuns(ctx: BuildContext, mark: BlockMark | undefined, runs: RunSpec[]): { runs: RunSpec[]; extra?: Partial<IParagraphOptions> } {
  if (!ctx.revisions || !mark || mark.kind === 'edit') return { runs };
  return trackedParagraph(runs, mark.kind, ctx.revisions.revision);
}

/** A word diff as run specs in one face and size. */
export function diffRunSpecs(ctx: BuildContext, runs: readonly DiffRun[], base: Omit<RunSpec, 'text'>): RunSpec[] {
  return trackedRunSpecs(runs, base, ctx.revisions!.revision);
}
