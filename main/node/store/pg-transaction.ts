import type pg from 'pg';

/**
 * Runs `work` in one transaction on a pooled client: commit when it resolves, rollback (best effort: the
 * connection may be what failed) when it throws; the client always goes back to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
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
