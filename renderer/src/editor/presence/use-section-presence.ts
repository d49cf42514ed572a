import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { PlanSession } from '../collab/plan-session';
import type { CursorData } from '../slate-types';

export interface SectionVisitor {
  clientId: number;
  name: string;
  color: string;
}

/** Colleagues whose caret is in this section now (their cursor awareness on the body doc). */
export function useSectionPresence(session: PlanSession, bodyId: string): SectionVisitor[] {
  const cache = useRef<{ key: string; list: SectionVisitor[] }>({ key: '', list: [] });
  const awareness = session.body(bodyId).provider.awareness;
  const get = useCallback(() => {
    const list: SectionVisitor[] = [];
    if (awareness) {
      for (const [clientId, state] of awareness.getStates()) {
        const s = state as { selection?: unknown; data?: Partial<CursorData> };
        if (clientId === awareness.clientID || !s.selection || !s.data?.name) continue;
        list.push({ clientId, name: s.data.name, color: s.data.color ?? '#888' });
      }
    }
    const key = list.map((v) => `${v.clientId}:${v.name}:${v.color}`).join('|');
    if (key !== cache.current.key) cache.current = { key, list };
    return cache.current.list;
  }, [awareness]);
  const subscribe = useCallback((cb: () => void) => {
    awareness?.on('change', cb);
    return () => awareness?.off('change', cb);
  }, [awareness]);
  return useSyncExternalStore(subscribe, get);
}
