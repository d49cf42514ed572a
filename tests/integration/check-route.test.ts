// GET /api/plans/:id/check (main/node/server/routes/check-route.ts): the 公文体检 of the plan as stored,
// with the auth of the other plan routes; a department invite gets its own sections' findings first.
import { Transforms } from 'slate';
import { YjsEditor } from '@slate-yjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { apiPath } from '../../main/common/api/api-routes';
import { CheckResponseSchema } from '../../main/common/api/check-contract';
import { ErrorBodySchema } from '../../main/common/api/contracts';
import { Checks } from '../../main/common/checks/checks';
import { isoDay } from '../../main/common/checks/iso-day';
import { CLOSING_BODY, DocNames } from '../../main/common/collab/doc-names';
import { OutlineOps } from '../../main/common/collab/outline-ops';
import { PlanDoc } from '../../main/common/collab/plan-doc';
import { PlanSchema } from '../../main/common/model/plan';
import { createInvite, createPlan, eventually, removeDir, startServer, TEST_TOKEN, type Harness } from './helpers/server-harness';
import { bindEditor, createClient, synced, type Client } from './helpers/yjs-client';

let h: Harness;
let planId: string;
let owner: Client;
const DEPT = '县发展和改革局';

function type(doc: Y.Doc, text: string): void {
  const editor = bindEditor(doc);
  Transforms.insertText(editor, text, { at: { path: [0, 0], offset: 0 } });
  YjsEditor.flushLocalChanges(editor);
}

const openDocs = new Map<string, Awaited<ReturnType<Client['open']>>>();
async function edit(name: string, f: (doc: Y.Doc) => void): Promise<void> {
  const opened = openDocs.get(name) ?? await owner.open(name);
  openDocs.set(name, opened);
  await synced(opened.provider);
  f(opened.doc);
  await eventually(() => expect(opened.provider.unsyncedChanges).toBe(0));
}

const check = async (token = TEST_TOKEN) => {
  const res = await h.api(apiPath('checkPlan', { planId }), { token });
  expect(res.status).toBe(200);
  return CheckResponseSchema.parse(await res.json());
};

beforeAll(async () => {
  h = await startServer();
  planId = await createPlan(h, '鄂托克前旗', 2025);
  owner = createClient(h.server.wsUrl, TEST_TOKEN);
  const plan = PlanSchema.parse(await (await h.api(`/api/plans/${planId}`)).json());
  const mine = plan.sections[0]!.id;
  await edit(DocNames.plan(planId), (doc) => OutlineOps.assign(doc, { id: mine, department: DEPT }));
  // A half-width comma in the closing (nobody's section) and in the department's section.
  await edit(DocNames.body(planId, CLOSING_BODY), (doc) => type(doc, '结束语,有半角逗号。'));
  await edit(DocNames.body(planId, mine), (doc) => type(doc, '本部门段落,也有半角逗号。'));
}, 60_000);
afterAll(async () => {
  owner.destroy();
  await h.stop();
  removeDir(h.dataDir);
});

describe('GET /api/plans/:id/check', () => {
  it('reports the findings of the stored plan, as Checks.run computes them, with counts', async () => {
    const body = await check();
    const plan = PlanSchema.parse(await (await h.api(`/api/plans/${planId}`)).json());
    expect(body.findings).toEqual(Checks.run(plan, { today: isoDay(new Date()) }).findings);
    const closing = body.findings.filter((f) => f.where.sectionId === CLOSING_BODY && f.rule === 'half-width-punctuation');
    expect(closing).toHaveLength(1);
    expect(closing[0]!.where.start).toBe('结束语'.length);
    expect(body.counts.warning).toBe(body.findings.filter((f) => f.severity === 'warning').length);
    expect(body.department).toBeNull();
  });

  it('a department invite reads it too, its own section\'s findings first; a read invite as the owner', async () => {
    const plan = PlanSchema.parse(await (await h.api(`/api/plans/${planId}`)).json());
    const mine = plan.sections[0]!.id;
    const dept = await createInvite(h, planId, { role: 'department', department: DEPT });
    const body = await check(dept.token);
    expect(body.department).toBe(DEPT);
    expect(body.findings[0]!.where.sectionId).toBe(mine);
    expect(new Set(body.findings)).toEqual(new Set((await check()).findings));
    const read = await createInvite(h, planId, { role: 'read' });
    expect((await check(read.token)).findings).toEqual((await check()).findings);
  });

  it('leaves out what a colleague ignored and lists it apart with the reason', async () => {
    const before = await check();
    const target = before.findings.find((f) => f.where.sectionId === CLOSING_BODY)!;
    const plan = PlanSchema.parse(await (await h.api(`/api/plans/${planId}`)).json());
    const ignore = { rule: target.rule, key: Checks.key(plan, target), reason: '原文如此', by: '张三', at: '2025-03-10T08:00:00Z' };
    await edit(DocNames.plan(planId), (doc) => PlanDoc.ignoreFinding(doc, ignore));
    const after = await check();
    expect(after.findings).not.toContainEqual(target);
    expect(after.ignored).toEqual([{ finding: target, ignore }]);
  });

  it('needs a token that may read this plan, and a real plan (Chinese messages)', async () => {
    expect((await h.api(apiPath('checkPlan', { planId }), { token: 'wrong' })).status).toBe(401);
    const other = await createPlan(h);
    const foreign = await createInvite(h, other, { role: 'edit' });
    expect((await h.api(apiPath('checkPlan', { planId }), { token: foreign.token })).status).toBe(401);
    const missing = await h.api(apiPath('checkPlan', { planId: 'p-doesnotexist' }));
    expect(missing.status).toBe(404);
    expect(ErrorBodySchema.parse(await missing.json()).error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
