import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileInviteStore } from '../../main/node/server/invites/file-invite-store';
import { importInviteFile } from '../../main/node/server/invites/import-invite-file';
import { PostgresInviteStore } from '../../main/node/server/invites/postgres-invite-store';
import { createLogger } from '../../main/node/server/logger';
import { eventually, removeDir, tempDataDir } from './helpers/server-harness';
import { pgQuery, requirePgUrl, uniqueTable } from './helpers/services-env';

let url = '';
const cleanup: Array<() => Promise<void> | void> = [];
// Per test, so a missing service fails every test (visibly) instead of skipping them.
beforeEach(async () => {
  url = requirePgUrl();
  await pgQuery(url, 'select 1');
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function table(): string {
  const t = uniqueTable();
  cleanup.push(() => pgQuery(url, `drop table if exists ${t}`).then(() => undefined));
  return t;
}
async function open(t: string, log = createLogger(true)): Promise<PostgresInviteStore> {
  const s = await PostgresInviteStore.connect(url, { table: t, log });
  cleanup.push(() => s.close());
  return s;
}

describe('PostgresInviteStore', () => {
  it('keeps the invite semantics of the file store: roles, department, codes, lookups, revoke one and all', async () => {
    const t = table();
    const s = await open(t);
    const edit = await s.create('p-pginv00001', 'edit', '县财政局', { host: '192.168.1.20', port: 4455 });
    const dept = await s.create('p-pginv00001', 'department', '县发展和改革局');
    const other = await s.create('p-pginv00002', 'read', null);
    expect(edit.department).toBeNull(); // only department invites carry one
    expect(Buffer.from(edit.token, 'base64url')).toHaveLength(16);
    expect(edit.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(await s.list('p-pginv00001')).toEqual([edit, dept]);
    expect(await s.byToken(dept.token)).toEqual(dept);
    expect(await s.byToken(`${dept.token.slice(0, -1)}${dept.token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await s.byToken('')).toBeNull();
    expect(await s.byCode(`  ${other.code.toLowerCase()} `)).toEqual(other);
    expect(await s.byCode('ZZZZZ')).toBeNull();
    expect(await s.existing([edit.id, 'nosuchid', other.id])).toEqual(new Set([edit.id, other.id]));

    expect(await s.revoke('p-pginv00002', edit.id)).toEqual([]); // an id of another plan revokes nothing
    expect(await s.revoke('p-pginv00001', edit.id)).toEqual([edit]);
    expect(await s.byToken(edit.token)).toBeNull();
    expect(await s.revokeAll('p-pginv00001')).toEqual([dept]);
    expect(await s.list('p-pginv00001')).toEqual([]);
    expect(await s.byCode(other.code)).toEqual(other);

    // The table carries its version; tokens are looked up by digest, and stored for the owner's list.
    const mark = await pgQuery(url, `select obj_description($1::regclass, 'pg_class') as mark`, [t]);
    expect(mark.rows[0].mark).toBe('plan-studio:invites:v2');
    const row = await pgQuery(url, `select token, encode(token_sha256, 'hex') as digest from ${t}`);
    expect(row.rows[0].token).toBe(other.token);
    expect(row.rows[0].digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('another instance sees an invite at once, and invites survive a restart', async () => {
    const t = table();
    const a = await open(t);
    const b = await open(t);
    const inv = await a.create('p-pginv00003', 'read', null);
    expect(await b.byToken(inv.token)).toEqual(inv);
    await a.close();
    await b.close();
    const again = await open(t);
    expect(await again.byCode(inv.code)).toEqual(inv);
  });

  it('instances starting together on a fresh database create the table once; a foreign or newer table stops the start', async () => {
    const t = table();
    const stores = await Promise.all([1, 2, 3].map(() => open(t)));
    expect(stores).toHaveLength(3);

    const newer = table();
    await pgQuery(url, `create table ${newer} (id text)`);
    await expect(PostgresInviteStore.connect(url, { table: newer })).rejects.toThrow(/没有本程序的版本标记 plan-studio:invites/);
    await pgQuery(url, `comment on table ${newer} is 'plan-studio:invites:v7'`);
    await expect(PostgresInviteStore.connect(url, { table: newer })).rejects.toThrow(/版本为 v7，高于本程序支持的 v2/);
  });

  it('a v1 table (before the suggest grant) is migrated to v2 and keeps its invites; suggest invites are accepted', async () => {
    const t = table();
    await pgQuery(url, `create table ${t} (id text primary key, plan_id text not null,
      role text not null check (role in ('edit', 'read', 'department')), department text, code text not null,
      code_sha256 bytea not null unique, token text not null, token_sha256 bytea not null unique,
      created_at timestamptz not null, host text, port integer)`);
    await pgQuery(url, `comment on table ${t} is 'plan-studio:invites:v1'`);
    await expect(pgQuery(url, `insert into ${t} (id, plan_id, role, code, code_sha256, token, token_sha256, created_at)
      values ('x', 'p', 'suggest', 'c', '\\x01', 't', '\\x02', now())`)).rejects.toThrow(/role_check/);
    const s = await open(t);
    const mark = await pgQuery(url, `select obj_description($1::regclass, 'pg_class') as mark`, [t]);
    expect(mark.rows[0].mark).toBe('plan-studio:invites:v2');
    const inv = await s.create('p-pginv00009', 'suggest', '县商务局');
    expect(inv.department).toBe('县商务局');
    expect(await s.byToken(inv.token)).toEqual(inv);
  });

  it('a database error is an error, never "no such invite"', async () => {
    const t = table();
    const s = await open(t);
    const inv = await s.create('p-pginv00004', 'edit', null);
    await pgQuery(url, `alter table ${t} rename to ${t}_away`);
    cleanup.push(() => pgQuery(url, `drop table if exists ${t}_away`).then(() => undefined));
    await expect(s.byToken(inv.token)).rejects.toThrow(/does not exist/);
    await expect(s.byCode(inv.code)).rejects.toThrow(/does not exist/);
    await expect(s.existing([inv.id])).rejects.toThrow(/does not exist/);
    await expect(s.list('p-pginv00004')).rejects.toThrow(/does not exist/);
  });

  it('announces a revocation to every watcher when it commits, and re-announces "check all" after its session was cut', async () => {
    const t = table();
    const log = createLogger(true);
    const a = await open(t);
    const b = await open(t, log);
    const heard: Array<string | null> = [];
    b.watchRevocations((planId) => heard.push(planId));
    await eventually(() => expect(heard).toEqual([null])); // listening: check whatever was missed before
    const inv = await a.create('p-pginv00005', 'edit', null);
    await a.create('p-pginv00006', 'edit', null);
    await a.revoke('p-pginv00005', inv.id);
    await a.revoke('p-pginv00005', 'nosuchid'); // nothing revoked, nothing announced
    await a.revokeAll('p-pginv00006');
    await eventually(() => expect(heard).toEqual([null, 'p-pginv00005', 'p-pginv00006']));

    // Cut the listening session (a database restart, an idle-connection reaper): it comes back and
    // asks for a full re-check, because notices sent meanwhile are lost.
    const cut = await pgQuery(url, `select pg_terminate_backend(pid) from pg_stat_activity where query = $1`, [`listen ${t}_revoked`]);
    expect(cut.rowCount).toBe(1);
    await eventually(() => expect(heard.slice(3)).toEqual([null]), 15_000);
    expect(log.lines.some((l) => l.includes('disconnected; reconnecting'))).toBe(true);
    await a.create('p-pginv00007', 'read', null);
    await a.revokeAll('p-pginv00007');
    await eventually(() => expect(heard.slice(3)).toEqual([null, 'p-pginv00007']));
  });

  it('imports an old invites.json once: the file is renamed, so a later revocation stays revoked', async () => {
    const t = table();
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const file = await FileInviteStore.open(dataDir);
    const kept = await file.create('p-pginv00008', 'department', '县财政局');
    const gone = await file.create('p-pginv00008', 'read', null);
    const s = await open(t);
    const first = await importInviteFile(dataDir, s);
    expect(first).toMatchObject({ found: 2, added: 2 });
    expect(existsSync(path.join(dataDir, 'invites.json'))).toBe(false);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('invites.json.imported-'))).toHaveLength(1);
    expect(await s.byToken(kept.token)).toEqual(kept);
    expect(await s.byCode(gone.code)).toEqual(gone);
    await s.revoke('p-pginv00008', gone.id);
    expect(await importInviteFile(dataDir, s)).toBeNull();
    expect(await s.byToken(gone.token)).toBeNull();
  });
});
