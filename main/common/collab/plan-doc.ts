import * as Y from 'yjs';
import type { Attachment } from '../model/attachment';
import { DepartmentSchema, type Department } from '../model/department';
import { Ids } from '../model/ids';
import type { Body } from '../model/element-types';
import { PlanMetaSchema, type PlanMeta } from '../model/meta';
import { parsePlan } from '../model/parse-plan';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../model/plan';
import { CheckIgnoreSchema, type CheckIgnore } from '../model/plan-checks';
import { CLOSING_BODY, NOTICE_BODY, PREAMBLE_BODY } from './doc-names';
import { textValue } from './read-y-element';
import { PlanDocLayout } from './plan-doc-layout';
import { PLAN_DOC_ROOT_NAMES, PlanDocRoots as P } from './plan-doc-roots';
import { nestSections, readRecord, sectionEntries, sectionRecordOf, type SectionRecord } from './section-records';
import { currentMetaValue } from './legacy-meta';
import { RoundOps } from './round-ops';

export type { SectionRecord } from './section-records';
export { PLAN_DOC_LAYOUT } from './plan-doc-layout';

/** An attachment as the page shows it (PlanDoc.annex). */
export interface AnnexAttachment extends AttachmentSummary {
  scheme: 'plan' | 'regulation';
  /** A document attachment's sections in order (empty for the other kinds). */
  sections: Array<{ id: string } & SectionRecord>;
}

export interface PlanAnnex {
  notice: { title: string } | null;
  attachments: AnnexAttachment[];
}

/** Parts of the plan doc a view can watch (PlanDoc.observe). */
export type PlanDocPart = 'meta' | 'outline' | 'departments' | 'notice' | 'attachments' | 'round' | 'checks';

/** What PlanDoc.attachmentList reports of an attachment (its bodies are read by PlanDoc.read). */
export interface AttachmentSummary {
  id: string;
  kind: Attachment['kind'];
  title: string;
}

const metaShape = PlanMetaSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;

function attachmentEntries(doc: Y.Doc): Array<{ id: string; rec: Y.Map<unknown> }> {
  const out: Array<{ id: string; rec: Y.Map<unknown> }> = [];
  for (const id of P.attachments(doc).toArray()) {
    const rec = P.attachmentRecords(doc).get(id);
    if (rec instanceof Y.Map && typeof id === 'string' && Ids.isNodeId(id)) out.push({ id, rec });
  }
  return out;
}

/** The plan JSON a plan doc and its bodies hold, before validation. */
function assemble(doc: Y.Doc, bodyOf: (bodyId: string) => Body) {
  const records = P.sections(doc);
  const notice = P.notice(doc);
  const ignored = PlanDoc.checkIgnores(doc);
  const attachments: Attachment[] = [];
  for (const { id, rec } of attachmentEntries(doc)) {
    const title = textValue(rec.get('title'));
    const kind = rec.get('kind');
    if (kind === 'task-table') attachments.push({ id, title, kind });
    else if (kind === 'table') attachments.push({ id, title, kind, body: bodyOf(id) });
    else if (kind === 'document') {
      const outline = rec.get('outline');
      const ids: unknown[] = outline instanceof Y.Array ? outline.toArray() : [];
      attachments.push({
        id, title, kind, numberingScheme: rec.get('numberingScheme') === 'regulation' ? 'regulation' : 'plan',
        sections: nestSections(ids, records, bodyOf),
      });
    }
  }
  const raw = {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: PlanDoc.meta(doc),
    notice: PlanDoc.noticeEnabled(doc) ? { title: textValue(notice.get('title')), body: bodyOf(NOTICE_BODY) } : null,
    departments: PlanDoc.departments(doc),
    preamble: bodyOf(PREAMBLE_BODY),
    sections: nestSections(P.outline(doc).toArray(), records, bodyOf),
    closing: bodyOf(CLOSING_BODY),
    attachments,
    ...(ignored.length > 0 ? { checks: { ignored } } : {}),
    ...roundField(RoundOps.read(doc)),
  };
  return raw;
}

