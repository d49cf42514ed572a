import * as Y from 'yjs';
import type { Attachment } from '../model/attachment';
import { DepartmentSchema, type Department } from '../model/department';
import { Ids } from '../model/ids';
import type { Body } from '../model/element-types';
import { PlanMetaSchema, type PlanMeta } from '../model/meta';
import { parsePlan } from '../model/parse-plan';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../model/plan';
import { SECTION_KINDS, type Section, type SectionKind } from '../model/section';
import { CLOSING_BODY, NOTICE_BODY, PREAMBLE_BODY } from './doc-names';
import { currentMetaValue } from './legacy-meta';

/** Version of the Yjs layout below; stored in the plan doc so a later layout can migrate. */
export const PLAN_DOC_LAYOUT = 1;

export interface SectionRecord {
  level: 1 | 2;
  kind: SectionKind;
  title: string;
  assignee: string | null;
}

const P = {
  meta: (d: Y.Doc) => d.getMap<unknown>('meta'),
  departments: (d: Y.Doc) => d.getArray<Department>('departments'),
  outline: (d: Y.Doc) => d.getArray<string>('outline'),
  sections: (d: Y.Doc) => d.getMap<Y.Map<unknown>>('sections'),
  notice: (d: Y.Doc) => d.getMap<unknown>('notice'),
  attachments: (d: Y.Doc) => d.getArray<string>('attachments'),
  attachmentRecords: (d: Y.Doc) => d.getMap<Y.Map<unknown>>('attachmentRecords'),
};

function sectionRecord(s: Section): Y.Map<unknown> {
  const rec = new Y.Map<unknown>();
  rec.set('level', s.level);
  rec.set('kind', s.kind);
  rec.set('title', new Y.Text(s.title));
  rec.set('assignee', s.assignee);
  return rec;
}

// Yjs has no schema and anyone with write access to the plan doc (owner, edit invite) can write anything
// into its roots. Reading is therefore tolerant in the same way on every peer and on the server: what
// does not fit the model is left out (an outline entry that is not a valid section id, a department that
// is not one) or read as the default (an unknown kind, a non-string assignee), so one bad write cannot
// make a whole plan unreadable — the editor, the export and the plan file all read it the same way.

function readRecord(rec: Y.Map<unknown>): SectionRecord {
  const title = rec.get('title');
  const kind = rec.get('kind');
  const assignee = rec.get('assignee');
  return {
    level: rec.get('level') === 2 ? 2 : 1,
    kind: (SECTION_KINDS as readonly unknown[]).includes(kind) ? (kind as SectionKind) : 'other',
    title: title instanceof Y.Text ? title.toString() : typeof title === 'string' ? title : '',
    assignee: typeof assignee === 'string' && assignee.trim() ? assignee : null,
  };
}

/** Outline entries that are sections: a valid id (it names a document), a record, first occurrence only. */
function sectionEntries(ids: readonly unknown[], records: Y.Map<Y.Map<unknown>>): Array<{ id: string; rec: Y.Map<unknown> }> {
  const seen = new Set<string>();
  const out: Array<{ id: string; rec: Y.Map<unknown> }> = [];
  for (const id of ids) {
    if (typeof id !== 'string' || !Ids.isNodeId(id) || seen.has(id)) continue;
    const rec = records.get(id);
    if (!(rec instanceof Y.Map)) continue;
    seen.add(id);
    out.push({ id, rec });
  }
  return out;
}

/** A flat outline of ids → nested sections; duplicates (concurrent moves) keep their first place. */
function nest(ids: readonly unknown[], records: Y.Map<Y.Map<unknown>>, bodyOf: (id: string) => Body): Section[] {
  const tops: Section[] = [];
  for (const { id, rec } of sectionEntries(ids, records)) {
    const r = readRecord(rec);
    const section: Section = { id, level: r.level, kind: r.kind, title: r.title, assignee: r.assignee, body: bodyOf(id), sections: [] };
    const parent = tops[tops.length - 1];
    if (r.level === 2 && parent) parent.sections.push(section);
    else tops.push({ ...section, level: 1 });
  }
  return tops;
}

