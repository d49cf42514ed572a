import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostgresAttemptLimiter } from '../../main/node/server/limits/postgres-attempt-limiter';
import { sleep } from './helpers/data-dir-snapshot';
import { pgQuery, requirePgUrl, uniqueTable } from './helpers/services-env';

let url = '';
const cleanup: Array<() => Promise<void> | void> = [];
// Per test, so a missing service fails every test (visibly) instead of skipping them.
beforeEach(async () => {
  url = requirePgUrl();
  await pgQuery(url, 'select 1');
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function table(): string {
  const t = uniqueTable();
  cleanup.push(() => pgQuery(url, `drop table if exists ${t}`).then(() => undefined));
  return t;
}
async function open(t: string, limits = { burst: 3, perMinute: 120 }): Promise<PostgresAttemptLimiter> {
  const l = await PostgresAttemptLimiter.connect(url, { table: t, limits });
  cleanup.push(() => l.close());
  return l;
}

describe('PostgresAttemptLimiter', () => {
  it('one bucket per key shared by every limiter on the table; refills with time; a refund gives one back', async () => {
    const t = table();
    const [a, b] = [await open(t), await open(t)];
    expect([await a.take('10.0.0.1'), await b.take('10.0.0.1'), await a.take('10.0.0.1'), await b.take('10.0.0.1')]).toEqual([true, true, true, false]);
    expect(await b.take('10.0.0.2')).toBe(true); // another address has its own bucket
    await a.refund('10.0.0.1');
    // Two a second: at least two and a half back after 1.25 s; how many more depends on how long the calls
    // wait on a loaded machine, so the upper bound is the time actually gone by since the last granted take
    // (it is after t0), plus the fraction of a token left then, and the burst.
    const t0 = performance.now();
    expect([await b.take('10.0.0.1'), await b.take('10.0.0.1')]).toEqual([true, false]);
    await sleep(1250); // the time is the subject (the bucket refills with time); the bounds below use the time measured
    let granted = 0;
    while (granted < 5 && (await a.take('10.0.0.1'))) granted++;
    const elapsedS = (performance.now() - t0) / 1000;
    expect(granted).toBeGreaterThanOrEqual(2);
    expect(granted).toBeLessThanOrEqual(Math.min(3, Math.floor(1 + 2 * elapsedS)));
  });

  it('a bucket untouched for a full refill loses its row (at the first take of a limiter, then at most once a minute)', async () => {
    const t = table();
    await open(t);
    await pgQuery(url, `insert into ${t} (key, tokens, at) values ('10.0.0.9', 0, now() - interval '1 hour'), ('10.0.0.8', 0, now())`);
    const fresh = await open(t);
    expect(await fresh.take('10.0.0.7')).toBe(true);
    expect((await pgQuery(url, `select key from ${t} order by key`)).rows.map((r) => r.key)).toEqual(['10.0.0.7', '10.0.0.8']);
  });

  it('a database error is thrown, never read as "allowed"', async () => {
    const t = table();
    const l = await open(t);
    await pgQuery(url, `alter table ${t} rename to ${t}_away`);
    try {
      await expect(l.take('10.0.0.1')).rejects.toThrow(/does not exist/);
    } finally {
      await pgQuery(url, `alter table ${t}_away rename to ${t}`);
    }
  });
});
