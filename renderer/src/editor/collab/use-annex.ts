import { useCallback, useRef, useSyncExternalStore } from 'react';
import { PlanDoc, type PlanAnnex } from '../../../../main/common/collab/plan-doc';
import type { PlanSession } from './plan-session';

/** The 印发通知 and attachments (PlanDoc.annex), live: their titles, kinds and a document attachment's outline. */
export function useAnnex(session: PlanSession): PlanAnnex {
  const doc = session.planDoc;
  const cache = useRef<{ key: string; value: PlanAnnex } | null>(null);
  const get = useCallback(() => {
    const value = PlanDoc.annex(doc);
    // A new object only when something shown changed, so the page does not re-render on other edits.
    const key = JSON.stringify(value);
    if (cache.current?.key !== key) cache.current = { key, value };
    return cache.current.value;
  }, [doc]);
  const subscribe = useCallback((cb: () => void) => {
    const offs = (['notice', 'attachments', 'outline'] as const).map((part) => PlanDoc.observe(doc, part, cb));
    return () => offs.forEach((off) => off());
  }, [doc]);
  return useSyncExternalStore(subscribe, get);
}
