import pg from 'pg';
import { DocNames } from '../../common/collab/doc-names';
import type { DocumentStore } from './document-store';
import { StateEnvelope } from './state-envelope';

export interface PostgresStoreOptions {
  /** Table name (tests use their own); letters, digits and underscores. */
  table?: string;
  /** Pool size; each Hocuspocus store is one short transaction. */
  max?: number;
}

/**
 * DocumentStore in PostgreSQL (or a PG-compatible database) for county deployments:
 * one row per Hocuspocus document — name, plan id, state (the same "PSYD" envelope as the file store,
 * so corruption is recognised), a write counter `version`, updated_at. Writes are upserts in a
 * transaction; fetch throws on any database error and returns null only when the row does not exist
 * (COEDITING.md §4.2: a null on error would let the server seed an empty doc over real data).
 */
export class PostgresStore implements DocumentStore {
  private constructor(private readonly pool: pg.Pool, private readonly table: string) {}

  static async connect(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const table = opts.table ?? 'plan_studio_documents';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(table)) throw new Error(`invalid table name ${JSON.stringify(table)}`);
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 5, connectionTimeoutMillis: 5000 });
    // An idle client that loses its connection must not crash the server: log-worthy, not fatal.
    pool.on('error', () => undefined);
    try {
      await createTable(pool, table);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)}：${(e as Error).message}`);
    }
    return new PostgresStore(pool, table);
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    planIdOf(name);
    const r = await this.pool.query<{ state: Buffer }>(`select state from ${this.table} where name = $1`, [name]);
    const row = r.rows[0];
    if (!row) return null;
    return StateEnvelope.unwrap(name, new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength));
  }

  async store(name: string, state: Uint8Array): Promise<void> {
    const planId = planIdOf(name);
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `insert into ${this.table} (name, plan_id, state) values ($1, $2, $3)
         on conflict (name) do update set state = excluded.state, version = ${this.table}.version + 1, updated_at = now()`,
        [name, planId, Buffer.from(StateEnvelope.wrap(state))],
      );
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async listPlans(): Promise<Array<{ planId: string; updatedAt: Date }>> {
    const r = await this.pool.query<{ plan_id: string; updated_at: Date }>(
      `select plan_id, max(updated_at) as updated_at from ${this.table}
       group by plan_id having bool_or(name = 'plan:' || plan_id)`,
    );
    return r.rows.map((row) => ({ planId: row.plan_id, updatedAt: new Date(row.updated_at) }));
  }

  async deletePlan(planId: string): Promise<void> {
    if (!DocNames.parse(DocNames.plan(planId))) throw new Error(`not a plan id: ${JSON.stringify(planId)}`);
    await this.pool.query(`delete from ${this.table} where plan_id = $1`, [planId]);
  }

  private closed = false;
  /** Idempotent: the server closes its store on shutdown, and so may whoever created it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

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
