import { YjsEditor } from '@slate-yjs/core';
import { Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocNames } from '../../main/common/collab/doc-names';
import { CorruptDocumentError, PlanDeletedError } from '../../main/node/store/document-store';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { createPlan, eventually, removeDir, startServer, tempDataDir } from './helpers/server-harness';
import { pgQuery, requirePgUrl, uniqueTable } from './helpers/services-env';
import { bindEditor, createClient, synced } from './helpers/yjs-client';

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

async function store(table: string): Promise<PostgresStore> {
  const s = await PostgresStore.connect(url, { table });
  cleanup.push(() => s.close());
  return s;
}
function table(): string {
  const t = uniqueTable();
  cleanup.push(() => pgQuery(url, `drop table if exists ${PostgresStore.tables(t).join(', ')}`).then(() => undefined));
  return t;
}
function textState(text: string): Uint8Array {
  const d = new Y.Doc();
  d.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(d);
}

describe('PostgresStore', () => {
  it('round-trips states, counts versions, lists plans by their plan doc, deletes a plan', async () => {
    const t = table();
    const s = await store(t);
    expect(await s.fetch('plan:p-pgtest001')).toBeNull();
    await s.store('plan:p-pgtest001:sec:s1', textState('正文'));
    // Stores of one document are later states of the same history (a store merges with the stored row,
    // see the durability tests: a lagging instance must not overwrite what another one compacted).
    const planDoc = new Y.Doc();
    planDoc.getText('t').insert(0, '计划');
    await s.store('plan:p-pgtest001', Y.encodeStateAsUpdate(planDoc));
    planDoc.getText('t').insert(2, '二');
    await s.store('plan:p-pgtest001', Y.encodeStateAsUpdate(planDoc));
    await s.store('plan:p-pgtest002:sec:s1', textState('孤立的正文'));
    const back = new Y.Doc();
    Y.applyUpdate(back, (await s.fetch('plan:p-pgtest001'))!);
    expect(back.getText('t').toString()).toBe('计划二');
    const rows = await pgQuery(url, `select name, version from ${t} order by name`);
    expect(rows.rows.find((r) => r.name === 'plan:p-pgtest001')?.version).toBe(2);
    expect((await s.listPlans()).map((p) => p.planId)).toEqual(['p-pgtest001']);
    await s.deletePlan('p-pgtest001');
    expect(await s.fetch('plan:p-pgtest001:sec:s1')).toBeNull();
    await expect(s.store('../../etc/passwd', textState('x'))).rejects.toThrow(/not a plan document name/);
  });

  it('a deleted plan is a tombstone: its stores are refused until it is reopened; other instances hear of it', async () => {
    const t = table();
    const s = await store(t);
    const other = await store(t);
    const heard: Array<string | null> = [];
    const unwatch = other.watchDeletions((planId) => heard.push(planId));
    cleanup.push(unwatch);
    await eventually(() => expect(heard).toEqual([null])); // listening (the "re-check everything" call)
    const marks = await pgQuery(url, `select obj_description(to_regclass($1), 'pg_class') as mark`, [`${t}_deleted`]);
    expect(marks.rows[0].mark).toBe('plan-studio:deleted-plans:v1');

    await s.store('plan:p-pgdelete1', textState('计划'));
    await s.store('plan:p-pgdelete1:sec:s1', textState('正文'));
    await s.deletePlan('p-pgdelete1');
    await eventually(() => expect(heard).toEqual([null, 'p-pgdelete1']));
    const refused = await s.store('plan:p-pgdelete1:sec:s1', textState('删除后的迟到写入')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlanDeletedError);
    expect((refused as Error).message).toBe('refused to store plan:p-pgdelete1:sec:s1: plan p-pgdelete1 was deleted');
    await expect(other.store('plan:p-pgdelete1', textState('另一实例的迟到写入'))).rejects.toBeInstanceOf(PlanDeletedError);
    expect((await pgQuery(url, `select count(*)::int as n from ${t} where plan_id = 'p-pgdelete1'`)).rows[0].n).toBe(0);
    expect(await other.deletedAmong(['p-pgdelete1', 'p-pgother01'])).toEqual(new Set(['p-pgdelete1']));
    expect(await s.listPlans()).toEqual([]);

    await s.reopenPlan('p-pgdelete1');
    await other.store('plan:p-pgdelete1', textState('从计划文件恢复'));
    expect(await s.fetch('plan:p-pgdelete1')).not.toBeNull();
    expect(await s.deletedAmong(['p-pgdelete1'])).toEqual(new Set());
  });

  it('stores racing a deletion never outlive it: each commits before the delete or is refused', async () => {
    const t = table();
    const writers = await Promise.all([1, 2, 3].map(() => store(t)));
    const deleter = await store(t); // its own pool: the delete does not queue behind the stores
    for (let round = 0; round < 5; round++) {
      const planId = `p-pgrace00${round}`;
      await writers[0]!.store(DocNames.plan(planId), textState('计划'));
      const stores = Array.from({ length: 60 }, (_, i) =>
        writers[i % 3]!.store(DocNames.body(planId, `s${i % 7}`), textState(`第${i}次写入`)));
      // The delete starts while most stores are still in flight (queued on three pools of five).
      const deletion = Promise.allSettled([stores[5 + round * 8]!]).then(() => deleter.deletePlan(planId));
      const results = await Promise.allSettled([...stores, deletion]);
      const refused = results.filter((r) => r.status === 'rejected');
      for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PlanDeletedError);
      expect(results.at(-1)!.status).toBe('fulfilled');
      expect((await pgQuery(url, `select count(*)::int as n from ${t} where plan_id = $1`, [planId])).rows[0].n).toBe(0);
      console.log(`round ${round}: ${60 - refused.length} stores before the delete, ${refused.length} refused after it, 0 rows left`);
    }
  });

  it('a corrupt row is a CorruptDocumentError naming the document; a database error throws, never null', async () => {
    const t = table();
    const s = await store(t);
    await pgQuery(url, `insert into ${t} (name, plan_id, state) values ($1, $2, $3)`, ['plan:p-pgbroken1', 'p-pgbroken1', Buffer.from('garbage!')]);
    const err = await s.fetch('plan:p-pgbroken1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptDocumentError);
    expect((err as Error).message).toMatch(/plan:p-pgbroken1 is corrupt: bad header/);
    await pgQuery(url, `drop table ${t}`);
    await expect(s.fetch('plan:p-pgbroken1')).rejects.toThrow(/does not exist/);
  });

  it('instances starting together on a fresh database all connect (the table is created once)', async () => {
    const t = table();
    const stores = await Promise.all([1, 2, 3].map(() => store(t)));
    await stores[0]!.store('plan:p-pgtogether', textState('同时启动'));
    expect(await stores[2]!.fetch('plan:p-pgtogether')).not.toBeNull();
  });

  it('a server on PostgreSQL keeps edits across a restart, and reports a corrupt plan clearly', async () => {
    const t = table();
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const h1 = await startServer(dataDir, { store: await PostgresStore.connect(url, { table: t }) });
    const planId = await createPlan(h1);
    const c = createClient(h1.server.wsUrl, 'integration-token-0123456789');
    const sec = await c.open(DocNames.body(planId, 's-ideology'));
    await synced(sec.provider);
    const editor = bindEditor(sec.doc);
    Transforms.insertText(editor, '存入数据库的文字。', { at: { path: [0, 0], offset: 0 } });
    YjsEditor.flushLocalChanges(editor);
    await eventually(() => expect(sec.provider.unsyncedChanges).toBe(0));
    c.destroy();
    await h1.stop(); // flushes to PostgreSQL and closes the pool

    const h2 = await startServer(dataDir, { store: await store(t) });
    cleanup.push(() => h2.stop());
    expect(JSON.stringify(await (await h2.api(`/api/plans/${planId}`)).json())).toContain('存入数据库的文字。');
    await pgQuery(url, `update ${t} set state = $1 where name = $2`, [Buffer.from('PSYD\u0001garbage'), DocNames.plan(planId)]);
    const broken = await h2.api(`/api/plans/${planId}`);
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(/损坏/);
  });
});
