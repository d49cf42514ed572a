import { readFileSync } from 'node:fs';
import path from 'node:path';
import { YjsEditor } from '@slate-yjs/core';
import { Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiPath } from '../../main/common/api/api-routes';
import { OpenStates } from '../../main/common/api/open-states-contract';
import { VersionListSchema, VersionSchema, type VersionSummary } from '../../main/common/api/version-contract';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { OutlineOps } from '../../main/common/collab/outline-ops';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { FileVersionStore } from '../../main/node/store/file-version-store';
import { createInvite, createPlan, eventually, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function server(dataDir?: string): Promise<Harness> {
  const h = await startServer(dataDir);
  cleanup.push(() => removeDir(h.dataDir));
  cleanup.push(() => h.stop());
  return h;
}
function client(h: Harness, token = TEST_TOKEN): Client {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  return c;
}
const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
async function save(h: Harness, planId: string, name: string, token = TEST_TOKEN, author?: string) {
  return h.api(apiPath('saveVersion', { planId }), { ...json({ name, ...(author ? { author } : {}) }), token });
}
async function list(h: Harness, planId: string, token = TEST_TOKEN) {
  const res = await h.api(apiPath('listVersions', { planId }), { token });
  expect(res.status).toBe(200);
  return VersionListSchema.parse(await res.json());
}
function type(doc: Y.Doc, text: string): void {
  const editor = bindEditor(doc);
  Transforms.insertText(editor, text, { at: { path: [0, 0], offset: 0 } });
  YjsEditor.flushLocalChanges(editor);
}
const bodyText = (doc: Y.Doc) => JSON.stringify(BodyDoc.read(doc));

describe('versions: save, list, read (routes saveVersion, listVersions, getVersion)', () => {
  it('saves the live plan with author, role and time; lists newest first; reads it back as plan JSON', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const c = client(h);
    const body = await c.open(DocNames.body(planId, 's-ideology'));
    await synced(body.provider);
    type(body.doc, '初稿里的一句话。');
    await eventually(() => expect(body.provider.unsyncedChanges).toBe(0));

    const res = await save(h, planId, '初稿', TEST_TOKEN, '张三');
    expect(res.status).toBe(201);
    const first = (await res.json()) as { version: VersionSummary; lock: unknown };
    expect(first.version).toMatchObject({ planId, name: '初稿', author: '张三', role: 'owner', kind: 'manual' });
    expect(Date.now() - Date.parse(first.version.createdAt)).toBeLessThan(60_000);
    expect(first.lock).toBeNull();
    expect((await save(h, planId, '征求意见稿')).status).toBe(201);

    const listed = await list(h, planId);
    expect(listed.versions.map((v) => v.name)).toEqual(['征求意见稿', '初稿']);
    const got = await h.api(apiPath('getVersion', { planId, versionId: first.version.id }));
    const version = VersionSchema.parse(await got.json());
    expect(JSON.stringify(version.plan.sections)).toContain('初稿里的一句话。');

    // Durable: a new server on the same data dir lists the same versions.
    await h.stop();
    const again = await startServer(h.dataDir);
    cleanup.push(() => again.stop());
    expect((await list(again, planId)).versions.map((v) => v.id)).toEqual(listed.versions.map((v) => v.id));
  });

  it('refuses a wrong token (401), a read or department invite (403), bad names (400), unknown plans and versions (404)', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const read = await createInvite(h, planId, { role: 'read' });
    const dept = await createInvite(h, planId, { role: 'department', department: '县发展和改革局' });
    const edit = await createInvite(h, planId, { role: 'edit' });
    expect((await save(h, planId, '初稿', 'wrong-token-123')).status).toBe(401);
    const refused = await save(h, planId, '初稿', read.token);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('不能执行此操作');
    expect((await save(h, planId, '初稿', dept.token)).status).toBe(403);
    const byEdit = await save(h, planId, '修改稿', edit.token, '李四');
    expect(byEdit.status).toBe(201);
    expect(((await byEdit.json()) as { version: VersionSummary }).version).toMatchObject({ author: '李四', role: 'edit' });
    // A reader may list and read versions.
    expect((await list(h, planId, read.token)).versions).toHaveLength(1);

    const long = await save(h, planId, '长'.repeat(41));
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toContain('40');
    expect((await save(h, planId, '   ')).status).toBe(400);
    const huge = await h.api(apiPath('saveVersion', { planId }), json({ name: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(413);
    expect((await save(h, 'p-missing000', '初稿')).status).toBe(404);
    expect((await h.api(apiPath('getVersion', { planId, versionId: 'vnothere1' }))).status).toBe(404);
    expect((await list(h, planId)).versions).toHaveLength(1);
  });

  it('a server-side export saves a version (once per distinct content)', async () => {
    const h = await server();
    const planId = await createPlan(h);
    for (let i = 0; i < 2; i++) {
      const res = await h.api(apiPath('exportDocx', { planId }));
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const { versions } = await list(h, planId);
    expect(versions.map((v) => [v.name, v.kind])).toEqual([['导出（Word）', 'export']]);
  });
});

describe('restore (route restoreVersion): the version applied as new edits, co-editors converge', () => {
  it('two connected clients both end with the version content; later edits still merge', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const a = client(h);
    const b = client(h);
    const name = DocNames.body(planId, 's-ideology');
    const [aBody, bBody, aPlan] = [await a.open(name), await b.open(name), await a.open(DocNames.plan(planId))];
    await Promise.all([synced(aBody.provider), synced(bBody.provider), synced(aPlan.provider)]);
    const original = bodyText(aBody.doc);
    const firstId = ((await (await save(h, planId, '初稿')).json()) as { version: VersionSummary }).version.id;

    type(aBody.doc, '初稿之后加的一句。');
    OutlineOps.rename(aPlan.doc, { id: 's-ideology', title: '改过的标题' });
    await eventually(() => expect(bodyText(bBody.doc)).toContain('初稿之后加的一句。'));
    await eventually(() => expect(aPlan.provider.unsyncedChanges).toBe(0));

    const res = await h.api(apiPath('restoreVersion', { planId, versionId: firstId }), { method: 'POST' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { changedDocuments: number }).changedDocuments).toBe(2);
    await eventually(() => {
      expect(bodyText(aBody.doc)).toBe(original);
      expect(bodyText(bBody.doc)).toBe(original);
      expect(PlanDoc.outline(aPlan.doc).find((s) => s.id === 's-ideology')?.title).not.toBe('改过的标题');
    });
    // Nothing was rewritten: b types after the restore and a receives it.
    type(bBody.doc, '恢复之后的修改。');
    await eventually(() => expect(bodyText(aBody.doc)).toContain('恢复之后的修改。'));
    // Restoring the version the plan already is changes nothing.
    const second = ((await (await save(h, planId, '恢复后')).json()) as { version: VersionSummary }).version.id;
    const none = await h.api(apiPath('restoreVersion', { planId, versionId: second }), { method: 'POST' });
    expect(await none.json()).toEqual({ changedDocuments: 0 });
  });
});

describe('签发稿 lock (route unlockPlan, the gate)', () => {
  it('saving 签发稿 locks the plan: the server refuses edits, open-states is read-only; the owner unlocks', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const edit = await createInvite(h, planId, { role: 'edit' });
    const res = await save(h, planId, '签发稿', TEST_TOKEN, '王局长');
    expect(res.status).toBe(201);
    expect(((await res.json()) as { lock: { versionName: string } | null }).lock?.versionName).toBe('签发稿');
    expect((await list(h, planId)).lock).toMatchObject({ versionName: '签发稿', lockedBy: '王局长' });

    // An editor connecting now gets a read-only document: its typing never reaches the server.
    const c = client(h, edit.token);
    const name = DocNames.body(planId, 's-ideology');
    const body = await c.open(name);
    await synced(body.provider);
    const before = bodyText(body.doc);
    type(body.doc, '锁定后输入的文字。');
    const watcher = await client(h).open(name);
    await synced(watcher.provider);
    expect(bodyText(watcher.doc)).toBe(before);
    const states = await h.api(apiPath('openStates', { planId }), { token: edit.token });
    const decoded = OpenStates.decode(new Uint8Array(await states.arrayBuffer()), planId);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    expect(decoded.value.length).toBeGreaterThan(5);
    expect(decoded.value.every((d) => d.readOnly)).toBe(true);

    // Restore is refused while locked; only the owner may unlock.
    const versionId = (await list(h, planId)).versions[0]!.id;
    expect((await h.api(apiPath('restoreVersion', { planId, versionId }), { method: 'POST' })).status).toBe(409);
    expect((await h.api(apiPath('unlockPlan', { planId }), { method: 'DELETE', token: edit.token })).status).toBe(401);
    const unlocked = await h.api(apiPath('unlockPlan', { planId }), { method: 'DELETE' });
    expect(await unlocked.json()).toEqual({ unlocked: true });
    expect((await list(h, planId)).lock).toBeNull();

    // After the unlock a fresh editor connection writes again.
    const c2 = client(h, edit.token);
    const body2 = await c2.open(name);
    await synced(body2.provider);
    type(body2.doc, '解锁后输入的文字。');
    await eventually(() => expect(bodyText(watcher.doc)).toContain('解锁后输入的文字。'));
  });

  it('an update written by a connection opened before the lock is refused by the gate (socket closed with plan-locked)', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const c = client(h);
    const name = DocNames.body(planId, 's-ideology');
    const body = await c.open(name);
    await synced(body.provider);
    const closes: string[] = [];
    body.provider.on('close', ({ event }: { event: { reason: string } }) => closes.push(event.reason));
    expect((await save(h, planId, '签发稿')).status).toBe(201);
    await eventually(() => expect(closes).toContain('plan-locked'));
    // Reconnected read-only: typing is not applied on the server.
    await synced(body.provider);
    type(body.doc, '锁定后的修改。');
    const watcher = await client(h).open(name);
    await synced(watcher.provider);
    expect(bodyText(watcher.doc)).not.toContain('锁定后的修改。');
  });
});

