import { randomBytes } from 'node:crypto';
import { YjsEditor } from '@slate-yjs/core';
import { Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type Invite } from '../../main/common/api/share-contract';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { CLOSING_BODY, DocNames } from '../../main/common/collab/doc-names';
import { OutlineOps } from '../../main/common/collab/outline-ops';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../main/common/collab/plan-doc-roots';
import type { SyncServerOptions } from '../../main/node/server/create-sync-server';
import { snapshotDir, storesSettled } from './helpers/data-dir-snapshot';
import { awarenessBarrier } from './helpers/ordering-barrier';
import { createPlan, eventually, loadedDocumentsOf, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function server(extra: Partial<SyncServerOptions> = {}): Promise<Harness> {
  const h = await startServer(undefined, extra);
  cleanup.push(() => removeDir(h.dataDir));
  cleanup.push(() => h.stop());
  return h;
}
function client(h: Harness, token: string): Client {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  return c;
}
async function invite(h: Harness, planId: string, body: object): Promise<Invite> {
  const res = await h.api(apiPath('listInvites', { planId: planId }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return ((await res.json()) as { invite: Invite }).invite;
}
const planText = async (h: Harness, planId: string) => JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json());

/** Type into a section as a user would, through a bound editor. */
function type(doc: Y.Doc, text: string): void {
  const editor = bindEditor(doc);
  Transforms.insertText(editor, text, { at: { path: [0, 0], offset: 0 } });
  YjsEditor.flushLocalChanges(editor);
}

/** The server still serves other clients: a fresh owner client edits and the edit is stored. */
async function stillServes(h: Harness, planId: string): Promise<void> {
  // A body the plan names (the gate refuses writes to made-up section ids).
  const probe = await client(h, TEST_TOKEN).open(DocNames.body(planId, CLOSING_BODY));
  await synced(probe.provider);
  type(probe.doc, '服务仍在运行。');
  await eventually(() => expect(probe.provider.unsyncedChanges).toBe(0));
}

describe('security: tokens and permissions', () => {
  it('a wrong token and a revoked token are refused and logged; nothing stored changes', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    await h.api(apiPath('revokeInvite', { planId: planId, inviteId: inv.id }), { method: 'DELETE' });
    const before = snapshotDir(h.dataDir);
    for (const token of ['wrong-token-xxxxxxxxxxxx', inv.token, '']) {
      const d = await client(h, token).open(DocNames.body(planId, 's-ideology'));
      expect(await d.failed).toBeTruthy();
      expect(BodyDoc.root(d.doc).length).toBe(0);
    }
    expect(h.logs.filter((l) => l.includes(`refused token for plan:${planId}:sec:s-ideology`))).toHaveLength(3);
    // Each refusal has reached its client, so the server is done with those connections; holding none of the
    // plan's documents, it has no store pending that could still change the files.
    expect(loadedDocumentsOf(h, planId)).toEqual([]);
    expect(snapshotDir(h.dataDir)).toEqual(before);
  });

  it('a read-only token cannot write: the server drops its updates and the stored bytes stay the same', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'read' });
    const name = DocNames.body(planId, 's-ideology');
    const ro = await client(h, inv.token).open(name);
    await synced(ro.provider);
    const before = snapshotDir(h.dataDir);
    type(ro.doc, '只读用户的修改。');
    const roPlan = await openSynced(h, inv.token, DocNames.plan(planId));
    PlanDocRoots.meta(roPlan.doc).set('title', '被篡改的标题');
    // Past these barriers the server has handled (and dropped) both writes: applied, the owner would hold them.
    const ownerBody = await openSynced(h, TEST_TOKEN, name);
    const ownerPlan = await openSynced(h, TEST_TOKEN, DocNames.plan(planId));
    await awarenessBarrier(ro.provider, ownerBody.provider);
    await awarenessBarrier(roPlan.provider, ownerPlan.provider);
    expect(JSON.stringify(BodyDoc.read(ownerBody.doc))).not.toContain('只读用户的修改。');
    expect(PlanDocRoots.meta(ownerPlan.doc).get('title')).not.toBe('被篡改的标题');
    expect(snapshotDir(h.dataDir)).toEqual(before);
    const text = await planText(h, planId);
    expect(text).not.toContain('只读用户的修改。');
    expect(text).not.toContain('被篡改的标题');
  });

  it('a department token edits its own section only; other sections and the plan doc are read-only', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const owner = await openSynced(h, TEST_TOKEN, DocNames.plan(planId));
    OutlineOps.assign(owner.doc, { id: 's-tasks-1', department: '县发展和改革局' });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const inv = await invite(h, planId, { role: 'department', department: '县发展和改革局' });

    const own = await openSynced(h, inv.token, DocNames.body(planId, 's-tasks-1'));
    type(own.doc, '发改局负责的措施。');
    await eventually(async () => expect(await planText(h, planId)).toContain('发改局负责的措施。'));
    await eventually(() => expect(own.provider.unsyncedChanges).toBe(0));
    await storesSettled(h.dataDir); // the allowed edit is in the snapshot before the "before" picture

    const before = snapshotDir(h.dataDir);
    const other = await openSynced(h, inv.token, DocNames.body(planId, 's-ideology'));
    type(other.doc, '越权写入别的部门。');
    const plan = await openSynced(h, inv.token, DocNames.plan(planId));
    OutlineOps.assign(plan.doc, { id: 's-ideology', department: '县发展和改革局' });
    // The other section's connection may write 批注 only: the gate logs the refused text change as it drops it
    // (before it could be applied). The plan-doc connection is read-only: past the barrier its write was handled.
    await eventually(() => expect(h.logs.some((l) => l.includes(`refused an update to ${DocNames.body(planId, 's-ideology')}`))).toBe(true));
    await awarenessBarrier(plan.provider, owner.provider);
    expect(PlanDoc.assigneeOf(owner.doc, 's-ideology')).not.toBe('县发展和改革局');
    expect(snapshotDir(h.dataDir)).toEqual(before);
    const text = await planText(h, planId);
    expect(text).not.toContain('越权写入别的部门。');
    expect((JSON.parse(text) as { sections: Array<{ id: string; assignee: string | null }> }).sections.find((s) => s.id === 's-ideology')?.assignee).not.toBe('县发展和改革局');
  });

  it('a department connection is closed when its section is reassigned and comes back read-only', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const owner = await openSynced(h, TEST_TOKEN, DocNames.plan(planId));
    OutlineOps.assign(owner.doc, { id: 's-tasks-1', department: '县财政局' });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const inv = await invite(h, planId, { role: 'department', department: '县财政局' });
    const sec = await openSynced(h, inv.token, DocNames.body(planId, 's-tasks-1'));
    OutlineOps.assign(owner.doc, { id: 's-tasks-1', department: '县教育体育局' });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    type(sec.doc, '改派后不应写入。');
    // The gate logs this while handling the edit's message and throws before it is applied: once the line is
    // there, the edit's fate is settled (a reconnect comes back read-only, whose writes are dropped).
    await eventually(() => expect(h.logs.some((l) => l.includes('the section was reassigned'))).toBe(true));
    expect(await planText(h, planId)).not.toContain('改派后不应写入。');
  });
});

