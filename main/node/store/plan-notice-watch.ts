import type pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../server/logger';
import { listenForNotifications, type NotifyListener } from './pg-notify-listener';

/** What a plan notice says on its channel: "something of this plan changed (deleted, invites revoked)". */
const PlanNoticeSchema = z.strictObject({ v: z.literal(1), planId: z.string() });

/** The payload of a plan notice, for `select pg_notify($1, $2)` in the transaction that makes the change. */
export function planNoticePayload(planId: string): string {
  return JSON.stringify({ v: 1, planId });
}

/**
 * Plan notices of one PostgreSQL channel for the watchers of one store (the documents store's deletions,
 * the invite store's revocations): one listening session, opened with the first watcher, and the pool
 * closed with it. A watcher gets the plan id, or null when it must re-check everything (after every
 * (re)connection, when notices may have been missed, and for an unreadable notice).
 */
export class PlanNoticeWatch {
  private readonly watchers = new Set<(planId: string | null) => void>();
  private listener: NotifyListener | null = null;
  private closed = false;

  constructor(private readonly opts: { url: string; channel: string; log: Logger; what: string }) {}

  watch(watcher: (planId: string | null) => void): () => void {
    this.watchers.add(watcher);
    if (!this.listener && !this.closed) {
      this.listener = listenForNotifications({
        url: this.opts.url, channel: this.opts.channel, log: this.opts.log,
        onNotify: (payload) => this.announce(this.parse(payload)),
        onListening: () => this.announce(null),
      });
    }
    return () => this.watchers.delete(watcher);
  }

  /** Idempotent: the server closes its stores on shutdown, and so may whoever created them. */
  async close(pool: pg.Pool): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener?.close();
    await pool.end();
  }

  private announce(planId: string | null): void {
    for (const w of this.watchers) w(planId);
  }

  private parse(payload: string): string | null {
    try {
      return PlanNoticeSchema.parse(JSON.parse(payload)).planId;
    } catch {
      this.opts.log.warn(`unreadable ${this.opts.what} notice ${JSON.stringify(payload.slice(0, 80))}; re-checking everything`);
      return null;
    }
  }
}
