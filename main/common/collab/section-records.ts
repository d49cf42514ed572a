import * as Y from 'yjs';
import { Ids } from '../model/ids';
import type { Body } from '../model/element-types';
import { SECTION_KINDS, type Section, type SectionKind } from '../model/section';
import { textValue } from './read-y-element';

/** A section record of the plan doc as read: what the outline shows of a section. */
export interface SectionRecord {
  level: 1 | 2;
  kind: SectionKind;
  title: string;
  assignee: string | null;
}

/** A new section record (its title a Y.Text, so two people can type in it at once). */
export function newSectionRecord(s: SectionRecord): Y.Map<unknown> {
  const rec = new Y.Map<unknown>();
  rec.set('level', s.level);
  rec.set('kind', s.kind);
  rec.set('title', new Y.Text(s.title));
  rec.set('assignee', s.assignee);
  return rec;
}

export function sectionRecordOf(s: Section): Y.Map<unknown> {
  return newSectionRecord({ level: s.level, kind: s.kind, title: s.title, assignee: s.assignee });
}

// Yjs has no schema and anyone with write access to the plan doc (owner, edit invite) can write anything
// into its roots. Reading is therefore tolerant in the same way on every peer and on the server: what
// does not fit the model is left out (an outline entry that is not a valid section id, a department that
// is not one) or read as the default (an unknown kind, a non-string assignee), so one bad write cannot
// make a whole plan unreadable — the editor, the export and the states file all read it the same way.

export function readRecord(rec: Y.Map<unknown>): SectionRecord {
  const title = rec.get('title');
  const kind = rec.get('kind');
  const assignee = rec.get('assignee');
  return {
    level: rec.get('level') === 2 ? 2 : 1,
    kind: (SECTION_KINDS as readonly unknown[]).includes(kind) ? (kind as SectionKind) : 'other',
    title: textValue(title),
    assignee: typeof assignee === 'string' && assignee.trim() ? assignee : null,
  };
}

/** Outline entries that are sections: a valid id (it names a document), a record, first occurrence only. */
export function sectionEntries(ids: readonly unknown[], records: Y.Map<Y.Map<unknown>>): Array<{ id: string; rec: Y.Map<unknown> }> {
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
export function nestSections(ids: readonly unknown[], records: Y.Map<Y.Map<unknown>>, bodyOf: (id: string) => Body): Section[] {
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
