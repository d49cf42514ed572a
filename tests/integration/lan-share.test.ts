import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJoinLink, type Invite } from '../../main/common/api/share-contract';
import { DocNames } from '../../main/common/collab/doc-names';
import { LanShare, lanInterfaces, SharedPlans } from '../../main/node/share/lan-share';
import { createPlan, eventually, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

// A real LAN interface when the machine has one; otherwise 127.0.0.2 stands in for the LAN and only
// 127.0.0.1 counts as "this machine" (the server's isLocalAddress option).
const LAN = lanInterfaces()[0]?.address ?? '127.0.0.2';
const isLocal = (a: string | undefined) => a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';

async function setup(): Promise<{ h: Harness; share: LanShare; planId: string }> {
  const shared = new SharedPlans();
  const h = await startServer(undefined, { lan: shared, isLocalAddress: isLocal });
  cleanup.push(() => removeDir(h.dataDir));
  cleanup.push(() => h.stop());
  const share = new LanShare(h.server, h.server.services.invites, shared, h.server.services.log);
  cleanup.push(() => share.stopAll());
  return { h, share, planId: await createPlan(h) };
}

const refused = (url: string) => fetch(url).then(() => false, () => true);

describe('LAN sharing (embedded server)', () => {
  it('shares one plan on a second listener: invitees edit over the LAN, the owner token and other plans stay local', async () => {
    const { h, share, planId } = await setup();
    const other = await createPlan(h, '某县', 2026);
    const status = await share.start({ planId, address: LAN });
    expect(status.host).toBe(LAN);
    expect(status.port).not.toBe(h.server.port);
    const inv = status.invites[0]!;
    expect(parseJoinLink(inv.link)).toMatchObject({ host: LAN, port: status.port, planId });
    expect(inv.qrSvg).toMatch(/^<svg/);
    const lanWs = `ws://${LAN}:${status.port}`;
    const lanHttp = `http://${LAN}:${status.port}`;

    const token = parseJoinLink(inv.link)!.token;
    const guest = createClient(lanWs, token);
    cleanup.push(() => guest.destroy());
    const sec = await guest.open(DocNames.body(planId, 's-ideology'));
    await synced(sec.provider);
    const editor = bindEditor(sec.doc);
    Transforms.insertText(editor, '同事在局域网上的修改。', { at: Editor.start(editor, [0]) });
    YjsEditor.flushLocalChanges(editor);
    await eventually(async () => expect(JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json())).toContain('同事在局域网上的修改。'));
    expect((await fetch(`${lanHttp}/api/plans/${planId}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);

    // The owner token is for this machine only, even when someone on the LAN has it.
    const owner = await createClient(lanWs, TEST_TOKEN).open(DocNames.body(planId, 's-ideology'));
    expect(await owner.failed).toBeTruthy();
    expect((await fetch(`${lanHttp}/api/plans`, { headers: { Authorization: `Bearer ${TEST_TOKEN}` } })).status).toBe(401);
    // An invite of a plan that is not being shared does not work from the LAN (it still would locally).
    const res = await h.api(apiPath('listInvites', { planId: other }), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'edit' }) });
    const otherInvite = ((await res.json()) as { invite: Invite }).invite;
    const sneaky = await createClient(lanWs, otherInvite.token).open(DocNames.body(other, 's-ideology'));
    expect(await sneaky.failed).toBeTruthy();
    expect(h.logs.some((l) => l.includes('from the LAN'))).toBe(true);
  });

  it('stop sharing revokes the invites, closes the guests and the LAN listener', async () => {
    const { h, share, planId } = await setup();
    const status = await share.start({ planId, address: LAN });
    const token = parseJoinLink(status.invites[0]!.link)!.token;
    const guest = createClient(`ws://${LAN}:${status.port}`, token);
    cleanup.push(() => guest.destroy());
    const sec = await guest.open(DocNames.body(planId, 's-ideology'));
    await synced(sec.provider);
    await share.stop(planId);
    expect(await share.status(planId)).toBeNull();
    expect(await h.server.services.invites.list(planId)).toEqual([]);
    expect(await refused(`http://${LAN}:${status.port}/api/info`)).toBe(true);
    await eventually(() => expect(guest.socket.status).not.toBe('connected'));
    // Sharing again (same port) mints new invites; the old token stays refused.
    const again = await share.start({ planId, address: LAN, port: status.port });
    expect(again.invites[0]!.code).not.toBe(status.invites[0]!.code);
    expect(await sec.failed).toBeTruthy();
  });
});
