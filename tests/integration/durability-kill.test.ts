import type { HocuspocusProvider } from '@hocuspocus/provider';
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { FileStore } from '../../main/node/store/file-store';
import { sleep } from './helpers/data-dir-snapshot';
import { eventually, removeDir, tempDataDir } from './helpers/server-harness';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';

const TOKEN = 'durability-kill-token-0123456789';
const ROUNDS = 10;
const CLIENTS = 3;
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/**
 * Client-side acknowledgement, as the editor's 已保存 counts it: the provider counts one unsynced change
 * per update sent and one less per SyncStatus the server sends back; when the count is back to 0, every
 * edit made before that moment was acknowledged.
 */
function trackAcks(provider: HocuspocusProvider, acked: Set<string>): { made(mark: string): void } {
  const pending: string[] = [];
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) for (const m of pending.splice(0)) acked.add(m);
  });
  return { made: (mark) => pending.push(mark) };
}

function textOf(state: Uint8Array | null): string {
  if (!state) return '';
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return JSON.stringify(BodyDoc.read(doc));
}

describe('fault suite: SIGKILL of the standalone server during multi-client bursts (real `npm run server` process, file store)', () => {
  it(`${ROUNDS} kills, ${CLIENTS} clients each, clients gone after the crash: no acknowledged edit is lost`, async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const port = await freePort();
    let server: ServerProcess | null = null;
    const start = async () => {
      server = await startServerProcess({ port, dataDir, token: TOKEN });
      const s = server;
      cleanup.push(() => s.kill());
      return s;
    };
    let s = await start();
    const res = await fetch(`${s.url}/api/plans`, {
      method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateId: 'county-quality-action-plan', region: '鄂托克前旗', year: 2025 }),
    });
    const planId = ((await res.json()) as { plan: { id: string } }).plan.id;
    const name = DocNames.body(planId, 's-ideology');
    const acked = new Set<string>();
    let made = 0;

    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) s = await start();
      const clients: Client[] = [];
      const editors = await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
        const c = createClient(`ws://127.0.0.1:${port}`, TOKEN);
        clients.push(c);
        const d = await c.open(name);
        await synced(d.provider, 20_000);
        return { who: `${round}-${i}`, editor: bindEditor(d.doc), acks: trackAcks(d.provider, acked), doc: d.doc };
      }));
      // What the restarted server serves holds every edit acknowledged in the earlier rounds.
      const served = JSON.stringify(BodyDoc.read(editors[0]!.doc));
      for (const m of acked) expect(served, `round ${round}: acknowledged ${m} is missing after the restart`).toContain(m);

      // A burst of about a second from every client; the server is killed somewhere inside it.
      const killAt = 300 + Math.floor(Math.random() * 600);
      const began = Date.now();
      let killed = false;
      const burst = Promise.all(editors.map(async ({ who, editor, acks }) => {
        for (let n = 0; !killed && Date.now() - began < 1000; n++) {
          const mark = `【${who}-${n}】`;
          Transforms.insertText(editor, mark, { at: Editor.end(editor, [0]) });
          YjsEditor.flushLocalChanges(editor);
          acks.made(mark);
          made++;
          await sleep(5 + Math.floor(Math.random() * 20)); // fault injection: random spacing is the point, not a wait
        }
      }));
      await sleep(killAt); // fault injection: the random kill point inside the burst is the point, not a wait
      await s.kill();
      killed = true;
      await burst;
      // The tabs are closed: whatever was not acknowledged is gone with them.
      for (const c of clients) c.destroy();
    }

    expect(acked.size).toBeGreaterThan(ROUNDS); // the bursts were acknowledged, not only sent
    // Straight from the data dir (snapshot + journal), then through a last server start.
    const onDisk = textOf(await new FileStore(dataDir).fetch(name));
    const lost = [...acked].filter((m) => !onDisk.includes(m));
    expect(lost, `${lost.length} of ${acked.size} acknowledged edits lost (${made} made)`).toEqual([]);
    s = await start();
    const plan = await (await fetch(`${s.url}/api/plans/${planId}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
    for (const m of acked) expect(plan).toContain(m);
    await eventually(async () => expect((await fetch(`${s.url}/api/plans`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200));
    console.info(`durability-kill: ${acked.size} of ${made} edits acknowledged over ${ROUNDS} kills; none lost`);
  }, 300_000);
});
