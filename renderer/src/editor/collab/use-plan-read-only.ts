import { useSyncExternalStore } from 'react';
import type { PlanSession } from './plan-session';

/** Whether this user may change the plan doc (title, outline, section titles, assignees); live. */
export function usePlanReadOnly(session: PlanSession): boolean {
  return useSyncExternalStore(session.subscribeAccess, () => session.planReadOnly);
}
