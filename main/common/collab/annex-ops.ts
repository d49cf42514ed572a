import * as Y from 'yjs';
import { Ids } from '../model/ids';
import type { Attachment } from '../model/attachment';
import { insertionIndex } from './outline-moves';
import { PlanDocRoots as P } from './plan-doc-roots';
import { readRecord, newSectionRecord, type SectionRecord } from './section-records';
import { textValue } from './read-y-element';
import { setTextField } from './text-diff';

/** What 添加附件 offers: a document (plan or regulation numbering), a free table body, the 任务分解表. */
export type NewAttachmentKind = 'document' | 'regulation' | 'table' | 'task-table';

/** Default titles of a new attachment, by kind (the user renames it in place). */
export const NEW_ATTACHMENT_TITLES: Record<NewAttachmentKind, string> = {
  document: '附件标题',
  regulation: '××办法',
  table: '附表标题',
  'task-table': '工作任务分解表',
};

/** A new 印发通知's title from the plan's: 〔发文机关〕关于印发《标题》的通知 (line breaks of the title dropped). */
export function noticeTitleFor(meta: { issuer?: string; title: string }): string {
  return `${meta.issuer ?? ''}关于印发《${meta.title.replace(/\s*\n\s*/g, '')}》的通知`;
}

/**
 * An attachment as it was when removed: enough to put it back with the same ids, so its bodies (section
 * docs kept by the server under those ids) come back with it. Plain JSON.
 */
export interface RemovedAttachment {
  index: number;
  id: string;
  kind: Attachment['kind'];
  title: string;
  numberingScheme: 'plan' | 'regulation' | null;
  sections: Array<{ id: string } & SectionRecord>;
}

function outlineIds(rec: Y.Map<unknown>): string[] {
  const outline = rec.get('outline');
  return outline instanceof Y.Array ? outline.toArray().filter((x): x is string => typeof x === 'string') : [];
}

function recordOf(doc: Y.Doc, r: Omit<RemovedAttachment, 'index'>): Y.Map<unknown> {
  const rec = new Y.Map<unknown>();
  rec.set('kind', r.kind);
  rec.set('title', new Y.Text(r.title));
  if (r.kind === 'document') {
    rec.set('numberingScheme', r.numberingScheme ?? 'plan');
    for (const s of r.sections) P.sections(doc).set(s.id, newSectionRecord(s));
    const outline = new Y.Array<string>();
    outline.push(r.sections.map((s) => s.id));
    rec.set('outline', outline);
  }
  return rec;
}

/**
 * Changes of the 印发通知 and the attachments from the page (annex-view.tsx), each one transaction on the
 * plan doc. Owner and edit grants only: the server keeps the plan doc read-only for the others.
 */