describe('security: hostile input', () => {
  it('garbage WebSocket frames and a frame over maxPayload close that socket only; the server stays up', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const before = snapshotDir(h.dataDir);
    const garbage = await rawSocket(h);
    const garbageClosed = new Promise<void>((r) => garbage.on('close', () => r()));
    garbage.send(randomBytes(4096));
    garbage.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
    const oversized = await rawSocket(h);
    const code = new Promise<number>((r) => oversized.on('close', (c) => r(c)));
    oversized.send(Buffer.alloc(8 * 1024 * 1024 + 1, 1));
    expect(await code).toBe(1009); // "message too big", from ws's maxPayload
    await garbageClosed;
    await stillServes(h, planId);
    const after = snapshotDir(h.dataDir);
    // The probe's own edit (its snapshot and, until compacted, its journal) is not what is compared.
    for (const f of Object.keys(after)) {
      if (f.startsWith(`plans/${planId}/`) && f.includes(CLOSING_BODY)) {
        delete after[f];
        delete before[f];
      }
    }
    expect(after).toEqual(before);
  });

  it('path traversal in document names and plan ids is refused and logged; nothing stored changes', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const before = snapshotDir(h.dataDir);
    const c = client(h, TEST_TOKEN);
    for (const name of ['../../etc/passwd', 'plan:../../x', `plan:${planId}:sec:../../../escape`, `plan:${planId}:sec:a/b`, 'plan:..%2F..']) {
      const d = await c.open(name);
      expect(await d.failed).toBeTruthy();
    }
    expect(h.logs.filter((l) => l.includes('malformed document name'))).toHaveLength(5);
    for (const p of ['/api/plans/..%2F..%2Fetc%2Fpasswd', '/api/plans/..', `/api/plans/${planId}%2F..%2F..`]) {
      expect([400, 404]).toContain((await h.api(p)).status);
      expect([400, 404]).toContain((await h.api(p, { method: 'DELETE' })).status);
    }
    expect(snapshotDir(h.dataDir)).toEqual(before);
    await stillServes(h, planId);
  });

  it('updates that create root types our documents do not use are dropped, even from the owner', async () => {
    const h = await server();
    const planId = await createPlan(h);
    await storesSettled(h.dataDir);
    const before = snapshotDir(h.dataDir);
    const body = await openSynced(h, TEST_TOKEN, DocNames.body(planId, 's-ideology'));
    body.doc.getArray('smuggled').push(['不该存在的根类型']);
    const plan = await openSynced(h, TEST_TOKEN, DocNames.plan(planId));
    plan.doc.getMap('payload').set('x', 'y');
    // Each line is logged by the gate while it refuses that very update, before it could be applied.
    await eventually(() => expect(h.logs.filter((l) => l.includes('unknown root type'))).toHaveLength(2));
    expect(snapshotDir(h.dataDir)).toEqual(before);
    await stillServes(h, planId);
  });

  it('nonsense an edit invitee writes into the plan doc leaves the plan readable and exportable', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    const plan = await openSynced(h, inv.token, DocNames.plan(planId));
    const bad = new Y.Map<unknown>();
    plan.doc.transact(() => {
      bad.set('level', 1);
      bad.set('title', new Y.Text('坏的章节'));
      PlanDocRoots.sections(plan.doc).set('a:b', bad);
      PlanDocRoots.outline(plan.doc).push(['a:b']);
      PlanDocRoots.meta(plan.doc).set('evil', 1);
    });
    await eventually(() => expect(plan.provider.unsyncedChanges).toBe(0));
    // Before: 500 "该计划的存储文件已损坏" for everyone, the export and the plan file included.
    const res = await h.api(`/api/plans/${planId}`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toContain('坏的章节');
    expect((await h.api(`/api/plans/${planId}/export.docx`)).status).toBe(200);
    expect((await h.api(`/api/plans/${planId}/file`)).status).toBe(200);
    await stillServes(h, planId);
  });

  it('a client flooding messages is cut off (per-connection rate limit) while others keep syncing', async () => {
    const h = await server({ messageLimits: { burst: 40, perSecond: 5 } });
    const planId = await createPlan(h);
    const flood = await openSynced(h, TEST_TOKEN, DocNames.body(planId, 's-ideology'));
    const text = BodyDoc.root(flood.doc);
    for (let i = 0; i < 200; i++) text.insert(0, '洪'); // one update message each
    await eventually(() => expect(h.logs.some((l) => l.includes('messages in a burst'))).toBe(true));
    await stillServes(h, planId);
  });

  it('WebSocket upgrades beyond the per-address limit get 429', async () => {
    // Connections from this machine are not limited (the desktop window, a local reverse proxy):
    // count loopback as remote here.
    const h = await server({ connectionLimits: { maxOpenPerAddress: 2 }, isLocalAddress: () => false });
    await rawSocket(h);
    await rawSocket(h);
    const third = new WebSocket(h.server.wsUrl);
    const status = await new Promise<number>((r) => third.on('unexpected-response', (_req, res) => r(res.statusCode ?? 0)));
    expect(status).toBe(429);
    expect(h.logs.some((l) => l.includes('connection limit reached'))).toBe(true);
  });
});

async function openSynced(h: Harness, token: string, name: string) {
  const d = await client(h, token).open(name);
  await synced(d.provider);
  return d;
}

function rawSocket(h: Harness): Promise<WebSocket> {
  const ws = new WebSocket(h.server.wsUrl);
  cleanup.push(() => ws.terminate());
  return new Promise((resolve, reject) => {
    ws.on('open', () => resolve(ws));
    ws.on('error', reject);
  });
}
