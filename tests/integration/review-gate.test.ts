import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GrantStatusMessage } from '../../main/common/api/grant-status';
import { BodyComments } from '../../main/common/collab/body-comments';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { PlanDocRoots } from '../../main/common/collab/plan-doc-roots';
import { Plan } from '../../main/common/model/plan';
import type { SuggestMark } from '../../main/common/model/suggest-mark';
import { createPlan, eventually, TEST_TOKEN, type Harness, createInvite as invite, serverPerTest } from './helpers/server-harness';
import { createClient, synced } from './helpers/yjs-client';

// issue #14: a suggest token writes 修订 marks and 批注, never the text; a department token comments on a
// section it cannot edit. Refusals close the socket with the reason (4400) and nothing is stored.

const { cleanup, server } = serverPerTest();
async function open(h: Harness, token: string, name: string) {
  const c = createClient(h.server.wsUrl, token);
  cleanup.push(() => c.destroy());
  const d = await c.open(name);
  await synced(d.provider);
  const closed = new Promise<string>((r) => d.provider.on('close', ({ event }: { event: { reason: string } }) => r(event.reason)));
  return { ...d, closed };
}
const SECTION = 's-tasks-1';
const mark = (id: string, kind: 'ins' | 'del', dept: string): SuggestMark => ({ id, kind, by: '张三', dept, at: '2026-12-05T03:00:00Z' });
const firstBlock = (doc: Y.Doc) => BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText;
const planJson = async (h: Harness, planId: string) => (await (await h.api(`/api/plans/${planId}`)).json()) as Plan;
const sectionText = async (h: Harness, planId: string) => JSON.stringify(Plan.sectionsFlat(await planJson(h, planId)).find((s) => s.id === SECTION)?.body ?? null);

describe('suggest and comment-only writers at the gate', () => {
  it('a suggest token stores its marked insertion; direct text, unit and others\' changes are refused', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const name = DocNames.body(planId, SECTION);
    const owner = await open(h, TEST_TOKEN, name);
    firstBlock(owner.doc).insert(0, '财政局的修订：', { suggest: mark('f1', 'ins', '县财政局') });
    await eventually(() => expect(owner.provider.unsyncedChanges).toBe(0));
    const inv = await invite(h, planId, { role: 'suggest', department: '县商务局' });
    expect(inv.department).toBe('县商务局');

    const ok = await open(h, inv.token, name);
    firstBlock(ok.doc).insert(firstBlock(ok.doc).length, '商务局补充', { suggest: mark('s1', 'ins', '县商务局') });
    await eventually(() => expect(ok.provider.unsyncedChanges).toBe(0));
    await eventually(async () => expect(await sectionText(h, planId)).toContain('商务局补充'));
    await eventually(() => expect(JSON.stringify(firstBlock(owner.doc).toDelta())).toContain('商务局补充'));

    const hostile: Array<[string, (b: Y.XmlText, d: Y.Doc) => void]> = [
      ['direct text', (b) => b.insert(0, '擅自改写')],
      ['units', (b) => b.setAttribute('leadUnits', ['县商务局'])],
      ["another department's suggestion", (b) => b.delete(0, 7)],
      ['a suggestion in another name', (b) => b.insert(0, '冒名', { suggest: mark('x', 'ins', '县财政局') })],
    ];
    for (const [what, fn] of hostile) {
      const before = await h.server.services.plans.store.fetch(name);
      const bad = await open(h, inv.token, name);
      fn(firstBlock(bad.doc), bad.doc);
      expect(await bad.closed, what).toBe('suggest-only');
      bad.provider.destroy();
      expect(await h.server.services.plans.store.fetch(name), what).toEqual(before);
    }
    expect(h.logs.some((l) => l.includes('(suggest suggest-only, 县商务局): the text itself changed'))).toBe(true);
    const stored = await sectionText(h, planId);
    expect(stored).not.toContain('擅自改写');
    expect(stored).not.toContain('冒名');
    expect(stored).toContain('财政局的修订');
  });

  it('the plan doc stays read-only for a suggest token', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const inv = await invite(h, planId, { role: 'suggest', department: '县商务局' });
    const plan = await open(h, inv.token, DocNames.plan(planId));
    expect(plan.provider.authorizedScope).toBe('readonly');
  });

  it('a department comments on a section assigned to another department, and cannot change its text', async () => {
    const h = await server();
    const planId = await createPlan(h);
    const ownerPlan = await open(h, TEST_TOKEN, DocNames.plan(planId));
    PlanDocRoots.sections(ownerPlan.doc).get(SECTION)!.set('assignee', '县财政局');
    await eventually(() => expect(ownerPlan.provider.unsyncedChanges).toBe(0));
    const inv = await invite(h, planId, { role: 'department', department: '县商务局' });
    const name = DocNames.body(planId, SECTION);
    const dept = await open(h, inv.token, name);
    const grants: unknown[] = [];
    dept.provider.on('stateless', ({ payload }: { payload: string }) => grants.push(GrantStatusMessage.parse(payload)));
    const root = BodyDoc.root(dept.doc);
    BodyComments.add(dept.doc, {
      id: 'c1', start: Y.createRelativePositionFromTypeIndex(firstBlock(dept.doc), 0), end: Y.createRelativePositionFromTypeIndex(firstBlock(dept.doc), 2),
      quote: '', text: '请补充完成时限。', by: '李四', dept: '县商务局', at: '2026-12-05T03:10:00Z',
    });
    await eventually(() => expect(dept.provider.unsyncedChanges).toBe(0));
    const owner = await open(h, TEST_TOKEN, name);
    await eventually(() => expect(BodyComments.threads(owner.doc).map((t) => t.root.text)).toEqual(['请补充完成时限。']));
    expect(root.length).toBeGreaterThan(0);
    firstBlock(dept.doc).insert(0, '越权修改');
    expect(await dept.closed).toBe('comment-only');
    expect(await sectionText(h, planId)).not.toContain('越权修改');
    // Reconnected, it is told its grant again; its state (still holding the refused text) is dropped
    // unacknowledged instead of closing the socket once more (no reconnect loop).
    await eventually(() => expect(grants).toContainEqual({ type: 'plan-studio/grant', v: 1, limit: 'comment', department: '县商务局' }));
    await eventually(() => expect(h.logs.filter((l) => l.includes('comment-only, 县商务局): changed the text')).length).toBeGreaterThanOrEqual(2));
    expect(await sectionText(h, planId)).not.toContain('越权修改');
  });
});
