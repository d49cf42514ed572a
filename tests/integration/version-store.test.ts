import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Version } from '../../main/common/api/version-contract';
import { parsePlanText } from '../../main/common/model/parse-plan';
import { FileVersionStore } from '../../main/node/store/file-version-store';
import { PostgresVersionStore } from '../../main/node/store/postgres-version-store';
import type { VersionStore } from '../../main/node/store/version-store';
import { removeDir, tempDataDir } from './helpers/server-harness';
import { pgQuery, requirePgUrl, uniqueTable } from './helpers/services-env';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const parsed = parsePlanText(readFileSync(path.join(__dirname, '../fixtures/diff/old.plan.json'), 'utf8'));
if (!parsed.ok) throw new Error('fixture');
const PLAN = parsed.value;

function version(id: string, name: string, at: string, planId = 'p-vstore0001'): Version {
  return { id, planId, name, author: '张三', role: 'owner', kind: 'manual', createdAt: at, title: PLAN.meta.title, plan: PLAN };
}

/** The same contract for both stores. */
function contract(open: () => Promise<VersionStore>): void {
  it('saves, lists newest first, reads back the plan, latest, lock with its version, unlock, delete', async () => {
    const s = await open();
    await s.save(version('vaaaa0001', '初稿', '2026-01-01T00:00:00.000Z'));
    await s.save(version('vaaaa0002', '签发稿', '2026-01-02T00:00:00.000Z'), { versionId: 'vaaaa0002', versionName: '签发稿', lockedBy: '张三', lockedAt: '2026-01-02T00:00:00.000Z' });
    await s.save(version('vbbbb0001', '初稿', '2026-01-03T00:00:00.000Z', 'p-vstore0002'));
    expect((await s.list('p-vstore0001')).map((v) => v.id)).toEqual(['vaaaa0002', 'vaaaa0001']);
    expect((await s.get('p-vstore0001', 'vaaaa0001'))?.plan).toEqual(PLAN);
    expect(await s.get('p-vstore0002', 'vaaaa0001')).toBeNull();
    expect((await s.latest('p-vstore0001'))?.id).toBe('vaaaa0002');
    expect(await s.lock('p-vstore0001')).toMatchObject({ versionId: 'vaaaa0002', lockedBy: '张三' });
    expect(await s.lock('p-vstore0002')).toBeNull();
    expect(await s.unlock('p-vstore0001')).toBe(true);
    expect(await s.unlock('p-vstore0001')).toBe(false);
    expect(await s.lock('p-vstore0001')).toBeNull();
    await s.deletePlan('p-vstore0001');
    expect(await s.list('p-vstore0001')).toEqual([]);
    expect(await s.list('p-vstore0002')).toHaveLength(1);
  });
}

describe('FileVersionStore', () => {
  contract(async () => {
    const dir = tempDataDir();
    cleanup.push(() => removeDir(dir));
    return new FileVersionStore(dir);
  });
});

describe('PostgresVersionStore', () => {
  let url = '';
  beforeEach(async () => {
    url = requirePgUrl();
    await pgQuery(url, 'select 1');
  });
  contract(async () => {
    const t = uniqueTable();
    const s = await PostgresVersionStore.connect(url, { table: t });
    cleanup.push(async () => {
      await s.close();
      for (const name of PostgresVersionStore.tables(t)) await pgQuery(url, `drop table if exists ${name}`);
    });
    return s;
  });

  it('a 签发稿 whose lock cannot be written is not saved either (one transaction)', async () => {
    const t = uniqueTable();
    const s = await PostgresVersionStore.connect(url, { table: t });
    cleanup.push(async () => {
      await s.close();
      for (const name of PostgresVersionStore.tables(t)) await pgQuery(url, `drop table if exists ${name}`);
    });
    await pgQuery(url, `alter table ${t}_locks add constraint no_locks check (false)`);
    await expect(s.save(version('vcccc0001', '签发稿', '2026-01-01T00:00:00.000Z'), { versionId: 'vcccc0001', versionName: '签发稿', lockedBy: '张三', lockedAt: '2026-01-01T00:00:00.000Z' })).rejects.toThrow();
    expect(await s.list('p-vstore0001')).toEqual([]);
  });
});
