import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ActiveState } from './active-editor-store';
import { usePageEnv } from './page-env';

/**
 * What a component shows of the active editor's state (`view`): it re-renders only when the view is not
 * `equal` to the last one. The store reports after every keystroke's idle period; a view such as the
 * toolbar's pressed states rarely changes while someone types, so most reports render nothing.
 */
export function useActiveView<T>(view: (state: ActiveState) => T, equal: (a: T, b: T) => boolean): T {
  const { active } = usePageEnv();
  const cache = useRef<{ state: ActiveState; value: T } | null>(null);
  const fns = useRef({ view, equal });
  fns.current = { view, equal };
  const get = useCallback(() => {
    const state = active.get();
    const last = cache.current;
    if (last && last.state === state) return last.value;
    const next = fns.current.view(state);
    // An equal view keeps the old object: useSyncExternalStore compares snapshots with Object.is.
    const value = last && fns.current.equal(last.value, next) ? last.value : next;
    cache.current = { state, value };
    return value;
  }, [active]);
  return useSyncExternalStore(active.subscribe, get);
}
