import pg from 'pg';
import { DocNames } from '../../common/collab/doc-names';
import { createLogger, type Logger } from '../server/logger';
import { PlanDeletedError, type DocumentStore } from './document-store';
import { mergeJournal } from './merge-journal';
import { planNoticePayload, PlanNoticeWatch } from './plan-notice-watch';
import { ensureVersionedTable, type TableMigration } from './pg-table-version';
import { StateEnvelope } from './state-envelope';
import { inTransaction } from './pg-transaction';

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
 * v1. The update journal (docs/coediting.md "Durability"): one row per acknowledged update not yet in
 * the document's snapshot row; `entry` is the update in the "PSYD" envelope (with its CRC-32).
 */
const JOURNAL_MIGRATIONS: readonly TableMigration[] = [
  (t) => [
    `create table ${t} (id bigserial primary key, name text not null, plan_id text not null, entry bytea not null)`,
    `create index ${t}_name on ${t} (name, id)`,
    `create index ${t}_plan_id on ${t} (plan_id)`,
  ],
];

interface PendingAppend {
  name: string;
  planId: string;
  entry: Buffer;
  resolve(): void;
  reject(e: unknown): void;
}

/**
 * DocumentStore in PostgreSQL (or a PG-compatible database) for county deployments:
 * one row per Hocuspocus document — name, plan id, state (the same "PSYD" envelope as the file store,
 * so corruption is recognised), a write counter `version`, updated_at. Writes are upserts in a
 * transaction; fetch throws on any database error and returns null only when the row does not exist
 * (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on: a null on error would let the server seed an empty doc over real data).
 */
