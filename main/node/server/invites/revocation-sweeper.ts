import type { Hocuspocus } from '@hocuspocus/server';
import type { Logger } from '../logger';
import type { InviteStore } from './invite-store';
import { dropSocket } from '../drop-socket';
import { liveInviteConnections } from './invite-connections';
import { scheduleSweeps } from '../schedule-sweeps';

export interface RevocationSweeperOptions {
  hocuspocus: Hocuspocus;
  invites: InviteStore;
  log: Logger;
  /** Every live invite connection is re-checked this often, whatever was (or was not) heard. */
  intervalMs: number;
}

/** Default period of the safety-net check: the worst case when a revocation notice is lost. */
export const DEFAULT_REVOCATION_CHECK_MS = 5000;

/**
 * Closes this instance's connections whose invite was revoked on another instance sharing the store.
 * Two paths: the store's revocation notice (prompt: the plan's invite connections are re-checked when
 * the revocation commits), and a periodic check of every invite connection, which covers what a notice
 * cannot: a notice lost while the listening session was down, and a connection that was authenticated
 * just before the revocation but registered with its document just after the notice was handled.
 * A store error keeps the connections (an error is not a revocation); the next check tries again.
 * Does nothing for a store that nobody else shares (no `watchRevocations`): there the revoking request
 * closes the connections itself.
 */
export class RevocationSweeper {
  private stopSweeps: (() => void) | null = null;

  constructor(private readonly opts: RevocationSweeperOptions) {}

  start(): void {
    const { invites } = this.opts;
    if (!invites.watchRevocations || this.stopSweeps) return;
    this.stopSweeps = scheduleSweeps((listener) => invites.watchRevocations!(listener), this.opts.intervalMs, (planId) => this.sweep(planId));
  }

  /** Re-check the invite connections of one plan (null: of every plan); returns how many were closed. */
  async sweep(planId: string | null): Promise<number> {
    const { hocuspocus, invites, log } = this.opts;
    const live = liveInviteConnections(hocuspocus).filter((c) => planId === null || c.planId === planId);
    if (live.length === 0) return 0;
    let existing: Set<string>;
    try {
      existing = await invites.existing([...new Set(live.map((c) => c.inviteId))]);
    } catch (e) {
      log.warn(`could not re-check ${live.length} invite connection(s): ${(e as Error).message}; keeping them until the store answers`);
      return 0;
    }
    let closed = 0;
    for (const c of live) {
      if (existing.has(c.inviteId)) continue;
      dropSocket(c.connection, 'revoked');
      closed++;
    }
    if (closed > 0) log.info(`closed ${closed} connection(s) of revoked invites${planId ? ` of plan ${planId}` : ''}`);
    return closed;
  }

  stop(): void {
    this.stopSweeps?.();
    this.stopSweeps = null;
  }
}
