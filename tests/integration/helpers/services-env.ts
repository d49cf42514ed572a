import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL and Redis for the county-server tests come from .ci/services.sh. Missing services are a
 * failure with instructions, never a skip: CI starts them, and a developer should know what is not run.
 */
export function requirePgUrl(): string {
  const url = process.env['PLAN_STUDIO_TEST_PG_URL'];
  if (!url) throw new Error('PLAN_STUDIO_TEST_PG_URL is not set: start PostgreSQL with `source .ci/services.sh` (it exports the URL) and rerun');
  return url;
}

export function requireRedis(): string {
  const spec = process.env['PLAN_STUDIO_TEST_REDIS'];
  if (!spec) throw new Error('PLAN_STUDIO_TEST_REDIS is not set: start Redis with `source .ci/services.sh` (it exports host:port) and rerun');
  return spec;
}

/** A table of its own per test, dropped afterwards. */
export function uniqueTable(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

export async function pgQuery(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`PostgreSQL at PLAN_STUDIO_TEST_PG_URL is not reachable (${(e as Error).message}): run \`source .ci/services.sh\``);
  }
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
