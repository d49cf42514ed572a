import { Transforms } from 'slate';
import { YjsEditor } from '@slate-yjs/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { createPlan, eventually, removeDir, startServer, tempDataDir, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function server(dataDir?: string): Promise<Harness> {
  const h = await startServer(dataDir);
  cleanup.push(() => h.stop());
  return h;
}
function client(h: Harness, token = TEST_TOKEN): Client {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  return c;
}

describe('sync over Hocuspocus', () => {
  it('two clients editing the same section converge', async () => {
    const h = await server();
    // Last, after the server has stopped: a stop that stores into a removed data dir hangs under load.
    cleanup.unshift(() => removeDir(h.dataDir));
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-ideology');
    const a = await client(h).open(name);
    const b = await client(h).open(name);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const ea = bindEditor(a.doc);
    const eb = bindEditor(b.doc);
    Transforms.insertText(ea, '甲方输入。', { at: { path: [0, 0], offset: 0 } });
    Transforms.insertText(eb, '乙方输入。', { at: { path: [0, 0], offset: 0 } });
    YjsEditor.flushLocalChanges(ea);
    YjsEditor.flushLocalChanges(eb);
    await eventually(() => {
      const ta = JSON.stringify(BodyDoc.read(a.doc));
      expect(ta).toBe(JSON.stringify(BodyDoc.read(b.doc)));
      expect(ta).toContain('甲方输入。');
      expect(ta).toContain('乙方输入。');
    });
  });

  it('content is identical after the server stops and a new one starts on the same data dir', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const h1 = await startServer(dataDir);
    const planId = await createPlan(h1);
    const c1 = createClient(h1.server.wsUrl, TEST_TOKEN);
    const sec = await c1.open(DocNames.body(planId, 's-tasks-1'));
    const plan = await c1.open(DocNames.plan(planId));
    await Promise.all([synced(sec.provider), synced(plan.provider)]);
    const editor = bindEditor(sec.doc);
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '重启前写入的段落。' }] } as never, { at: [0] });
    YjsEditor.flushLocalChanges(editor);
    PlanDoc.setMeta(plan.doc, 'title', '修改后的标题');
    await eventually(() => expect(sec.provider.unsyncedChanges).toBe(0));
    await eventually(() => expect(plan.provider.unsyncedChanges).toBe(0));
    const before = await (await h1.api(`/api/plans/${planId}`)).json();
    c1.destroy();
    await h1.stop();

    const h2 = await startServer(dataDir);
    cleanup.push(() => h2.stop());
    const after = await (await h2.api(`/api/plans/${planId}`)).json();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toContain('重启前写入的段落。');
    expect((after as { meta: { title: string } }).meta.title).toBe('修改后的标题');
  });

  it('a client with a wrong token is refused and cannot read or write', async () => {
    const h = await server();
    cleanup.push(() => removeDir(h.dataDir));
    const planId = await createPlan(h);
    const bad = await client(h, 'wrong-token-xxxxxxxx').open(DocNames.body(planId, 's-ideology'));
    expect(await bad.failed).toBeTruthy();
    expect(BodyDoc.root(bad.doc).length).toBe(0);
    expect(h.logs.some((l) => l.includes('refused token'))).toBe(true);
  });

  it('a client asking for a document name that is not ours is refused', async () => {
    const h = await server();
    cleanup.push(() => removeDir(h.dataDir));
    const c = client(h);
    for (const name of ['../../etc/passwd', 'plan:../x', 'plan:p-nosuchplan1', 'other-doc']) {
      const d = await c.open(name);
      expect(await d.failed).toBeTruthy();
    }
  });

  it('two clients opening a brand-new section at the same moment get its seed once', async () => {
    const h = await server();
    cleanup.push(() => removeDir(h.dataDir));
    const planId = await createPlan(h);
    // A section body that was never stored: the server seeds it on first load, once.
    const name = DocNames.body(planId, 's-new-section');
    const [a, b] = await Promise.all([client(h).open(name), client(h).open(name)]);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    await eventually(() => {
      expect(BodyDoc.root(a.doc).toDelta()).toHaveLength(1);
      expect(BodyDoc.root(b.doc).toDelta()).toHaveLength(1);
    });
  });

  it('two clients opening a new plan at the same moment see the template once', async () => {
    const h = await server();
    cleanup.push(() => removeDir(h.dataDir));
    const planId = await createPlan(h);
    const names = [DocNames.plan(planId), DocNames.body(planId, 's-tasks-1')];
    const [ca, cb] = [client(h), client(h)];
    const opened = await Promise.all(names.flatMap((n) => [ca.open(n), cb.open(n)]));
    await Promise.all(opened.map((o) => synced(o.provider)));
    await eventually(() => {
      for (const o of opened.slice(0, 2)) expect(PlanDoc.outline(o.doc).map((s) => s.id)).toHaveLength(11);
      for (const o of opened.slice(2)) expect(BodyDoc.read(o.doc).filter((b) => b.type === 'item')).toHaveLength(3);
    });
  });
});
