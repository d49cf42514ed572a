import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StorageStatusMessage } from '../../main/common/api/storage-status';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { createLogger } from '../../main/node/server/logger';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { startPrivatePostgres } from './helpers/private-postgres';
import { createPlan, eventually, removeDir, startServer, tempDataDir, TEST_TOKEN } from './helpers/server-harness';
import { bindEditor, createClient, synced } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('fault suite: PostgreSQL stopped and started mid-edit (a private cluster, so parallel tests keep theirs)', () => {
  it('finding 2: while the database is down nothing is acknowledged and the client is told 数据库不可用; '
    + 'after it is back every edit is committed and the failed store has been retried', async () => {
    const pg = await startPrivatePostgres();
    cleanup.push(() => pg.destroy()); // also when the test fails half-way
    const log = createLogger(true);
    const store = await PostgresStore.connect(pg.url, { log });
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const h = await startServer(dataDir, { store, logger: log, debounceMs: 60_000, maxDebounceMs: 120_000, storeRetryMs: 200 });
    cleanup.push(() => h.stop());
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-ideology');
    const c = createClient(h.server.wsUrl, TEST_TOKEN);
    cleanup.push(() => c.destroy());
    const d = await c.open(name);
    await synced(d.provider);
    const told: string[] = [];
    d.provider.on('stateless', ({ payload }: { payload: string }) => {
      const s = StorageStatusMessage.parse(payload);
      if (s) told.push(s.cause);
    });
    const editor = bindEditor(d.doc);
    const type = (text: string) => {
      Transforms.insertText(editor, text, { at: Editor.end(editor, [0]) });
      YjsEditor.flushLocalChanges(editor);
    };

    type('【停库前】');
    await eventually(() => expect(d.provider.unsyncedChanges).toBe(0));
    pg.stop();
    type('【停库时】');
    await eventually(() => expect(told).toContain('database-unavailable'), 15_000);
    expect(d.provider.unsyncedChanges).toBeGreaterThan(0); // never 已保存 while it cannot be stored
    expect(log.lines.some((l) => /could not journal an update to .* \(database-unavailable/.test(l))).toBe(true);
    void h.server.server.hocuspocus.flushPendingStores();
    await eventually(() => expect(log.lines.some((l) => l.includes(`store ${name} failed (attempt 2, database-unavailable`))).toBe(true), 15_000);
    expect(h.server.server.hocuspocus.documents.has(name)).toBe(true);

    pg.start();
    await eventually(() => expect(d.provider.unsyncedChanges).toBe(0), 30_000);
    await eventually(() => expect(log.lines.some((l) => l.includes(`stored ${name} after`))).toBe(true), 30_000);
    const check = await PostgresStore.connect(pg.url);
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await check.fetch(name))!);
      const stored = JSON.stringify(BodyDoc.read(doc));
      expect(stored).toContain('【停库前】');
      expect(stored).toContain('【停库时】');
    } finally {
      await check.close();
    }
  }, 120_000);
});
