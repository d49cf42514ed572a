import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type StatesFileImportResponse } from '../../main/common/api/states-file-contract';
import { type Invite } from '../../main/common/api/share-contract';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { decodeStatesFile, encodeStatesFile, type StatesFile } from '../../main/common/collab/states-file';
import { snapshotDir, storesSettled } from './helpers/data-dir-snapshot';
import { createPlan, eventually, TEST_TOKEN, type Harness, serverPerTest } from './helpers/server-harness';
import { bindEditor, createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const { cleanup, server } = serverPerTest();
async function download(h: Harness, planId: string, token = TEST_TOKEN): Promise<StatesFile> {
  const res = await h.api(apiPath('downloadStates', { planId: planId }), { token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.planfile"/);
  return (await res.json()) as StatesFile;
}
function upload(h: Harness, body: unknown, token = TEST_TOKEN): Promise<Response> {
  return h.api(apiPath('uploadStates', {}), { method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
/** Edit a downloaded copy on its own (offline, e-mailed around): type into one section's first block. */
function editFile(file: StatesFile, name: string, text: string): StatesFile {
  const decoded = decodeStatesFile(file);
  if (!decoded.ok) throw new Error(decoded.error.detail);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoded.value.docs.get(name)!);
  (BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText).insert(0, text);
  decoded.value.docs.set(name, Y.encodeStateAsUpdate(doc));
  return encodeStatesFile(file.planId, decoded.value.docs, new Date().toISOString());
}

describe('plan files over HTTP', () => {
  it('a copy edited apart merges into the live plan: both edits kept, live editors see it, re-upload changes nothing', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-ideology');
    const file = await download(h, planId);
    expect(Object.keys(file.docs)).toContain(name);

    const c = createClient(h.server.wsUrl, TEST_TOKEN);
    cleanup.push(() => c.destroy());
    const live = await c.open(name);
    await synced(live.provider);
    const editor = bindEditor(live.doc);
    Transforms.insertText(editor, '在线修改。', { at: { path: [0, 0], offset: 0 } });
    YjsEditor.flushLocalChanges(editor);
    await eventually(() => expect(live.provider.unsyncedChanges).toBe(0));

    const copy = editFile(file, name, '邮件副本的修改。');
    const res = await upload(h, copy);
    expect(res.status).toBe(200);
    const report = (await res.json()) as StatesFileImportResponse;
    expect(report.created).toBe(false);
    expect(report.docs.find((d) => d.name === name)?.status).toBe('merged');
    expect(report.docs.filter((d) => d.status === 'merged')).toHaveLength(1);
    const plan = JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json());
    expect(plan).toContain('在线修改。');
    expect(plan).toContain('邮件副本的修改。');
    await eventually(() => expect(Editor.string(editor, [0])).toContain('邮件副本的修改。'));

    const again = (await (await upload(h, copy)).json()) as StatesFileImportResponse;
    expect(again.docs.every((d) => d.status === 'unchanged')).toBe(true);
  });

  it('a plan file of a plan this server does not have creates it with the same id', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const file = editFile(await download(h, planId), DocNames.body(planId, 's-ideology'), '带走的文字。');
    await h.api(apiPath('listInvites', { planId: planId }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'edit' }) });
    expect((await h.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    expect(await h.server.services.invites.list(planId)).toEqual([]); // deleting a plan revokes its invites
    const res = await upload(h, file);
    expect(res.status).toBe(201);
    expect(((await res.json()) as StatesFileImportResponse).created).toBe(true);
    const plan = JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json());
    expect(plan).toContain('带走的文字。');
    const list = (await (await h.api('/api/plans')).json()) as { plans: Array<{ id: string }> };
    expect(list.plans.map((p) => p.id)).toContain(planId);
  });

  it('bad files are refused with a clear message and nothing stored changes; invites may download but not upload', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const file = await download(h, planId);
    await storesSettled(h.dataDir);
    const before = snapshotDir(h.dataDir);
    const planName = DocNames.plan(planId);
    for (const bad of [{ nope: true }, { ...file, version: 9 }, { ...file, docs: { ...file.docs, [planName]: 'AAAA' } }, 'just text']) {
      const res = await upload(h, bad);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/计划文件|请求内容/);
    }
    expect(snapshotDir(h.dataDir)).toEqual(before);
    const inv = (await (await h.api(apiPath('listInvites', { planId: planId }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'read' }) })).json()) as { invite: Invite };
    expect((await download(h, planId, inv.invite.token)).planId).toBe(planId);
    expect((await upload(h, file, inv.invite.token)).status).toBe(401);
  });
});
