import { randomBytes } from 'node:crypto';
import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { parseRedisAddress, pingRedis, redisExtension } from '../../main/node/server/redis-link';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { createPlan, eventually, removeDir, startServer, tempDataDir, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { pgQuery, requirePgUrl, requireRedis, uniqueTable } from './helpers/services-env';
import { bindEditor, createClient, synced } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
let pgUrl = '';
let redisSpec = '';
// Per test, so missing services fail the test visibly instead of skipping it.
beforeEach(async () => {
  pgUrl = requirePgUrl();
  redisSpec = requireRedis();
  await pingRedis(parseRedisAddress(redisSpec)).catch((e: Error) => {
    throw new Error(`${e.message}: run \`source .ci/services.sh\``);
  });
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function instance(table: string, prefix: string): Promise<Harness> {
  const dataDir = tempDataDir();
  cleanup.push(() => removeDir(dataDir));
  const h = await startServer(dataDir, {
    store: await PostgresStore.connect(pgUrl, { table }),
    extensions: [redisExtension(parseRedisAddress(redisSpec), prefix)],
  });
  cleanup.push(() => h.stop());
  return h;
}

describe('two server instances linked by Redis, sharing the PostgreSQL store', () => {
  it('a client on each instance edits the same section and both converge; the store has both edits', async () => {
    const table = uniqueTable();
    cleanup.push(() => pgQuery(pgUrl, `drop table if exists ${PostgresStore.tables(table).join(', ')}`).then(() => undefined));
    const prefix = `ps-test-${randomBytes(4).toString('hex')}`;
    const h1 = await instance(table, prefix);
    const h2 = await instance(table, prefix);
    expect(h1.server.port).not.toBe(h2.server.port);
    const planId = await createPlan(h1);
    const name = DocNames.body(planId, 's-ideology');
    const sides = await Promise.all([h1, h2].map(async (h) => {
      const c = createClient(h.server.wsUrl, TEST_TOKEN);
      cleanup.push(() => c.destroy());
      const d = await c.open(name);
      await synced(d.provider);
      return { d, editor: bindEditor(d.doc) };
    }));
    const type = (i: number, text: string) => {
      const { editor } = sides[i]!;
      Transforms.insertText(editor, text, { at: Editor.end(editor, [0]) });
      YjsEditor.flushLocalChanges(editor);
    };
    type(0, '实例一的编辑。');
    await eventually(() => expect(Editor.string(sides[1]!.editor, [0])).toContain('实例一的编辑。'));
    type(1, '实例二的编辑。');
    await eventually(() => expect(Editor.string(sides[0]!.editor, [0])).toContain('实例二的编辑。'));
    expect(Editor.string(sides[0]!.editor, [0])).toBe(Editor.string(sides[1]!.editor, [0]));

    // Persisted while both instances run: whichever instance stores, the row ends up with both edits.
    const reader = await PostgresStore.connect(pgUrl, { table });
    cleanup.push(() => reader.close());
    await eventually(async () => {
      const state = await reader.fetch(name);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state!);
      const stored = JSON.stringify(BodyDoc.read(doc));
      expect(stored).toContain('实例一的编辑。');
      expect(stored).toContain('实例二的编辑。');
    });
    for (const s of sides) s.d.provider.destroy();
    await h1.stop();
    await h2.stop();
    const h3 = await startServer(undefined, { store: reader });
    cleanup.push(() => h3.stop());
    const text = JSON.stringify(await (await h3.api(`/api/plans/${planId}`)).json());
    expect(text).toContain('实例一的编辑。');
    expect(text).toContain('实例二的编辑。');
  });
});