export class PostgresStore implements DocumentStore {
  /** Appends waiting for the next group commit, and whether one is running. */
  private pendingAppends: PendingAppend[] = [];
  private appending = false;

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
      await ensureVersionedTable(pool, { table: journalTable(table), kind: 'update-journal', migrations: JOURNAL_MIGRATIONS });
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new Error(`无法使用 PostgreSQL ${redact(url)}：${(e as Error).message}`);
    }
    return new PostgresStore(pool, url, table, opts.log ?? createLogger(true));
  }

  /** Every table the store keeps for a documents table name (tests drop them). */
  static tables(table = 'plan_studio_documents'): string[] {
    return [table, deletedTable(table), journalTable(table)];
  }

  get channel(): string {
    return deletedTable(this.table);
  }

  /**
   * Snapshot and journal in ONE statement (one MVCC snapshot): read separately, a compaction committing
   * in between would hide the rows it moved into the snapshot row.
   */
  async fetch(name: string): Promise<Uint8Array | null> {
    planIdOf(name);
    const r = await this.pool.query<{ state: Buffer | null; entries: Buffer[] }>(
      `select (select state from ${this.table} where name = $1) as state,
              array(select entry from ${journalTable(this.table)} where name = $1 order by id) as entries`, [name],
    );
    const row = r.rows[0]!;
    const state = row.state ? StateEnvelope.unwrap(name, bytesOf(row.state)) : null;
    return mergeJournal(name, state, this.journalEntries(name, row.entries), this.log);
  }

  /** Journal rows whose envelope or checksum is bad are skipped and logged (one lost update, not the document). */
  private journalEntries(name: string, entries: readonly Buffer[]): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const entry of entries) {
      try {
        out.push(StateEnvelope.open(name, bytesOf(entry)));
      } catch (e) {
        this.log.error(`journal of ${name}: skipped a damaged row: ${(e as Error).message}`);
      }
    }
    return out;
  }

  /**
   * Group commit: appends that arrive while a batch is being committed go into the next one, one
   * INSERT … SELECT FROM unnest(…) and one commit for all of them. As for stores, a row of a deleted
   * plan is not inserted (tombstone check under the plan's shared advisory lock) and its append fails.
   */
  append(name: string, update: Uint8Array): Promise<void> {
    const planId = planIdOf(name);
    return new Promise<void>((resolve, reject) => {
      this.pendingAppends.push({ name, planId, entry: Buffer.from(StateEnvelope.wrap(update)), resolve, reject });
      if (!this.appending) void this.commitAppends();
    });
  }

  private async commitAppends(): Promise<void> {
    this.appending = true;
    while (this.pendingAppends.length > 0) {
      const batch = this.pendingAppends.splice(0);
      try {
        const inserted = await this.transaction(async (client) => {
          for (const planId of [...new Set(batch.map((b) => b.planId))].sort()) {
            await client.query('select pg_advisory_xact_lock_shared(hashtext($1))', [this.planLock(planId)]);
          }
          const r = await client.query<{ plan_id: string }>(
            `insert into ${journalTable(this.table)} (name, plan_id, entry)
             select v.name, v.plan_id, v.entry from unnest($1::text[], $2::text[], $3::bytea[]) with ordinality as v(name, plan_id, entry, ord)
             where not exists (select 1 from ${deletedTable(this.table)} d where d.plan_id = v.plan_id) order by v.ord
             returning plan_id`,
            [batch.map((b) => b.name), batch.map((b) => b.planId), batch.map((b) => b.entry)],
          );
          return new Set(r.rows.map((row) => row.plan_id));
        });
        for (const b of batch) {
          if (inserted.has(b.planId)) b.resolve();
          else b.reject(new PlanDeletedError(b.name, b.planId));
        }
      } catch (e) {
        for (const b of batch) b.reject(e);
      }
    }
    this.appending = false;
  }

  /**
   * The upsert and the tombstone check are one statement, under the plan's advisory lock in shared mode
   * (deletePlan takes it exclusively): a store either commits before a deletion starts, and the deletion
   * removes its row, or runs after the deletion committed and sees the tombstone. Without the lock an
   * upsert racing the delete could re-insert the row the delete just removed.
   */
  /**
   * Compaction happens here too: under the document's own advisory lock (stores of one document, from any
   * instance, run one at a time) the new state is merged with the stored row and the journal rows, the
   * row is replaced and exactly the journal rows read are deleted. Merging the stored row as well means an
   * instance whose copy lags behind another's (Redis relays asynchronously) cannot overwrite what the
   * other one compacted; Yjs merges are idempotent, so nothing is duplicated.
   */
  async store(name: string, state: Uint8Array): Promise<void> {
    const planId = planIdOf(name);
    const stored = await this.transaction(async (client) => {
      await client.query('select pg_advisory_xact_lock_shared(hashtext($1))', [this.planLock(planId)]);
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [`plan-studio:${this.table}:doc:${name}`]);
      const cur = await client.query<{ state: Buffer | null; ids: string[]; entries: Buffer[] }>(
        `select (select state from ${this.table} where name = $1) as state,
                array(select id::text from ${journalTable(this.table)} where name = $1 order by id) as ids,
                array(select entry from ${journalTable(this.table)} where name = $1 order by id) as entries`, [name],
      );
      const { state: storedRow, ids, entries } = cur.rows[0]!;
      const merged = mergeJournal(name, state, [...this.storedRow(name, storedRow), ...this.journalEntries(name, entries)], this.log) ?? state;
      const r = await client.query(
        `insert into ${this.table} (name, plan_id, state)
         select $1, $2, $3 where not exists (select 1 from ${deletedTable(this.table)} where plan_id = $2)
         on conflict (name) do update set state = excluded.state, version = ${this.table}.version + 1, updated_at = now()`,
        [name, planId, Buffer.from(StateEnvelope.wrap(merged))],
      );
      if ((r.rowCount ?? 0) === 0) return false;
      if (ids.length > 0) await client.query(`delete from ${journalTable(this.table)} where id = any($1::bigint[])`, [ids]);
      return true;
    });
    if (!stored) throw new PlanDeletedError(name, planId);
  }

  /** The row being replaced, to merge; a damaged one is replaced (it could not have been loaded) and logged. */
  private storedRow(name: string, row: Buffer | null): Uint8Array[] {
    if (!row) return [];
    try {
      return [StateEnvelope.unwrap(name, bytesOf(row))];
    } catch (e) {
      this.log.warn(`replacing the damaged stored row of ${name}: ${(e as Error).message}`);
      return [];
    }
  }

  /**
   * Every row in one transaction (one statement), under the plan's lock in shared mode like a store:
   * the plan is visible to other instances all at once or not at all.
   */
  async createPlan(planId: string, docs: ReadonlyMap<string, Uint8Array>): Promise<void> {
    const names = [...docs.keys()];
    for (const name of names) if (planIdOf(name) !== planId) throw new Error(`document ${JSON.stringify(name)} is not of plan ${planId}`);
    if (!docs.has(DocNames.plan(planId))) throw new Error(`plan ${planId} has no plan document`);
    const states = names.map((n) => Buffer.from(StateEnvelope.wrap(docs.get(n)!)));
    const stored = await this.transaction(async (client) => {
      await client.query('select pg_advisory_xact_lock_shared(hashtext($1))', [this.planLock(planId)]);
      const deleted = await client.query(`select 1 from ${deletedTable(this.table)} where plan_id = $1`, [planId]);
      if ((deleted.rowCount ?? 0) > 0) return false;
      // Updates journaled under these names before (a plan file bringing back a deleted plan) are not this plan's.
      await client.query(`delete from ${journalTable(this.table)} where name = any($1::text[])`, [names]);
      await client.query(
        `insert into ${this.table} (name, plan_id, state) select n, $2, s from unnest($1::text[], $3::bytea[]) as d(n, s)
         on conflict (name) do update set state = excluded.state, version = ${this.table}.version + 1, updated_at = now()`,
        [names, planId, states],
      );
      return true;
    });
    if (!stored) throw new PlanDeletedError(DocNames.plan(planId), planId);
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
      await client.query(`delete from ${journalTable(this.table)} where plan_id = $1`, [planId]);
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

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}

function deletedTable(table: string): string {
  return `${table}_deleted`;
}

function journalTable(table: string): string {
  return `${table}_journal`;
}

function bytesOf(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A notice we cannot read still means "something was deleted": re-check every open plan. */

/**
 * `create table if not exists` is not safe when instances of a county deployment start together on a
 * fresh database: both see no table and one fails on pg_type's unique index. An advisory lock held for
 * the transaction lets one create and the others find the table.
 */
async function createTable(pool: pg.Pool, table: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`plan-studio:${table}`]);
    await client.query(`create table if not exists ${table} (
      name text primary key,
      plan_id text not null,
      state bytea not null,
      version integer not null default 1,
      updated_at timestamptz not null default now())`);
    await client.query(`create index if not exists ${table}_plan_id on ${table} (plan_id)`);
  });
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
