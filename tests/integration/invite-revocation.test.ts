import { afterEach, describe, expect, it } from 'vitest';
import { DocNames } from '../../main/common/collab/doc-names';
import { deployment, type Cleanup } from './helpers/deployment';
import { createPlan, eventually, type Harness, createInvite as invite } from './helpers/server-harness';
import { pgQuery } from './helpers/services-env';
import { createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const cleanup: Cleanup = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});


/** A colleague's client on one instance, with the moment its socket was closed by the server. */
async function colleague(h: Harness, token: string, name: string) {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  let closedAt = 0;
  c.socket.on('close', () => (closedAt ||= performance.now()));
  const d = await c.open(name);
  await synced(d.provider);
  return { ...d, closedAt: () => closedAt };
}

/** Revocation notices only: the periodic re-check is pushed out of the test's reach. */
const NOTICE_ONLY = { revocationCheckMs: 600_000 };

describe('invite revocation across instances', () => {
  it('revoking on A closes the connection on B within milliseconds; its reconnect is refused; other invites stay', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance(NOTICE_ONLY);
    const planId = await createPlan(a);
    const name = DocNames.body(planId, 's-ideology');
    const latencies: number[] = [];
    for (let round = 0; round < 3; round++) {
      const revoked = await invite(a, planId, { role: 'edit' });
      const kept = await invite(a, planId, { role: 'read' });
      const victim = await colleague(b, revoked.token, name);
      const bystander = await colleague(b, kept.token, name);
      const t0 = performance.now();
      const res = await a.api(apiPath('revokeInvite', { planId: planId, inviteId: revoked.id }), { method: 'DELETE' });
      expect(await res.json()).toEqual({ revoked: 1 });
      await eventually(() => expect(victim.closedAt()).toBeGreaterThan(0));
      latencies.push(victim.closedAt() - t0);
      expect(await victim.failed).toBeTruthy(); // the provider reconnected by itself and B refused the token
      // B's pass logs how many connections it closed once it has closed them: the victim's only, not the bystander's.
      await eventually(() => expect(b.logs.filter((l) => l.includes(`closed 1 connection(s) of revoked invites of plan ${planId}`))).toHaveLength(round + 1));
      expect(b.logs.filter((l) => l.includes(`connection(s) of revoked invites of plan ${planId}`))).toHaveLength(round + 1);
      expect(bystander.closedAt()).toBe(0);
      expect(bystander.provider.isAuthenticated).toBe(true);
    }
    console.log(`revocation on A → socket closed on B: ${latencies.map((l) => `${l.toFixed(0)} ms`).join(', ')} (DELETE request included)`);
    expect(Math.max(...latencies)).toBeLessThan(2000);
    expect(b.logs.filter((l) => l.includes(`closed 1 connection(s) of revoked invites of plan ${planId}`))).toHaveLength(3);
  });

  it('stop sharing and plan deletion on A close every invite connection of the plan on B', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance(NOTICE_ONLY);
    const planId = await createPlan(a);
    const name = DocNames.body(planId, 's-ideology');
    const invites = [await invite(a, planId, { role: 'edit' }), await invite(a, planId, { role: 'department', department: '县财政局' })];
    const clients = await Promise.all(invites.map((i) => colleague(b, i.token, name)));
    expect(await (await a.api(apiPath('listInvites', { planId: planId }), { method: 'DELETE' })).json()).toEqual({ revoked: 2 });
    await eventually(() => expect(clients.map((c) => c.closedAt() > 0)).toEqual([true, true]));
    for (const c of clients) expect(await c.failed).toBeTruthy();

    const again = await invite(a, planId, { role: 'read' });
    const reader = await colleague(b, again.token, name);
    expect((await a.api(`/api/plans/${planId}`, { method: 'DELETE' })).status).toBe(200);
    await eventually(() => expect(reader.closedAt()).toBeGreaterThan(0));
    expect(await reader.failed).toBeTruthy();
  });

  it('without a notice the periodic re-check closes the connection; a store error keeps it open', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance({ revocationCheckMs: 300 });
    const planId = await createPlan(a);
    const inv = await invite(a, planId, { role: 'edit' });
    const c = await colleague(b, inv.token, DocNames.body(planId, 's-ideology'));

    // The invite table is unreachable: the check fails, which is not a revocation.
    await pgQuery(d.pgUrl, `alter table ${d.inviteTable} rename to ${d.inviteTable}_away`);
    try {
      // Wait for checks, not for time: two more failed checks after the first (300 ms apart) have kept it open,
      // and a close by the first would have reached the client by the third.
      const failedChecks = () => b.logs.filter((l) => l.includes('could not re-check 1 invite connection(s)')).length;
      await eventually(() => expect(failedChecks()).toBeGreaterThanOrEqual(3));
      expect(c.closedAt()).toBe(0);
    } finally {
      await pgQuery(d.pgUrl, `alter table ${d.inviteTable}_away rename to ${d.inviteTable}`);
    }

    // A row deleted behind the server's back (no NOTIFY): caught by the next check.
    const t0 = performance.now();
    await pgQuery(d.pgUrl, `delete from ${d.inviteTable} where id = $1`, [inv.id]);
    await eventually(() => expect(c.closedAt()).toBeGreaterThan(0));
    console.log(`revocation without a notice → socket closed on B after ${(c.closedAt() - t0).toFixed(0)} ms (check every 300 ms)`);
    expect(await c.failed).toBeTruthy();
  });

  it('a revocation while B is not listening (its session was cut) still closes the connection on B', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance(NOTICE_ONLY);
    const planId = await createPlan(a);
    const inv = await invite(a, planId, { role: 'edit' });
    const c = await colleague(b, inv.token, DocNames.body(planId, 's-ideology'));
    // Both instances listen on the same channel; cut them all (A's own session does not matter here).
    const cut = await pgQuery(d.pgUrl, `select pg_terminate_backend(pid) from pg_stat_activity where query = $1`, [`listen ${d.inviteTable}_revoked`]);
    expect(cut.rowCount).toBe(2);
    expect((await a.api(apiPath('revokeInvite', { planId: planId, inviteId: inv.id }), { method: 'DELETE' })).status).toBe(200);
    await eventually(() => expect(c.closedAt()).toBeGreaterThan(0));
    expect(await c.failed).toBeTruthy();
    expect(b.logs.some((l) => l.includes('disconnected; reconnecting'))).toBe(true);
  });
});
