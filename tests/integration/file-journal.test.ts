import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../main/node/server/logger';
import { FileStore } from '../../main/node/store/file-store';
import { encodeJournalRecord } from '../../main/node/store/journal-records';
import { removeDir, tempDataDir } from './helpers/server-harness';

const NAME = 'plan:p-journal01:sec:s1';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function setup() {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const log = createLogger(true);
  const journalFile = path.join(dataDir, 'plans', 'p-journal01', 's1.journal');
  return { dataDir, log, journalFile, store: new FileStore(dataDir, log) };
}

/** A writer's doc and the updates it produces, one per edit. */
function writer() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates, type: (s: string) => doc.getText('t').insert(doc.getText('t').length, s) };
}

function text(state: Uint8Array | null): string {
  const d = new Y.Doc();
  if (state) Y.applyUpdate(d, state);
  return d.getText('t').toString();
}

describe('FileStore journal', () => {
  it('appended updates are replayed on load by a new process (no snapshot needed)', async () => {
    const { dataDir, store } = setup();
    const w = writer();
    await store.store(NAME, Y.encodeStateAsUpdate(w.doc));
    for (const s of ['甲', '乙', '丙']) w.type(s);
    await Promise.all(w.updates.map((u) => store.append(NAME, u)));
    expect(text(await new FileStore(dataDir).fetch(NAME))).toBe('甲乙丙');
  });

  it('a torn last record is ignored on load and cut off before the next append; nothing acknowledged is lost', async () => {
    const { dataDir, store, journalFile, log } = setup();
    const w = writer();
    w.type('一');
    w.type('二');
    for (const u of w.updates) await store.append(NAME, u);
    // A crash in the middle of writing a third record.
    w.type('三');
    await fs.appendFile(journalFile, encodeJournalRecord(w.updates[2]!).subarray(0, 7));
    const restarted = new FileStore(dataDir, log);
    expect(text(await restarted.fetch(NAME))).toBe('一二');
    expect(log.lines.some((l) => /journal .*ignoring 7 bytes .*torn/.test(l))).toBe(true);
    // The client resends what was not acknowledged; after it, a new edit: both readable behind the cut.
    w.type('四');
    await restarted.append(NAME, w.updates[2]!);
    await restarted.append(NAME, w.updates[3]!);
    expect(text(await new FileStore(dataDir).fetch(NAME))).toBe('一二三四');
    expect(log.lines.some((l) => /cut off 7 bytes/.test(l))).toBe(true);
  });

  it('an undecodable record is skipped and logged; the records after it are applied', async () => {
    const { store, log } = setup();
    const w = writer();
    w.type('前');
    w.type('后');
    await store.append(NAME, w.updates[0]!);
    await store.append(NAME, Uint8Array.from([0xff, 0xfe, 0xfd, 0x01]));
    await store.append(NAME, w.updates[1]!);
    expect(text(await store.fetch(NAME))).toBe('前后');
    expect(log.lines.some((l) => /skipped undecodable record 2 of 3/.test(l))).toBe(true);
  });

  it('compaction merges the journal into the snapshot before removing it, even for a state that lacks it', async () => {
    const { dataDir, store, journalFile } = setup();
    const w = writer();
    w.type('快照');
    const early = Y.encodeStateAsUpdate(w.doc);
    w.type('之后');
    await store.append(NAME, w.updates[1]!);
    // A store of a state encoded before the journaled update was applied (journal first, then apply).
    await store.store(NAME, early);
    await expect(fs.stat(journalFile)).rejects.toThrow(/ENOENT/);
    expect(text(await new FileStore(dataDir).fetch(NAME))).toBe('快照之后');
  });

  it('appends racing stores (journal, then apply, as the server does): every update is in the data dir afterwards', async () => {
    const { dataDir, store } = setup();
    const w = writer();
    for (let i = 0; i < 200; i++) w.type(String(i % 10));
    // The server's copy: an update is applied once its append resolved; stores encode it as it is then.
    const server = new Y.Doc();
    const work: Array<Promise<void>> = [];
    w.updates.forEach((u, i) => {
      work.push(store.append(NAME, u).then(() => Y.applyUpdate(server, u)));
      if (i % 25 === 0) work.push(store.store(NAME, Y.encodeStateAsUpdate(server)));
    });
    await Promise.all(work);
    expect(text(await new FileStore(dataDir).fetch(NAME))).toBe(w.doc.getText('t').toString());
  });
});
