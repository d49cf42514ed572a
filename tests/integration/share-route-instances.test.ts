import { YjsEditor } from '@slate-yjs/core';
import { Editor, Transforms } from 'slate';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type Invite } from '../../main/common/api/share-contract';
import { DocNames } from '../../main/common/collab/doc-names';
import { OutlineOps } from '../../main/common/collab/outline-ops';
import { PlanDocRoots } from '../../main/common/collab/plan-doc-roots';
import { deployment, type Cleanup } from './helpers/deployment';
import { awarenessBarrier } from './helpers/ordering-barrier';
import { createPlan, eventually, TEST_TOKEN, type Harness, createInvite as invite } from './helpers/server-harness';
import { pgQuery } from './helpers/services-env';
import { bindEditor, createClient, synced } from './helpers/yjs-client';
import { apiPath } from '../../main/common/api/api-routes';

const cleanup: Cleanup = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function open(h: Harness, token: string, name: string) {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  const d = await c.open(name);
  await synced(d.provider);
  return d;
}
function type(doc: Y.Doc, text: string): void {
  const editor = bindEditor(doc);
  Transforms.insertText(editor, text, { at: Editor.end(editor, [0]) });
  YjsEditor.flushLocalChanges(editor);
}
const planText = async (h: Harness, planId: string) => JSON.stringify(await (await h.api(`/api/plans/${planId}`)).json());
/** Assignee of a section (level 1 or 2) in the plan JSON as the API returns it. */
function assignee(planJson: string, sectionId: string): string | null | undefined {
  type S = { id: string; assignee: string | null; sections?: S[] };
  const flat = (JSON.parse(planJson) as { sections: S[] }).sections.flatMap((s) => [s, ...(s.sections ?? [])]);
  return flat.find((s) => s.id === sectionId)?.assignee;
}
const resolve = (h: Harness, code: string) => fetch(h.server.url + apiPath('resolveInvite', {}), {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }),
});

