import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { PlanSession } from '../collab/plan-session';

export interface Present {
  clientId: number;
  name: string;
  dept: string;
  color: string;
  self: boolean;
}

function read(session: PlanSession): Present[] {
  const awareness = session.planProvider.awareness;
  if (!awareness) return [];
  const out: Present[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const u = (state as { user?: Partial<Present> }).user;
    if (!u || typeof u.name !== 'string') continue;
    out.push({ clientId, name: u.name, dept: String(u.dept ?? ''), color: String(u.color ?? '#888'), self: clientId === awareness.clientID });
  }
  return out.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Who has this plan open (awareness of the plan doc); awareness is ephemeral and never stored. */
export function usePresence(session: PlanSession): Present[] {
  const cache = useRef<{ key: string; list: Present[] } | null>(null);
  const get = useCallback(() => {
    const list = read(session);
    const key = JSON.stringify(list);
    if (!cache.current || cache.current.key !== key) cache.current = { key, list };
    return cache.current.list;
  }, [session]);
  const subscribe = useCallback((cb: () => void) => {
    const awareness = session.planProvider.awareness;
    awareness?.on('change', cb);
    return () => awareness?.off('change', cb);
  }, [session]);
  return useSyncExternalStore(subscribe, get);
}
