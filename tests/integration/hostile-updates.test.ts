import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PlanDocRoots } from '../../main/common/collab/plan-doc-roots';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { CLOSING_BODY, DocNames } from '../../main/common/collab/doc-names';
import type { SyncServerOptions } from '../../main/node/server/create-sync-server';
import { snapshotDir } from './helpers/data-dir-snapshot';
import { createPlan, eventually, removeDir, startServer, TEST_TOKEN, type Harness, createInvite as invite } from './helpers/server-harness';
import { createClient, synced, type Client } from './helpers/yjs-client';

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
async function openSynced(h: Harness, token: string, name: string) {
  const d = await client(h, token).open(name);
  await synced(d.provider);
  return d;
}
const planText = async (h: Harness, planId: string) => JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json());

/** Y.XmlText nested `depth` deep under the body root, with a word at the bottom. */
function nest(root: Y.XmlText, depth: number, word: string): void {
  root.doc!.transact(() => {
    let cur = root;
    for (let i = 0; i < depth; i++) {
      const x = new Y.XmlText();
      cur.insertEmbed(cur.length, x);
      x.setAttribute('type', 'paragraph');
      cur = x;
    }
    cur.insert(0, word);
  });
}

/** The plan still opens (API, export preview, open-states), exports, and a fresh owner client edits it. */
async function planStillWorks(h: Harness, planId: string): Promise<void> {
  expect((await h.api(`/api/plans/${planId}`)).status).toBe(200);
  expect((await h.api(`/api/plans/${planId}/export-preview`)).status).toBe(200);
  expect((await h.api(`/api/plans/${planId}/open-states`)).status).toBe(200);
  expect((await h.api(`/api/plans/${planId}/export.docx`)).status).toBe(200);
  const probe = await openSynced(h, TEST_TOKEN, DocNames.body(planId, CLOSING_BODY));
  BodyDoc.root(probe.doc).insert(0, '服务仍在运行。'); // text at the root: tolerated, read as part of the body
  await eventually(async () => expect(await planText(h, planId)).toContain('服务仍在运行'));
}

