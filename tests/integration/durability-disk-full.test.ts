import { execFileSync } from 'node:child_process';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StorageStatusMessage } from '../../main/common/api/storage-status';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { FileStore } from '../../main/node/store/file-store';
import { createPlan, eventually, startServer, TEST_TOKEN } from './helpers/server-harness';
import { bindEditor, createClient } from './helpers/yjs-client';
import { synced } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** A real small filesystem: tmpfs of `size`, mounted on a temp dir (CI runs as root). */
function mountTmpfs(size: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`this test mounts a small tmpfs to fill it and needs root (CI runs .ci/run as root): ${(e as Error).message}`);
  }
  cleanup.push(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Write until the filesystem says ENOSPC. */
async function fill(file: string): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const handle = await fs.open(file, 'w');
  try {
    for (;;) await handle.write(chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    await handle.close();
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true })).map(String);
}

describe('fault suite: disk full (ENOSPC on a real 4 MB tmpfs)', () => {
  it('finding 2: an update that cannot be journaled is not acknowledged, the client is told 磁盘已满 and resends it; '
    + 'the failed snapshot leaves no temp file, is retried, and lands once space is back', async () => {
    const dataDir = mountTmpfs('4m');
    // A long debounce: the snapshot store runs when the test says (flushPendingStores), not by chance.
    const h = await startServer(dataDir, { debounceMs: 60_000, maxDebounceMs: 120_000, storeRetryMs: 100 });
    cleanup.push(() => h.stop());
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-ideology');
    const planDir = path.join(dataDir, 'plans', planId);
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

    type('【满之前】');
    await eventually(() => expect(d.provider.unsyncedChanges).toBe(0));
    await fill(path.join(dataDir, 'filler'));

    // More than a page: the journal needs new space for it.
    const big = `【满时】${'满'.repeat(3000)}`;
    type(big);
    await eventually(() => expect(told).toContain('disk-full'), 10_000);
    expect(d.provider.unsyncedChanges).toBeGreaterThan(0); // never shown as 已保存
    const live = h.server.server.hocuspocus.documents.get(name);
    expect(live && JSON.stringify(BodyDoc.read(live))).not.toContain('【满时】'); // not applied either
    expect(h.logs.some((l) => /could not journal an update to .* \(disk-full: ENOSPC/.test(l))).toBe(true);

    // The snapshot store of the acknowledged edit fails too: retried, no partial temp file left behind.
    void h.server.server.hocuspocus.flushPendingStores();
    await eventually(() => expect(h.logs.some((l) => l.includes(`store ${name} failed (attempt 2, disk-full`))).toBe(true), 10_000);
    expect((await filesUnder(planDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(h.server.server.hocuspocus.documents.has(name)).toBe(true);

    await fs.rm(path.join(dataDir, 'filler'));
    await eventually(() => expect(d.provider.unsyncedChanges).toBe(0), 20_000);
    await eventually(() => expect(h.logs.some((l) => l.includes(`stored ${name} after`))).toBe(true), 10_000);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await new FileStore(dataDir).fetch(name))!);
    const stored = JSON.stringify(BodyDoc.read(doc));
    expect(stored).toContain('【满之前】');
    expect(stored).toContain(big);
    expect((await filesUnder(planDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});
