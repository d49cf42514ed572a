import { useCallback, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { PlanSession } from './plan-session';

export interface OutlineRow {
  id: string;
  level: 1 | 2;
  title: string;
  /** The shared title, edited in place (null only for a malformed record). */
  ytitle: Y.Text | null;
  /** The department the section is assigned to (its colleagues fill it in), or null. */
  assignee: string | null;
}

function read(doc: Y.Doc): OutlineRow[] {
  const records = PlanDoc.records.sections(doc);
  return PlanDoc.outline(doc).map((e) => {
    const t = records.get(e.id)?.get('title');
    return { id: e.id, level: e.level, title: e.title, ytitle: t instanceof Y.Text ? t : null, assignee: e.assignee };
  });
}

function same(a: OutlineRow[], b: OutlineRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.level === b[i]!.level && r.title === b[i]!.title && r.ytitle === b[i]!.ytitle && r.assignee === b[i]!.assignee);
}

/** The flat outline (ids in order with their records), live; duplicates from concurrent moves dropped. */
export function useOutline(session: PlanSession): OutlineRow[] {
  const cache = useRef<OutlineRow[] | null>(null);
  const subscribe = useCallback((cb: () => void) => {
    const doc = session.planDoc;
    const handler = () => {
      const next = read(doc);
      if (cache.current && same(cache.current, next)) return;
      cache.current = next;
      cb();
    };
    const outline = PlanDoc.records.outline(doc);
    const sections = PlanDoc.records.sections(doc);
    outline.observe(handler);
    sections.observeDeep(handler);
    return () => {
      outline.unobserve(handler);
      sections.unobserveDeep(handler);
    };
  }, [session]);
  const get = useCallback(() => (cache.current ??= read(session.planDoc)), [session]);
  return useSyncExternalStore(subscribe, get);
}
