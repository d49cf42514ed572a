import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';

/**
 * 批注 (issue #14) live in the body doc of the section they anchor to, under the root `comments` (a
 * Y.Map: comment id → one plain JSON entry). The body doc, because an anchor is a pair of Yjs relative
 * positions into that body's Y.XmlText, which survive concurrent edits and resolve only in the doc that
 * holds the text. One entry per comment (a reply is its own entry with `parent`), so concurrent replies
 * never overwrite each other; resolving rewrites the thread's first entry (last writer wins, as for any
 * flag). The server lets a comment-only token (a department on a section it does not edit, a suggest
 * invite) add and change only its own department's entries (main/node/server/limits/review-guard.ts).
 */
export const COMMENTS_ROOT = 'comments';

export const CommentEntrySchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** The thread's first comment; null for the first comment itself. */
  parent: z.string().max(64).nullable(),
  /** Encoded Y.RelativePosition (base64) of the anchored range; a reply has none. */
  start: z.string().max(400).nullable(),
  end: z.string().max(400).nullable(),
  /** The anchored text when the comment was made (shown if the range has since been deleted). */
  quote: z.string().max(2000),
  text: z.string().min(1).max(4000),
  by: z.string().max(80),
  dept: z.string().max(80),
  at: z.string().max(40),
  resolved: z.boolean(),
});
export type CommentEntry = z.infer<typeof CommentEntrySchema>;

export interface CommentThread {
  root: CommentEntry;
  replies: CommentEntry[];
}

export interface NewComment {
  id: string;
  start: Y.RelativePosition;
  end: Y.RelativePosition;
  quote: string;
  text: string;
  by: string;
  dept: string;
  at: string;
}

const comments = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS_ROOT);

/** Entries as stored, the malformed ones left out (any writer can store anything; readers tolerate it). */
function entries(doc: Y.Doc): CommentEntry[] {
  const out: CommentEntry[] = [];
  for (const value of comments(doc).values()) {
    const parsed = CommentEntrySchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const byTime = (a: CommentEntry, b: CommentEntry) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

export const BodyComments = {
  add(doc: Y.Doc, c: NewComment): void {
    const entry: CommentEntry = {
      id: c.id, parent: null, quote: c.quote.slice(0, 2000), text: c.text, by: c.by, dept: c.dept, at: c.at, resolved: false,
      start: toBase64(Y.encodeRelativePosition(c.start)), end: toBase64(Y.encodeRelativePosition(c.end)),
    };
    comments(doc).set(c.id, entry);
  },
  reply(doc: Y.Doc, r: { id: string; parent: string; text: string; by: string; dept: string; at: string }): void {
    const entry: CommentEntry = { ...r, start: null, end: null, quote: '', resolved: false };
    comments(doc).set(r.id, entry);
  },
  /** Resolve (已解决) or reopen a thread. */
  setResolved(doc: Y.Doc, threadId: string, resolved: boolean): void {
    const root = CommentEntrySchema.safeParse(comments(doc).get(threadId));
    if (root.success && root.data.resolved !== resolved) comments(doc).set(threadId, { ...root.data, resolved });
  },
  /** Threads in the order they were started; replies in time order; replies whose thread is gone are left out. */
  threads(doc: Y.Doc): CommentThread[] {
    const all = entries(doc).sort(byTime);
    const roots = all.filter((e) => e.parent === null && e.start !== null && e.end !== null);
    return roots.map((root) => ({ root, replies: all.filter((e) => e.parent === root.id) }));
  },
  /** The anchor's relative positions (null when the entry has none or it cannot be decoded). */
  anchor(entry: CommentEntry): { start: Y.RelativePosition; end: Y.RelativePosition } | null {
    if (!entry.start || !entry.end) return null;
    try {
      return { start: Y.decodeRelativePosition(fromBase64(entry.start)), end: Y.decodeRelativePosition(fromBase64(entry.end)) };
    } catch {
      return null;
    }
  },
  /** Every entry, raw (the server's check compares these before and after an update). */
  rawEntries(doc: Y.Doc): Map<string, unknown> {
    return new Map(comments(doc).entries());
  },
  observe(doc: Y.Doc, fn: () => void): () => void {
    const map = comments(doc);
    map.observe(fn);
    return () => map.unobserve(fn);
  },
};
