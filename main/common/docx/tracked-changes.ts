import type { IParagraphOptions } from 'docx';
import type { RunSpec } from './text-run';

/**
 * Tracked changes (修订) in a .docx: w:ins / w:del around runs, each with an id, an author and a date
 * (ECMA-376 Part 1, 17.13.5.18 ins and 17.13.5.14 del), which Word, WPS and LibreOffice show as 修订 and
 * let the reader accept or reject one by one. Used by the compare export (`--compare-to`) and meant for the
 * 修订稿 of open suggestions: give it runs of kept / inserted / deleted text and who made them.
 */

/** One run of a tracked paragraph. `author` overrides the revision's author (a suggestion's department). */
export interface TrackedRun {
  op: 'keep' | 'insert' | 'delete';
  text: string;
  author?: string;
  /** ISO 8601; defaults to the revision's date. */
  date?: string;
}

/**
 * The w:id counter of one export's tracked changes: an id must not repeat among the document's w:ins /
 * w:del (ECMA-376 17.13.5; Word reports a repeated one as damaged, or merges the two changes). A 修订稿
 * that is also compared writes changes from two places (ReviewMarks for open suggestions, Revision for the
 * differences), so both take their ids from the one allocator of the export.
 */
export class ChangeIds {
  private nextId = 1;
  next(): number {
    return this.nextId++;
  }
}

/** Who made the changes and when, with the export's change-id allocator. */
export class Revision {
  readonly date: string;
  /** `date`: ISO 8601; written without milliseconds (Word reads `2025-03-06T09:30:00Z`). */
  constructor(readonly author: string, date: string, private readonly ids: ChangeIds = new ChangeIds()) {
    this.date = date.replace(/\.\d+Z$/, 'Z');
  }
  /** The w:id/w:author/w:date of the next change. */
  mark(author = this.author, date = this.date): { id: number; author: string; date: string } {
    return { id: this.ids.next(), author, date };
  }
}

/** Author shown when who made a change is not known. */
export const DEFAULT_REVISION_AUTHOR = '修订';

/**
 * Run specs for a tracked paragraph: the kept text as plain runs, inserted and deleted text as w:ins /
 * w:del runs in the same face and size (`base`). flowParagraph turns them into docx runs (text-run.ts).
 */
export function trackedRunSpecs(runs: readonly TrackedRun[], base: Omit<RunSpec, 'text'>, revision: Revision): RunSpec[] {
  return runs.filter((r) => r.text !== '').map((r) => {
    if (r.op === 'keep') return { ...base, text: r.text };
    const mark = revision.mark(r.author, r.date);
    return { ...base, text: r.text, change: { kind: r.op, ...mark } };
  });
}

/**
 * A whole paragraph inserted or deleted: every run marked, and the paragraph mark too, so that accepting a
 * deletion removes the paragraph rather than joining its neighbours (17.13.5.15 / 17.13.5.16).
 */
export function trackedParagraph(runs: readonly RunSpec[], kind: 'insert' | 'delete', revision: Revision, author?: string): { runs: RunSpec[]; extra: Partial<IParagraphOptions> } {
  const marked = runs.map((r) => (r.change || r.text === '' ? r : { ...r, change: { kind, ...revision.mark(author) } }));
  const mark = revision.mark(author);
  return { runs: marked, extra: { run: kind === 'insert' ? { insertion: mark } : { deletion: mark } } };
}
