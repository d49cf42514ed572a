import pg from 'pg';
import { DocNames } from '../../common/collab/doc-names';
import { createLogger, type Logger } from '../server/logger';
import { PlanDeletedError, type DocumentStore } from './document-store';
import { planNoticePayload, PlanNoticeWatch } from './plan-notice-watch';
import { ensureVersionedTable, type TableMigration } from './pg-table-version';
import { StateEnvelope } from './state-envelope';

export interface PostgresStoreOptions {
  /** Table name (tests use their own); letters, digits and underscores. Deleted plans: `<table>_deleted`. */
  table?: string;
  /** Pool size; each Hocuspocus store is one short transaction. */
  max?: number;
  log?: Logger;
}

/** v1. One row per deleted plan (a tombstone): stores of its documents are refused while it is there. */
const DELETED_MIGRATIONS: readonly TableMigration[] = [
  (t) => [`create table ${t} (plan_id text primary key, deleted_at timestamptz not null default now())`],
];

/**
 * DocumentStore in PostgreSQL (or a PG-compatible database) for county deployments:
 * one row per Hocuspocus document — name, plan id, state (the same "PSYD" envelope as the file store,
 * so corruption is recognised), a write counter `version`, updated_at. Writes are upserts in a
 * transaction; fetch throws on any database error and returns null only when the row does not exist
 * (COEDITING.md §4.2: a null on error would let the server seed an empty doc over real data).
 */
export class PostgresStore implements DocumentStore {
  private constructor(
    private readonly pool: pg.Pool, private readonly url: string, private readonly table: string, private readonly log: Logger,
  ) {
    this.notices = new PlanNoticeWatch({ url, channel: this.channel, log, what: 'plan deletion' });
  }

  private readonly notices: PlanNoticeWatch;

  static async connect(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const table = opts.table ?? 'plan_studio_documents';
    if (!/^[a-z_][a-z0-9_]{0,39}$/.test(table)) throw new Error(`invalid table name ${JSON.stringify(table)}`);
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 5, connectionTimeoutMillis: 5000 });
    // An idle client that loses its connection must not crash the server: log-worthy, not fatal.
    pool.on('error', () => undefined);
    try {
      await createTable(pool, table);
      await ensureVersionedTable(pool, { table: deletedTable(table), kind: 'deleted-plans', migrations: DELETED_MIGRATIONS });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)}：${(e as Error).message}`);
    }
    return new PostgresStore(pool, url, table, opts.log ?? createLogger(true));
  }

  /** Every table the store keeps for a documents table name (tests drop them). */
  static tables(table = 'plan_studio_documents'): string[] {
    return [table, deletedTable(table)];
  }

  get channel(): string {
    return deletedTable(this.table);
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    planIdOf(name);
    const r = await this.pool.query<{ state: Buffer }>(`select state from ${this.table} where name = $1`, [name]);
    const row = r.rows[0];
    if (!row) return null;
    return StateEnvelope.unwrap(name, new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength));
  }

  /**
   * The upsert and the tombstone check are one statement, under the plan's advisory lock in shared mode
   * (deletePlan takes it exclusively): a store either commits before a deletion starts, and the deletion
   * removes its row, or runs after the deletion committed and sees the tombstone. Without the lock an
   * upsert racing the delete could re-insert the row the delete just removed.
   */
  async store(name: string, state: Uint8Array): Promise<void> {
    const planId = planIdOf(name);
    const stored = await this.transaction(async (client) => {
      await client.query('select pg_advisory_xact_lock_shared(hashtext($1))', [this.planLock(planId)]);
      const r = await client.query(
        `insert into ${this.table} (name, plan_id, state)
         select $1, $2, $3 where not exists (select 1 from ${deletedTable(this.table)} where plan_id = $2)
         on conflict (name) do update set state = excluded.state, version = ${this.table}.version + 1, updated_at = now()`,
        [name, planId, Buffer.from(StateEnvelope.wrap(state))],
      );
      return (r.rowCount ?? 0) > 0;
    });
    if (!stored) throw new PlanDeletedError(name, planId);
  }

  async listPlans(): Promise<Array<{ planId: string; updatedAt: Date }>> {
    const r = await this.pool.query<{ plan_id: string; updated_at: Date }>(
      `select plan_id, max(updated_at) as updated_at from ${this.table}
       group by plan_id having bool_or(name = 'plan:' || plan_id)`,
    );
    return r.rows.map((row) => ({ planId: row.plan_id, updatedAt: new Date(row.updated_at) }));
  }

  /**
   * Tombstone, rows and NOTIFY in one transaction: other instances hear of the deletion exactly when,
   * and only if, it commits, and no store of the plan can commit after it (see store).
   */
  async deletePlan(planId: string): Promise<void> {
    if (!DocNames.parse(DocNames.plan(planId))) throw new Error(`not a plan id: ${JSON.stringify(planId)}`);
    await this.transaction(async (client) => {
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [this.planLock(planId)]);
      await client.query(
        `insert into ${deletedTable(this.table)} (plan_id) values ($1) on conflict (plan_id) do update set deleted_at = now()`, [planId],
      );
      await client.query(`delete from ${this.table} where plan_id = $1`, [planId]);
      await client.query('select pg_notify($1, $2)', [this.channel, planNoticePayload(planId)]);
    });
  }

  async reopenPlan(planId: string): Promise<void> {
    await this.pool.query(`delete from ${deletedTable(this.table)} where plan_id = $1`, [planId]);
  }

  async deletedAmong(planIds: readonly string[]): Promise<Set<string>> {
    if (planIds.length === 0) return new Set();
    const r = await this.pool.query<{ plan_id: string }>(
      `select plan_id from ${deletedTable(this.table)} where plan_id = any($1::text[])`, [[...planIds]],
    );
    return new Set(r.rows.map((row) => row.plan_id));
  }

  watchDeletions(listener: (planId: string | null) => void): () => void {
    return this.notices.watch(listener);
  }

  /** Idempotent: the server closes it on shutdown, and so may whoever created it. */
  close(): Promise<void> {
    return this.notices.close(this.pool);
  }

  private planLock(planId: string): string {
    return `plan-studio:${this.table}:plan:${planId}`;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}

function deletedTable(table: string): string {
  return `${table}_deleted`;
}

/** A notice we cannot read still means "something was deleted": re-check every open plan. */

/**
 * `create table if not exists` is not safe when instances of a county deployment start together on a
 * fresh database: both see no table and one fails on pg_type's unique index. An advisory lock held for
 * the transaction lets one create and the others find the table.
 */
async function createTable(pool: pg.Pool, table: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`plan-studio:${table}`]);
    await client.query(`create table if not exists ${table} (
      name text primary key,
      plan_id text not null,
      state bytea not null,
      version integer not null default 1,
      updated_at timestamptz not null default now())`);
    await client.query(`create index if not exists ${table}_plan_id on ${table} (plan_id)`);
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

function planIdOf(name: string): string {
  const parsed = DocNames.parse(name);
  if (!parsed) throw new Error(`not a plan document name: ${JSON.stringify(name)}`);
  return parsed.planId;
}

/** Never log a password. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
