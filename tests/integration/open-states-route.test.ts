import { existsSync } from 'node:fs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import path from 'node:path';
import { YjsEditor } from '@slate-yjs/core';
import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OPEN_STATES_MIME, OpenStates, type OpenState } from '../../main/common/api/open-states-contract';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { OutlineOps } from '../../main/common/collab/outline-ops';
import { PlanDocRoots } from '../../main/common/collab/plan-doc-roots';
import { createPlan, eventually, TEST_TOKEN, type Harness, createInvite as invite, serverPerTest } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const { cleanup, server } = serverPerTest();
function client(h: Harness, token: string): Client {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  return c;
}
async function openStates(h: Harness, planId: string, token = TEST_TOKEN): Promise<OpenState[]> {
  const res = await h.api(apiPath('openStates', { planId: planId }), { token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(OPEN_STATES_MIME);
  const decoded = OpenStates.decode(new Uint8Array(await res.arrayBuffer()), planId);
  if (!decoded.ok) throw new Error(decoded.error.detail);
  return decoded.value;
}
async function status(h: Harness, planId: string, token: string): Promise<number> {
  const res = await h.api(apiPath('openStates', { planId: planId }), { token });
  await res.arrayBuffer();
  return res.status;
}
function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
/** What a reader sees in a document: the plan doc's meta and outline, or a body's blocks. */
function content(name: string, doc: Y.Doc): unknown {
  return DocNames.parse(name)?.bodyId === null ? { meta: PlanDoc.meta(doc), outline: PlanDoc.outline(doc) } : BodyDoc.read(doc);
}
/** Type into a section as a user would, through a bound editor. */
function type(doc: Y.Doc, text: string): void {
  const editor = bindEditor(doc);
  Transforms.insertText(editor, text, { at: { path: [0, 0], offset: 0 } });
  YjsEditor.flushLocalChanges(editor);
}

describe('GET /api/plans/:id/open-states', () => {
  it('brings the plan doc and every body of the page as the WebSocket has them, live edits included', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const c = client(h, TEST_TOKEN);
    const live = await c.open(DocNames.body(planId, 's-ideology'));
    await synced(live.provider);
    type(live.doc, '尚未存盘的在线修改。');
    await eventually(() => expect(live.provider.unsyncedChanges).toBe(0));

    const states = await openStates(h, planId);
    const planDoc = docOf(states[0]!.state);
    expect(states[0]!.name).toBe(DocNames.plan(planId));
    expect(states.map((s) => s.name)).toEqual([DocNames.plan(planId), ...PlanDoc.pageBodyIds(planDoc).map((id) => DocNames.body(planId, id))]);
    expect(states.length).toBe(14);
    expect(states.every((s) => !s.readOnly)).toBe(true);
    expect(JSON.stringify(BodyDoc.read(docOf(states.find((s) => s.name === DocNames.body(planId, 's-ideology'))!.state)))).toContain('尚未存盘的在线修改。');

    // Each state is the server's document: same state vector and content as a fresh WebSocket sync.
    const reader = client(h, TEST_TOKEN);
    for (const s of states) {
      const fresh = await reader.open(s.name);
      await synced(fresh.provider);
      const got = docOf(s.state);
      expect(Y.encodeStateVector(got)).toEqual(Y.encodeStateVector(fresh.doc));
      expect(content(s.name, got)).toEqual(content(s.name, fresh.doc));
    }
  });

  it('a provider that syncs on top of the response adds nothing: no duplicated blocks, edits both ways', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const name = DocNames.body(planId, 's-tasks-1');
    const state = (await openStates(h, planId)).find((s) => s.name === name)!.state;
    const before = BodyDoc.read(docOf(state));
    // A colleague edits between the response and our provider's sync.
    const colleague = await client(h, TEST_TOKEN).open(name);
    await synced(colleague.provider);
    type(colleague.doc, '同事在此期间的修改。');
    await eventually(() => expect(colleague.provider.unsyncedChanges).toBe(0));

    // As the renderer does: apply the response first (origin: the provider), type, then attach and sync.
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider: client(h, TEST_TOKEN).socket, name, document: doc, token: TEST_TOKEN });
    cleanup.push(() => provider.destroy());
    Y.applyUpdate(doc, state, provider);
    expect(BodyDoc.read(doc)).toEqual(before);
    type(doc, '打开后立即输入的文字。');
    provider.attach();
    await synced(provider);
    await eventually(() => expect(provider.unsyncedChanges).toBe(0));
    await eventually(() => expect(BodyDoc.read(colleague.doc)).toEqual(BodyDoc.read(doc)));
    const text = JSON.stringify(BodyDoc.read(doc));
    expect(text).toContain('同事在此期间的修改。');
    expect(text).toContain('打开后立即输入的文字。');
    expect(BodyDoc.read(doc)).toHaveLength(before.length);
  });

  it('grants per document exactly what the WebSocket grants: read, edit and department invites', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const owner = await client(h, TEST_TOKEN).open(DocNames.plan(planId));
    await synced(owner.provider);
    OutlineOps.assign(owner.doc, { id: 's-tasks-1', department: '县发展和改革局' });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const read = await invite(h, planId, { role: 'read' });
    const edit = await invite(h, planId, { role: 'edit' });
    const dept = await invite(h, planId, { role: 'department', department: '县发展和改革局' });

    const readStates = await openStates(h, planId, read.token);
    expect(readStates).toHaveLength(14);
    expect(readStates.every((s) => s.readOnly)).toBe(true);
    expect((await openStates(h, planId, edit.token)).every((s) => !s.readOnly)).toBe(true);
    const deptStates = await openStates(h, planId, dept.token);
    // Its own section is writable; every other body is writable for 批注 only (issue #14); the plan doc is read-only.
    expect(deptStates.filter((s) => !s.readOnly && !s.limit).map((s) => s.name)).toEqual([DocNames.body(planId, 's-tasks-1')]);
    expect(deptStates.filter((s) => s.readOnly).map((s) => s.name)).toEqual([DocNames.plan(planId)]);
    expect(deptStates.filter((s) => s.limit === 'comment')).toHaveLength(12);

    for (const [token, states] of [[read.token, readStates], [dept.token, deptStates]] as const) {
      const c = client(h, token);
      for (const s of states) {
        const ws = await c.open(s.name);
        await synced(ws.provider);
        expect(`${s.name} ${ws.provider.authorizedScope}`).toBe(`${s.name} ${s.readOnly ? 'readonly' : 'read-write'}`);
      }
    }
  });

  it('refuses a wrong token, another plan\'s invite and a revoked invite; 404 for a plan that is not there', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const other = await createPlan(h, '乌审旗');
    const otherInvite = await invite(h, other, { role: 'edit' });
    const revoked = await invite(h, planId, { role: 'read' });
    expect((await h.api(apiPath('revokeInvite', { planId: planId, inviteId: revoked.id }), { method: 'DELETE' })).status).toBe(200);
    for (const token of ['wrong-token-0123456789', '', otherInvite.token, revoked.token]) {
      expect(await status(h, planId, token)).toBe(401);
    }
    expect(h.logs.filter((l) => l.includes(`refused API call GET /api/plans/${planId}/open-states`))).toHaveLength(4);
    // The other plan's invite does read its own plan.
    expect(await openStates(h, other, otherInvite.token)).toHaveLength(14);

    expect(await status(h, 'p-doesnotexist', TEST_TOKEN)).toBe(404);
    expect(await status(h, 'NOT..a-plan', TEST_TOKEN)).toBe(404);
    expect((await h.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    expect(await status(h, planId, TEST_TOKEN)).toBe(404);
  });

  it('leaves out bodies the server has never stored (never makes one up) and ids that are no document name', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const owner = await client(h, TEST_TOKEN).open(DocNames.plan(planId));
    await synced(owner.provider);
    owner.doc.transact(() => {
      for (const id of ['s-new-1', '../escape', 'a:b']) {
        const rec = new Y.Map<unknown>();
        rec.set('level', 1);
        rec.set('kind', 'other');
        rec.set('title', new Y.Text('新增章节'));
        PlanDocRoots.sections(owner.doc).set(id, rec);
        PlanDocRoots.outline(owner.doc).push([id]);
      }
    });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));

    const names = (await openStates(h, planId)).map((s) => s.name);
    expect(names).toHaveLength(14);
    expect(names.some((n) => n.includes('s-new-1') || n.includes('escape') || n.includes('a:b'))).toBe(false);
    expect(existsSync(path.join(h.dataDir, 'plans', planId, 's-new-1.ydoc'))).toBe(false);

    // Once a provider has loaded it, the server has seeded it once, and the response carries that state.
    const seeded = await client(h, TEST_TOKEN).open(DocNames.body(planId, 's-new-1'));
    await synced(seeded.provider);
    const again = (await openStates(h, planId)).find((s) => s.name === DocNames.body(planId, 's-new-1'));
    expect(again).toBeDefined();
    expect(Y.encodeStateVector(docOf(again!.state))).toEqual(Y.encodeStateVector(seeded.doc));
  });
});
