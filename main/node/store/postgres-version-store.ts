import pg from 'pg';
import { PlanLockSchema, VersionSchema, type PlanLock, type Version, type VersionSummary } from '../../common/api/version-contract';
import { createLogger, type Logger } from '../server/logger';
import { ensureVersionedTable, type TableMigration } from './pg-table-version';
import { redact } from './postgres-store';
import type { VersionStore } from './version-store';
import { inTransaction } from './pg-transaction';

export interface PostgresVersionStoreOptions {
  /** Table name (tests use their own); the locks live in `<table>_locks`. */
  table?: string;
  max?: number;
  log?: Logger;
}

/** v1. One row per version; `plan` is the plan JSON (jsonb). */
const VERSION_MIGRATIONS: readonly TableMigration[] = [
  (t) => [
    `create table ${t} (
      id text primary key, plan_id text not null, name text not null, author text not null, role text not null,
      kind text not null, title text not null, created_at timestamptz not null, plan jsonb not null)`,
    `create index ${t}_plan_id on ${t} (plan_id, created_at desc)`,
  ],
];
/** v1. One row per locked plan (a 签发稿 saved and not unlocked yet). */
const LOCK_MIGRATIONS: readonly TableMigration[] = [
  (t) => [`create table ${t} (plan_id text primary key, version_id text not null, version_name text not null, locked_by text not null, locked_at timestamptz not null)`],
];

interface VersionRow {
  id: string; plan_id: string; name: string; author: string; role: string; kind: string; title: string; created_at: Date; plan?: unknown;
}

function summaryOf(r: VersionRow): VersionSummary {
  return VersionSchema.omit({ plan: true }).parse({
    id: r.id, planId: r.plan_id, name: r.name, author: r.author, role: r.role, kind: r.kind, title: r.title, createdAt: r.created_at.toISOString(),
  });
}

/**
 * Versions in PostgreSQL, shared by every instance (`--database-url`). A 签发稿 inserts its version and
 * its lock in one transaction; every instance reads the lock from the same table.
 */
export class PostgresVersionStore implements VersionStore {
  private constructor(private readonly pool: pg.Pool, private readonly table: string, private readonly log: Logger) {}

  static async connect(url: string, opts: PostgresVersionStoreOptions = {}): Promise<PostgresVersionStore> {
    const table = opts.table ?? 'plan_studio_versions';
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 3, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined); // an idle client dropping its connection is not fatal
    try {
      await ensureVersionedTable(pool, { table, kind: 'versions', migrations: VERSION_MIGRATIONS });
      await ensureVersionedTable(pool, { table: `${table}_locks`, kind: 'plan-locks', migrations: LOCK_MIGRATIONS });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)} 存放版本：${(e as Error).message}`);
    }
    return new PostgresVersionStore(pool, table, opts.log ?? createLogger(true));
  }

  static tables(table = 'plan_studio_versions'): string[] {
    return [table, `${table}_locks`];
  }

  private get locks(): string {
    return `${this.table}_locks`;
  }

  async save(v: Version, lock?: PlanLock): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `insert into ${this.table} (id, plan_id, name, author, role, kind, title, created_at, plan) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [v.id, v.planId, v.name, v.author, v.role, v.kind, v.title, v.createdAt, JSON.stringify(v.plan)],
      );
      if (lock) {
        await client.query(
          `insert into ${this.locks} (plan_id, version_id, version_name, locked_by, locked_at) values ($1, $2, $3, $4, $5)
           on conflict (plan_id) do update set version_id = excluded.version_id, version_name = excluded.version_name, locked_by = excluded.locked_by, locked_at = excluded.locked_at`,
          [v.planId, lock.versionId, lock.versionName, lock.lockedBy, lock.lockedAt],
        );
      }
    });
  }

  async list(planId: string): Promise<VersionSummary[]> {
    const r = await this.pool.query<VersionRow>(
      `select id, plan_id, name, author, role, kind, title, created_at from ${this.table} where plan_id = $1 order by created_at desc, id desc`, [planId],
    );
    return r.rows.map(summaryOf);
  }

  private async one(where: string, args: unknown[]): Promise<Version | null> {
    const r = await this.pool.query<VersionRow>(`select * from ${this.table} where ${where} order by created_at desc, id desc limit 1`, args);
    const row = r.rows[0];
    if (!row) return null;
    const parsed = VersionSchema.safeParse({ ...summaryOf(row), plan: row.plan });
    if (!parsed.success) {
      this.log.error(`version ${row.id} of plan ${row.plan_id} does not parse; left out`);
      return null;
    }
    return parsed.data;
  }

  get(planId: string, versionId: string): Promise<Version | null> {
    return this.one('plan_id = $1 and id = $2', [planId, versionId]);
  }

  latest(planId: string): Promise<Version | null> {
    return this.one('plan_id = $1', [planId]);
  }

  async lock(planId: string): Promise<PlanLock | null> {
    const r = await this.pool.query<{ version_id: string; version_name: string; locked_by: string; locked_at: Date }>(
      `select version_id, version_name, locked_by, locked_at from ${this.locks} where plan_id = $1`, [planId],
    );
    const row = r.rows[0];
    return row ? PlanLockSchema.parse({ versionId: row.version_id, versionName: row.version_name, lockedBy: row.locked_by, lockedAt: row.locked_at.toISOString() }) : null;
  }

  async unlock(planId: string): Promise<boolean> {
    const r = await this.pool.query(`delete from ${this.locks} where plan_id = $1`, [planId]);
    return (r.rowCount ?? 0) > 0;
  }

  async deletePlan(planId: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(`delete from ${this.table} where plan_id = $1`, [planId]);
      await client.query(`delete from ${this.locks} where plan_id = $1`, [planId]);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