describe('share API with several instances (PostgreSQL invites, Redis link)', () => {
  it('an invite created on A works on B: edit writes, read is read-only, the code resolves, a wrong token is refused', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const planId = await createPlan(a);
    const edit = await invite(a, planId, { role: 'edit' });
    const read = await invite(a, planId, { role: 'read' });

    // B lists what A created, and resolves A's code.
    const listed = (await (await b.api(apiPath('listInvites', { planId: planId }))).json()) as { invites: Invite[] };
    expect(listed.invites.map((i) => i.id)).toEqual([edit.id, read.id]);
    expect(await (await resolve(b, read.code.toLowerCase())).json()).toEqual({ planId, token: read.token, role: 'read', department: null });
    expect((await resolve(b, 'ZZZZZZ')).status).toBe(404);

    const name = DocNames.body(planId, 's-ideology');
    const writer = await open(b, edit.token, name);
    expect(writer.provider.authorizedScope).toBe('read-write');
    type(writer.doc, '乙实例上的邀请编辑。');
    await eventually(async () => expect(await planText(a, planId)).toContain('乙实例上的邀请编辑。'));

    const reader = await open(b, read.token, name);
    expect(reader.provider.authorizedScope).toBe('readonly');
    type(reader.doc, '只读邀请的修改。');
    // Past the barrier B has handled (and dropped) the read-only write; an allowed edit made after it reaches A
    // behind anything B applied before it, so once A has the later edit, A would have the refused one too.
    await awarenessBarrier(reader.provider, writer.provider);
    type(writer.doc, '屏障之后的编辑。');
    await eventually(async () => expect(await planText(a, planId)).toContain('屏障之后的编辑。'));
    expect(await planText(a, planId)).not.toContain('只读邀请的修改。');
    expect(await planText(b, planId)).not.toContain('只读邀请的修改。');

    // HTTP: the invite may read its plan on B; a wrong token may not; neither manages invites.
    expect((await b.api(`/api/plans/${planId}`, { token: read.token })).status).toBe(200);
    expect((await b.api(`/api/plans/${planId}`, { token: `${read.token}x` })).status).toBe(401);
    expect((await b.api(apiPath('listInvites', { planId: planId }), { token: edit.token })).status).toBe(401);

    const wrong = createClient(b.server.wsUrl, 'wrong-token-0123456789ab');
    cleanup.push(() => wrong.destroy());
    const refused = await wrong.open(name);
    expect(await refused.failed).toBeTruthy();
    expect(b.logs.some((l) => l.includes(`refused token for ${name}`))).toBe(true);
  });

  it('a department invite from A is scoped on B: its own section writable, others and the plan doc read-only', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const planId = await createPlan(a);
    const owner = await open(a, TEST_TOKEN, DocNames.plan(planId));
    OutlineOps.assign(owner.doc, { id: 's-tasks-1', department: '县发展和改革局' });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const dept = await invite(a, planId, { role: 'department', department: '县发展和改革局' });

    // B reads the assignee from its own copy of the plan doc (loaded from PostgreSQL / relayed by Redis).
    await eventually(async () => expect(assignee(await planText(b, planId), 's-tasks-1')).toBe('县发展和改革局'));
    const own = await open(b, dept.token, DocNames.body(planId, 's-tasks-1'));
    expect(own.provider.authorizedScope).toBe('read-write');
    type(own.doc, '发改局在乙实例填写。');
    await eventually(async () => expect(await planText(a, planId)).toContain('发改局在乙实例填写。'));

    // Another department's section opens writable for 批注 only (issue #14); the gate refuses text changes.
    const other = await open(b, dept.token, DocNames.body(planId, 's-ideology'));
    expect(other.provider.authorizedScope).toBe('read-write');
    type(other.doc, '越权写入别的部门。');
    const plan = await open(b, dept.token, DocNames.plan(planId));
    expect(plan.provider.authorizedScope).toBe('readonly');
    OutlineOps.assign(plan.doc, { id: 's-ideology', department: '县发展和改革局' });
    // The text change is refused by B's gate, which logs it as it drops the message (before it could be applied).
    await eventually(() => expect(b.logs.some((l) => l.includes(`refused an update to ${DocNames.body(planId, 's-ideology')}`))).toBe(true));
    // The plan doc: past the barrier B has handled the read-only write; the owner's later edit reaches A behind it.
    const ownerOnB = await open(b, TEST_TOKEN, DocNames.plan(planId));
    await awarenessBarrier(plan.provider, ownerOnB.provider);
    PlanDocRoots.meta(ownerOnB.doc).set('title', '屏障之后的标题');
    await eventually(async () => expect(await planText(a, planId)).toContain('屏障之后的标题'));
    const text = await planText(a, planId);
    expect(text).not.toContain('越权写入别的部门。');
    expect(assignee(text, 's-ideology')).toBeNull();
  });

  it('when the invite table cannot be read, invites are refused as "unavailable" (500 over HTTP), not as wrong tokens', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const planId = await createPlan(a);
    const edit = await invite(a, planId, { role: 'edit' });
    await pgQuery(d.pgUrl, `alter table ${d.inviteTable} rename to ${d.inviteTable}_away`);
    try {
      const c = createClient(b.server.wsUrl, edit.token);
      cleanup.push(() => c.destroy());
      const refused = await c.open(DocNames.body(planId, 's-ideology'));
      expect(await refused.failed).toBe('unavailable');
      expect(b.logs.some((l) => l.includes('ERROR token check for') && l.includes('does not exist'))).toBe(true);
      expect(b.logs.some((l) => l.includes('refused token for'))).toBe(false);
      expect((await resolve(b, edit.code)).status).toBe(500);
      expect((await b.api(`/api/plans/${planId}`, { token: edit.token })).status).toBe(500);
      expect((await b.api(`/api/plans/${planId}`)).status).toBe(200); // the owner token needs no invite lookup
    } finally {
      await pgQuery(d.pgUrl, `alter table ${d.inviteTable}_away rename to ${d.inviteTable}`);
    }
    expect((await resolve(b, edit.code)).status).toBe(200);
  });

  it('wrong invite codes are counted across instances: 10 in all, then 429 on every instance, for right codes too', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const planId = await createPlan(a);
    const edit = await invite(a, planId, { role: 'edit' });
    expect((await resolve(b, edit.code)).status).toBe(200); // right codes do not count
    const statuses: string[] = [];
    for (let i = 0; i < 12; i++) {
      const [name, h] = i % 2 === 0 ? ['A', a] : ['B', b];
      statuses.push(`${name}${(await resolve(h, 'ZZZZZZ')).status}`);
    }
    expect(statuses).toEqual(['A404', 'B404', 'A404', 'B404', 'A404', 'B404', 'A404', 'B404', 'A404', 'B404', 'A429', 'B429']);
    expect((await resolve(a, edit.code)).status).toBe(429);
    expect((await resolve(b, edit.code)).status).toBe(429);
    const rows = await pgQuery(d.pgUrl, `select key, tokens from ${d.attemptTable}`);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].key).toMatch(/127\.0\.0\.1$/);
    expect(await pgQuery(d.pgUrl, `select obj_description(to_regclass($1), 'pg_class') as mark`, [d.attemptTable]))
      .toMatchObject({ rows: [{ mark: 'plan-studio:invite-attempts:v1' }] });
  });

  it('concurrent wrong codes on two instances cannot overrun the limit', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const b = await d.instance();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => resolve(i % 2 ? a : b, 'ZZZZZZ').then((r) => r.status)));
    expect(statuses.filter((s) => s === 404)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
  });

  it('invites survive a restart of the instance that created them', async () => {
    const d = await deployment(cleanup);
    const a = await d.instance();
    const planId = await createPlan(a);
    const edit = await invite(a, planId, { role: 'edit' });
    await a.stop();
    const a2 = await d.instance();
    const writer = await open(a2, edit.token, DocNames.body(planId, 's-ideology'));
    expect(writer.provider.authorizedScope).toBe('read-write');
    expect(await (await resolve(a2, edit.code)).json()).toMatchObject({ planId, token: edit.token, role: 'edit' });
  });
});