describe('FileVersionStore', () => {
  it('writes one JSON file per version and the lock beside it; damaged files are left out, not fatal', async () => {
    const h = await server();
    const planId = await createPlan(h);
    await save(h, planId, '签发稿');
    const store = new FileVersionStore(h.dataDir);
    const [v] = await store.list(planId);
    const file = path.join(h.dataDir, 'versions', planId, `${v!.id}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('签发稿');
    expect(await store.lock(planId)).toMatchObject({ versionId: v!.id });
  });
});

describe('修订稿 of two versions (route compareDocx)', () => {
  it('the difference between a version and now, and between two versions, as w:ins / w:del with the saver as author', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const c = client(h);
    const body = await c.open(DocNames.body(planId, 's-ideology'));
    await synced(body.provider);
    const first = ((await (await save(h, planId, '初稿', TEST_TOKEN, '张三')).json()) as { version: VersionSummary }).version.id;
    type(body.doc, '征求意见后补充的内容。');
    await eventually(() => expect(body.provider.unsyncedChanges).toBe(0));
    const second = ((await (await save(h, planId, '送审稿', TEST_TOKEN, '县发展和改革局')).json()) as { version: VersionSummary }).version.id;

    const xmlOf = async (query: string) => {
      const res = await h.api(`${apiPath('compareDocx', { planId })}?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('修订稿'));
      const { unzipSync, strFromU8 } = await import('fflate');
      return strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
    };
    const between = await xmlOf(`from=${first}&to=${second}`);
    expect(between).toMatch(/<w:ins w:id="\d+" w:author="县发展和改革局" w:date="[^"]+"><w:r>.*?征求意见后补充的内容。/);
    const toNow = await xmlOf(`from=${first}`);
    expect(toNow).toContain('w:author="修订"');
    expect(toNow).toContain('征求意见后补充的内容。');
    const same = await xmlOf(`from=${second}`);
    expect(same).not.toMatch(/<w:(ins|del) /);

    expect((await h.api(apiPath('compareDocx', { planId }))).status).toBe(400);
    expect((await h.api(`${apiPath('compareDocx', { planId })}?from=vnothere1`)).status).toBe(404);
    expect((await h.api(`${apiPath('compareDocx', { planId })}?from=${first}&color=red`)).status).toBe(400);
    const read = await createInvite(h, planId, { role: 'read' });
    expect((await h.api(`${apiPath('compareDocx', { planId })}?from=${first}`, { token: read.token })).status).toBe(401);
  });
});
