import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import type { Host } from '../host/host';
import type { UserSettings } from '../settings/user-settings';
import { PlanSession } from './collab/plan-session';

/**
 * One PlanSession per open plan; destroyed (socket closed) when the page goes. `ready`: the plan doc
 * holds the server's state (PlanSession.whenPlanReady), so the page can render.
 */
export function usePlanSession(api: ApiClient, host: Host, planId: string, user: UserSettings): { session: PlanSession | null; ready: boolean } {
  const [session, setSession] = useState<PlanSession | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const s = new PlanSession(host, planId, user, (signal) => api.openStates(planId, signal));
    setSession(s);
    setReady(false);
    performance.mark('session-start');
    const off = s.whenPlanReady(() => { performance.mark('plan-ready'); setReady(true); });
    return () => {
      off();
      s.destroy();
    };
    // The user is sent to a live session by the caller; a new user must not reconnect everything.
  }, [api, host, planId]);
  useEffect(() => session?.setUser(user), [session, user]);
  return { session, ready };
}
