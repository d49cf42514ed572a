import type pg from 'pg';
import { inTransaction } from './pg-transaction';

/** One schema step: the SQL statements that take a table from version i to i + 1 (index 0 creates it). */
export type TableMigration = (table: string) => string[];

export interface VersionedTable {
  table: string;
  /** Names the table's purpose in its version mark, e.g. "invites". */
  kind: string;
  migrations: readonly TableMigration[];
}

/** Same rule as PostgresStore: the name goes into SQL text, so it is checked, never quoted from input. */
export const TABLE_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * Creates the table at the newest version, or brings an older one up to it, and returns the version.
 * The version is the table's COMMENT (`plan-studio:<kind>:v<N>`), so it travels with the table through
 * pg_dump/restore and disappears with it; no second bookkeeping table can disagree with reality.
 * Several instances start at once in a county deployment: the whole step runs in one transaction under
 * an advisory lock, so only one of them creates or migrates and the others see the result.
 * A table that carries no mark, or a newer version than this program knows, stops the start-up.
 */
export async function ensureVersionedTable(pool: pg.Pool, spec: VersionedTable): Promise<number> {
  const { table, kind, migrations } = spec;
  if (!TABLE_NAME.test(table)) throw new Error(`invalid table name ${JSON.stringify(table)}`);
  const target = migrations.length;
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`plan-studio:${table}`]);
    const r = await client.query<{ present: boolean; mark: string | null }>(
      `select to_regclass($1) is not null as present, obj_description(to_regclass($1), 'pg_class') as mark`, [table],
    );
    const { present, mark } = r.rows[0]!;
    let version = 0;
    if (present) {
      const m = new RegExp(`^plan-studio:${kind}:v(\\d+)$`).exec(mark ?? '');
      if (!m) throw new Error(`数据库表 ${table} 已存在，但没有本程序的版本标记 plan-studio:${kind}:v…，不是本程序建立的表`);
      version = Number(m[1]);
    }
    if (version > target) throw new Error(`数据库表 ${table} 的版本为 v${version}，高于本程序支持的 v${target}，请升级程序`);
    for (let v = version; v < target; v++) {
      for (const sql of migrations[v]!(table)) await client.query(sql);
    }
    if (version < target) await client.query(`comment on table ${table} is 'plan-studio:${kind}:v${target}'`);
    return target;
  });
}
