/** A sweep of one plan (a notice named it) or of everything (null: the periodic check, a reconnect). */
export type Sweep = (planId: string | null) => Promise<unknown>;

/**
 * How the sweepers of a store shared by several instances run (revoked invites, deleted plans): at once
 * for each notice the store sends (prompt), and every `intervalMs` for everything, which covers a notice
 * lost while the listening session was down. A slow database must not pile up checks: a periodic run is
 * skipped while the previous one still runs. Returns the function that stops both.
 */
export function scheduleSweeps(watch: (listener: (planId: string | null) => void) => () => void, intervalMs: number, sweep: Sweep): () => void {
  const unsubscribe = watch((planId) => void sweep(planId));
  let periodic: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (periodic) return;
    periodic = sweep(null).finally(() => (periodic = null));
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
