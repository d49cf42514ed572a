import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { FileStore } from '../../main/node/store/file-store';
import { sleep, storesSettled } from './helpers/data-dir-snapshot';
import { eventually, removeDir, tempDataDir } from './helpers/server-harness';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process';
import { bindEditor, createClient, synced } from './helpers/yjs-client';

const TOKEN = 'kill-test-token-0123456789';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(port: number, dataDir: string): Promise<ServerProcess> {
  const p = await startServerProcess({ port, dataDir, token: TOKEN });
  cleanup.push(() => p.kill());
  return p;
}

describe('kill test: SIGKILL the standalone server during edits', () => {
  it('every edit made before, during and after the crash is present once the clients have reconnected', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const port = await freePort();
    let server = await start(port, dataDir);
    const res = await fetch(`${server.url}/api/plans`, {
      method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: 'county-quality-action-plan', region: '鄂托克前旗', year: 2025 }),
    });
    const planId = ((await res.json()) as { plan: { id: string } }).plan.id;
    const name = DocNames.body(planId, 's-ideology');

    // Two co-editors; the provider's retry delay must be >= minDelay or it never reconnects (COEDITING §4.2).
    const editors = await Promise.all(['甲', '乙'].map(async (who) => {
      const c = createClient(`ws://127.0.0.1:${port}`, TOKEN);
      cleanup.push(() => c.destroy());
      const d = await c.open(name);
      await synced(d.provider);
      return { who, d, editor: bindEditor(d.doc) };
    }));
    const marks: string[] = [];
    const edit = (i: number) => {
      const { who, editor } = editors[i % 2]!;
      const mark = `【${who}${i}】`;
      Transforms.insertText(editor, mark, { at: Editor.end(editor, [0]) });
      YjsEditor.flushLocalChanges(editor);
      marks.push(mark);
    };

    for (let i = 0; i < 10; i++) edit(i);
    await eventually(() => expect(editors.every((e) => e.d.provider.unsyncedChanges === 0)).toBe(true));
    for (let i = 10; i < 20; i++) {
      edit(i);
      await sleep(10); // deliberate pacing (the point of the test): edits spread over time, all inside the store debounce
    }
    // Acknowledged (inside the 1 s store debounce): journaled, so the crash cannot lose them.
    await eventually(() => expect(editors.every((e) => e.d.provider.unsyncedChanges === 0)).toBe(true));
    await server.kill();
    const onDisk = await new FileStore(dataDir).fetch(name);
    const stored = onDisk ? JSON.stringify(BodyDoc.read(docOf(onDisk))) : '';
    for (const m of marks) expect(stored).toContain(m);
    for (let i = 20; i < 30; i++) edit(i); // offline edits on both clients

    server = await start(port, dataDir);
    await eventually(() => {
      for (const e of editors) expect(e.d.provider.unsyncedChanges).toBe(0);
      for (const e of editors) for (const m of marks) expect(Editor.string(e.editor, [0])).toContain(m);
    }, 20_000);
    await storesSettled(dataDir); // the merged state is stored: no journal is left to compact
    for (const e of editors) e.d.provider.destroy();
    await server.stop();

    // A third start: what is on disk alone has every edit.
    server = await start(port, dataDir);
    const plan = JSON.stringify(await (await fetch(`${server.url}/api/plans/${planId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json());
    expect(marks).toHaveLength(30);
    for (const m of marks) expect(plan).toContain(m);
  }, 90_000);
});

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
