import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareApiPaths, type Invite } from '../../main/common/api/share-contract';
import { DocNames } from '../../main/common/collab/doc-names';
import { randomCode } from '../../main/node/server/invites/invite-store';
import { eventually, removeDir, tempDataDir } from './helpers/server-harness';
import { freePort, startServerProcess, type ServerProcess } from './helpers/server-process';
import { pgQuery, requirePgUrl, requireRedis } from './helpers/services-env';
import { createClient, synced } from './helpers/yjs-client';

const TOKEN = 'cli-instances-token-0123456789';
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

const api = (p: ServerProcess, pathname: string, init: RequestInit = {}) =>
  fetch(p.url + pathname, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });

/**
 * `npm run server -- --database-url … --redis …` as an operator starts it, twice. The CLI uses the
 * default table names, so this test removes exactly the rows it created (other runs may share the database).
 */
describe('npm run server with --database-url and --redis: two instances share invites', () => {
  it('imports an old invites.json, honours A\'s invites on B, and a revocation on A disconnects B\'s client', async () => {
    const pgUrl = requirePgUrl();
    const redis = requireRedis();
    const dirs = [tempDataDir(), tempDataDir()];
    for (const d of dirs) cleanup.push(() => removeDir(d));
    // An invite from the time invites lived in the data dir (format of FileInviteStore, version 1).
    const old = { id: `old${Date.now().toString(16)}`, planId: 'p-cliimport01', role: 'read', department: null, code: randomCode(),
      token: `old-invite-${Date.now()}-0123456789`, createdAt: new Date().toISOString(), host: null, port: null };
    cleanup.push(() => pgQuery(pgUrl, 'delete from plan_studio_invites where id = $1', [old.id]).then(() => undefined));
    mkdirSync(dirs[0]!, { recursive: true });
    writeFileSync(path.join(dirs[0]!, 'invites.json'), JSON.stringify({ version: 1, invites: [old] }));

    const start = async (dataDir: string) => {
      const p = await startServerProcess({ port: await freePort(), dataDir, token: TOKEN, extra: ['--database-url', pgUrl, '--redis', redis] });
      cleanup.push(() => p.stop());
      return p;
    };
    const a = await start(dirs[0]!);
    const b = await start(dirs[1]!);
    expect(a.output.join('')).toMatch(/已将 1 个邀请从数据目录迁入 PostgreSQL/);
    expect(a.output.join('')).toContain('文档和邀请存于 PostgreSQL postgres://planstudio:***@');
    const resolved = await fetch(b.url + ShareApiPaths.resolve, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: old.code }) });
    expect(await resolved.json()).toEqual({ planId: old.planId, token: old.token, role: 'read', department: null });

    const created = await api(a, '/api/plans', { method: 'POST', body: JSON.stringify({ templateId: 'county-quality-action-plan', region: '鄂托克前旗', year: 2025 }) });
    const planId = ((await created.json()) as { plan: { id: string } }).plan.id;
    cleanup.push(() => api(a, `/api/plans/${planId}`, { method: 'DELETE' }).then(() => undefined));
    const inv = ((await (await api(a, ShareApiPaths.invites(planId), { method: 'POST', body: JSON.stringify({ role: 'edit' }) })).json()) as { invite: Invite }).invite;

    const c = createClient(b.url.replace('http', 'ws'), inv.token);
    cleanup.push(() => c.destroy());
    let closed = false;
    c.socket.on('close', () => (closed = true));
    const d = await c.open(DocNames.body(planId, 's-ideology'));
    await synced(d.provider);
    expect(d.provider.authorizedScope).toBe('read-write');
    expect(await (await api(a, ShareApiPaths.invite(planId, inv.id), { method: 'DELETE' })).json()).toEqual({ revoked: 1 });
    await eventually(() => expect(closed).toBe(true));
    expect(await d.failed).toBeTruthy();
  });
});