export const PlanDoc = {
  /** Fill an empty plan doc from plan JSON (server-side seeding, once). */
  write(doc: Y.Doc, plan: Plan): void {
    doc.transact(() => {
      const meta = P.meta(doc);
      for (const [k, v] of Object.entries(plan.meta)) if (v !== undefined) meta.set(k, v);
      meta.set('layout', PLAN_DOC_LAYOUT);
      P.departments(doc).push(plan.departments.map((d) => ({ name: d.name, aliases: [...d.aliases] })));
      const records = P.sections(doc);
      const flat = plan.sections.flatMap((s) => [s, ...s.sections]);
      for (const s of flat) records.set(s.id, sectionRecord(s));
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
          for (const s of subFlat) records.set(s.id, sectionRecord(s));
          const outline = new Y.Array<string>();
          outline.push(subFlat.map((s) => s.id));
          rec.set('outline', outline);
        }
        P.attachmentRecords(doc).set(a.id, rec);
      }
      P.attachments(doc).push(plan.attachments.map((a) => a.id));
    }, 'seed');
  },

  /** Every body id the plan doc refers to, so a reader knows which section docs to load. */
  bodyIds(doc: Y.Doc): string[] {
    const sections = P.sections(doc);
    const ids = [PREAMBLE_BODY, ...sectionEntries(P.outline(doc).toArray(), sections).map((e) => e.id), CLOSING_BODY];
    if (P.notice(doc).get('enabled') === true) ids.push(NOTICE_BODY);
    for (const id of P.attachments(doc).toArray()) {
      const rec = P.attachmentRecords(doc).get(id);
      if (!(rec instanceof Y.Map) || typeof id !== 'string' || !Ids.isNodeId(id)) continue;
      if (rec.get('kind') === 'table') ids.push(id);
      const outline = rec.get('outline');
      if (outline instanceof Y.Array) ids.push(...sectionEntries(outline.toArray(), sections).map((e) => e.id));
    }
    return [...new Set(ids)];
  },

  /** The bodies the editor page shows, in page order: preamble, every section of the outline, closing. */
  pageBodyIds(doc: Y.Doc): string[] {
    return [PREAMBLE_BODY, ...PlanDoc.outline(doc).map((r) => r.id), CLOSING_BODY];
  },

  /** The plan's meta fields; unknown keys and values that are not valid for their field are left out. */
  meta(doc: Y.Doc): PlanMeta {
    const out: Record<string, unknown> = {};
    const shape = PlanMetaSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    for (const [k, stored] of P.meta(doc).entries()) {
      const v = currentMetaValue(k, stored);
      if (k in shape && shape[k]!.safeParse(v).success) out[k] = v;
    }
    return out as unknown as PlanMeta;
  },

  outline(doc: Y.Doc): Array<{ id: string } & SectionRecord> {
    return sectionEntries(P.outline(doc).toArray(), P.sections(doc)).map(({ id, rec }) => ({ id, ...readRecord(rec) }));
  },

  /** Assemble and validate plan JSON from the plan doc and a reader for bodies. */
  read(doc: Y.Doc, bodyOf: (bodyId: string) => Body): Plan {
    const records = P.sections(doc);
    const notice = P.notice(doc);
    const attachments: Attachment[] = [];
    for (const id of P.attachments(doc).toArray()) {
      const rec = P.attachmentRecords(doc).get(id);
      if (!(rec instanceof Y.Map) || typeof id !== 'string' || !Ids.isNodeId(id)) continue;
      const title = String(rec.get('title') ?? '');
      const kind = rec.get('kind');
      if (kind === 'task-table') attachments.push({ id, title, kind });
      else if (kind === 'table') attachments.push({ id, title, kind, body: bodyOf(id) });
      else if (kind === 'document') {
        const outline = rec.get('outline');
        const ids: unknown[] = outline instanceof Y.Array ? outline.toArray() : [];
        attachments.push({
          id, title, kind, numberingScheme: rec.get('numberingScheme') === 'regulation' ? 'regulation' : 'plan',
          sections: nest(ids, records, bodyOf),
        });
      }
    }
    const raw = {
      format: PLAN_FORMAT,
      schemaVersion: PLAN_SCHEMA_VERSION,
      meta: PlanDoc.meta(doc),
      notice: notice.get('enabled') === true ? { title: String(notice.get('title') ?? ''), body: bodyOf(NOTICE_BODY) } : null,
      departments: P.departments(doc).toArray().filter((d) => DepartmentSchema.safeParse(d).success),
      preamble: bodyOf(PREAMBLE_BODY),
      sections: nest(P.outline(doc).toArray(), records, bodyOf),
      closing: bodyOf(CLOSING_BODY),
      attachments,
    };
    const parsed = parsePlan(raw);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    return parsed.value;
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

  records: P,
};
