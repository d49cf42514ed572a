import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Transforms } from 'slate';
import { YjsEditor } from '@slate-yjs/core';
import { describe, expect, it } from 'vitest';
import { parseJoinLink, type Invite } from '../../main/common/api/share-contract';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { createPlan, eventually, createInvite as invite, serverPerTest } from './helpers/server-harness';
import { bindEditor, createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const { cleanup, server } = serverPerTest();


describe('share API: invites', () => {
  it('creates 128-bit invite tokens with a short code and both links, stored in a versioned file', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    expect(Buffer.from(inv.token, 'base64url')).toHaveLength(16);
    expect(inv.code).toMatch(/^[A-Z2-9]{6}$/);
    const port = h.server.port;
    expect(parseJoinLink(inv.link)).toEqual({ host: '127.0.0.1', port, planId, token: inv.token });
    expect(inv.webLink).toBe(`http://127.0.0.1:${port}/#/plan/${planId}?invite=${inv.token}`);
    const file = JSON.parse(readFileSync(path.join(h.dataDir, 'invites.json'), 'utf8'));
    expect(file.version).toBe(1);
    expect(file.invites[0].token).toBe(inv.token);

    const lan = await invite(h, planId, { role: 'read', host: '192.168.1.20', port: 4455 });
    expect(lan.webLink).toBe(`http://192.168.1.20:4455/#/plan/${planId}?invite=${lan.token}`);
    const list = await (await h.api(apiPath('listInvites', { planId: planId }))).json();
    expect((list as { invites: Invite[] }).invites.map((i) => i.id).sort()).toEqual([inv.id, lan.id].sort());
  });

  it('refuses a department invite without a department, and invites for a missing plan', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const bad = await h.api(apiPath('listInvites', { planId: planId }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'department' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/请求内容有误/);
    const missing = await h.api(apiPath('listInvites', { planId: 'p-nosuchplan1' }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'edit' }) });
    expect(missing.status).toBe(404);
  });

  it('only the owner manages invites; an invite token may read its own plan over HTTP, not another', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const other = await createPlan(h, '某县', 2026);
    const inv = await invite(h, planId, { role: 'read' });
    expect((await h.api(apiPath('listInvites', { planId: planId }), { token: inv.token })).status).toBe(401);
    expect((await h.api('/api/plans', { token: inv.token })).status).toBe(401);
    const own = await h.api(`/api/plans/${planId}`, { token: inv.token });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { meta: { region: string } }).meta.region).toBe('鄂托克前旗');
    expect((await h.api(`/api/plans/${other}`, { token: inv.token })).status).toBe(401);
  });

  it('an invite code resolves to its token; wrong codes are refused and then rate-limited, right ones too', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'department', department: '县发展和改革局' });
    const resolve = (code: string) => fetch(h.server.url + apiPath('resolveInvite', {}), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const ok = await resolve(inv.code.toLowerCase());
    expect(await ok.json()).toEqual({ planId, token: inv.token, role: 'department', department: '县发展和改革局' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await resolve('ZZZZZZ')).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Over the limit an address learns nothing, not even that a guess was right.
    expect((await resolve(inv.code)).status).toBe(429);
  });

  it('serves the invite as an SVG QR code', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    const res = await h.api(apiPath('inviteQr', { planId: planId, inviteId: inv.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('revoking an invite closes its live connections and refuses the token afterwards; stop sharing revokes all', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'edit' });
    await invite(h, planId, { role: 'read' });
    const name = DocNames.body(planId, 's-ideology');
    const c = createClient(h.server.wsUrl, inv.token);
    cleanup.push(() => c.destroy());
    const a = await c.open(name);
    await synced(a.provider);
    const editor = bindEditor(a.doc);
    Transforms.insertText(editor, '邀请编辑。', { at: { path: [0, 0], offset: 0 } });
    YjsEditor.flushLocalChanges(editor);
    await eventually(() => expect(a.provider.unsyncedChanges).toBe(0));

    const del = await h.api(apiPath('revokeInvite', { planId: planId, inviteId: inv.id }), { method: 'DELETE' });
    expect(await del.json()).toEqual({ revoked: 1 });
    expect(await a.failed).toBeTruthy(); // the provider reconnects by itself and is refused
    const c2 = createClient(h.server.wsUrl, inv.token);
    cleanup.push(() => c2.destroy());
    const again = await c2.open(name);
    expect(await again.failed).toBeTruthy();
    expect(h.logs.some((l) => /revoked 1 invite\(s\) of plan .* closed [1-9]/.test(l))).toBe(true);
    const plan = await (await h.api(`/api/plans/${planId}`)).json();
    expect(JSON.stringify(plan)).toContain('邀请编辑。');

    const all = await h.api(apiPath('listInvites', { planId: planId }), { method: 'DELETE' });
    expect(await all.json()).toEqual({ revoked: 1 });
    expect(((await (await h.api(apiPath('listInvites', { planId: planId }))).json()) as { invites: unknown[] }).invites).toEqual([]);
    expect(BodyDoc.read(a.doc).length).toBeGreaterThan(0);
  });
});
