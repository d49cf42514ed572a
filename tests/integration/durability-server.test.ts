import { promises as fs } from 'node:fs';
import path from 'node:path';
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import type { DocumentStore } from '../../main/node/store/document-store';
import { FileStore } from '../../main/node/store/file-store';
import { createPlan, eventually, removeDir, startServer, tempDataDir, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(dataDir = tempDataDir(), extra: Parameters<typeof startServer>[1] = {}): Promise<Harness> {
  const h = await startServer(dataDir, extra);
  cleanup.push(() => removeDir(dataDir));
  cleanup.push(() => h.stop());
  return h;
}

function client(h: Harness): Client {
  const c = createClient(h.server.wsUrl, TEST_TOKEN);
  cleanup.push(() => c.destroy());
  return c;
}

/** A FileStore whose snapshot stores fail while `failures` > 0 (appends to the journal still work). */
class SnapshotFailingStore implements DocumentStore {
  failures = 0;
  constructor(private readonly inner: FileStore) {}
  fetch(name: string) { return this.inner.fetch(name); }
  async store(name: string, state: Uint8Array) {
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error('EIO: i/o error, injected'), { code: 'EIO' });
    }
    return this.inner.store(name, state);
  }
  append(name: string, update: Uint8Array) { return this.inner.append(name, update); }
  listPlans() { return this.inner.listPlans(); }
  deletePlan(planId: string) { return this.inner.deletePlan(planId); }
  reopenPlan(planId: string) { return this.inner.reopenPlan(planId); }
  deletedAmong(planIds: readonly string[]) { return this.inner.deletedAmong(planIds); }
  close() { return this.inner.close(); }
}

describe('durability on one server', () => {
  it('finding 8: a damaged document is refused as document-corrupt (not permission-denied) and never loaded as empty', async () => {
    const h = await start();
    const planId = await createPlan(h);
    const file = path.join(h.dataDir, 'plans', planId, 's-ideology.ydoc');
    const bytes = await fs.readFile(file);
    const at = bytes.indexOf(Buffer.from('content')); // the body's root type name
    bytes[at] = bytes[at]! ^ 0x01;
    await fs.writeFile(file, bytes);
    const opened = await client(h).open(DocNames.body(planId, 's-ideology'));
    expect(await opened.failed).toBe('document-corrupt');
    expect(h.logs.some((l) => /load plan:.*s-ideology failed: .*checksum mismatch; refused as document-corrupt/.test(l))).toBe(true);
    expect(await fs.readFile(file)).toEqual(bytes); // left as it is, for whoever repairs it
  });

  it('a new section body is stored when the server seeds it, before anyone edits it (journaled edits need that seed after a crash)', async () => {
    const h = await start();
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-added-later');
    const d = await client(h).open(name);
    await synced(d.provider);
    // No edit yet, so no debounced store was scheduled: the file exists because the seed was stored.
    const onDisk = await new FileStore(h.dataDir).fetch(name);
    expect(onDisk).not.toBeNull();
    const seeded = new Y.Doc();
    Y.applyUpdate(seeded, onDisk!);
    expect(Y.encodeStateVector(seeded)).toEqual(Y.encodeStateVector(d.doc));
  });

  it('finding 2 (injected failing snapshot store: a real disk cannot fail the snapshot while the journal still writes): '
    + 'the store is retried with backoff until it succeeds and the document stays in memory meanwhile', async () => {
    const dataDir = tempDataDir();
    const store = new SnapshotFailingStore(new FileStore(dataDir));
    const h = await start(dataDir, { store, storeRetryMs: 150 });
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-ideology');
    const c = client(h);
    const d = await c.open(name);
    await synced(d.provider);
    const editor = bindEditor(d.doc);
    store.failures = 3;
    Transforms.insertText(editor, '【存储失败时的修改】', { at: Editor.end(editor, [0]) });
    YjsEditor.flushLocalChanges(editor);
    await eventually(() => expect(d.provider.unsyncedChanges).toBe(0)); // journaled, so acknowledged
    c.destroy(); // the last client leaves while stores fail
    await eventually(() => expect(h.logs.some((l) => l.includes(`store ${name} failed (attempt 2`))).toBe(true));
    expect(h.server.server.hocuspocus.documents.has(name)).toBe(true);
    await eventually(() => expect(h.logs.some((l) => l.includes(`stored ${name} after 3 failed attempt(s)`))).toBe(true));
    await eventually(() => expect(h.server.server.hocuspocus.documents.has(name)).toBe(false));
    // In the snapshot itself now, the journal compacted away.
    await expect(fs.stat(path.join(dataDir, 'plans', planId, 's-ideology.journal'))).rejects.toThrow(/ENOENT/);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await new FileStore(dataDir).fetch(name))!);
    expect(JSON.stringify(BodyDoc.read(doc))).toContain('【存储失败时的修改】');
    expect(h.logs.some((l) => /retrying in 150 ms/.test(l)) && h.logs.some((l) => /retrying in 300 ms/.test(l))).toBe(true);
  });
});