export const AnnexOps = {
  /** Add an attachment at the end; a document gets one first section to type in. Returns its id. */
  addAttachment(doc: Y.Doc, args: { kind: NewAttachmentKind; title?: string; mintId?: () => string }): string {
    const mint = args.mintId ?? (() => Ids.create('a'));
    const id = mint();
    const isDoc = args.kind === 'document' || args.kind === 'regulation';
    const kind: Attachment['kind'] = isDoc ? 'document' : args.kind === 'table' ? 'table' : 'task-table';
    const first = { id: args.mintId ? mint() : Ids.create('s'), level: 1 as const, kind: 'other' as const, assignee: null,
      title: args.kind === 'regulation' ? '总则' : '新章节' };
    doc.transact(() => {
      P.attachmentRecords(doc).set(id, recordOf(doc, {
        id, kind, title: args.title ?? NEW_ATTACHMENT_TITLES[args.kind],
        numberingScheme: isDoc ? (args.kind === 'regulation' ? 'regulation' : 'plan') : null,
        sections: isDoc ? [first] : [],
      }));
      P.attachments(doc).push([id]);
    });
    return id;
  },

  /**
   * A new section in a document attachment (its own outline, numbered by its scheme): a level 1 after the
   * block of `after` (one of its sections) or at the end, a level 2 inside that block. The id of the new
   * section, or null when the attachment is not a document.
   */
  addSection(doc: Y.Doc, args: { attachmentId: string; after: string | null; level: 1 | 2; title: string; mintId?: () => string }): string | null {
    const rec = P.attachmentRecords(doc).get(args.attachmentId);
    const outline = rec instanceof Y.Map ? rec.get('outline') : null;
    if (!(outline instanceof Y.Array)) return null;
    const rows = outlineIds(rec!).map((id) => ({ id, level: P.sections(doc).get(id)?.get('level') === 2 ? 2 as const : 1 as const }));
    // A first section is a 章 whatever was asked: a 小节 needs one to sit in.
    const level = rows.length === 0 ? 1 : args.level;
    const id = (args.mintId ?? (() => Ids.create('s')))();
    doc.transact(() => {
      P.sections(doc).set(id, newSectionRecord({ level, kind: 'other', title: args.title, assignee: null }));
      outline.insert(insertionIndex(rows, args.after, level), [id]);
    });
    return id;
  },

  /** Whether the plan already has a 任务分解表 (a second one would print the same table twice). */
  hasTaskTable(doc: Y.Doc): boolean {
    return P.attachments(doc).toArray().some((id) => P.attachmentRecords(doc).get(id)?.get('kind') === 'task-table');
  },

  /** Remove an attachment (every copy of its id, its record and its sections' records); what it was, or null. */
  removeAttachment(doc: Y.Doc, args: { id: string }): RemovedAttachment | null {
    const order = P.attachments(doc);
    const rec = P.attachmentRecords(doc).get(args.id);
    const index = order.toArray().indexOf(args.id);
    if (!(rec instanceof Y.Map) || index < 0) return null;
    const kind = rec.get('kind') as Attachment['kind'];
    const sections = outlineIds(rec).flatMap((sid) => {
      const s = P.sections(doc).get(sid);
      return s instanceof Y.Map ? [{ id: sid, ...readRecord(s) }] : [];
    });
    const removed: RemovedAttachment = {
      index, id: args.id, kind, title: textValue(rec.get('title')), sections,
      numberingScheme: kind === 'document' ? (rec.get('numberingScheme') === 'regulation' ? 'regulation' : 'plan') : null,
    };
    doc.transact(() => {
      for (let i = order.length - 1; i >= 0; i--) if (order.get(i) === args.id) order.delete(i, 1);
      P.attachmentRecords(doc).delete(args.id);
      for (const s of sections) P.sections(doc).delete(s.id);
    });
    return removed;
  },

  /** Put a removed attachment back where it was (撤销删除); nothing if its id is in use again. */
  restoreAttachment(doc: Y.Doc, removed: RemovedAttachment): boolean {
    if (P.attachmentRecords(doc).has(removed.id) || !Ids.isNodeId(removed.id)) return false;
    doc.transact(() => {
      P.attachmentRecords(doc).set(removed.id, recordOf(doc, removed));
      const order = P.attachments(doc);
      order.insert(Math.min(removed.index, order.length), [removed.id]);
    });
    return true;
  },

  /**
   * An attachment title's whole new value, applied as the one replacement it differs by (a colleague
   * typing elsewhere in it keeps their characters).
   */
  renameAttachment(doc: Y.Doc, args: { id: string; title: string }): void {
    const rec = P.attachmentRecords(doc).get(args.id);
    if (!(rec instanceof Y.Map)) return;
    doc.transact(() => setTextField(rec, 'title', args.title));
  },

  /**
   * Switch the 印发通知 on. Its title and body are kept while it is off, so adding it back after a delete
   * brings the old text back; a notice that never had a title gets `title`.
   */
  addNotice(doc: Y.Doc, args: { title: string }): void {
    const notice = P.notice(doc);
    doc.transact(() => {
      if (!textValue(notice.get('title')).trim()) notice.set('title', new Y.Text(args.title));
      notice.set('enabled', true);
    });
  },

  /** Switch the 印发通知 off (the export and the 体检 then read the plan without it; the text is kept). */
  removeNotice(doc: Y.Doc): void {
    P.notice(doc).set('enabled', false);
  },
};
