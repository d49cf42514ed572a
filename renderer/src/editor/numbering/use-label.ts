import { useCallback, useSyncExternalStore } from 'react';
import type { NumberingStore } from './numbering-store';

/** The derived label (一、 （一） 1. （1）) of a section or item; re-renders only when it changes. */
export function useLabel(store: NumberingStore, id: string): string {
  const subscribe = useCallback((cb: () => void) => store.subscribe(id, cb), [store, id]);
  const get = useCallback(() => store.label(id), [store, id]);
  return useSyncExternalStore(subscribe, get);
}
