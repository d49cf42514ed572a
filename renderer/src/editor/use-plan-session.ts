import { useEffect, useState } from 'react';
import type { Host } from '../host/host';
import type { UserSettings } from '../settings/user-settings';
import { PlanSession } from './collab/plan-session';

/** One PlanSession per open plan; destroyed (socket closed) when the page goes. */
export function usePlanSession(host: Host, planId: string, user: UserSettings): { session: PlanSession | null; synced: boolean } {
  const [session, setSession] = useState<PlanSession | null>(null);
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    const s = new PlanSession(host, planId, user);
    setSession(s);
    setSynced(false);
    performance.mark('session-start');
    const off = s.whenPlanSynced(() => { performance.mark('plan-synced'); setSynced(true); });
    return () => {
      off();
      s.destroy();
    };
    // The user is sent to a live session by the caller; a new user must not reconnect everything.
  }, [host, planId]);
  useEffect(() => session?.setUser(user), [session, user]);
  return { session, synced };
}
