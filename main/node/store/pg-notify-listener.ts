import pg from 'pg';
import type { Logger } from '../server/logger';

export interface NotifyListenerOptions {
  url: string;
  /** Checked like a table name by the caller: it goes into `LISTEN <channel>`. */
  channel: string;
  log: Logger;
  onNotify(payload: string): void;
  /**
   * Called after every successful (re)connection: notifications sent while no session was listening
   * are lost (PostgreSQL does not queue them for absent listeners), so the caller re-checks its state.
   */
  onListening(): void;
  /** First retry delay; doubles up to 10 s. */
  retryMs?: number;
}

export interface NotifyListener {
  close(): Promise<void>;
}

const MAX_RETRY_MS = 10_000;

/**
 * A dedicated PostgreSQL session that LISTENs on one channel and comes back after the connection drops
 * (database restart, idle-connection reaper, failover). Pool clients cannot listen: a pooled session is
 * handed to other queries and released. While it is down the caller's periodic check is the fallback.
 */
export function listenForNotifications(opts: NotifyListenerOptions): NotifyListener {
  const firstDelay = opts.retryMs ?? 500;
  let delay = firstDelay;
  let current: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  };

  const connect = async () => {
    if (closed) return;
    const client = new pg.Client({ connectionString: opts.url, connectionTimeoutMillis: 5000, keepAlive: true });
    current = client;
    client.on('error', (e) => opts.log.warn(`PostgreSQL listener on ${opts.channel}: ${e.message}`));
    client.on('end', () => {
      if (current !== client) return;
      current = null;
      if (!closed) {
        opts.log.warn(`PostgreSQL listener on ${opts.channel} disconnected; reconnecting`);
        retry();
      }
    });
    client.on('notification', (m) => {
      if (m.channel === opts.channel) opts.onNotify(m.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`listen ${opts.channel}`);
    } catch (e) {
      if (current === client) current = null;
      client.end().catch(() => undefined);
      if (closed) return;
      opts.log.warn(`cannot LISTEN on ${opts.channel} (${(e as Error).message}); retrying, the periodic check covers the gap`);
      retry();
      return;
    }
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    delay = firstDelay;
    opts.onListening();
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const client = current;
      current = null;
      await client?.end().catch(() => undefined);
    },
  };
}