describe('hostile updates are refused before they are applied', () => {
  it('a department token nesting Y.XmlText 3,000 deep in its own section is refused; the plan opens, exports and syncs', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const owner = await openSynced(h, TEST_TOKEN, DocNames.plan(planId));
    PlanDocRoots.sections(owner.doc).get('s-tasks-1')!.set('assignee', '县财政局');
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const inv = await invite(h, planId, { role: 'department', department: '县财政局' });
    const sec = await openSynced(h, inv.token, DocNames.body(planId, 's-tasks-1'));
    const closed = new Promise<string>((r) => sec.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
    const before = await h.server.services.plans.store.fetch(DocNames.body(planId, 's-tasks-1'));
    nest(BodyDoc.root(sec.doc), 3000, '深层嵌套的文字');
    expect(await closed).toBe('update-refused');
    expect(h.logs.some((l) => l.includes(`refused an update to plan:${planId}:sec:s-tasks-1 (department): nesting deeper than 4`))).toBe(true);
    sec.provider.destroy();
    expect(await h.server.services.plans.store.fetch(DocNames.body(planId, 's-tasks-1'))).toEqual(before);
    expect(await planText(h, planId)).not.toContain('深层嵌套的文字');
    await planStillWorks(h, planId);
  });

  it('an edit token nesting 20,000 deep (in one update, and one level per update) is refused', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    const sec = await openSynced(h, inv.token, DocNames.body(planId, 's-ideology'));
    const closed = new Promise<string>((r) => sec.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
    nest(BodyDoc.root(sec.doc), 20_000, '两万层');
    expect(await closed).toBe('update-refused');
    sec.provider.destroy();
    // Level by level: the first four levels are what a table has (table → row → cell → paragraph); the fifth is refused.
    const steps = await openSynced(h, inv.token, DocNames.body(planId, 's-ideology'));
    const stepClosed = new Promise<string>((r) => steps.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
    let cur = BodyDoc.root(steps.doc);
    for (let i = 0; i < 6; i++) {
      const x = new Y.XmlText();
      cur.insertEmbed(cur.length, x);
      cur = x;
    }
    expect(await stepClosed).toBe('update-refused');
    steps.provider.destroy();
    expect(await planText(h, planId)).not.toContain('两万层');
    await planStillWorks(h, planId);
  });

  it('a document cannot grow past the size cap through many updates', async () => {
    const h = await server({ documentLimits: { maxDocumentBytes: 1024 * 1024 } });
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    const sec = await openSynced(h, inv.token, DocNames.body(planId, 's-ideology'));
    const closed = new Promise<string>((r) => sec.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
    const chunk = '大'.repeat(100_000); // ≈300 KB of UTF-8 per update
    for (let i = 0; i < 8; i++) BodyDoc.root(sec.doc).insert(0, chunk);
    expect(await closed).toBe('document-too-large');
    sec.provider.destroy();
    await eventually(() => expect(h.logs.some((l) => l.includes('would exceed 1048576 bytes'))).toBe(true));
    await planStillWorks(h, planId);
    const stored = await h.server.services.plans.store.fetch(DocNames.body(planId, 's-ideology'));
    expect(stored!.length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('writes to a body the plan does not name are refused; a new section named by the plan doc is accepted', async () => {
    const h = await server({ documentLimits: { unknownBodyGraceMs: 300 } });
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    const madeUp = await openSynced(h, inv.token, DocNames.body(planId, 'made-up-section'));
    const closed = new Promise<string>((r) => madeUp.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
    BodyDoc.root(madeUp.doc).insert(0, '孤立的文档');
    expect(await closed).toBe('unknown-section');
    madeUp.provider.destroy();
    expect(Object.keys(snapshotDir(h.dataDir)).some((f) => f.includes('made-up-section'))).toBe(false);

    // The editor's way: the section record and outline entry first, then the body (same socket).
    const c = client(h, inv.token);
    const plan = await c.open(DocNames.plan(planId));
    await synced(plan.provider);
    const record = new Y.Map<unknown>();
    plan.doc.transact(() => {
      record.set('level', 1);
      record.set('kind', 'other');
      record.set('title', new Y.Text('新增章节'));
      record.set('assignee', null);
      PlanDocRoots.sections(plan.doc).set('s-new-1', record);
      PlanDocRoots.outline(plan.doc).push(['s-new-1']);
    });
    const body = await c.open(DocNames.body(planId, 's-new-1'));
    await synced(body.provider);
    BodyDoc.root(body.doc).insert(0, '新章节的内容');
    await eventually(async () => expect(await planText(h, planId)).toContain('新章节的内容'));
  });

  it('a socket has a bounded number of documents open: a read token asking for 2,000 gets the rest refused', async () => {
    // The default is 500; 100 here keeps the test light on a shared machine (the count is the same code).
    const h = await server({ documentLimits: { maxDocumentsPerSocket: 100 } });
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'read' });
    const c = client(h, inv.token);
    // In batches of 50: Hocuspocus itself closes a socket with more than 100 documents awaiting authentication.
    const outcomes: string[] = [];
    for (let batch = 0; batch < 40; batch++) {
      const docs = await Promise.all(Array.from({ length: 50 }, (_, i) => c.open(DocNames.body(planId, `probe-${batch * 50 + i}`))));
      outcomes.push(...await Promise.all(docs.map((d) => Promise.race([
        d.failed.then((reason) => `refused:${reason}`),
        synced(d.provider, 60_000).then(() => 'synced'),
      ]))));
    }
    expect(outcomes.filter((o) => o === 'synced')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'refused:too-many-documents')).toHaveLength(1900);
    c.destroy();
    await planStillWorks(h, planId);
  }, 180_000);

  it('15,000 messages spread over 100 documents of one socket close it (the limit counts the socket, not each document)', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'read' });
    const c = client(h, inv.token);
    const docs = await Promise.all(Array.from({ length: 100 }, (_, i) => c.open(DocNames.body(planId, `probe-${i}`))));
    await Promise.all(docs.map((d) => synced(d.provider, 30_000)));
    const socketClosed = new Promise<void>((r) => c.socket.on('close', () => r()));
    for (let round = 0; round < 150; round++) for (const d of docs) d.provider.sendStateless('x');
    await socketClosed;
    expect(h.logs.some((l) => l.includes('messages in a burst over its documents'))).toBe(true);
    c.destroy();
    await planStillWorks(h, planId);
  });
});