/** The plan doc (`plan:<id>`): its one owner. Reads are tolerant (section-records.ts), writes typed. */
export const PlanDoc = {
  /** Fill an empty plan doc from plan JSON (server-side seeding, once). */
  write(doc: Y.Doc, plan: Plan): void {
    doc.transact(() => {
      const meta = P.meta(doc);
      for (const [k, v] of Object.entries(plan.meta)) if (v !== undefined) meta.set(k, v);
      PlanDocLayout.stamp(doc);
      P.departments(doc).push(plan.departments.map((d) => ({ name: d.name, aliases: [...d.aliases] })));
      const records = P.sections(doc);
      const flat = plan.sections.flatMap((s) => [s, ...s.sections]);
      for (const s of flat) records.set(s.id, sectionRecordOf(s));
      P.outline(doc).push(flat.map((s) => s.id));
      const notice = P.notice(doc);
      notice.set('enabled', plan.notice !== null);
      notice.set('title', new Y.Text(plan.notice?.title ?? ''));
      for (const a of plan.attachments) {
        const rec = new Y.Map<unknown>();
        rec.set('kind', a.kind);
        rec.set('title', new Y.Text(a.title));
        if (a.kind === 'document') {
          rec.set('numberingScheme', a.numberingScheme);
          const subFlat = a.sections.flatMap((s) => [s, ...s.sections]);
          for (const s of subFlat) records.set(s.id, sectionRecordOf(s));
          const outline = new Y.Array<string>();
          outline.push(subFlat.map((s) => s.id));
          rec.set('outline', outline);
        }
        P.attachmentRecords(doc).set(a.id, rec);
      }
      P.attachments(doc).push(plan.attachments.map((a) => a.id));
      if (plan.round) RoundOps.write(doc, plan.round);
      if (plan.checks?.ignored.length) P.checkIgnores(doc).push(plan.checks.ignored.map((x) => ({ ...x })));
    }, 'seed');
  },

  /** Every body id the plan doc refers to, so a reader knows which section docs to load. */
  bodyIds(doc: Y.Doc): string[] {
    const sections = P.sections(doc);
    const ids = [PREAMBLE_BODY, ...sectionEntries(P.outline(doc).toArray(), sections).map((e) => e.id), CLOSING_BODY];
    if (PlanDoc.noticeEnabled(doc)) ids.push(NOTICE_BODY);
    for (const { id, rec } of attachmentEntries(doc)) {
      if (rec.get('kind') === 'table') ids.push(id);
      const outline = rec.get('outline');
      if (outline instanceof Y.Array) ids.push(...sectionEntries(outline.toArray(), sections).map((e) => e.id));
    }
    return [...new Set(ids)];
  },

  /**
   * The bodies the editor page shows, in page order: preamble, every section of the outline, closing,
   * then the 印发通知's body and the attachments' bodies (annex-view.tsx shows them after the plan).
   */
  pageBodyIds(doc: Y.Doc): string[] {
    const ids = [PREAMBLE_BODY, ...PlanDoc.outline(doc).map((r) => r.id), CLOSING_BODY];
    if (PlanDoc.noticeEnabled(doc)) ids.push(NOTICE_BODY);
    for (const a of PlanDoc.annex(doc).attachments) {
      if (a.kind === 'table') ids.push(a.id);
      ids.push(...a.sections.map((s) => s.id));
    }
    return ids;
  },

  /** The plan's meta fields; unknown keys and values that are not valid for their field are left out. */
  meta(doc: Y.Doc): PlanMeta {
    const out: Record<string, unknown> = {};
    for (const [k, stored] of P.meta(doc).entries()) {
      const v = currentMetaValue(k, stored);
      if (k in metaShape && metaShape[k]!.safeParse(v).success) out[k] = v;
    }
    return out as unknown as PlanMeta;
  },

  /** Set one meta field (last writer wins); a value not valid for its field is not written (false). */
  setMeta<K extends keyof PlanMeta>(doc: Y.Doc, key: K, value: PlanMeta[K]): boolean {
    if (!metaShape[key]!.safeParse(value).success) return false;
    P.meta(doc).set(key, value);
    return true;
  },

  /** The main outline, flat, in page order (duplicates from concurrent moves dropped). */
  outline(doc: Y.Doc): Array<{ id: string } & SectionRecord> {
    return sectionEntries(P.outline(doc).toArray(), P.sections(doc)).map(({ id, rec }) => ({ id, ...readRecord(rec) }));
  },

  /** The department a section (of the plan or of an attachment) is assigned to, or null. */
  assigneeOf(doc: Y.Doc, sectionId: string): string | null {
    const rec = P.sections(doc).get(sectionId);
    return rec instanceof Y.Map ? readRecord(rec).assignee : null;
  },

  /** The plan's department list (what is not a department is left out). */
  departments(doc: Y.Doc): Department[] {
    return P.departments(doc).toArray().filter((d) => DepartmentSchema.safeParse(d).success);
  },

  /** Add a department to the plan's list unless one of that name is there. */
  addDepartment(doc: Y.Doc, department: Department): void {
    if (PlanDoc.departments(doc).some((d) => d.name === department.name)) return;
    P.departments(doc).push([{ name: department.name, aliases: [...department.aliases] }]);
  },

  /** Whether the plan is wrapped in a 印发/转发通知. */
  noticeEnabled(doc: Y.Doc): boolean {
    return P.notice(doc).get('enabled') === true;
  },

  /** The attachments in order (id, kind, title). */
  attachmentList(doc: Y.Doc): AttachmentSummary[] {
    const out: AttachmentSummary[] = [];
    for (const { id, rec } of attachmentEntries(doc)) {
      const kind = rec.get('kind');
      if (kind === 'task-table' || kind === 'table' || kind === 'document') out.push({ id, kind, title: String(rec.get('title') ?? '') });
    }
    return out;
  },

  /**
   * What the page shows after the plan: the 印发通知 (its title; its body is NOTICE_BODY) and the
   * attachments with, for a document attachment, its numbering scheme and flat outline (ids → records).
   */
  annex(doc: Y.Doc): PlanAnnex {
    const sections = P.sections(doc);
    const attachments: AnnexAttachment[] = [];
    for (const { id, rec } of attachmentEntries(doc)) {
      const kind = rec.get('kind');
      if (kind !== 'task-table' && kind !== 'table' && kind !== 'document') continue;
      const outline = rec.get('outline');
      const rows = outline instanceof Y.Array ? sectionEntries(outline.toArray(), sections).map((e) => ({ id: e.id, ...readRecord(e.rec) })) : [];
      attachments.push({ id, kind, title: textValue(rec.get('title')), scheme: rec.get('numberingScheme') === 'regulation' ? 'regulation' : 'plan', sections: rows });
    }
    return { notice: PlanDoc.noticeEnabled(doc) ? { title: textValue(P.notice(doc).get('title')) } : null, attachments };
  },

  /** The 公文体检 findings colleagues ignored, with their reasons (malformed entries left out). */
  checkIgnores(doc: Y.Doc): CheckIgnore[] {
    const out: CheckIgnore[] = [];
    for (const v of P.checkIgnores(doc).toArray()) {
      const r = CheckIgnoreSchema.safeParse(v);
      if (r.success) out.push(r.data);
    }
    return out;
  },

  /** Ignore a finding (by rule and stable key) with a reason; one entry per key (a second replaces the first). */
  ignoreFinding(doc: Y.Doc, ignore: CheckIgnore): boolean {
    const parsed = CheckIgnoreSchema.safeParse(ignore);
    if (!parsed.success) return false;
    doc.transact(() => {
      PlanDoc.unignoreFinding(doc, ignore.rule, ignore.key);
      P.checkIgnores(doc).push([{ ...parsed.data }]);
    });
    return true;
  },

  /** Take an ignore back: the finding shows again. */
  unignoreFinding(doc: Y.Doc, rule: string, key: string): void {
    const arr = P.checkIgnores(doc);
    doc.transact(() => {
      for (let i = arr.length - 1; i >= 0; i--) {
        const v = arr.get(i) as Partial<CheckIgnore> | null;
        if (v && v.rule === rule && v.key === key) arr.delete(i, 1);
      }
    });
  },

  /** Call `cb` after every change of one part of the plan doc (any peer's); returns the unsubscribe. */
  observe(doc: Y.Doc, part: PlanDocPart, cb: () => void): () => void {
    const targets: Array<Y.AbstractType<unknown>> = {
      meta: [P.meta(doc)],
      outline: [P.outline(doc), P.sections(doc)],
      departments: [P.departments(doc)],
      notice: [P.notice(doc)],
      attachments: [P.attachments(doc), P.attachmentRecords(doc)],
      round: [P.round(doc)],
      checks: [P.checkIgnores(doc)],
    }[part] as Array<Y.AbstractType<unknown>>;
    const handler = () => cb();
    for (const t of targets) t.observeDeep(handler);
    return () => { for (const t of targets) t.unobserveDeep(handler); };
  },

  /** Assemble and validate plan JSON from the plan doc and a reader for bodies. */
  read(doc: Y.Doc, bodyOf: (bodyId: string) => Body): Plan {
    const parsed = parsePlan(assemble(doc, bodyOf));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    return parsed.value;
  },

  /**
   * Plan JSON as the doc holds it, not validated: the bodies are `bodyOf`'s arrays themselves (the live
   * 体检 keeps an untouched body's findings by its array's identity). Meta gets the model's defaults.
   * For readers that tolerate a body the schema would refuse (the checks do); exports use `read`.
   */
  readLive(doc: Y.Doc, bodyOf: (bodyId: string) => Body): Plan {
    const raw = assemble(doc, bodyOf);
    const meta = PlanMetaSchema.safeParse(raw.meta);
    return { ...raw, meta: meta.success ? meta.data : raw.meta } as Plan;
  },

  /** Every body of a plan, keyed by body id (what the server seeds as section docs). */
  bodies(plan: Plan): Map<string, Body> {
    const out = new Map<string, Body>();
    out.set(PREAMBLE_BODY, plan.preamble);
    for (const s of plan.sections.flatMap((t) => [t, ...t.sections])) out.set(s.id, s.body);
    out.set(CLOSING_BODY, plan.closing);
    if (plan.notice) out.set(NOTICE_BODY, plan.notice.body);
    for (const a of plan.attachments) {
      if (a.kind === 'table') out.set(a.id, a.body);
      if (a.kind === 'document') for (const s of a.sections.flatMap((t) => [t, ...t.sections])) out.set(s.id, s.body);
    }
    return out;
  },

  /** The names of the plan doc's root types (for the server's foreign-root check). */
  rootNames: PLAN_DOC_ROOT_NAMES,
};

/** A plan without a round leaves the field out, so files written before rounds existed read back unchanged. */
function roundField(round: ReturnType<typeof RoundOps.read>): { round?: NonNullable<typeof round> } {
  return round ? { round } : {};
}
