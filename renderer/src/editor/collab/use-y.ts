import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A React snapshot of a Yjs type: `read` runs again on every deep change of `target`; the component
 * re-renders only when the result is not `equal` to the last one.
 */
export function useY<T>(target: Y.AbstractType<unknown>, read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ target: Y.AbstractType<unknown>; value: T } | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const getSnapshot = useCallback(() => {
    if (!cache.current || cache.current.target !== target) cache.current = { target, value: readRef.current() };
    return cache.current.value;
  }, [target]);
  const subscribe = useCallback((cb: () => void) => {
    const handler = () => {
      const next = readRef.current();
      if (cache.current && equal(cache.current.value, next)) return;
      cache.current = { target, value: next };
      cb();
    };
    target.observeDeep(handler);
    return () => target.unobserveDeep(handler);
  }, [target]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function shallowArrayEqual<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