describe('bad data already stored', () => {
  it('a body stored 20,000 deep (before the gate) opens through the API, export preview, open-states, export and plan file', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const doc = new Y.Doc();
    BodyDoc.root(doc).insert(0, '');
    nest(BodyDoc.root(doc), 20_000, '藏在深处的文字');
    await h.server.services.plans.store.store(DocNames.body(planId, 's-ideology'), Y.encodeStateAsUpdate(doc));
    const res = await h.api(`/api/plans/${planId}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(await res.json());
    expect(text).toContain('藏在深处的文字'); // read as a text leaf of the too-deep element: nobody's words are lost
    expect(text).toContain('工作目标'); // the rest of the plan (a section title of the template)
    for (const p of ['export-preview', 'open-states', 'export.docx', 'file']) expect((await h.api(`/api/plans/${planId}/${p}`)).status).toBe(200);
  });
});

describe('malformed URLs and foreign names', () => {
  it('a malformed percent escape in an API path is a 400 with a Chinese message', async () => {
    const h = await server();
    const res = await h.api('/api/plans/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('请求地址中的编码不正确。');
  });

  it('HTTP with a foreign Host and WebSockets from a foreign Origin are refused; loopback names and addresses are served', async () => {
    const h = await server();
    const status = (host: string) => new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: h.server.port, path: '/api/info', headers: { Host: host, Authorization: `Bearer ${TEST_TOKEN}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(await status(`attacker.example:${h.server.port}`)).toBe(403);
    expect(await status('rebind.attacker.example')).toBe(403);
    expect(await status(`127.0.0.1:${h.server.port}`)).toBe(200);
    expect(await status(`localhost:${h.server.port}`)).toBe(200);
    expect(await status(`[::1]:${h.server.port}`)).toBe(200);
    expect(await status(`192.168.1.20:${h.server.port}`)).toBe(200); // LAN sharing and `npm run web` on 0.0.0.0 are called by address
    const upgrade = (origin: string) => new Promise<string>((resolve) => {
      const ws = new WebSocket(h.server.wsUrl, { origin });
      ws.on('open', () => {
        ws.terminate();
        resolve('open');
      });
      ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      ws.on('error', () => resolve('error'));
    });
    expect(await upgrade('http://attacker.example')).toBe('403');
    expect(await upgrade('null')).toBe('403');
    expect(await upgrade(`http://127.0.0.1:${h.server.port}`)).toBe('open');
    expect(await upgrade('http://localhost:5173')).toBe('open');
    expect(h.logs.some((l) => l.includes('refused WebSocket upgrade for Host'))).toBe(true);
  });

  it('--allowed-hosts names a county server\'s DNS name; "*" turns the check off', async () => {
    const named = await server({ allowedHosts: ['plan.county.example'] });
    const get = (h: Harness, host: string) => new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: h.server.port, path: '/api/info', headers: { Host: host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).end();
    });
    expect(await get(named, 'plan.county.example')).not.toBe(403);
    expect(await get(named, 'other.example')).toBe(403);
    const open = await server({ allowedHosts: ['*'] });
    expect(await get(open, 'other.example')).not.toBe(403);
  });
});
