import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { PlanDoc, type PlanDocPart } from '../../../../main/common/collab/plan-doc';

/**
 * A React snapshot of one part of the plan doc: `read` runs again on every change of that part; the
 * component re-renders only when the result is not `equal` to the last one.
 */
export function usePlanDoc<T>(doc: Y.Doc, part: PlanDocPart, read: (doc: Y.Doc) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ doc: Y.Doc; part: PlanDocPart; value: T } | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const getSnapshot = useCallback(() => {
    if (!cache.current || cache.current.doc !== doc || cache.current.part !== part) cache.current = { doc, part, value: readRef.current(doc) };
    return cache.current.value;
  }, [doc, part]);
  const subscribe = useCallback((cb: () => void) => PlanDoc.observe(doc, part, () => {
    const next = readRef.current(doc);
    if (cache.current && equal(cache.current.value, next)) return;
    cache.current = { doc, part, value: next };
    cb();
  }), [doc, part]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function shallowArrayEqual<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
