import pg from 'pg';
import { ensureVersionedTable, type TableMigration } from '../../store/pg-table-version';
import { redact } from '../../store/postgres-store';
import { INVITE_CODE_ATTEMPTS, type AttemptLimiter, type AttemptLimits } from './attempt-limiter';

export interface PostgresAttemptLimiterOptions {
  /** Table name (tests use their own). */
  table?: string;
  limits?: AttemptLimits;
}

/** v1. One token bucket per key: what was left at `at`; it refills from there. */
const MIGRATIONS: readonly TableMigration[] = [
  (t) => [`create table ${t} (key text primary key, tokens double precision not null, at timestamptz not null)`],
];

/** Rows are pruned at most this often (a full bucket and no row are the same thing). */
const PRUNE_EVERY_MS = 60_000;

/**
 * Attempt buckets in PostgreSQL, shared by every instance of a county deployment (`--database-url`), so
 * the limit is per address across the deployment, not per process. Each take is one statement: the
 * upsert locks the key's row, so concurrent attempts on several instances are counted one after the
 * other, and the refill is computed with the database's clock (instances' clocks may differ).
 */
export class PostgresAttemptLimiter implements AttemptLimiter {
  private lastPrune = 0;
  private closed = false;

  private constructor(private readonly pool: pg.Pool, private readonly table: string, private readonly limits: AttemptLimits) {}

  static async connect(url: string, opts: PostgresAttemptLimiterOptions = {}): Promise<PostgresAttemptLimiter> {
    const table = opts.table ?? 'plan_studio_invite_attempts';
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined); // an idle client dropping its connection is not fatal
    try {
      await ensureVersionedTable(pool, { table, kind: 'invite-attempts', migrations: MIGRATIONS });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)} 记录邀请码尝试次数：${(e as Error).message}`);
    }
    return new PostgresAttemptLimiter(pool, table, opts.limits ?? INVITE_CODE_ATTEMPTS);
  }

  async take(key: string): Promise<boolean> {
    await this.pruneNow();
    // `refilled` is what the bucket holds now; the update (and so the attempt) happens only if that is ≥ 1.
    // greatest(…) guards against a transaction whose now() is older than a row another one just wrote.
    const refilled = `least($2::float8, b.tokens + greatest(0, extract(epoch from now() - b.at)::float8) * $3::float8)`;
    const r = await this.pool.query(
      `insert into ${this.table} as b (key, tokens, at) values ($1, $2::float8 - 1, now())
       on conflict (key) do update set tokens = ${refilled} - 1, at = greatest(b.at, now())
       where ${refilled} >= 1
       returning tokens`,
      [key, this.limits.burst, this.limits.perMinute / 60],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async refund(key: string): Promise<void> {
    await this.pool.query(`update ${this.table} set tokens = least($2::float8, tokens + 1) where key = $1`, [key, this.limits.burst]);
  }

  /** Idempotent: the server closes it on shutdown, and so may whoever created it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** A bucket untouched for as long as a full refill takes is full: its row can go. */
  private async pruneNow(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    const fullAfterSeconds = (this.limits.burst / this.limits.perMinute) * 60;
    await this.pool.query(`delete from ${this.table} where at < now() - make_interval(secs => $1)`, [fullAfterSeconds]);
  }
}
