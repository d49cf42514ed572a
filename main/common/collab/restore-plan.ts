import { slateNodesToInsertDelta } from '@slate-yjs/core';
import * as Y from 'yjs';
import type { Attachment } from '../model/attachment';
import type { Body } from '../model/element-types';
import { Paragraph } from '../model/paragraph';
import type { Plan } from '../model/plan';
import type { Section } from '../model/section';
import { BodyDoc } from './body-doc';
import { PlanDocRoots as P } from './plan-doc-roots';
import { sectionRecordOf } from './section-records';
import { setTextField } from './text-diff';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An ordered id list brought to `ids`: rewritten only when it differs (a move is delete + insert, as OutlineOps does). */
function setIds(arr: Y.Array<string>, ids: readonly string[]): void {
  if (same(arr.toArray(), ids)) return;
  arr.delete(0, arr.length);
  arr.push([...ids]);
}

function setRecord(records: Y.Map<Y.Map<unknown>>, s: Section): void {
  const rec = records.get(s.id);
  if (!(rec instanceof Y.Map)) {
    records.set(s.id, sectionRecordOf(s));
    return;
  }
  for (const [k, v] of [['level', s.level], ['kind', s.kind], ['assignee', s.assignee]] as const) if (rec.get(k) !== v) rec.set(k, v);
  setTextField(rec, 'title', s.title);
}

function setAttachments(doc: Y.Doc, attachments: readonly Attachment[]): void {
  const records = P.attachmentRecords(doc);
  for (const a of attachments) {
    let rec = records.get(a.id);
    if (!(rec instanceof Y.Map) || rec.get('kind') !== a.kind) {
      rec = new Y.Map<unknown>();
      rec.set('kind', a.kind);
      records.set(a.id, rec);
    }
    setTextField(rec, 'title', a.title);
    if (a.kind !== 'document') continue;
    if (rec.get('numberingScheme') !== a.numberingScheme) rec.set('numberingScheme', a.numberingScheme);
    const flat = a.sections.flatMap((s) => [s, ...s.sections]);
    for (const s of flat) setRecord(P.sections(doc), s);
    let outline = rec.get('outline');
    if (!(outline instanceof Y.Array)) {
      outline = new Y.Array<string>();
      rec.set('outline', outline);
    }
    setIds(outline as Y.Array<string>, flat.map((s) => s.id));
  }
  setIds(P.attachments(doc), attachments.map((a) => a.id));
}

/**
 * Restoring a version (docs/versions.md): the live documents are brought to the version's content by
 * ordinary Yjs edits on top of their history — nothing is rewritten or rolled back, so every co-editor
 * converges on the result, and the restore itself can be undone by restoring the version saved before it.
 * Each function is one transaction and changes only what differs.
 */
export const RestorePlan = {
  /** Meta, departments, outline and section records, notice, attachments. Returns whether anything changed. */
  planDoc(doc: Y.Doc, plan: Plan, origin: unknown = 'restore'): boolean {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      const meta = P.meta(doc);
      for (const [k, v] of Object.entries(plan.meta)) if (v !== undefined && !same(meta.get(k), v)) meta.set(k, v);
      const departments = P.departments(doc);
      if (!same(departments.toArray(), plan.departments)) {
        departments.delete(0, departments.length);
        departments.push(plan.departments.map((d) => ({ name: d.name, aliases: [...d.aliases] })));
      }
      const flat = plan.sections.flatMap((s) => [s, ...s.sections]);
      for (const s of flat) setRecord(P.sections(doc), s);
      setIds(P.outline(doc), flat.map((s) => s.id));
      const notice = P.notice(doc);
      if (notice.get('enabled') !== (plan.notice !== null)) notice.set('enabled', plan.notice !== null);
      setTextField(notice, 'title', plan.notice?.title ?? '');
      setAttachments(doc, plan.attachments);
    }, origin);
    return !same([...Y.encodeStateVector(doc)], [...before]);
  },

  /**
   * A body brought to `body`: the blocks both have at the start and at the end stay as they are, the
   * blocks between are replaced. Returns whether anything changed.
   */
  body(doc: Y.Doc, body: Body, origin: unknown = 'restore'): boolean {
    const target = body.length > 0 ? body : [Paragraph.create()];
    const current = BodyDoc.read(doc);
    // A blank body (no block, or one empty paragraph) is the same as any other blank body.
    if (same(current, target) || (BodyDoc.isBlank(current) && BodyDoc.isBlank(target))) return false;
    const root = BodyDoc.root(doc);
    // A body that is not one element per block (damaged, read tolerantly) is replaced whole.
    const aligned = root.length === current.length;
    let p = 0;
    while (aligned && p < current.length && p < target.length && same(current[p], target[p])) p++;
    let s = 0;
    while (aligned && s < current.length - p && s < target.length - p && same(current[current.length - 1 - s], target[target.length - 1 - s])) s++;
    doc.transact(() => {
      // Every top-level block of a slate-yjs body is one embedded element (length 1).
      const remove = aligned ? current.length - p - s : root.length;
      if (remove > 0) root.delete(p, remove);
      const insert = target.slice(p, target.length - s);
      if (insert.length > 0) root.applyDelta([...(p > 0 ? [{ retain: p }] : []), ...slateNodesToInsertDelta(insert as never)]);
    }, origin);
    return true;
  },
};
